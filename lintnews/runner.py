"""One ``lintnews check`` run: lint the files, print in the chosen format, and decide the exit code."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from lintnews import output
from lintnews.config import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, Settings
from lintnews.files import decode, discover
from lintnews.fixer import ConvergenceError
from lintnews.linter import FileResult, Linter, usable_cores
from lintnews.model import Applicability

EXIT_CLEAN, EXIT_DIAGNOSTICS, EXIT_ERROR = 0, 1, 2


@dataclass(frozen=True)
class CheckOptions:
    """The command-line choices that are about this run rather than about the project."""

    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    show_fixes: bool = False
    output_format: str = "full"
    statistics: bool = False
    exit_zero: bool = False
    exit_non_zero_on_fix: bool = False
    quiet: bool = False
    jobs: int = 1  # worker processes for linting files; 0: one per usable core
    colour: bool = False
    stdin_filename: str | None = None


def run_check(paths: Sequence[str], settings: Settings, options: CheckOptions, *,
              stdout: TextIO, stderr: TextIO, stdin: bytes | None = None) -> int:
    """Lint ``paths`` (``-`` is standard input, given as ``stdin`` bytes), print, and return the exit code."""
    with no_cycle_collection():
        return _run_check(paths, settings, options, stdout=stdout, stderr=stderr, stdin=stdin)


@contextlib.contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Turn the cycle collector off for the length of a run, then back on if it was.

    Linting makes no reference cycles (tests/test_memory.py checks it on real text, checking and fixing),
    so reference counting frees everything and the collector would only re-scan the results a run
    keeps: with CPython's default thresholds about 13% of a 17,000-file run, and still 25 ms with
    thresholds raised a hundredfold.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _run_check(paths: Sequence[str], settings: Settings, options: CheckOptions, *,
               stdout: TextIO, stderr: TextIO, stdin: bytes | None = None) -> int:
    linter = Linter(settings)
    level = Applicability.UNSAFE if options.unsafe_fixes else Applicability.SAFE
    fixing = options.fix or options.diff
    results: list[FileResult] = []
    internal_error = False

    files = [Path(path) for path in paths if path != "-"]
    include = DEFAULT_INCLUDE + settings.extend_include
    exclude = DEFAULT_EXCLUDE + settings.exclude
    discovered = list(discover(files, include=include, exclude=exclude, root=settings.root))
    stdin_source = decode(options.stdin_filename or "-", stdin or b"") if "-" in paths else None
    if settings.consistency == "project":
        linter.survey_names(discovered, [stdin_source] if stdin_source else [])
    if not fixing:
        results.extend(linter.lint_files(discovered, jobs=options.jobs or usable_cores()))
    else:  # one file at a time, in this process: fixing writes files
        for path in discovered:
            try:
                result = linter.lint_file(path, fix=level, write=options.fix and not options.diff)
            except ConvergenceError as error:
                print(f"lintnews: internal error: {error}", file=stderr)
                internal_error = True
                result = linter.lint_file(path)
            if result.write_error:
                print(f"lintnews: {result.write_error}", file=stderr)
                result = linter.lint_file(path)
            results.append(result)

    stdin_result = None
    if stdin_source is not None:
        try:
            stdin_result = linter.lint_source(stdin_source, fix=level if fixing else None)
        except ConvergenceError as error:
            print(f"lintnews: internal error: {error}", file=stderr)
            internal_error = True
            stdin_result = linter.lint_source(stdin_source)
        results.append(stdin_result)

    if options.diff:
        diffs = [result.diff() for result in sorted(results, key=lambda result: result.path)]
        stdout.write("".join(diffs))
        changed = sum(1 for diff in diffs if diff)
        if not options.quiet:
            print(f"Would fix {sum(sum(r.fixed.values()) for r in results)} diagnostics in {changed} files.",
                  file=stderr)
        return EXIT_ERROR if internal_error else (EXIT_DIAGNOSTICS if changed else EXIT_CLEAN)

    # With --fix on standard input the fixed text goes to stdout, so diagnostics go to stderr.
    report_stream = stderr if stdin_result is not None and options.fix else stdout
    if stdin_result is not None and options.fix:
        stdout.write(stdin_result.document.text)
    _print_report(results, options, level, report_stream)

    if internal_error:
        return EXIT_ERROR
    return exit_code(results, settings, options)


def exit_code(results: list[FileResult], settings: Settings, options: CheckOptions) -> int:
    """The one place that decides the exit code of a check run."""
    if options.exit_zero:
        return EXIT_CLEAN
    if any(d.severity >= settings.fail_on for result in results for d in result.diagnostics):
        return EXIT_DIAGNOSTICS
    if options.exit_non_zero_on_fix and any(result.changed for result in results):
        return EXIT_DIAGNOSTICS
    return EXIT_CLEAN


def _print_report(results: list[FileResult], options: CheckOptions, level: Applicability, stream: TextIO) -> None:
    items = output.locate(results)
    style = output.Style(options.colour)
    fmt = options.output_format
    if options.statistics:
        text = output.statistics(items, level, as_json=fmt == "json")
        if text:
            print(text, file=stream)
        return
    if fmt == "json":
        print(output.json_output(items), file=stream)
        return
    if fmt == "github":
        for line in output.github(items):
            print(line, file=stream)
        return
    lines = output.full(items, level, style) if fmt == "full" else output.concise(items, level, style)
    stream.writelines(line + "\n" for line in lines)  # not print() per line: a third of the time on big runs
    if options.quiet:
        return
    if options.show_fixes and options.fix:
        for line in output.fixes_applied(results):
            print(line, file=stream)
    for line in output.summary(items, results, fixing=options.fix, level=level, unsafe=options.unsafe_fixes):
        print(line, file=stream)
