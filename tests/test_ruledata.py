"""Rule data in rules/: the shipped tables load, their examples hold, and bad files are refused by name."""

from __future__ import annotations

import pytest

from lintnews.checks import ALL_RULES
from lintnews.config import Settings
from lintnews.linter import Linter
from lintnews.model import Applicability
from lintnews.ruledata import RuleData, RuleDataError, builtin_rules_dir, load_file, load_rule_data

from conftest import PROJECT, SEED

DATA = load_rule_data()


def test_the_shipped_rules_folder_is_the_checkouts_rules():
    assert builtin_rules_dir().resolve() == (PROJECT / "rules").resolve() or builtin_rules_dir().name == "_rules"
    assert {path.name for path in DATA.sources} == {
        "designations.toml", "lookalikes.toml", "names.toml", "translationese.toml", "transliteration.toml"}


def test_lookalike_table_is_complete_for_the_letters_mt_uses():
    assert DATA.lookalikes["Н"] == "H" and DATA.lookalikes["а"] == "a" and DATA.lookalikes["І"] == "I"
    assert "и" not in DATA.lookalikes and "г" not in DATA.lookalikes
    assert len(DATA.lookalikes) == 54


def findings(linter: Linter, texts: list[str]) -> list[list[tuple]]:
    return [[(d.code, d.span, d.message, d.fix) for d in linter.lint_text("a.txt", text).diagnostics] for text in texts]


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda rule: rule.code)
def test_each_rule_finds_with_the_tables_it_declares_what_it_finds_with_every_table(rule):
    """A run loads only the kinds of rule data its rules declare (``Rule.data_kinds``): a rule that read an
    undeclared table would find less when run alone. The texts are the seed and every table's examples."""
    texts = [SEED.read_text(encoding="utf-8"), *(example.text for example in DATA.examples)]
    settings = Settings(select=(rule.code,), spellings={"Kyiv": ["Kiev"]})
    alone = Linter(settings)
    assert {path.stem for path in alone.context.data.sources} == set(rule.data_kinds)
    assert findings(alone, texts) == findings(Linter(settings, data=DATA), texts)
    if rule.data_kinds:  # the texts do exercise the tables: without them the rule finds otherwise
        assert findings(Linter(settings, data=RuleData()), texts) != findings(alone, texts)


@pytest.mark.parametrize("example", DATA.examples, ids=lambda example: f"{example.rule}:{example.text[:30]}")
def test_data_examples_hold(example):
    """Each [[example]] in rules/*.toml: its rule alone, with safe fixes, turns text into fixed; and where
    the example lists what is reported (rules with display-only fixes), exactly those texts are flagged."""
    linter = Linter(Settings(select=(example.rule,)), data=DATA)
    if example.fixed is not None:
        result = linter.lint_text("example.txt", example.text, fix=Applicability.SAFE)
        assert result.document.text == example.fixed
        assert example.text != example.fixed
    if example.reported is not None:
        diagnostics = linter.lint_text("example.txt", example.text).diagnostics
        assert [example.text[d.span.start:d.span.end] for d in diagnostics] == list(example.reported)


def test_every_calque_example_is_reported_as_a_whole_match():
    """Each [[calque]] example is a real MT sentence: LN502 reports it, and the calque fires on it."""
    linter = Linter(Settings(select=("LN502",)), data=DATA)
    assert len(DATA.calques) >= 40
    for calque in DATA.calques:
        diagnostics = linter.lint_text("example.txt", calque.example).diagnostics
        assert any(f"«{calque.source}»" in d.message for d in diagnostics), calque.example


CALQUE = """kind = "translationese"
[[calque]]
cue = "remind"
pattern = 'We will remind'
source = "Напомним"
explanation = "a Russian news formula"
suggestion = "drop it"
example = "We will remind, earlier Myasnikov told why you can eat candy at night."
"""


