"""Rule data in rules/: the shipped tables load, their examples hold, and bad files are refused by name."""

from __future__ import annotations

import pytest

from lintnews.config import Settings
from lintnews.linter import Linter
from lintnews.model import Applicability
from lintnews.ruledata import RuleData, RuleDataError, builtin_rules_dir, load_file, load_rule_data

from conftest import PROJECT

DATA = load_rule_data()


def test_the_shipped_rules_folder_is_the_checkouts_rules():
    assert builtin_rules_dir().resolve() == (PROJECT / "rules").resolve() or builtin_rules_dir().name == "_rules"
    assert {path.name for path in DATA.sources} == {"lookalikes.toml", "names.toml"}


def test_lookalike_table_is_complete_for_the_letters_mt_uses():
    assert DATA.lookalikes["Н"] == "H" and DATA.lookalikes["а"] == "a" and DATA.lookalikes["І"] == "I"
    assert "и" not in DATA.lookalikes and "г" not in DATA.lookalikes
    assert len(DATA.lookalikes) == 54


@pytest.mark.parametrize("example", DATA.examples, ids=lambda example: f"{example.rule}:{example.text[:30]}")
def test_data_examples_hold(example):
    """Each [[example]] in rules/*.toml: its rule alone, with safe fixes, turns text into fixed."""
    linter = Linter(Settings(select=(example.rule,)), data=DATA)
    result = linter.lint_text("example.txt", example.text, fix=Applicability.SAFE)
    assert result.document.text == example.fixed
    assert example.text != example.fixed


@pytest.mark.parametrize(("content", "error"), [
    ('kind = "designations"\n', "key 'kind': expected one of lookalikes, names, got 'designations'"),
    ('kind = "lookalikes"\nletters = {}\ncolour = 1\n', "unknown key 'colour'"),
    ('kind = "lookalikes"\n[letters]\n"ab" = "a"\n', "letters entry 'ab': the key must be one non-ASCII letter"),
    ('kind = "lookalikes"\n[letters]\n"a" = "a"\n', "letters entry 'a': the key must be one non-ASCII letter"),
    ('kind = "lookalikes"\n[letters]\n"а" = "é"\n', "letters entry 'а': the value must be one ASCII letter"),
    ('kind = "lookalikes"\n[letters]\n"а" = "a"\n"а" = "a"\n', "not valid TOML"),  # a duplicate entry
    ('kind = "lookalikes"\n[letters]\n"а" = "a"\n[[example]]\nrule = "LN101"\ntext = "x"\n',
     "example 1: needs exactly the keys rule, text and fixed"),
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
