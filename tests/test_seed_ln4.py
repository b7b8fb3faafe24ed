"""LN4 on the user's seed article: clean UTF-8 with no mojibake, no HTML entities and no replacement
characters, so the family reports nothing. Its only non-ASCII characters are curly quotes, the `•` and `©` of
its caption lines, the Cyrillic debris `тирует` (LN101's) and two no-break spaces (LN106's)."""

from __future__ import annotations

import json

from conftest import PROJECT, SEED, run_cli


def test_seed_has_no_encoding_damage(monkeypatch):
    monkeypatch.chdir(PROJECT)
    result = run_cli("check", "--select", "LN4", "--output-format", "json", "seeds/")
    assert json.loads(result.stdout) == []
    assert result.exit_code == 0


def test_seed_characters_are_what_the_docstring_says():
    text = SEED.read_text(encoding="utf-8")
    assert "&" not in text and "\ufffd" not in text
    assert sorted({char for char in text if not char.isascii()}) == sorted("\u00a0©еирту“”•")