@pytest.mark.parametrize(("content", "error"), [
    ('kind = "colours"\n',
     "key 'kind': expected one of designations, lookalikes, names, translationese, transliteration, got 'colours'"),
    ('kind = "lookalikes"\nletters = {}\ncolour = 1\n', "unknown key 'colour'"),
    ('kind = "lookalikes"\n[letters]\n"ab" = "a"\n', "letters entry 'ab': the key must be one non-ASCII letter"),
    ('kind = "lookalikes"\n[letters]\n"a" = "a"\n', "letters entry 'a': the key must be one non-ASCII letter"),
    ('kind = "lookalikes"\n[letters]\n"а" = "é"\n', "letters entry 'а': the value must be one ASCII letter"),
    ('kind = "lookalikes"\n[letters]\n"а" = "a"\n"а" = "a"\n', "not valid TOML"),  # a duplicate entry
    ('kind = "lookalikes"\n[letters]\n"а" = "a"\n[[example]]\nrule = "LN101"\ntext = "x"\n',
     "example 1: needs the keys rule, text and fixed (or reported)"),
    ('kind = "lookalikes"\n[letters]\n"а" = "a"\n[[example]]\nrule = "LN101"\ntext = "x"\nreported = "x"\n',
     "example 1: reported must be a list of strings"),
    ('kind = "translationese"\n', "key 'calque' must be an array of tables"),
    (CALQUE + 'colour = "red"\n', "calque 1: unknown key 'colour'"),
    (CALQUE.replace("We will remind", "We will (remind"), "calque 1 ('We will (remind'): bad pattern"),
    (CALQUE.replace("We will remind", "(We) will remind"), "use non-capturing groups"),
    (CALQUE.replace("We will remind", "(?:We+ )+will remind"), "nested quantifier '(?:We+ )+'"),
    (CALQUE.replace("example = \"We will remind,", "example = \"We remind,"), "does not match its example"),
    (CALQUE.replace('cue = "remind"', 'cue = "Recall"'), "the cue 'Recall' is not in the match 'We will remind'"),
    (CALQUE.replace('suggestion = "drop it"', 'suggestion = "We will remind"'),
     "its suggestion 'We will remind' is itself matched"),
    (CALQUE + "[[calque]]\n" + CALQUE.split("[[calque]]\n")[1], "calque 2 ('We will remind'): duplicate"),
    (CALQUE + "[[calque]]\n" + CALQUE.split("[[calque]]\n")[1].replace("We will remind'", "will remind'"),
     "its example is also matched by 'We will remind'"),
    ('kind = "transliteration"\n[[equivalence]]\npattern = "x("\nreplacement = "ks"\nwhy = "кс"\n',
     "equivalence 1: bad pattern or replacement"),
    ('kind = "transliteration"\n[[equivalence]]\npattern = "x"\nreplacement = "ks"\n',
     "equivalence 1: needs exactly the string keys pattern, replacement and why"),
    ('kind = "transliteration"\n[[equivalence]]\npattern = "x"\nreplacement = "ks"\nwhy = "a"\n'
     '[[equivalence]]\npattern = "x"\nreplacement = "kss"\nwhy = "b"\n',
     "equivalence 2: pattern 'x' is already listed"),
    ('kind = "transliteration"\n[[same]]\nnames = ["Sergei"]\n', "same 1: needs 'names', a list of two or more"),
])
def test_bad_data_files_are_refused_naming_file_and_entry(tmp_path, content, error):
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleDataError) as raised:
        load_file(path, RuleData())
    assert str(raised.value).startswith(str(path))
    assert error in str(raised.value)


