"""The whole LN3 family on the seed article (issue 4): the exact fixed copy, and nothing fixable left after it.

The copy is the quote rules' fixed copy (quotes-fixed.txt) with the two hyphens used as dashes
(punctuation-fixed.txt) also fixed: tested here so that the two families' fixes are known not to interfere.
"""

from __future__ import annotations

import shutil

from conftest import FIXTURES, SEED, run_cli

LN3_FIXED = FIXTURES / "seed" / "ln3-fixed.txt"


def test_fixing_the_seed_with_ln3_gives_the_checked_in_copy(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(SEED, "seed.txt")
    result = run_cli("check", "--isolated", "--select", "LN3", "--fix", "--output-format", "concise", "seed.txt")
    assert result.stdout == "Found 30 diagnostics (30 fixed, 0 remaining).\n"
    assert (tmp_path / "seed.txt").read_bytes() == LN3_FIXED.read_bytes()
    second = run_cli("check", "--isolated", "--select", "LN3", "--output-format", "concise", "seed.txt")
    assert second.stdout == "All checks passed!\n"


def test_the_ln3_copy_is_the_quote_copy_plus_the_two_dashes():
    seed = SEED.read_text(encoding="utf-8").split("\n")
    quotes = (FIXTURES / "seed" / "quotes-fixed.txt").read_text(encoding="utf-8").split("\n")
    dashes = (FIXTURES / "seed" / "punctuation-fixed.txt").read_text(encoding="utf-8").split("\n")
    combined = [quoted.replace(" - ", " \N{EM DASH} ") if dashed != original else quoted
                for original, quoted, dashed in zip(seed, quotes, dashes, strict=True)]
    assert LN3_FIXED.read_text(encoding="utf-8").split("\n") == combined
    assert sum(dashed != original for original, dashed in zip(seed, dashes)) == 2
