"""LN203 and LN204 on the user's seed article: exactly the two double-transliterated names, fixed safely."""

from __future__ import annotations

import json
import shutil

from conftest import PROJECT, SEED, run_cli

SEED_NAME = "seeds/000_1afda22d48ad6a4d.txt"
BLINKEN = "`Anthony Blinken` is a known mis-transliteration of `Antony Blinken` (Antony Blinken, US Secretary of State 2021-2025)"
KALYN = "`Kalyn` is a known mis-transliteration of `Kalin` (Ibrahim Kalın, spokesman of the Turkish president)"


def test_seed_ln203_reports_anthony_blinken_and_kalyn_twice_each(monkeypatch):
    monkeypatch.chdir(PROJECT)
    result = run_cli("check", "--isolated", "--select", "LN203,LN204", "--output-format", "concise", "seeds/")
    assert result.stdout == (
        f"{SEED_NAME}:3:111: LN203 [*] {BLINKEN}\n"
        f"{SEED_NAME}:21:26: LN203 [*] {BLINKEN}\n"
        f"{SEED_NAME}:69:102: LN203 [*] {KALYN}\n"
        f"{SEED_NAME}:75:180: LN203 [*] {KALYN}\n"
        "Found 4 diagnostics (4 errors).\n"
        "[*] 4 fixable with the `--fix` option.\n"
    )
    assert result.exit_code == 1


def test_seed_ln203_fixes_are_safe_and_exact(monkeypatch):
    monkeypatch.chdir(PROJECT)
    records = json.loads(run_cli("check", "--isolated", "--select", "LN203", "--output-format", "json",
                                 "seeds/").stdout)
    assert [(r["location"], r["end_location"], r["fix"]["applicability"], r["fix"]["message"],
             [edit["content"] for edit in r["fix"]["edits"]]) for r in records] == [
        ({"row": 3, "column": 111}, {"row": 3, "column": 126}, "safe", "Replace with `Antony Blinken`",
         ["Antony Blinken"]),
        ({"row": 21, "column": 26}, {"row": 21, "column": 41}, "safe", "Replace with `Antony Blinken`",
         ["Antony Blinken"]),
        ({"row": 69, "column": 102}, {"row": 69, "column": 107}, "safe", "Replace with `Kalin`", ["Kalin"]),
        ({"row": 75, "column": 180}, {"row": 75, "column": 185}, "safe", "Replace with `Kalin`", ["Kalin"]),
    ]


def test_seed_fixed_by_ln203_changes_only_the_two_names(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(SEED, "seed.txt")
    run_cli("check", "--isolated", "--select", "LN203", "--fix", "--quiet", "seed.txt")
    original = SEED.read_text(encoding="utf-8")
    expected = original.replace("Anthony Blinken", "Antony Blinken").replace("Kalyn", "Kalin")
    assert (tmp_path / "seed.txt").read_text(encoding="utf-8") == expected
    assert "Mevlut Cavusoglu" in expected and "Recep Tayyip Erdogan" in expected  # correct forms stay
