"""End to end on the user's seed article: the exact concise output, and the exact JSON for the LN101 hit."""

from __future__ import annotations

import json
import shutil

from conftest import PROJECT, SEED, run_cli

EXPECTED_CONCISE = """\
seeds/000_1afda22d48ad6a4d.txt:33:55: LN101 Word `тируетafak` mixes Latin and Cyrillic letters
seeds/000_1afda22d48ad6a4d.txt:61:8: LN202 [*] `C-400` is `S-400` read through a look-alike letter: Cyrillic `С` is S, not C
seeds/000_1afda22d48ad6a4d.txt:97:186: LN106 [*] Trailing whitespace (U+00A0 NO-BREAK SPACE)
seeds/000_1afda22d48ad6a4d.txt:113:178: LN106 [*] Trailing whitespace (U+00A0 NO-BREAK SPACE)
Found 4 diagnostics (2 errors, 2 warnings).
[*] 3 fixable with the `--fix` option.
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


def test_seed_fix_removes_only_the_two_no_break_spaces_and_the_c_of_c400(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(SEED, tmp_path / "seed.txt")
    result = run_cli("check", "--isolated", "--fix", "--output-format", "concise", "seed.txt")
    assert result.stdout.splitlines()[-1] == "Found 4 diagnostics (3 fixed, 1 remaining)."
    original = SEED.read_bytes()
    assert (tmp_path / "seed.txt").read_bytes() == original.replace("military.\u00a0\n".encode(), b"military.\n").replace(
        "view.\"\u00a0\n".encode(), b"view.\"\n").replace(b"Factor C-400", b"Factor S-400")
    assert len(original) - len((tmp_path / "seed.txt").read_bytes()) == 4  # two 2-byte no-break spaces
