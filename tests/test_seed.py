"""End to end on the user's seed article: the exact concise output, and the exact JSON for the LN101 hit."""

from __future__ import annotations

import json
import shutil

from conftest import PROJECT, SEED, run_cli

EXPECTED_CONCISE = """\
seeds/000_1afda22d48ad6a4d.txt:3:111: LN203 [*] `Anthony Blinken` is a known mis-transliteration of `Antony Blinken` (Antony Blinken, US Secretary of State 2021-2025)
seeds/000_1afda22d48ad6a4d.txt:21:26: LN203 [*] `Anthony Blinken` is a known mis-transliteration of `Antony Blinken` (Antony Blinken, US Secretary of State 2021-2025)
seeds/000_1afda22d48ad6a4d.txt:33:55: LN101 Word `тируетafak` mixes Latin and Cyrillic letters
seeds/000_1afda22d48ad6a4d.txt:69:102: LN203 [*] `Kalyn` is a known mis-transliteration of `Kalin` (Ibrahim Kalın, spokesman of the Turkish president)
seeds/000_1afda22d48ad6a4d.txt:75:180: LN203 [*] `Kalyn` is a known mis-transliteration of `Kalin` (Ibrahim Kalın, spokesman of the Turkish president)
seeds/000_1afda22d48ad6a4d.txt:97:186: LN106 [*] Trailing whitespace (U+00A0 NO-BREAK SPACE)
seeds/000_1afda22d48ad6a4d.txt:113:178: LN106 [*] Trailing whitespace (U+00A0 NO-BREAK SPACE)
Found 7 diagnostics (5 errors, 2 warnings).
[*] 6 fixable with the `--fix` option.
"""


def test_seed_concise_output_and_exit_code(monkeypatch):
    monkeypatch.chdir(PROJECT)
    result = run_cli("check", "--output-format", "concise", "seeds/")
    assert result.stdout == EXPECTED_CONCISE
    assert result.exit_code == 1


def test_seed_debris_is_reported_at_row_33_columns_55_to_65(monkeypatch):
    monkeypatch.chdir(PROJECT)
    records = json.loads(run_cli("check", "--select", "LN101", "--output-format", "json", "seeds/").stdout)
    assert records == [{
        "code": "LN101", "name": "mixed-script-word", "severity": "error",
        "message": "Word `тируетafak` mixes Latin and Cyrillic letters",
        "filename": "seeds/000_1afda22d48ad6a4d.txt",
        "location": {"row": 33, "column": 55}, "end_location": {"row": 33, "column": 65}, "fix": None,
    }]


def test_seed_fix_removes_the_two_no_break_spaces_and_fixes_the_two_names(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(SEED, tmp_path / "seed.txt")
    result = run_cli("check", "--isolated", "--fix", "--output-format", "concise", "seed.txt")
    assert result.stdout.splitlines()[-1] == "Found 7 diagnostics (6 fixed, 1 remaining)."
    original = SEED.read_bytes()
    assert (tmp_path / "seed.txt").read_bytes() == original.replace("military.\u00a0\n".encode(), b"military.\n").replace(
        "view.\"\u00a0\n".encode(), b"view.\"\n").replace(b"Anthony Blinken", b"Antony Blinken").replace(b"Kalyn", b"Kalin")
    # two 2-byte no-break spaces, and the h of Anthony twice (LN203: Antony Blinken; Kalyn -> Kalin keeps the length)
    assert len(original) - len((tmp_path / "seed.txt").read_bytes()) == 4 + 2
