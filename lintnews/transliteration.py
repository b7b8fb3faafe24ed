"""Romanized names: the spelling key that makes two romanizations of one name equal, and where names occur."""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterable

from lintnews.model import Span

ASCII_LETTERS = frozenset(string.ascii_letters)
# What may stand between a sentence start and its first word: spaces, opening quotes and brackets.
OPENERS = " \t\"'“‘«(["
# Characters that end a sentence or a clause after which a capital letter proves nothing.
SENTENCE_BREAKS = ".!?…:;•–—-\r\n"
# A capitalized word right after a lowercase word or a comma: the surest sign of a proper name.
MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+\b")


def spelling_key(name: str, equivalences: Iterable[tuple[re.Pattern, str]]) -> str:
    """Return the key of a romanized name: the same for every romanization of one Cyrillic spelling.

    >>> rules = [(re.compile("y"), "i"), (re.compile("^ie"), "e"), (re.compile(r"(.)\\1+"), r"\\1")]
    >>> spelling_key("Yermakov", rules), spelling_key("Ermakov", rules), spelling_key("Zelenskyy", rules)
    ('ermakov', 'ermakov', 'zelenski')
    """
    key = name.lower()
    for pattern, replacement in equivalences:
        key = pattern.sub(replacement, key)
    return key


def literal_rewrite(pattern: re.Pattern, replacement: str) -> tuple[str, str] | None:
    """Return (old, new) when a rewrite is a plain substring replacement, which str.replace does faster.

    >>> literal_rewrite(re.compile("kh"), "h"), literal_rewrite(re.compile("^ie"), "e")
    (('kh', 'h'), None)
    """
    source = pattern.pattern
    if isinstance(source, str) and source and re.escape(source) == source and "\\" not in replacement:
        return source, replacement
    return None


GROUP_REFERENCE = re.compile(r"\\(?:([0-9]+)|g<([0-9]+)>)")


def _expander(template: str):
    """Return a function that expands ``template`` (``\\1e``) for a match as re.sub does, parsed once
    (Match.expand parses the template on every call); a template with other escapes is returned as it is.

    >>> _expander(r"\\1e")(re.match("(x)y", "xy")), _expander(r"a\\n")
    ('xe', 'a\\\\n')
    """
    pieces = GROUP_REFERENCE.split(template)
    literals = pieces[0::3]
    if any("\\" in literal for literal in literals):
        return template
    groups = [int(plain or named) for plain, named in zip(pieces[1::3], pieces[2::3])]

    def expand(match: re.Match) -> str:
        parts = [literals[0]]
        for group, literal in zip(groups, literals[1:]):
            parts.append(match.group(group) or "")
            parts.append(literal)
        return "".join(parts)

    return expand


class SpellingIndex:
    """The spelling keys of every capitalized word met in a run, and which words share a key.

    Most documents hold no two spellings of one name. Keeping the words already met and the words that
    share a key with another lets a document be cleared by two set operations in C; keys are computed
    only for words not met before.
    """

    def __init__(self, equivalences: list[tuple[re.Pattern, str]]) -> None:
        # Each step is (old, new) for a plain substring, else (pattern, replacement): same keys, less time.
        # A replacement with group references becomes a function of the match: re.sub would parse the
        # template again on every call, and most words it is given do not even match.
        self.steps = [literal_rewrite(pattern, replacement)
                      or (pattern, _expander(replacement) if "\\" in replacement else replacement)
                      for pattern, replacement in equivalences]
        self.keys: dict[str, str] = {}  # word -> spelling key
        self.words_by_key: dict[str, set[str]] = {}
        self.shared: set[str] = set()  # words whose key another word also has

    def key(self, word: str) -> str:
        key = self.keys.get(word)
        if key is None:
            self.add(word)
            key = self.keys[word]
        return key

    def add(self, word: str) -> None:
        key = word.lower()
        for old, new in self.steps:
            key = key.replace(old, new) if isinstance(old, str) else old.sub(new, key)
        self.keys[word] = key
        group = self.words_by_key.setdefault(key, set())
        group.add(word)
        if len(group) > 1:
            self.shared.update(group)

    def groups(self, words: set[str]) -> dict[str, list[str]]:
        """Return the ``words`` that share a spelling key with another of them, grouped by key (sorted).

        >>> index = SpellingIndex([(re.compile("y"), "i")])
        >>> index.groups({"Sergei", "Sergey", "Lavrov"}), index.groups({"Sergei", "Lavrov"})
        ({'sergei': ['Sergei', 'Sergey']}, {})
        """
        for word in words.difference(self.keys):
            self.add(word)
        candidates = words.intersection(self.shared)
        if len(candidates) < 2:
            return {}
        grouped: dict[str, list[str]] = {}
        for word in sorted(candidates):
            grouped.setdefault(self.keys[word], []).append(word)
        return {key: group for key, group in grouped.items() if len(group) > 1}


