"""LN204 house-spelling: the `spellings` setting, checked at load, applied as whole-word safe fixes."""

from __future__ import annotations

import pytest

from lintnews.checks.names import house_form
from lintnews.config import ConfigError, Settings, load_settings
from lintnews.linter import Linter
from lintnews.model import Applicability

from conftest import run_cli

HOUSE = 'spellings = { Kyiv = ["Kiev"], Zelenskyy = ["Zelensky", "Zelenskiy"] }\n'


def test_house_spellings_from_lintnews_toml_are_reported_and_fixed(in_tmp):
    (in_tmp / "lintnews.toml").write_text(HOUSE, encoding="utf-8")
    (in_tmp / "a.txt").write_text("Zelensky returned to Kiev's centre; Zelenskyy and Kyiv stay.\n", encoding="utf-8")
    result = run_cli("check", "--select", "LN204", "--output-format", "concise", "a.txt")
    assert result.stdout == (
        "a.txt:1:1: LN204 [*] `Zelensky` is not the house spelling: write `Zelenskyy`\n"
        "a.txt:1:22: LN204 [*] `Kiev` is not the house spelling: write `Kyiv`\n"
        "Found 2 diagnostics (2 warnings).\n"
        "[*] 2 fixable with the `--fix` option.\n"
    )
    run_cli("check", "--select", "LN204", "--fix", "a.txt")
    assert (in_tmp / "a.txt").read_text(encoding="utf-8") == (
        "Zelenskyy returned to Kyiv's centre; Zelenskyy and Kyiv stay.\n")


def test_without_spellings_the_rule_reports_nothing():
    linter = Linter(Settings(select=("LN204",)))
    assert linter.lint_text("a.txt", "Zelensky visited Kiev.\n").diagnostics == []


def test_a_variant_never_matches_inside_its_preferred_form_or_another_word():
    linter = Linter(Settings(select=("LN204",), spellings={"Zelenskyy": ["Zelensky"], "Kyiv": ["Kiev"]}))
    text = "Zelenskyy, Zelenskyy's, Kievan Rus, chicken kiev, Zelensky's, (Kiev)\n"
    result = linter.lint_text("a.txt", text, fix=Applicability.SAFE)
    assert result.document.text == "Zelenskyy, Zelenskyy's, Kievan Rus, chicken kiev, Zelenskyy's, (Kyiv)\n"


def test_house_form_gives_the_preferred_spelling_of_a_variant():
    settings = Settings(spellings={"Kyiv": ["Kiev"], "Zelenskyy": ["Zelensky", "Zelenskiy"]})
    assert house_form(settings, "Zelenskiy") == "Zelenskyy"
    assert house_form(settings, "Kiev") == "Kyiv"
    assert house_form(settings, "Kyiv") is None
    assert house_form(Settings(), "Kiev") is None


@pytest.mark.parametrize(("content", "message"), [
    ('spellings = { Kyiv = ["Kiev"], Kiev = ["Kyjiv"] }\n', "entry 'Kyiv': variant 'Kiev' is itself a preferred form"),
    ('spellings = { Kyiv = ["Kyiv"] }\n', "entry 'Kyiv': variant 'Kyiv' is itself a preferred form"),
    ('spellings = { Zelenskyy = ["Zelensky"], Zelenskyi = ["Zelensky"] }\n',
     "entry 'Zelenskyi': variant 'Zelensky' is also listed under 'Zelenskyy'"),
    ('spellings = { Kyiv = ["Kiev"], "Kiev Pechersk Lavra" = ["Kyiv Pechersk Lavra"] }\n',
     "entry 'Kyiv': variant 'Kiev' occurs in the preferred form 'Kiev Pechersk Lavra'"),
    ('spellings = { Kyiv = [" Kiev"] }\n', "entry 'Kyiv': ' Kiev' must be a name without surrounding spaces"),
    ('spellings = { Kyiv = "Kiev" }\n', "entry 'Kyiv': expected a list of strings"),
])
def test_bad_spellings_are_configuration_errors_naming_the_key(tmp_path, content, message):
    path = tmp_path / "lintnews.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_settings(path)
    assert str(raised.value) == f"{path}: key 'spellings': {message}"
