"""The quote rules LN301-LN305 on the seed article: the exact diagnostics, the exact fixed copy, and a clean second run.

The issue's seed behaviours: `closed, ”the Turkish minister` -> `closed,” the` (LN301) at every such spot, curly
and straight; `“The alliance is experiencing … participant, "the expert explained` (opened curly, closed
straight) gets the space moved (LN301) and the straight mark made `”` (LN304); after --fix no straight double
quote is left; quotations that run into the next paragraph and close there are not unbalanced (no LN302).
"""

from __future__ import annotations

import difflib
import json
import shutil

from conftest import FIXTURES, PROJECT, SEED, run_cli

SELECT = "LN301,LN302,LN303,LN304,LN305"
FIXED_SEED = FIXTURES / "seed" / "quotes-fixed.txt"
EXPECTED = """\
seeds/000_1afda22d48ad6a4d.txt:7:64: LN301 [*] Space before the closing quote mark `”`
seeds/000_1afda22d48ad6a4d.txt:9:135: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:9:213: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:13:227: LN301 [*] Space before the closing quote mark `”`
seeds/000_1afda22d48ad6a4d.txt:15:25: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:15:41: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:19:216: LN301 [*] Space before the closing quote mark `”`
seeds/000_1afda22d48ad6a4d.txt:33:27: LN301 [*] Space before the closing quote mark `”`
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
seeds/000_1afda22d48ad6a4d.txt:113:123: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:113:177: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:125:121: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:125:139: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:125:161: LN301 [*] Space before the closing quote mark `"`
seeds/000_1afda22d48ad6a4d.txt:125:162: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:135:169: LN301 [*] Space before the closing quote mark `”`
seeds/000_1afda22d48ad6a4d.txt:145:122: LN301 [*] Space before the closing quote mark `”`
seeds/000_1afda22d48ad6a4d.txt:153:92: LN301 [*] Space before the closing quote mark `”`
Found 28 diagnostics (11 errors, 17 warnings).
[*] 28 fixable with the `--fix` option.
"""


def test_seed_quote_diagnostics_are_exactly_these(monkeypatch):
    monkeypatch.chdir(PROJECT)
    result = run_cli("check", "--isolated", "--select", SELECT, "--output-format", "concise", "seeds/")
    assert result.stdout == EXPECTED
    assert "LN302" not in result.stdout  # quotations continued into the next paragraph close there


def test_seed_fix_gives_the_fixed_copy_byte_for_byte(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(SEED, tmp_path / "seed.txt")
    result = run_cli("check", "--isolated", "--select", SELECT, "--fix", "--output-format", "concise", "seed.txt")
    assert result.stdout.splitlines()[-1] == "Found 28 diagnostics (28 fixed, 0 remaining)."
    assert (tmp_path / "seed.txt").read_bytes() == FIXED_SEED.read_bytes()


def test_the_fixed_seed_has_no_straight_double_quote_and_no_fixable_quote_diagnostic(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(FIXED_SEED, tmp_path / "fixed.txt")
    assert '"' not in FIXED_SEED.read_text(encoding="utf-8")
    result = run_cli("check", "--isolated", "--select", SELECT, "--output-format", "json", "fixed.txt")
    assert [d for d in json.loads(result.stdout) if d["fix"] is not None] == []
    again = run_cli("check", "--isolated", "--select", SELECT, "--fix", "fixed.txt")
    assert (tmp_path / "fixed.txt").read_bytes() == FIXED_SEED.read_bytes()
    assert again.stdout == "All checks passed!\n"


def test_the_fix_changes_only_quote_marks_and_the_spaces_beside_them():
    original = SEED.read_text(encoding="utf-8")
    fixed = FIXED_SEED.read_text(encoding="utf-8")
    changes = difflib.SequenceMatcher(None, original, fixed, autojunk=False).get_opcodes()
    changed = [(original[i1:i2], fixed[j1:j2]) for tag, i1, i2, j1, j2 in changes if tag != "equal"]
    assert changed and all(set(old + new) <= set(' "“”') for old, new in changed), changed
    assert len(fixed) == len(original)
    assert fixed.count("closed,” the Turkish minister") == 1
    assert "participant,” the expert explained" in fixed
    assert "direction,” Kalyn said" in fixed
