"""LN202 (designation-lookalike): unsafe fixes, the hand-off from LN101, the tables checked against the rule,
and rule data files that are refused by name."""

from __future__ import annotations

import shutil

import pytest

from lintnews.config import Settings
from lintnews.linter import Linter
from lintnews.model import Applicability
from lintnews.ruledata import RuleDataError, load_rule_data

from conftest import FIXTURES, run_cli

DATA = load_rule_data()
TABLES = DATA.designations


def lint(text: str, *select: str, **settings) -> list[tuple[str, str, str | None]]:
    """Return (code, flagged text, fix applicability) for each diagnostic."""
    linter = Linter(Settings(select=select, **settings), data=DATA)
    result = linter.lint_text("news.txt", text)
    return [(d.code, text[d.span.start:d.span.end], d.fix and d.fix.applicability.label) for d in result.diagnostics]


def test_unsafe_fixes_give_the_exact_text(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(FIXTURES / "LN202" / "bad.txt", "bad.txt")
    result = run_cli("check", "--isolated", "--select", "LN202", "--fix", "--unsafe-fixes", "--output-format",
                     "concise", "bad.txt")
    assert result.stdout.splitlines()[-1] == "Found 20 diagnostics (20 fixed, 0 remaining)."
    safe = (FIXTURES / "LN202" / "fixed.txt").read_text(encoding="utf-8")
    expected = (safe.replace("of the P-22 highway", "of the R-22 highway").replace("The P-36 heavy", "The R-36 heavy")
                .replace("The Ty-334", "The Tu-334").replace("a ГАЗ-3110", "a GAZ-3110"))
    assert (tmp_path / "bad.txt").read_text(encoding="utf-8") == expected
    again = run_cli("check", "--isolated", "--select", "LN202", "--fix", "--unsafe-fixes", "bad.txt")
    assert again.exit_code == 0 and (tmp_path / "bad.txt").read_text(encoding="utf-8") == expected


def test_ln101_leaves_cyrillic_designations_to_ln202():
    text = "Russian С-400 systems, БМП-2М vehicles and a WНO report.\n"
    both = lint(text, "LN101", "LN202")
    assert both == [("LN202", "С-400", "safe"), ("LN202", "БМП-2М", "safe"), ("LN101", "WНO", "safe")]


def test_ln101_still_reports_cyrillic_designations_when_ln202_is_off():
    text = "Russian С-400 systems, БМП-2М vehicles and a WНO report.\n"
    assert lint(text, "LN101") == [("LN101", "С-400", None), ("LN101", "БМП-2", None), ("LN101", "2М", "safe"),
                                   ("LN101", "WНO", "safe")]
    assert lint(text, "LN1", "LN202", per_file_ignores={"news.txt": ["LN202"]}) == lint(text, "LN101")


def test_grau_indexes_in_cyrillic_are_read_by_sound_and_left_to_ln202():
    text = "Self-propelled 2С19 howitzers, 9М723 missiles, a Т-72Б3 tank and canvas of 80х60 cm.\n"
    assert lint(text, "LN101", "LN202") == [("LN202", "2С19", "safe"), ("LN202", "9М723", "safe"),
                                            ("LN202", "Т-72Б3", "safe"), ("LN101", "80х60", "safe")]
    linter = Linter(Settings(select=("LN1", "LN202")), data=DATA)
    fixed = linter.lint_text("news.txt", text, fix=Applicability.SAFE).document.text
    assert fixed == "Self-propelled 2S19 howitzers, 9M723 missiles, a T-72B3 tank and canvas of 80x60 cm.\n"


def test_lowercase_cyrillic_words_before_numbers_are_not_designations():
    assert lint("Russia's топ-10 list.\n", "LN101", "LN202") == [("LN101", "топ-10", None)]


@pytest.mark.parametrize("western", sorted(TABLES.western))
def test_real_western_designations_are_never_reported(western):
    prefix, model = western.split("-", 1)
    for form in (western, f"{prefix.title()}-{model}" if len(prefix) > 1 else western):
        assert lint(f"The {form} and the {form}s took part.\n", "LN202") == []


def test_every_listed_misreading_is_reported_with_a_safe_fix_unless_ambiguous():
    checked = 0
    for read, families in TABLES.misread.items():
        for family in families:
            for model in family.models:
                wrong = f"{read}-{model}"
                expected = "unsafe" if wrong.upper() in TABLES.ambiguous else "safe"
                assert lint(f"The {wrong} was seen.\n", "LN202") == [("LN202", wrong, expected)], wrong
                checked += 1
    assert checked >= 80


def test_the_correct_form_in_the_same_document_makes_the_fix_safe():
    assert lint("The P-36 silos.\n", "LN202") == [("LN202", "P-36", "unsafe")]
    assert lint("The R-36 and the P-36 silos.\n", "LN202") == [("LN202", "P-36", "safe")]
    assert lint("The C-999 system.\n", "LN202") == []
    assert lint("The S-999 and the C-999 systems.\n", "LN202") == [("LN202", "C-999", "safe")]


def test_open_misread_prefixes_report_unknown_models_but_not_years():
    assert lint("A Ty-999 and Cy-99 took off.\n", "LN202") == [("LN202", "Ty-999", "unsafe"),
                                                                ("LN202", "Cy-99", "unsafe")]
    assert lint("Targets for CY-2021 and TY-2022.\n", "LN202") == []


def test_cyrillic_c_reading_a_western_designation_is_fixed_to_the_latin_c():
    linter = Linter(Settings(select=("LN202",)), data=DATA)
    result = linter.lint_text("news.txt", "С-130 and С-400.\n", fix=Applicability.SAFE)
    assert result.document.text == "C-130 and S-400.\n"


def test_the_table_is_large_enough():
    assert len(TABLES.known) >= 150 and len(TABLES.western) >= 150
    assert TABLES.open_prefixes == {"Cy", "CY", "Ty", "TY", "TOC"}
    assert TABLES.known["SU-35"] == "Su-35" and "C-130" in TABLES.western and "P-36" in TABLES.ambiguous


FAMILY = '[[family]]\nprefix = "Su"\ncyrillic = "Су"\nwhat = "Sukhoi"\nmodels = ["35"]\n'


@pytest.mark.parametrize(("content", "error"), [
    ('kind = "designations"\n[[family]]\nprefix = "Su"\ncyrillic = "Су"\nwhat = "x"\nmodels = ["35"]\ncolour = 1\n',
     "family 1: unknown key 'colour' (allowed: cyrillic, models, prefix, what)"),
    ('kind = "designations"\n[[family]]\nprefix = "Su"\ncyrillic = "Су"\nmodels = ["35"]\n',
     "family 1: missing key 'what'"),
    ('kind = "designations"\n[[family]]\nprefix = "Su-"\ncyrillic = "Су"\nwhat = "x"\nmodels = ["35"]\n',
     "family 1: 'prefix' must be one to three ASCII letters, got 'Su-'"),
    ('kind = "designations"\n[[family]]\nprefix = "Su"\ncyrillic = "Su"\nwhat = "x"\nmodels = ["35"]\n',
     "family 1 (Su): 'cyrillic' must be one to three Cyrillic letters, got 'Su'"),
    ('kind = "designations"\n[[family]]\nprefix = "Su"\ncyrillic = "Су"\nwhat = "x"\nmodels = ["M35"]\n',
     "family 1 (Su): model 'M35' must be digits with an optional suffix (22M3)"),
    ('kind = "designations"\n[[family]]\nprefix = "Su"\ncyrillic = "Су"\nwhat = "x"\nmodels = ["35", "35"]\n',
     "family 1 (Su): model '35' is listed twice"),
    ('kind = "designations"\n[[western]]\nprefix = "Q"\nwhat = "x"\nmodels = ["16"]\n'
     '[[western]]\nprefix = "Q"\nwhat = "y"\nmodels = ["16"]\n',
     "western 2 (Q): Q-16 is listed twice"),
    ('kind = "designations"\n[[ambiguous]]\ndesignation = "P36"\nalso = "x"\n',
     "ambiguous 1: 'designation' must look like P-36, got 'P36'"),
    ('kind = "designations"\n[sounds]\n"С" = "s"\n', "sounds entry 'С': the key must be one small Cyrillic letter"),
    ('kind = "designations"\n[sounds]\n"с" = "s-"\n', "sounds entry 'с': the value must be up to four ASCII letters"),
    ('kind = "designations"\nfamily = 3\n', "'family' must be an array of tables ([[family]])"),
])
def test_bad_designation_files_are_refused_naming_file_and_entry(tmp_path, content, error):
    path = tmp_path / "mine.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleDataError) as raised:
        load_rule_data([path])
    assert str(raised.value).startswith(str(path))
    assert error in str(raised.value)


@pytest.mark.parametrize(("content", "error"), [
    # A model listed twice across files.
    ('[[family]]\nprefix = "Su"\ncyrillic = "Су"\nwhat = "again"\nmodels = ["35"]\n',
     "family 1 (Su): Su-35 is listed twice"),
    # A fix chain: the misreading of Su-35 listed as a correct designation.
    ('[[family]]\nprefix = "Cy"\ncyrillic = "Цы"\nwhat = "chain"\nmodels = ["35"]\n',
     "mine.toml: family 1 (Cy): fix chain: Cy-35 is listed as correct, but it is the misreading of Su-35 ("),
    # A known designation also listed as never reported.
    ('[[western]]\nprefix = "Su"\nwhat = "conflict"\nmodels = ["57"]\n',
     "family 2 (Su): Su-57 is also listed as never reported"),
    # A misreading listed as never reported, without an [[ambiguous]] entry.
    ('[[western]]\nprefix = "C"\nwhat = "conflict"\nmodels = ["400"]\n',
     "family 1 (S): C-400, the misreading of S-400, is listed as never reported"),
    # An ambiguous entry that no family misreads.
    ('[[ambiguous]]\ndesignation = "Q-7"\nalso = "nothing"\n',
     "ambiguous 1 (Q-7): Q-7 is not the misreading of any listed designation"),
])
def test_designation_tables_that_contradict_each_other_are_refused(tmp_path, content, error):
    path = tmp_path / "mine.toml"
    path.write_text('kind = "designations"\n' + content, encoding="utf-8")
    with pytest.raises(RuleDataError) as raised:
        load_rule_data([path])
    assert error in str(raised.value)