def test_a_letter_mapped_two_ways_across_files_is_refused(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('kind = "lookalikes"\n[letters]\n"Н" = "N"\n', encoding="utf-8")
    with pytest.raises(RuleDataError) as raised:
        load_rule_data([path])
    assert str(raised.value) == f"{path}: letters entry 'Н': conflicts with 'H' from an earlier file"


def test_names_table_has_at_least_150_entries_with_the_seed_names():
    assert len(DATA.names) >= 150
    assert DATA.name_variants["Kalyn"].fix == "Kalin"
    assert DATA.name_variants["Anthony Blinken"].fix == "Antony Blinken"
    assert DATA.name_variants["Anthony Blinken"].full_name
    assert "Anthony" not in DATA.name_variants and "Kalın" not in DATA.name_variants


NAME = '[[name]]\nabout = "Ibrahim Kalın"\ncorrect = ["Kalin", "Kalın"]\nvariants = ["Kalyn"]\n'


@pytest.mark.parametrize(("content", "error"), [
    ('kind = "names"\nname = 1\n', "'name' must be an array of tables ([[name]])"),
    ('kind = "names"\n' + NAME + 'colour = "red"\n', "name 1 (Ibrahim Kalın): unknown key 'colour'"),
    ('kind = "names"\n[[name]]\nabout = "x"\ncorrect = ["Kalin"]\n', "name 1 (x): needs the key 'variants'"),
    ('kind = "names"\n[[name]]\nabout = ""\ncorrect = ["A"]\nvariants = ["B"]\n', "'about' must say who"),
    ('kind = "names"\n[[name]]\nabout = "x"\ncorrect = []\nvariants = ["B"]\n',
     "'correct' must be a non-empty list of strings"),
    ('kind = "names"\n[[name]]\nabout = "x"\ncorrect = ["Kalin"]\nvariants = ["Ka(lyn"]\n',
     "'Ka(lyn' is not a name"),
    ('kind = "names"\n[[name]]\nabout = "x"\ncorrect = ["Kalin"]\nvariants = ["Kalyn "]\n', "'Kalyn ' is not a name"),
    ('kind = "names"\n' + NAME + 'match = "sometimes"\n', "'match' must be \"alone\" or \"full-name\""),
    ('kind = "names"\n' + NAME + 'match = "full-name"\n', "full-name variant 'Kalyn' is a single word"),
    ('kind = "names"\n' + NAME + 'fix = "yes"\n', "'fix' must be true or false"),
    ('kind = "names"\n' + NAME + NAME, "variant 'Kalyn' is also listed under 'Ibrahim Kalın'"),  # a duplicate
    ('kind = "names"\n[[name]]\nabout = "Zelenskyy"\ncorrect = ["Zelenskyy"]\nvariants = ["Zelensky"]\n'
     '[[name]]\nabout = "Volodymyr Zelensky"\ncorrect = ["Volodymyr Zelensky"]\nvariants = ["Volodimir Zelensky"]\n',
     "variant 'Zelensky' matches the correct form 'Volodymyr Zelensky' of 'Volodymyr Zelensky' (a fix chain)"),
    ('kind = "names"\n[[name]]\nabout = "x"\ncorrect = ["Kyiv"]\nvariants = ["Kyiv"]\n',
     "variant 'Kyiv' matches the correct form 'Kyiv' of 'x' (a fix chain)"),
])
def test_bad_names_files_are_refused_naming_file_and_entry(tmp_path, content, error):
    path = tmp_path / "names.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleDataError) as raised:
        load_file(path, RuleData())
    assert str(raised.value).startswith(str(path))
    assert error in str(raised.value)


def test_a_user_names_file_that_chains_into_a_shipped_entry_is_refused(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('kind = "names"\n[[name]]\nabout = "typo"\ncorrect = ["Kalina"]\nvariants = ["Kalin"]\n',
                    encoding="utf-8")
    with pytest.raises(RuleDataError) as raised:
        load_rule_data([path])
    assert str(raised.value) == (f"{path}: name 'typo': variant 'Kalin' matches the correct form 'Kalin' of "
                                 "'Ibrahim Kalın, spokesman of the Turkish president' (a fix chain)")


def test_a_variant_never_matches_inside_its_correct_form_or_a_longer_word():
    linter = Linter(Settings(select=("LN203",)), data=DATA)
    text = "Zelenskyy, Kalyna, MacKalyn, Kalyn's, Kalyn-led, (Kalyn), “Kalyn”, Kalyn2\n"
    flagged = [text[d.span.start:d.span.end] for d in linter.lint_text("a.txt", text).diagnostics]
    assert flagged == ["Kalyn", "Kalyn", "Kalyn", "Kalyn"]
