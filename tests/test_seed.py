"""End to end on the user's seed article: the exact concise output, and the exact JSON for the LN101 hit."""

from __future__ import annotations

import json
import shutil

from conftest import FIXTURES, PROJECT, SEED, run_cli

EXPECTED_CONCISE = """\
seeds/000_1afda22d48ad6a4d.txt:7:64: LN301 [*] Space before the closing quote mark `”`
seeds/000_1afda22d48ad6a4d.txt:9:135: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:9:213: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:13:227: LN301 [*] Space before the closing quote mark `”`
seeds/000_1afda22d48ad6a4d.txt:15:25: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:15:41: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:19:216: LN301 [*] Space before the closing quote mark `”`
seeds/000_1afda22d48ad6a4d.txt:33:27: LN301 [*] Space before the closing quote mark `”`
seeds/000_1afda22d48ad6a4d.txt:33:55: LN101 Word `тируетafak` mixes Latin and Cyrillic letters
seeds/000_1afda22d48ad6a4d.txt:35:82: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:35:115: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:49:62: LN301 [*] Space before the closing quote mark `”`
seeds/000_1afda22d48ad6a4d.txt:59:80: LN301 [*] Space before the closing quote mark `"`
seeds/000_1afda22d48ad6a4d.txt:59:81: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:75:83: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:75:110: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:75:178: LN301 [*] Space before the closing quote mark `"`
seeds/000_1afda22d48ad6a4d.txt:75:179: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:83:30: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:83:125: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:97:186: LN106 [*] Trailing whitespace (U+00A0 NO-BREAK SPACE)
seeds/000_1afda22d48ad6a4d.txt:113:123: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:113:177: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:113:178: LN106 [*] Trailing whitespace (U+00A0 NO-BREAK SPACE)
seeds/000_1afda22d48ad6a4d.txt:125:121: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:125:139: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:125:161: LN301 [*] Space before the closing quote mark `"`
seeds/000_1afda22d48ad6a4d.txt:125:162: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:135:169: LN301 [*] Space before the closing quote mark `”`
seeds/000_1afda22d48ad6a4d.txt:145:122: LN301 [*] Space before the closing quote mark `”`
seeds/000_1afda22d48ad6a4d.txt:153:92: LN301 [*] Space before the closing quote mark `”`
Found 31 diagnostics (12 errors, 19 warnings).
[*] 30 fixable with the `--fix` option.
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


def test_seed_fix_removes_the_two_no_break_spaces_and_repairs_the_quote_marks(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(SEED, tmp_path / "seed.txt")
    result = run_cli("check", "--isolated", "--fix", "--output-format", "concise", "seed.txt")
    assert result.stdout.splitlines()[-1] == "Found 31 diagnostics (30 fixed, 1 remaining)."
    quotes_fixed = (FIXTURES / "seed" / "quotes-fixed.txt").read_bytes()  # the LN301-LN305 fixes alone
    assert (tmp_path / "seed.txt").read_bytes() == quotes_fixed.replace(
        "military.\u00a0\n".encode(), b"military.\n").replace("view.\u201d\u00a0\n".encode(), "view.\u201d\n".encode())