def mentions(text: str, names: Iterable[str]) -> dict[str, list[Span]]:
    """Return where each of ``names`` stands as a whole word in ``text`` (a possessive ``'s`` may follow).

    >>> mentions("Sergei and Sergeiev met Sergei's son", ["Sergei", "Sergey"])
    {'Sergei': [Span(start=0, end=6), Span(start=24, end=30)], 'Sergey': []}
    """
    # One substring search per name (a pattern of all of them would be compiled anew for every document).
    # Whole words of letters cannot overlap, so each name is found on its own.
    found: dict[str, list[Span]] = {name: [] for name in names}
    size = len(text)
    for name, spans in found.items():
        index = text.find(name)
        while index >= 0:
            end = index + len(name)
            if (index == 0 or text[index - 1] not in ASCII_LETTERS) and (end == size or text[end] not in ASCII_LETTERS):
                spans.append(Span(index, end))
            index = text.find(name, index + 1)
    return found


def starts_sentence(text: str, offset: int) -> bool:
    """Return whether the word at ``offset`` opens a sentence, line or clause (its capital proves nothing).

    >>> text = 'Come in. "Some say", and Some Company'
    >>> starts_sentence(text, 0), starts_sentence(text, 10), starts_sentence(text, 25)
    (True, True, False)
    """
    position = offset
    while position > 0 and text[position - 1] in OPENERS:
        position -= 1
    return position == 0 or text[position - 1] in SENTENCE_BREAKS


def is_name(name: str, spans: list[Span], lowercase_spans: list[Span], text: str) -> bool:
    """Return whether the capitalized word ``name`` is used as a name in ``text``.

    It is not when the document also writes it in lower case (``Some`` and ``some``, ``Yes`` and ``yes``:
    a common word). A short word (three letters or fewer) capitalized only at sentence starts is taken
    for a common word too (``Yes``, ``Too``, ``Say``); longer ones for names (``Sergey said...``).

    >>> text = "Come here. Some say so; some do not. Sergey came, and Sergey left."
    >>> found = mentions(text, ["Some", "some", "Sergey", "sergey"])
    >>> is_name("Some", found["Some"], found["some"], text), is_name("Sergey", found["Sergey"], [], text)
    (False, True)
    """
    if lowercase_spans or not spans:
        return False
    return any(not starts_sentence(text, span.start) for span in spans) or len(name) > 3


def survey_names(texts: Iterable[str]) -> tuple[Counter, set[str]]:
    """Count the capitalized words of many texts, for comparing names across the files of a run.

    Returns (how often each word occurs, the words seen capitalized inside a sentence somewhere).
    """
    counts: Counter = Counter()
    inside_sentences: set[str] = set()
    capitalized = re.compile(r"[A-Z][a-z]+")
    for text in texts:
        counts.update(capitalized.findall(text))
        inside_sentences.update(MID_SENTENCE_CAPITAL.findall(text))
    return counts, inside_sentences
