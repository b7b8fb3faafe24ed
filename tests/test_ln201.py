"""LN201 end to end: the seed, house spellings, and comparing names across the files of a run."""

from __future__ import annotations

import json

from conftest import PROJECT, run_cli


def test_seed_yermakov_is_reported_with_ermakov_suggested(monkeypatch):
    monkeypatch.chdir(PROJECT)
    records = json.loads(run_cli("check", "--select", "LN201", "--output-format", "json", "seeds/").stdout)
    assert records == [{
        "code": "LN201", "name": "inconsistent-transliteration", "severity": "warning",
        "message": "`Yermakov` (1 of 3 mentions) is also spelled `Ermakov` (2) in this document",
        "filename": "seeds/000_1afda22d48ad6a4d.txt",
        "location": {"row": 127, "column": 110}, "end_location": {"row": 127, "column": 118},
        "fix": {"applicability": "unsafe", "message": "Replace with `Ermakov`", "edits": [
            {"content": "Ermakov", "location": {"row": 127, "column": 110},
             "end_location": {"row": 127, "column": 118}}]},
    }]


def test_the_house_spelling_is_suggested_and_its_listed_variants_are_left_to_ln204(in_tmp):
    (in_tmp / "lintnews.toml").write_text('[spellings]\nZelenskyy = ["Zelensky"]\n', encoding="utf-8")
    (in_tmp / "a.txt").write_text("Zelensky met Zelensky's aides; Zelenskiy left.\n", encoding="utf-8")
    result = run_cli("check", "--select", "LN201", "--output-format", "concise", "--quiet", "a.txt")
    assert result.stdout == ("a.txt:1:32: LN201 `Zelenskiy` (1 of 3 mentions) is also spelled `Zelensky` (2) "
                             "in this document; the house spelling is `Zelenskyy`\n")


def write_newsroom(folder):
    (folder / "a.txt").write_text("Sergei Lavrov met the press.\nLater, Sergei Lavrov left.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Foreign Minister Sergey Lavrov spoke.\n", encoding="utf-8")


def test_document_scope_is_the_default(in_tmp):
    write_newsroom(in_tmp)
    result = run_cli("check", "--select", "LN201", "--output-format", "concise", ".")
    assert result.stdout == "All checks passed!\n"
    assert result.exit_code == 0


def test_project_scope_compares_spellings_across_files(in_tmp):
    write_newsroom(in_tmp)
    expected = "b.txt:1:18: LN201 `Sergey` (1 of 3 mentions) is also spelled `Sergei` (2) in the files checked\n"
    result = run_cli("check", "--select", "LN201", "--consistency", "project", "--output-format", "concise",
                     "--quiet", ".")
    assert result.stdout == expected
    assert result.exit_code == 1
    (in_tmp / "lintnews.toml").write_text('consistency = "project"\n', encoding="utf-8")
    from_config = run_cli("check", "--select", "LN201", "--output-format", "concise", "--quiet", ".")
    assert from_config.stdout == expected


def test_project_scope_fixes_to_the_spelling_of_the_run(in_tmp):
    write_newsroom(in_tmp)
    run_cli("check", "--select", "LN201", "--consistency", "project", "--fix", "--unsafe-fixes", ".")
    assert (in_tmp / "b.txt").read_text(encoding="utf-8") == "Foreign Minister Sergei Lavrov spoke.\n"
    assert (in_tmp / "a.txt").read_text(encoding="utf-8") == "Sergei Lavrov met the press.\nLater, Sergei Lavrov left.\n"


def test_a_bad_consistency_value_is_a_configuration_error(in_tmp):
    (in_tmp / "lintnews.toml").write_text('consistency = "newsroom"\n', encoding="utf-8")
    result = run_cli("check", ".")
    assert result.exit_code == 2
    assert "key 'consistency': expected one of document, project, got 'newsroom'" in result.stderr


def test_project_scope_reports_the_same_whatever_the_hash_seed(in_tmp):
    """Every spelling of a document that shares a key is compared, not the one a set happened to give last
    (`Dimaks` was reported under some PYTHONHASHSEED values only)."""
    import os
    import subprocess
    import sys

    (in_tmp / "a.txt").write_text("Later, Dimax left. Then, Dimacks came.\n", encoding="utf-8")
    (in_tmp / "b.txt").write_text("Dimaks spoke. Then, Dimax answered.\n", encoding="utf-8")
    outputs = set()
    for seed in ("0", "1", "4"):
        outputs.add(subprocess.run(
            [sys.executable, "-m", "lintnews", "check", "--isolated", "--select", "LN201", "--consistency",
             "project", "--output-format", "concise", "--quiet", "."],
            capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed}, check=False).stdout)
    assert outputs == {
        "a.txt:1:26: LN201 `Dimacks` (1 of 3 mentions) is also spelled `Dimax` (2) in the files checked\n"
        "b.txt:1:1: LN201 `Dimaks` (1 of 4 mentions) is also spelled `Dimax` (2), `Dimacks` (1) in the files "
        "checked\n"}
