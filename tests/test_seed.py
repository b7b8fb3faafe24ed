"""End to end on the user's seed article: the exact concise output, and the exact JSON for the LN101 hit."""

from __future__ import annotations

import json
import shutil

from conftest import FIXTURES, PROJECT, SEED, run_cli

EXPECTED_CONCISE = """\
seeds/000_1afda22d48ad6a4d.txt:3:111: LN203 [*] `Anthony Blinken` is a known mis-transliteration of `Antony Blinken` (Antony Blinken, US Secretary of State 2021-2025)
seeds/000_1afda22d48ad6a4d.txt:7:64: LN301 [*] Space before the closing quote mark `”`
seeds/000_1afda22d48ad6a4d.txt:9:135: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:9:213: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:13:227: LN301 [*] Space before the closing quote mark `”`
seeds/000_1afda22d48ad6a4d.txt:15:25: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:15:41: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:19:216: LN301 [*] Space before the closing quote mark `”`
seeds/000_1afda22d48ad6a4d.txt:21:1: LN601 Photo caption line scraped into the text: `• Mevlut Cavusoglu and Anthony Blinken`
seeds/000_1afda22d48ad6a4d.txt:21:26: LN203 [*] `Anthony Blinken` is a known mis-transliteration of `Antony Blinken` (Antony Blinken, US Secretary of State 2021-2025)
seeds/000_1afda22d48ad6a4d.txt:23:1: LN601 Photo credit line scraped into the text: `• Reuters`
seeds/000_1afda22d48ad6a4d.txt:25:1: LN601 Photo credit line scraped into the text: `• © Virginia Mayo / Pool`
seeds/000_1afda22d48ad6a4d.txt:33:27: LN301 [*] Space before the closing quote mark `”`
seeds/000_1afda22d48ad6a4d.txt:33:55: LN101 Word `тируетafak` mixes Latin and Cyrillic letters
seeds/000_1afda22d48ad6a4d.txt:35:82: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:35:115: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:49:62: LN301 [*] Space before the closing quote mark `”`
seeds/000_1afda22d48ad6a4d.txt:59:80: LN301 [*] Space before the closing quote mark `"`
seeds/000_1afda22d48ad6a4d.txt:59:81: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:61:8: LN202 [*] `C-400` is `S-400` read through a look-alike letter: Cyrillic `С` is S, not C
seeds/000_1afda22d48ad6a4d.txt:69:102: LN203 [*] `Kalyn` is a known mis-transliteration of `Kalin` (Ibrahim Kalın, spokesman of the Turkish president)
seeds/000_1afda22d48ad6a4d.txt:75:83: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:75:110: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:75:178: LN301 [*] Space before the closing quote mark `"`
seeds/000_1afda22d48ad6a4d.txt:75:179: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:75:180: LN203 [*] `Kalyn` is a known mis-transliteration of `Kalin` (Ibrahim Kalın, spokesman of the Turkish president)
seeds/000_1afda22d48ad6a4d.txt:77:1: LN601 Photo caption line scraped into the text: `• Recep Tayyip Erdogan`
seeds/000_1afda22d48ad6a4d.txt:79:1: LN601 Photo credit line scraped into the text: `• Reuters`
seeds/000_1afda22d48ad6a4d.txt:81:1: LN601 Photo credit line scraped into the text: `• © Umit Bektas`
seeds/000_1afda22d48ad6a4d.txt:83:30: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:83:125: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:93:109: LN307 [*] Hyphen used as a dash
seeds/000_1afda22d48ad6a4d.txt:97:186: LN106 [*] Trailing whitespace (U+00A0 NO-BREAK SPACE)
seeds/000_1afda22d48ad6a4d.txt:113:123: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:113:177: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:113:178: LN106 [*] Trailing whitespace (U+00A0 NO-BREAK SPACE)
seeds/000_1afda22d48ad6a4d.txt:125:121: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:125:139: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:125:161: LN301 [*] Space before the closing quote mark `"`
seeds/000_1afda22d48ad6a4d.txt:125:162: LN304 [*] Straight quote `"` where the document is quoted with curly quotes
seeds/000_1afda22d48ad6a4d.txt:127:110: LN201 `Yermakov` (1 of 3 mentions) is also spelled `Ermakov` (2) in this document
seeds/000_1afda22d48ad6a4d.txt:129:58: LN307 [*] Hyphen used as a dash
seeds/000_1afda22d48ad6a4d.txt:135:169: LN301 [*] Space before the closing quote mark `”`
seeds/000_1afda22d48ad6a4d.txt:145:122: LN301 [*] Space before the closing quote mark `”`
seeds/000_1afda22d48ad6a4d.txt:153:92: LN301 [*] Space before the closing quote mark `”`
Found 45 diagnostics (17 errors, 28 warnings).
[*] 37 fixable with the `--fix` option (7 hidden fixes can be enabled with the `--unsafe-fixes` option).
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


def test_seed_fix_changes_exactly_the_safely_fixable_spots(tmp_path, monkeypatch):
    """--fix: the LN3 copy, minus the two trailing no-break spaces, with Kalin, Antony Blinken (LN203), S-400 (LN202)."""
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(SEED, tmp_path / "seed.txt")
    result = run_cli("check", "--isolated", "--fix", "--output-format", "concise", "seed.txt")
    assert result.stdout.splitlines()[-2] == "Found 45 diagnostics (37 fixed, 8 remaining)."
    ln3_fixed = (FIXTURES / "seed" / "ln3-fixed.txt").read_text(encoding="utf-8")  # the LN3 fixes alone
    expected = (ln3_fixed.replace("military.\u00a0\n", "military.\n").replace("view.\u201d\u00a0\n", "view.\u201d\n")
                .replace("Anthony Blinken", "Antony Blinken").replace("Kalyn", "Kalin").replace("C-400", "S-400"))
    assert (tmp_path / "seed.txt").read_text(encoding="utf-8") == expected
