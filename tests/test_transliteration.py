"""LN201: the romanization equivalences check themselves, and the rule is measured on labelled real text."""

from __future__ import annotations

import csv
import re
from collections import OrderedDict
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lintnews.config import Settings
from lintnews.linter import Linter
from lintnews.ruledata import load_rule_data
from lintnews.model import Span
from lintnews.transliteration import SpellingIndex, mentions, spelling_key

from conftest import CORPORA, needs_corpora, run_cli

DATA = load_rule_data()
INDEX = SpellingIndex(DATA.equivalences)
LABELLED = Path(__file__).parent / "data" / "ln201-labelled-name-variants.tsv"


@pytest.mark.parametrize("names", DATA.same_names, ids=lambda names: "/".join(names))
def test_spellings_of_one_name_share_a_key(names):
    assert len({INDEX.key(name) for name in names}) == 1


@pytest.mark.parametrize("names", DATA.different_names, ids=lambda names: "/".join(names))
def test_different_words_keep_different_keys(names):
    assert len({INDEX.key(name) for name in names}) == len(names)


def labelled_rows() -> list[dict[str, str]]:
    lines = [line for line in LABELLED.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@cache
def wmt_document(test_set: str, file: str, docid: str) -> str:
    """The text of one document of a WMT system output, one segment per line."""
    folder = CORPORA / test_set
    (text_path,) = folder.glob(f"*.{file}")
    (ids_path,) = folder.glob("*.docids.tsv")
    lines = text_path.read_text(encoding="utf-8").split("\n")
    ids = [line.split("\t")[0] for line in ids_path.read_text(encoding="utf-8").split("\n")]
    return "\n".join(line for line, line_id in zip(lines, ids) if line_id == docid) + "\n"


def linked_forms(linter: Linter, text: str) -> list[set[str]]:
    """The groups of spellings LN201 ties together in a text: each flagged form with its suggestion."""
    groups = []
    for diagnostic in linter.lint_text("doc.txt", text).diagnostics:
        flagged = text[diagnostic.span.start:diagnostic.span.end]
        groups.append({flagged, diagnostic.fix.edits[0].content})
    return groups


def ties_two_forms(group: set[str], forms: list[set[str]]) -> bool:
    """Whether LN201's pair of spellings comes from two of the row's forms (``Promteks-Orient`` has two words).

    >>> ties_two_forms({"Promteks", "Promtex"}, [{"Promteks", "Orient"}, {"Promtex", "Orient"}])
    True
    """
    first, second = sorted(group)
    return any(first in one and second in other and first not in other and second not in one
               for one in forms for other in forms if one is not other)


def test_every_row_of_the_observed_variants_is_labelled():
    rows = labelled_rows()
    assert len(rows) == 274
    assert {row["label"] for row in rows} == {"variant", "other"}
    assert sum(row["label"] == "variant" for row in rows) == 230


@needs_corpora()
def test_precision_and_recall_on_the_labelled_wmt_variants():
    """A row counts as found when LN201 ties two of its forms together in the row's document."""
    linter = Linter(Settings(select=("LN201",)))
    found = OrderedDict()
    for row in labelled_rows():
        forms = [set(part.split(":")[0].split("-")) for part in row["forms_with_counts"].split("; ")]
        text = wmt_document(row["test_set"], row["file"], row["docid"])
        found[tuple(row.values())] = any(ties_two_forms(group, forms) for group in linked_forms(linter, text))
    rows = labelled_rows()
    true_positive = sum(1 for row in rows if row["label"] == "variant" and found[tuple(row.values())])
    false_positive = sum(1 for row in rows if row["label"] == "other" and found[tuple(row.values())])
    missed = [row["forms_with_counts"] for row in rows if row["label"] == "variant" and not found[tuple(row.values())]]
    precision = true_positive / (true_positive + false_positive)
    recall = true_positive / (true_positive + len(missed))
    print(f"LN201 on {len(rows)} labelled rows: precision {precision:.3f}, recall {recall:.3f} "
          f"({true_positive} found, {false_positive} false, {len(missed)} missed)")
    print("missed:", "; ".join(sorted(set(missed))))
    assert (true_positive, false_positive, len(missed)) == (212, 0, 18)
    assert precision >= 0.9 and recall >= 0.8


def test_the_index_gives_the_same_keys_as_the_plain_rewrites():
    """The index replaces plain substrings with str.replace; the keys must not change."""
    from lintnews.transliteration import spelling_key
    words = [name for group in DATA.same_names + DATA.different_names for name in group]
    words += ["Shchukin", "Zhizhzhin", "Khokhlov", "Yyy", "Wjatscheslaw", "Tzvetkov", "Aleksejewa", "Kuzmich"]
    index = SpellingIndex(DATA.equivalences)
    assert [index.key(word) for word in words] == [spelling_key(word, DATA.equivalences) for word in words]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Sergei", "Sergey", "sergei", "Sergeiev", "'s", " ", "-", "Zelensky", "Zelenskyy",
                                 "a", "\n", "é"]), max_size=25).map("".join))
