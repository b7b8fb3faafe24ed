"""The command line: parse options, build the settings, and hand over to the runner."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import click

import lintnews
from lintnews import docs, output
from lintnews.checks import ALL_RULES
from lintnews.config import ConfigError, Settings, find_config, load_settings
from lintnews.model import Severity
from lintnews.ruledata import RuleDataError
from lintnews.runner import EXIT_ERROR, CheckOptions, run_check
from lintnews.selection import SelectorError


def _codes(values: tuple[str, ...]) -> tuple[str, ...] | None:
    """Split ``--select LN1,LN2 --select LN3`` into selectors; None when the option was not given."""
    if not values:
        return None
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(lintnews.__version__, "-V", "--version", prog_name="lintnews")
def cli() -> None:
    """lintnews: find and fix what machine translation and scrapers leave in news text."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--fix", is_flag=True, help="Apply safe fixes and write the files back.")
@click.option("--unsafe-fixes", is_flag=True, help="Also apply (with --fix) and count unsafe fixes.")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff instead of writing them.")
@click.option("--show-fixes", is_flag=True, help="With --fix, list the fixes applied per file and rule.")
@click.option("--select", multiple=True, help="Rules to run: codes, prefixes (LN1) or names; replaces the config.")
@click.option("--extend-select", multiple=True, help="Rules to run in addition to the selected ones.")
@click.option("--ignore", multiple=True, help="Rules not to run: codes, prefixes or names.")
@click.option("--output-format", type=click.Choice(output.OUTPUT_FORMATS), default="full", show_default=True)
@click.option("--statistics", is_flag=True, help="Print how often each rule fired instead of the diagnostics.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when diagnostics remain.")
@click.option("--exit-non-zero-on-fix", is_flag=True, help="Exit 1 when --fix changed a file, even if all was fixed.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]),
              help="The lowest severity that makes the run fail [default: warning].")
@click.option("--consistency", type=click.Choice(["document", "project"]),
              help="Compare name spellings (LN201) within each document or across all files [default: document].")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Use this configuration file instead of searching for one.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("--stdin-filename", help="The file name to report for text read from standard input (-).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0,
              help="Processes that lint files in parallel; 0 (default) uses every core lintnews may run on, 1 lints "
                   "in one process.")
@click.option("-q", "--quiet", is_flag=True, help="Print diagnostics only, without the summary.")
@click.option("--no-color", is_flag=True,
              help="No colour (also off with NO_COLOR or when not on a terminal; FORCE_COLOR forces it).")
@click.pass_context
def check(ctx: click.Context, paths: tuple[str, ...], config_path: Path | None, isolated: bool,
          select: tuple[str, ...], extend_select: tuple[str, ...], ignore: tuple[str, ...],
          fail_on: str | None, consistency: str | None, no_color: bool, **flags) -> None:
    """Lint text files (default: the current folder; '-' reads standard input)."""
    try:
        settings = _settings(config_path, isolated)
        settings = settings.with_overrides(
            select=_codes(select),
            extend_select=None if not extend_select else settings.extend_select + _codes(extend_select),
            ignore=None if not ignore else settings.ignore + _codes(ignore),
            fail_on=Severity.parse(fail_on) if fail_on else None,
            consistency=consistency,
        )
        colour = _use_colour(no_color)
        options = CheckOptions(colour=colour, **flags)
        stdin = sys.stdin.buffer.read() if "-" in paths else None
        code = run_check(paths or (".",), settings, options, stdout=sys.stdout, stderr=sys.stderr, stdin=stdin)
    except (ConfigError, RuleDataError, SelectorError) as error:
        click.echo(f"lintnews: error: {error}", err=True)
        code = EXIT_ERROR
    ctx.exit(code)


@cli.command()
@click.argument("selector")
def rule(selector: str) -> None:
    """Print the documentation of one rule, by code (LN101) or name (mixed-script-word)."""
    found = docs.find_rule(selector)
    if found is None:
        raise click.UsageError(f"no rule is called {selector!r}; `lintnews rules` lists them")
    click.echo(docs.rule_text(found), nl=False)


@cli.command(name="rules")
def list_rules() -> None:
    """List every rule: code, name, severity, whether it can fix, and whether it is opt-in."""
    for item in ALL_RULES:
        fix = {"always": "[*]", "sometimes": "[*]"}.get(item.fix_availability.value, "[ ]")
        opt_in = "" if item.default else "(opt-in) "
        click.echo(f"{item.code}  {fix} {item.severity.label:<7}  {item.name:<30}  {opt_in}{item.summary()}")


def _use_colour(no_color: bool) -> bool:
    """Colour only on a terminal; --no-color and NO_COLOR turn it off, FORCE_COLOR turns it on."""
    if no_color or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


def _settings(config_path: Path | None, isolated: bool) -> Settings:
    if isolated:
        return Settings()
    if config_path is not None:
        return load_settings(config_path)
    return load_settings(find_config(Path.cwd()))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code; never lets a traceback reach the user."""
    try:
        result = cli.main(args=list(argv) if argv is not None else None, prog_name="lintnews",
                          standalone_mode=False)
    except click.exceptions.Exit as exit_:
        return exit_.exit_code
    except click.ClickException as error:
        error.show()
        return EXIT_ERROR
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # noqa: BLE001 - the last line of defence against a traceback
        click.echo(f"lintnews: internal error: {type(error).__name__}: {error}", err=True)
        if os.environ.get("LINTNEWS_DEBUG"):
            raise
        return EXIT_ERROR
    return result if isinstance(result, int) else 0
