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
    assert {path.name for path in DATA.sources} == {"designations.toml", "lookalikes.toml"}


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
    ('kind = "colours"\n', "key 'kind': expected one of designations, lookalikes, got 'colours'"),
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