def test_mentions_are_what_one_whole_word_pattern_finds(text):
    names = ["Sergei", "Sergey", "sergei", "Zelensky", "Zelenskyy"]
    pattern = re.compile(r"(?<![A-Za-z])(?:" + "|".join(sorted(names, key=len, reverse=True)) + r")(?![A-Za-z])")
    expected = {name: [] for name in names}
    for match in pattern.finditer(text):
        expected[match.group()].append(Span(*match.span()))
    assert mentions(text, names) == expected


def test_the_index_gives_every_name_the_key_spelling_key_gives():
    # SpellingIndex rewrites with str.replace and parsed-once templates; spelling_key with re.sub alone.
    equivalences = load_rule_data().equivalences
    names = ["Yermakov", "Ermakov", "Zelenskyy", "Zelenskiy", "Zelensky", "Aleksei", "Alexei", "Khodorkovsky",
             "Hodorkovsky", "Shchukin", "Schukin", "Fyodor", "Fedor", "Yevgeny", "Evgeny", "Mariia", "Maria",
             "Sergei", "Sergey", "Kiev", "Kyiv", "Dmitriev", "Dmitriyev", "Tatiana", "Tatyana", "Yuliia", "Yulia"]
    index = SpellingIndex(equivalences)
    assert [index.key(name) for name in names] == [spelling_key(name, equivalences) for name in names]


# Users' own equivalences that joined words could get wrong: anchors, string ends, classes that hold a line
# feed, lookbehinds at a word's start, group references, empty matches, flags. (pattern, replacement, joined?)
ADVERSARIAL = [
    ("^j", "y", True), ("^", "<", True), ("$", ">", True), ("a$", "ah", True), ("^ie|ie$", "e", True),
    (r"\Ay", "q", False), (r"v\Z", "ff", False), (r"\s", "_", False), (r"\W", "", False), (r"\D$", "#", False),
    (r"\Sa", "A", False), ("[^aeiou]$", "-", False), ("(?<=[^a])j", "y", False), ("(?<![^a])j", "Y", False),
    ("(?<!.)y", "i", True), ("(?<=^)e", "ye", True), ("(?<![a-z])k", "c", True), (r"(?<=\b)z", "s", True),
    (r"\Bz", "Z", False), (r"\B", "~", False), (r"(.)\1", r"\1", True), (r"(a)(b)?", r"\2\1", True),
    (r"(?P<v>[aeiou])(?P=v)", r"\g<v>", False), (r"(o)", r"\1\n", False), ("(e)", "\\1\n", False),
    (r"(i)", r"\g<1>\g<0>", True), (r"(e)(k)", r"\2\1\\", False), ("(?s).$", "!", False), ("(?s:a.)", "b", False),
    ("(?m)^a", "b", True), ("(?-i:^k)a", "c", False), ("x*", "-", True), (r"\b", "|", True),
    ("(?:)", "_", True), ("(?i)K", "q", True), ("ae", "a\ne", False), ("[\\s\\S]", "", False),
    ("[\x00-\x7f]n", "N", False), ("\n", " ", False), ("[\n]", " ", False), ("[^\n]$", "?", True),
    (r"(a)?(?(1)b|c)", "d", True),
    ("a++", "a", True), ("(?>ab|a)c", "x", True), (r"(\d)", r"<\1>", True), (r"(v)(?=\w*$)", r"\1\1", True),
    ("(?x) s  h # a comment", "sch", True),
]
ODD_WORDS = ["", "J", "Jj", "Ie", "Iie", "Yy", "Σίσυφος", "ΟΔΟΣ", "İstanbul", "Straße", "K", "Kk", "Aab", "Ov",
             "Zz", "Sh", "Shh", "A1", "Ю", "", "Vav"]
