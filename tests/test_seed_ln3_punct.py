"""LN306-LN308 on the user's seed: the two hyphens used as dashes, and the exact fixed copy of the seed."""

from __future__ import annotations

import shutil

from conftest import PROJECT, SEED, run_cli

SELECT = "LN306,LN307,LN308"
FIXED_SEED = PROJECT / "tests" / "fixtures" / "seed" / "punctuation-fixed.txt"
EXPECTED_CONCISE = """\
seeds/000_1afda22d48ad6a4d.txt:93:109: LN307 [*] Hyphen used as a dash
seeds/000_1afda22d48ad6a4d.txt:129:58: LN307 [*] Hyphen used as a dash
Found 2 diagnostics (2 warnings).
[*] 2 fixable with the `--fix` option.
"""


def test_seed_has_exactly_two_hyphens_used_as_dashes_and_no_spacing_or_repetition(monkeypatch):
    monkeypatch.chdir(PROJECT)
    result = run_cli("check", "--isolated", "--select", SELECT, "--output-format", "concise", "seeds/")
    assert result.stdout == EXPECTED_CONCISE
    assert result.exit_code == 1


def test_seed_fix_gives_the_checked_in_copy_and_a_second_run_finds_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(SEED, tmp_path / "seed.txt")
    first = run_cli("check", "--isolated", "--fix", "--select", SELECT, "--output-format", "concise", "seed.txt")
    assert first.stdout == "Found 2 diagnostics (2 fixed, 0 remaining).\n"
    fixed = (tmp_path / "seed.txt").read_bytes()
    assert fixed == FIXED_SEED.read_bytes()
    original = SEED.read_text(encoding="utf-8")
    assert fixed.decode("utf-8") == original.replace("to the last - the country's", "to the last — the country's") \
        .replace("partner in NATO - Washington.", "partner in NATO — Washington.")
    second = run_cli("check", "--isolated", "--fix", "--select", SELECT, "--output-format", "concise", "seed.txt")
    assert second.stdout == "All checks passed!\n"
    assert (tmp_path / "seed.txt").read_bytes() == fixed


def test_seed_dash_follows_the_dash_style_setting(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for style, dash in (("closed-em", "last—the"), ("spaced-en", "last – the"), ("spaced-em", "last — the")):
        shutil.copyfile(SEED, tmp_path / "seed.txt")
        (tmp_path / "lintnews.toml").write_text(f'dash-style = "{style}"\n', encoding="utf-8")
        run_cli("check", "--fix", "--select", "LN307", "--quiet", "seed.txt")
        text = (tmp_path / "seed.txt").read_text(encoding="utf-8")
        assert f"to the {dash} country's" in text, style
        assert " - " not in text
