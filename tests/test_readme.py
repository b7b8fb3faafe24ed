"""README.md stays true: its rule table, its two set-up commands, the seed output it shows, its config example."""

from __future__ import annotations

import re
import subprocess

from conftest import PROJECT, run_cli
from lintnews.config import load_settings
from lintnews.docs import readme_with_table

README = (PROJECT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.MULTILINE | re.DOTALL)
    assert match, f"README.md has no section '## {title}'"
    return match.group(1)


def _blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", text, re.MULTILINE | re.DOTALL)


def test_rule_table_is_current():
    assert readme_with_table(README) == README, "run `python -m lintnews.docs` to regenerate the rule table"


def test_exactly_two_set_up_commands_one_runs_the_seed_and_one_the_tests():
    commands = [block.strip() for block in _blocks(_section("Set up"), "sh")]
    assert commands == [
        "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/lintnews check seeds/",
        "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest",
    ]


def test_ci_runs_the_readme_test_command():
    # The same awk program .ci/run uses, run on the real README.
    result = subprocess.run(["bash", "-c", "source <(sed -n '/^command=/,/README.md)$/p' .ci/run); echo \"$command\""],
                            cwd=PROJECT, capture_output=True, text=True, check=True)
    test_command = _blocks(_section("Set up"), "sh")[1].strip()
    assert result.stdout.strip() == test_command


def test_seed_output_shown_in_the_readme_is_what_lintnews_prints(monkeypatch):
    monkeypatch.chdir(PROJECT)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    result = run_cli("check", "--output-format", "concise", "seeds/")
    shown = _blocks(_section("What it says about the demo article"), "text")
    assert shown == [result.stdout]
    assert result.exit_code == 1
    assert run_cli("check", "seeds/").exit_code == 1


def test_configuration_example_is_a_valid_configuration(tmp_path):
    example = _blocks(_section("Configuration"), "toml")[0]
    (tmp_path / "pyproject.toml").write_text(example, encoding="utf-8")
    (tmp_path / "house-lookalikes.toml").write_text('kind = "lookalikes"\n[letters]\n', encoding="utf-8")
    settings = load_settings(tmp_path / "pyproject.toml")
    assert settings.ignore == ("LN107",)
    assert settings.spellings == {"Kyiv": ["Kiev"]}
    assert settings.consistency == "document"
