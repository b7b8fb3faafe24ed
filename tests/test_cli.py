"""The command line in-process: every exit code, every output format, options and configuration."""

from __future__ import annotations

import json
import shutil

import pytest

import lintnews
from lintnews import cli as cli_module
from lintnews.checks import ALL_RULES
from lintnews.checks.characters import MixedScriptWord

from conftest import SEED, run_cli

DIRTY = "According to WНO data.\nTrailing space \n"
CLEAN = "According to WHO data.\n"


@pytest.fixture
def dirty(in_tmp):
    (in_tmp / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    return in_tmp / "dirty.txt"


@pytest.fixture
def clean(in_tmp):
    (in_tmp / "clean.txt").write_text(CLEAN, encoding="utf-8")
    return in_tmp / "clean.txt"


# Exit codes (DESIGN.md §5)

def test_exit_0_when_clean(clean):
    result = run_cli("check", "clean.txt")
    assert (result.exit_code, result.stdout) == (0, "All checks passed!\n")


def test_exit_1_when_diagnostics_remain(dirty):
    result = run_cli("check", "--output-format", "concise", "dirty.txt")
    assert result.exit_code == 1
    assert result.stdout == (
        "dirty.txt:1:14: LN101 [*] Word `WНO` mixes Latin and Cyrillic letters: "
        "`Н` (U+041D CYRILLIC CAPITAL LETTER EN)\n"
        "dirty.txt:2:15: LN106 [*] Trailing whitespace\n"
        "Found 2 diagnostics (1 error, 1 warning).\n"
        "[*] 2 fixable with the `--fix` option.\n"
    )


def test_exit_0_when_fix_fixes_everything(dirty):
    result = run_cli("check", "--fix", "dirty.txt")
    assert result.exit_code == 0
    assert result.stdout == "Found 2 diagnostics (2 fixed, 0 remaining).\n"
    assert dirty.read_text(encoding="utf-8") == "According to WHO data.\nTrailing space\n"


def test_exit_1_when_fix_changed_files_and_asked_to(dirty):
    result = run_cli("check", "--fix", "--exit-non-zero-on-fix", "dirty.txt")
    assert result.exit_code == 1


def test_exit_zero_overrides_diagnostics(dirty):
    assert run_cli("check", "--exit-zero", "dirty.txt").exit_code == 0


def test_fail_on_error_ignores_warnings(in_tmp):
    (in_tmp / "w.txt").write_text("Trailing space \n", encoding="utf-8")
    assert run_cli("check", "--fail-on", "error", "w.txt").exit_code == 0
    assert run_cli("check", "w.txt").exit_code == 1


def test_exit_2_for_an_unknown_selector(dirty):
    result = run_cli("check", "--select", "LN9", "dirty.txt")
    assert result.exit_code == 2
    assert result.stderr == "lintnews: error: unknown rule selector 'LN9'\n"


def test_exit_2_for_an_unknown_option(dirty):
    assert run_cli("check", "--frobnicate", "dirty.txt").exit_code == 2


def test_exit_2_for_an_unknown_config_key(dirty):
    (dirty.parent / "lintnews.toml").write_text('selcet = ["LN1"]\n', encoding="utf-8")
    result = run_cli("check", "dirty.txt")
    assert result.exit_code == 2
    assert "lintnews.toml: key 'selcet': unknown key" in result.stderr
    assert "Traceback" not in result.output


def test_exit_2_and_no_traceback_on_an_internal_error(dirty, monkeypatch, capsys):
    def broken(self, document, context):
        raise RuntimeError("rule exploded")

    monkeypatch.setattr(MixedScriptWord, "check", broken)
    assert cli_module.main(["check", "dirty.txt"]) == 2
    captured = capsys.readouterr()
    assert captured.err == "lintnews: internal error: RuntimeError: rule exploded\n"


def test_main_returns_exit_codes(dirty, clean):
    assert cli_module.main(["check", "clean.txt"]) == 0
    assert cli_module.main(["check", "dirty.txt"]) == 1
    assert cli_module.main(["check", "--select", "nope", "dirty.txt"]) == 2
    assert cli_module.main(["--version"]) == 0


# Output formats

def test_json_output_is_the_contract(dirty):
    result = run_cli("check", "--output-format", "json", "dirty.txt")
    assert json.loads(result.stdout) == [
        {"code": "LN101", "name": "mixed-script-word", "severity": "error",
         "message": "Word `WНO` mixes Latin and Cyrillic letters: `Н` (U+041D CYRILLIC CAPITAL LETTER EN)",
         "filename": "dirty.txt", "location": {"row": 1, "column": 14}, "end_location": {"row": 1, "column": 17},
         "fix": {"applicability": "safe", "message": "Replace with `WHO`",
                 "edits": [{"content": "WHO", "location": {"row": 1, "column": 14},
                            "end_location": {"row": 1, "column": 17}}]}},
        {"code": "LN106", "name": "trailing-whitespace", "severity": "warning", "message": "Trailing whitespace",
         "filename": "dirty.txt", "location": {"row": 2, "column": 15}, "end_location": {"row": 2, "column": 16},
         "fix": {"applicability": "safe", "message": "Remove trailing whitespace",
                 "edits": [{"content": "", "location": {"row": 2, "column": 15},
                            "end_location": {"row": 2, "column": 16}}]}},
    ]
    assert result.exit_code == 1
    assert run_cli("check", "--output-format", "json", "dirty.txt").stdout == result.stdout  # deterministic


def test_json_is_sorted_by_file_then_position_then_code(in_tmp):
    (in_tmp / "b.txt").write_text("x \n", encoding="utf-8")
    (in_tmp / "a.txt").write_text("y  z \n", encoding="utf-8")
    records = json.loads(run_cli("check", "--output-format", "json", ".").stdout)
    assert [(r["filename"], r["location"]["column"], r["code"]) for r in records] == [
        ("a.txt", 2, "LN107"), ("a.txt", 5, "LN106"), ("b.txt", 2, "LN106")]


def test_json_output_when_clean_is_an_empty_array(clean):
    assert run_cli("check", "--output-format", "json", "clean.txt").stdout == "[]\n"


def test_github_annotations(dirty):
    result = run_cli("check", "--output-format", "github", "dirty.txt")
    assert result.stdout == (
        "::error title=lintnews (LN101),file=dirty.txt,line=1,col=14,endLine=1,endColumn=17::"
        "dirty.txt:1:14: LN101 Word `WНO` mixes Latin and Cyrillic letters: `Н` (U+041D CYRILLIC CAPITAL LETTER EN)\n"
        "::warning title=lintnews (LN106),file=dirty.txt,line=2,col=15,endLine=2,endColumn=16::"
        "dirty.txt:2:15: LN106 Trailing whitespace\n"
    )


def test_full_output_shows_the_line_and_a_caret(dirty):
    result = run_cli("check", "--select", "LN101", "dirty.txt")
    assert result.stdout == (
        "dirty.txt:1:14: LN101 [*] Word `WНO` mixes Latin and Cyrillic letters: "
        "`Н` (U+041D CYRILLIC CAPITAL LETTER EN)\n"
        "  |\n"
        "1 | According to WНO data.\n"
        "  |              ^^^ LN101\n"
        "  |\n"
        "    = help: Replace with `WHO`\n"
        "\n"
        "Found 1 diagnostic (1 error).\n"
        "[*] 1 fixable with the `--fix` option.\n"
    )


def test_full_output_shows_invisible_characters(in_tmp):
    (in_tmp / "z.txt").write_text("a\u200bb\n", encoding="utf-8")
    lines = run_cli("check", "z.txt").stdout.splitlines()
    assert lines[2:4] == ["1 | a<U+200B>b", "  |  ^^^^^^^^ LN103"]


def test_full_output_cuts_long_lines_around_the_span(in_tmp):
    (in_tmp / "long.txt").write_text("word " * 100 + "WНO " + "word " * 100 + "\n", encoding="utf-8")
    lines = run_cli("check", "--select", "LN101", "long.txt").stdout.splitlines()
    assert lines[2] == "1 | …" + ("word " * 100)[-70:] + "WНO" + (" " + "word " * 100)[:70] + "…"
    assert lines[3] == "  |  " + " " * 70 + "^^^ LN101"


def test_no_colour_off_a_terminal_and_colour_when_forced(dirty, monkeypatch):
    assert "\x1b[" not in run_cli("check", "dirty.txt").stdout
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[" in run_cli("check", "dirty.txt").stdout
    assert "\x1b[" not in run_cli("check", "--no-color", "dirty.txt").stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run_cli("check", "dirty.txt").stdout


def test_quiet_prints_diagnostics_only(dirty):
    result = run_cli("check", "--quiet", "--output-format", "concise", "dirty.txt")
    assert result.stdout.splitlines()[-1] == "dirty.txt:2:15: LN106 [*] Trailing whitespace"


def test_statistics(dirty):
    result = run_cli("check", "--statistics", "dirty.txt")
    assert result.stdout == "1\tLN101\t[*] mixed-script-word\n1\tLN106\t[*] trailing-whitespace\n"


def test_show_fixes_lists_what_was_fixed(dirty):
    result = run_cli("check", "--fix", "--show-fixes", "dirty.txt")
    assert result.stdout == (
        "Fixed 2 diagnostics:\n"
        "- dirty.txt:\n"
        "    1 × LN101 (mixed-script-word)\n"
        "    1 × LN106 (trailing-whitespace)\n"
        "Found 2 diagnostics (2 fixed, 0 remaining).\n"
    )


def test_diff_prints_fixes_and_writes_nothing(dirty):
    result = run_cli("check", "--diff", "dirty.txt")
    assert result.stdout == (
        "--- a/dirty.txt\n+++ b/dirty.txt\n@@ -1,2 +1,2 @@\n"
        "-According to WНO data.\n-Trailing space \n+According to WHO data.\n+Trailing space\n"
    )
    assert result.exit_code == 1
    assert dirty.read_text(encoding="utf-8") == DIRTY


def test_diff_with_nothing_to_fix_exits_0(clean):
    result = run_cli("check", "--diff", "clean.txt")
    assert (result.exit_code, result.stdout) == (0, "")


def test_stdin_is_linted_under_its_stdin_filename(in_tmp):
    result = run_cli("check", "--output-format", "concise", "--quiet", "--stdin-filename", "news/a.txt", "-",
                     input=DIRTY.encode())
    assert result.stdout.splitlines() == [
        "news/a.txt:1:14: LN101 [*] Word `WНO` mixes Latin and Cyrillic letters: "
        "`Н` (U+041D CYRILLIC CAPITAL LETTER EN)",
        "news/a.txt:2:15: LN106 [*] Trailing whitespace",
    ]


def test_stdin_fix_prints_the_fixed_text(in_tmp):
    result = run_cli("check", "--fix", "--quiet", "-", input=DIRTY.encode())
    assert result.stdout == "According to WHO data.\nTrailing space\n"
    assert result.exit_code == 0


def test_directories_are_walked_for_txt_and_md_only(in_tmp):
    (in_tmp / "news").mkdir()
    for name in ("a.txt", "b.md", "c.html", "d.rst"):
        (in_tmp / "news" / name).write_text("x \n", encoding="utf-8")
    (in_tmp / "news" / ".git").mkdir()
    (in_tmp / "news" / ".git" / "e.txt").write_text("x \n", encoding="utf-8")
    result = run_cli("check", "--output-format", "concise", "--quiet", ".")
    assert result.stdout == "news/a.txt:1:2: LN106 [*] Trailing whitespace\nnews/b.md:1:2: LN106 [*] Trailing whitespace\n"


def test_explicit_file_of_any_extension_is_linted(in_tmp):
    (in_tmp / "c.html").write_text("x \n", encoding="utf-8")
    assert run_cli("check", "--output-format", "concise", "--quiet", "c.html").stdout == (
        "c.html:1:2: LN106 [*] Trailing whitespace\n")


# Selection and configuration

def test_select_ignore_and_extend_select(dirty):
    def codes(*args):
        out = run_cli("check", "--output-format", "json", *args, "dirty.txt").stdout
        return [record["code"] for record in json.loads(out)]

    assert codes("--select", "LN106") == ["LN106"]
    assert codes("--select", "trailing-whitespace") == ["LN106"]
    assert codes("--ignore", "LN10") == []
    assert codes("--select", "LN1", "--ignore", "LN10", "--extend-select", "LN101") == ["LN101"]
    assert codes("--select", "LN101,LN106") == ["LN101", "LN106"]


def test_configuration_in_pyproject_is_found_from_a_subfolder(in_tmp, monkeypatch):
    (in_tmp / "pyproject.toml").write_text('[tool.lintnews]\nignore = ["LN106"]\n', encoding="utf-8")
    (in_tmp / "sub").mkdir()
    (in_tmp / "sub" / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    monkeypatch.chdir(in_tmp / "sub")
    records = json.loads(run_cli("check", "--output-format", "json", "dirty.txt").stdout)
    assert [record["code"] for record in records] == ["LN101"]
    records = json.loads(run_cli("check", "--isolated", "--output-format", "json", "dirty.txt").stdout)
    assert [record["code"] for record in records] == ["LN101", "LN106"]


def test_per_file_ignores_exclude_and_allow(in_tmp):
    (in_tmp / "lintnews.toml").write_text(
        'exclude = ["drafts"]\nallow = ["W.O"]\n[per-file-ignores]\n"wire/*.txt" = ["LN106"]\n', encoding="utf-8")
    for folder in ("wire", "drafts", "desk"):
        (in_tmp / folder).mkdir()
        (in_tmp / folder / "a.txt").write_text(DIRTY, encoding="utf-8")
    result = run_cli("check", "--output-format", "concise", "--quiet", ".")
    assert result.stdout == "desk/a.txt:2:15: LN106 [*] Trailing whitespace\n"


def test_config_option_names_the_file(dirty):
    (dirty.parent / "custom.toml").write_text('select = ["LN106"]\n', encoding="utf-8")
    records = json.loads(run_cli("check", "--config", "custom.toml", "--output-format", "json", "dirty.txt").stdout)
    assert [record["code"] for record in records] == ["LN106"]


@pytest.mark.parametrize(("content", "message"), [
    ('fail-on = "fatal"\n', "key 'fail-on': unknown severity 'fatal'"),
    ('select = "LN1"\n', "key 'select': expected a list of strings"),
    ('allow = ["("]\n', "key 'allow': bad pattern '('"),
    ('dash-style = "dots"\n', "key 'dash-style': expected one of spaced-em, closed-em, spaced-en, got 'dots'"),
    ('select = [\n', "not valid TOML"),
    ('select = ["LN7"]\n', "unknown rule selector 'LN7'"),
])
def test_bad_configuration_exits_2_naming_the_key(dirty, content, message):
    (dirty.parent / "lintnews.toml").write_text(content, encoding="utf-8")
    result = run_cli("check", "dirty.txt")
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_extra_rules_files_extend_the_lookalike_table(in_tmp):
    (in_tmp / "mine.toml").write_text(
        'kind = "lookalikes"\n[letters]\n"г" = "r"\n', encoding="utf-8")
    (in_tmp / "lintnews.toml").write_text('extra-rules = ["mine.toml"]\n', encoding="utf-8")
    (in_tmp / "a.txt").write_text("Gгeat news.\n", encoding="utf-8")
    run_cli("check", "--fix", "a.txt")
    assert (in_tmp / "a.txt").read_text(encoding="utf-8") == "Great news.\n"


def test_broken_extra_rules_file_exits_2_naming_the_entry(in_tmp):
    (in_tmp / "mine.toml").write_text('kind = "lookalikes"\n[letters]\n"г" = "rr"\n', encoding="utf-8")
    (in_tmp / "lintnews.toml").write_text('extra-rules = ["mine.toml"]\n', encoding="utf-8")
    (in_tmp / "a.txt").write_text("x\n", encoding="utf-8")
    result = run_cli("check", "a.txt")
    assert result.exit_code == 2
    assert result.stderr == (
        f"lintnews: error: {in_tmp / 'mine.toml'}: letters entry 'г': the value must be one ASCII letter\n")


# The other commands

def test_rule_command_prints_the_documentation():
    result = run_cli("rule", "LN101")
    assert result.stdout.startswith("# mixed-script-word (LN101)\n\nSeverity: error. Fix is sometimes available.\n")
    assert "## What it does" in result.stdout and "## Fix safety" in result.stdout
    assert run_cli("rule", "mixed-script-word").stdout == result.stdout


def test_rule_command_with_an_unknown_rule_exits_2():
    assert cli_module.main(["rule", "LN999"]) == 2


def test_rules_command_lists_the_catalogue():
    lines = run_cli("rules").stdout.splitlines()
    assert [line.split()[0] for line in lines] == [rule.code for rule in ALL_RULES]


def test_version():
    assert run_cli("--version").stdout == f"lintnews, version {lintnews.__version__}\n"


def test_python_dash_m_works(tmp_path):
    import subprocess
    import sys

    shutil.copyfile(SEED, tmp_path / "seed.txt")
    result = subprocess.run([sys.executable, "-m", "lintnews", "check", "--isolated", "--output-format", "concise",
                             "--quiet", "seed.txt"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 1
    assert "seed.txt:33:55: LN101 Word `тируетafak` mixes Latin and Cyrillic letters" in result.stdout.splitlines()


def test_opt_in_rules_run_only_when_selected(in_tmp):
    """LN502 is not in the default rule set; a code, a prefix, ALL or extend-select turns it on."""
    (in_tmp / "a.txt").write_text("We will remind, earlier it was reported.\n", encoding="utf-8")
    by_default = run_cli("check", "--output-format", "concise", "a.txt")
    assert by_default.stdout == "All checks passed!\n"
    expected = "a.txt:1:1: LN502 "
    for selection in (["--extend-select", "LN502"], ["--select", "LN5"], ["--select", "ALL"],
                      ["--select", "DEFAULT,translationese"]):
        result = run_cli("check", *selection, "--output-format", "concise", "--quiet", "a.txt")
        assert result.stdout.startswith(expected), selection
        assert result.exit_code == 0  # infos never fail a run
    assert "Opt-in: not in the default rule set" in run_cli("rule", "LN502").stdout
    assert "(opt-in) " in next(line for line in run_cli("rules").stdout.splitlines() if line.startswith("LN502"))
