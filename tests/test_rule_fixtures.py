"""Each rule against its fixtures: bad text, good near misses, the fixed text and the expected output."""

from __future__ import annotations

import os
import shutil

import pytest

from lintnews.checks import ALL_RULES
from lintnews.model import FixAvailability, Severity

from conftest import FIXTURES, run_cli

RULE_IDS = [rule.code for rule in ALL_RULES]


def fixture(rule, name):
    return FIXTURES / rule.code / name


def settings_args(rule):
    """``--isolated``, or ``--config`` with the fixture folder's lintnews.toml for a rule that needs settings."""
    config = fixture(rule, "lintnews.toml")
    return ["--config", str(config)] if config.is_file() else ["--isolated"]


@pytest.mark.parametrize("rule", ALL_RULES, ids=RULE_IDS)
def test_every_rule_has_fixtures(rule):
    """A rule without bad/good/expected fixtures (and fixed, when it can fix) fails the suite.

    ``fixed.txt`` is what ``--fix`` (safe fixes) makes of bad.txt; ``fixed-unsafe.txt`` what
    ``--fix --unsafe-fixes`` makes of it. A rule that can fix has at least one of them.
    """
    assert os.path.lexists(fixture(rule, "bad.txt")), f"{rule.code} has no bad.txt"
    assert fixture(rule, "good.txt").is_file(), f"{rule.code} has no good.txt"
    assert fixture(rule, "expected.txt").is_file(), f"{rule.code} has no expected.txt"
    can_fix = rule.fix_availability is not FixAvailability.NEVER
    has_fixed = fixture(rule, "fixed.txt").is_file() or fixture(rule, "fixed-unsafe.txt").is_file()
    assert has_fixed == can_fix, f"{rule.code}: fixed.txt or fixed-unsafe.txt iff the rule can fix"


@pytest.mark.parametrize("rule", ALL_RULES, ids=RULE_IDS)
def test_bad_text_gives_the_expected_diagnostics(rule, monkeypatch):
    monkeypatch.chdir(FIXTURES / rule.code)
    result = run_cli("check", *settings_args(rule), "--select", rule.code, "--output-format", "concise", "--quiet",
                     "bad.txt")
    expected = fixture(rule, "expected.txt").read_text(encoding="utf-8")
    assert result.stdout == expected
    assert expected.count("\n") >= 1
    assert all(f" {rule.code} " in line for line in expected.splitlines())
    assert result.exit_code == (1 if rule.severity >= Severity.WARNING else 0)  # info never fails by default


@pytest.mark.parametrize("rule", ALL_RULES, ids=RULE_IDS)
def test_good_text_is_quiet(rule, monkeypatch):
    """Near misses of the rule (real text that looks like the artifact) stay quiet."""
    monkeypatch.chdir(FIXTURES / rule.code)
    result = run_cli("check", *settings_args(rule), "--select", rule.code, "--output-format", "concise", "good.txt")
    assert result.stdout == "All checks passed!\n"
    assert result.exit_code == 0


FIXED_FILES = {"fixed.txt": (), "fixed-unsafe.txt": ("--unsafe-fixes",)}


@pytest.mark.parametrize(("rule", "fixed_name"),
                         [(r, name) for r in ALL_RULES for name in FIXED_FILES if fixture(r, name).is_file()],
                         ids=lambda value: value if isinstance(value, str) else value.code)
def test_fix_gives_the_fixed_text_and_is_idempotent(rule, fixed_name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(fixture(rule, "bad.txt"), "bad.txt")
    level = FIXED_FILES[fixed_name]
    first = run_cli("check", *settings_args(rule), "--select", rule.code, "--fix", *level, "--quiet", "bad.txt")
    fixed = (tmp_path / "bad.txt").read_bytes()
    assert fixed == fixture(rule, fixed_name).read_bytes()
    assert first.exit_code in (0, 1)
    second = run_cli("check", *settings_args(rule), "--select", rule.code, "--fix", *level, "--output-format",
                     "concise", "bad.txt")
    assert (tmp_path / "bad.txt").read_bytes() == fixed
    assert "[*]" not in second.stdout