LINE_FEED_WORDS = ["\n", "Ab\nCd", "Yy", "Jj", "Ie"]  # keyed one by one


@cache
def wmt_and_seed_words() -> list[list[str]]:
    """Every capitalized word of the labelled WMT documents and of the seed, documents in order."""
    from lintnews.document import Document
    texts = [wmt_document(row["test_set"], row["file"], row["docid"]) for row in labelled_rows()]
    texts.append((Path(__file__).parent.parent / "seeds" / "000_1afda22d48ad6a4d.txt").read_text(encoding="utf-8"))
    return [sorted(Document("doc.txt", text).capitalized_words) for text in dict.fromkeys(texts)]


def reference_groups(words: set[str], keys: dict[str, str]) -> dict[str, list[str]]:
    """What SpellingIndex.groups must give, from the keys spelling_key gives the words one at a time."""
    grouped: dict[str, list[str]] = {}
    for word in sorted(words):
        grouped.setdefault(keys[word], []).append(word)
    return {key: group for key, group in grouped.items() if len(group) > 1}


def assert_index_keys_as_spelling_key(documents: list[list[str]], equivalences) -> None:
    """Keys made word by word, all at once, and document by document (``groups``) all equal spelling_key's."""
    words = dict.fromkeys(word for document in documents for word in document)
    expected = {word: spelling_key(word, equivalences) for word in words}
    batch = SpellingIndex(equivalences)
    batch.add_words(expected)
    assert batch.keys == expected
    in_order = SpellingIndex(equivalences)  # a batch a document, words in the order given
    for document in documents:
        in_order.add_words(word for word in document if word not in in_order.keys)
    assert in_order.keys == expected
    one_by_one = SpellingIndex(equivalences)
    assert {word: one_by_one.key(word) for word in expected} == expected
    by_document = SpellingIndex(equivalences)
    for document in documents:
        assert by_document.groups(set(document)) == reference_groups(set(document), expected)
    assert by_document.keys == expected


@needs_corpora()
def test_joined_keys_are_the_keys_of_each_word_on_the_labelled_wmt_documents_and_the_seed():
    documents = wmt_and_seed_words()
    assert sum(len(document) for document in documents) > 5000
    assert_index_keys_as_spelling_key(documents, DATA.equivalences)


@needs_corpora()
@pytest.mark.parametrize("pattern, replacement, joined", ADVERSARIAL, ids=lambda value: repr(value))
def test_a_user_pattern_gives_every_word_the_key_it_gives_it_alone(pattern, replacement, joined):
    documents = wmt_and_seed_words() + [ODD_WORDS, ODD_WORDS[::-1]]
    user = (re.compile(pattern), replacement)
    for equivalences in (DATA.equivalences + [user], [user] + DATA.equivalences):
        assert_index_keys_as_spelling_key(documents, equivalences)
        assert_index_keys_as_spelling_key([LINE_FEED_WORDS], equivalences)
    # Whether it runs over joined words is decided from its parse (documents the expectation above).
    assert (SpellingIndex([user]).steps[0][2] is not None) == joined


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.text("aeiojkyvzsxhIJYKΣς\n 1", max_size=6), max_size=8), max_size=4),
       st.sampled_from(ADVERSARIAL))
def test_joined_keys_equal_each_word_alone_on_arbitrary_words(documents, adversarial):
    pattern, replacement, _joined = adversarial
    equivalences = DATA.equivalences + [(re.compile(pattern), replacement)]
    assert_index_keys_as_spelling_key(documents, equivalences)


def test_the_shipped_equivalences_all_run_over_joined_words():
    """Else keying would quietly fall back to one word at a time (same keys, twice the time)."""
    index = SpellingIndex(DATA.equivalences)
    assert len(index.joined_steps) == len(DATA.equivalences) and not index.word_steps
    assert [needs for needs, _word, _joined in index.steps if needs == ""] == [""]  # only the doubled letters
