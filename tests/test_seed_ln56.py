"""The seed article against LN503, LN601 and LN602: the six scraped caption lines (rows 21, 23, 25, 77, 79,
81) are LN601; the seed has no Russian number formats (LN503) and no repeated paragraph (LN602: its two
`• Reuters` lines are captions, too short to count as a repeated paragraph)."""

from __future__ import annotations

import shutil

from conftest import PROJECT, SEED, run_cli

CAPTION_ROWS = (21, 23, 25, 77, 79, 81)
EXPECTED_CONCISE = """\
seeds/000_1afda22d48ad6a4d.txt:21:1: LN601 Photo caption line scraped into the text: `• Mevlut Cavusoglu and Anthony Blinken`
seeds/000_1afda22d48ad6a4d.txt:23:1: LN601 Photo credit line scraped into the text: `• Reuters`
seeds/000_1afda22d48ad6a4d.txt:25:1: LN601 Photo credit line scraped into the text: `• © Virginia Mayo / Pool`
seeds/000_1afda22d48ad6a4d.txt:77:1: LN601 Photo caption line scraped into the text: `• Recep Tayyip Erdogan`
seeds/000_1afda22d48ad6a4d.txt:79:1: LN601 Photo credit line scraped into the text: `• Reuters`
seeds/000_1afda22d48ad6a4d.txt:81:1: LN601 Photo credit line scraped into the text: `• © Umit Bektas`
Found 6 diagnostics (6 warnings).
No fixes available (6 hidden fixes can be enabled with the `--unsafe-fixes` option).
"""


def test_seed_caption_lines_and_nothing_else(monkeypatch):
    monkeypatch.chdir(PROJECT)
    result = run_cli("check", "--isolated", "--select", "LN503,LN601,LN602", "--output-format", "concise",
                     "seeds/")
    assert result.stdout == EXPECTED_CONCISE
    assert result.exit_code == 1


def test_seed_caption_spans_are_the_whole_lines(monkeypatch):
    import json

    monkeypatch.chdir(PROJECT)
    records = json.loads(run_cli("check", "--isolated", "--select", "LN601", "--output-format", "json",
                                 "seeds/").stdout)
    lines = SEED.read_text(encoding="utf-8").split("\n")
    assert [record["location"]["row"] for record in records] == list(CAPTION_ROWS)
    for record in records:
        row = record["location"]["row"]
        assert record["location"]["column"] == 1
        assert record["end_location"] == {"row": row, "column": len(lines[row - 1]) + 1}
        assert record["fix"]["applicability"] == "unsafe"
        assert record["fix"]["message"] == "Delete the line"
        assert record["fix"]["edits"] == [{"content": "", "location": {"row": row, "column": 1},
                                           "end_location": {"row": row + 1, "column": 1}}]


def test_seed_unsafe_fix_removes_exactly_the_six_caption_lines(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(SEED, tmp_path / "seed.txt")
    result = run_cli("check", "--isolated", "--select", "LN601", "--unsafe-fixes", "--fix",
                     "--output-format", "concise", "seed.txt")
    assert result.stdout.splitlines()[-1] == "Found 6 diagnostics (6 fixed, 0 remaining)."
    original = SEED.read_bytes().split(b"\n")
    expected = b"\n".join(line for row, line in enumerate(original, 1) if row not in CAPTION_ROWS)
    assert (tmp_path / "seed.txt").read_bytes() == expected
    assert SEED.read_bytes().count(b"\n") - expected.count(b"\n") == 6
