"""Output formats (full, concise, json, github) and the run summary. Formatters never check; checks never print."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import click

from lintnews import chars
from lintnews.document import Document
from lintnews.linter import FileResult
from lintnews.model import Applicability, Diagnostic, Severity

OUTPUT_FORMATS = ("full", "concise", "json", "github")
WINDOW = 70  # characters of context shown on each side of a span in a long line
LONG_LINE = 160
SEVERITY_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}
GITHUB_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


class Located(NamedTuple):
    """A diagnostic with its file and its 1-based row/column positions (end exclusive)."""

    path: str
    diagnostic: Diagnostic
    row: int
    column: int
    end_row: int
    end_column: int
    document: Document


def locate(results: Iterable[FileResult]) -> list[Located]:
    """Return every diagnostic with positions, sorted by file name, position and code."""
    located = []
    for result in results:
        document = result.document
        diagnostics = result.diagnostics
        if not diagnostics:
            continue
        positions = document.positions([offset for d in diagnostics for offset in (d.span.start, d.span.end)])
        for index, diagnostic in enumerate(diagnostics):
            (row, column), (end_row, end_column) = positions[2 * index], positions[2 * index + 1]
            located.append(Located(result.path, diagnostic, row, column, end_row, end_column, document))
    located.sort(key=lambda item: (item.path, item.row, item.column, item.diagnostic.code))
    return located


def fixable(diagnostic: Diagnostic, level: Applicability) -> bool:
    fix = diagnostic.fix
    return fix is not None and fix.applicability != Applicability.DISPLAY_ONLY and fix.applicability >= level


class Style:
    """Colour, or plain text when colour is off."""

    def __init__(self, colour: bool) -> None:
        self.colour = colour

    def __call__(self, text: str, **styles) -> str:
        return click.style(text, **styles) if self.colour else text


def concise(items: list[Located], level: Applicability, style: Style) -> Iterator[str]:
    for item in items:
        yield _header(item, level, style)


def full(items: list[Located], level: Applicability, style: Style) -> Iterator[str]:
    for item in items:
        yield _header(item, level, style)
        if item.document.text:  # an unreadable file has no line to show
            yield from _snippet(item, style)
        fix = item.diagnostic.fix
        if fix is not None:
            yield f"    {style('= help:', bold=True)} {fix.message}"
        yield ""


def json_output(items: list[Located]) -> str:
    """Return the JSON array of DESIGN.md §5: other tools parse it, so its shape never changes."""
    records = []
    for item in items:
        diagnostic = item.diagnostic
        document = item.document
        fix = None
        if diagnostic.fix is not None:
            edits = []
            for edit in diagnostic.fix.edits:
                row, column = document.position(edit.span.start)
                end_row, end_column = document.position(edit.span.end)
                edits.append({"content": edit.content, "location": {"row": row, "column": column},
                              "end_location": {"row": end_row, "column": end_column}})
            fix = {"applicability": diagnostic.fix.applicability.label, "message": diagnostic.fix.message,
                   "edits": edits}
        records.append({
            "code": diagnostic.code,
            "name": diagnostic.name,
            "severity": diagnostic.severity.label,
            "message": diagnostic.message,
            "filename": item.path,
            "location": {"row": item.row, "column": item.column},
            "end_location": {"row": item.end_row, "column": item.end_column},
            "fix": fix,
        })
    import json  # only this format needs it: not imported at start-up

    return json.dumps(records, ensure_ascii=False, indent=2)


def github(items: list[Located]) -> Iterator[str]:
    """GitHub Actions workflow commands: each diagnostic becomes an annotation on the pull request."""
    for item in items:
        diagnostic = item.diagnostic
        properties = ",".join([
            f"title={_escape_property(f'lintnews ({diagnostic.code})')}",
            f"file={_escape_property(item.path)}",
            f"line={item.row}", f"col={item.column}",
            f"endLine={item.end_row}", f"endColumn={item.end_column}",
        ])
        text = f"{item.path}:{item.row}:{item.column}: {diagnostic.code} {diagnostic.message}"
        yield f"::{GITHUB_LEVELS[diagnostic.severity]} {properties}::{_escape_data(text)}"


def statistics(items: list[Located], level: Applicability, as_json: bool) -> str:
    counts = Counter(item.diagnostic.code for item in items)
    names = {item.diagnostic.code: item.diagnostic.name for item in items}
    can_fix = {item.diagnostic.code for item in items if fixable(item.diagnostic, level)}
    rows = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    if as_json:
        import json

        return json.dumps([{"code": code, "name": names[code], "count": count, "fixable": code in can_fix}
                           for code, count in rows], indent=2)
    width = max((len(str(count)) for count in counts.values()), default=1)
    return "\n".join(f"{count:>{width}}\t{code}\t{'[*]' if code in can_fix else '[ ]'} {names[code]}"
                     for code, count in rows)


def summary(items: list[Located], results: list[FileResult], *, fixing: bool, level: Applicability,
            unsafe: bool) -> list[str]:
    """Return the closing lines: how many diagnostics, how many fixed, and how many could be."""
    fixed = sum(sum(result.fixed.values()) for result in results)
    remaining = len(items)
    if remaining == 0 and fixed == 0:
        return ["All checks passed!"]
    by_severity = Counter(item.diagnostic.severity for item in items)
    parts = [f"{by_severity[severity]} {_plural(by_severity[severity], severity.label)}"
             for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO) if by_severity[severity]]
    if fixing:
        lines = [f"Found {remaining + fixed} {_plural(remaining + fixed, 'diagnostic')} "
                 f"({fixed} fixed, {remaining} remaining)."]
    else:
        lines = [f"Found {remaining} {_plural(remaining, 'diagnostic')} ({', '.join(parts)})."]
    can_fix = sum(1 for item in items if fixable(item.diagnostic, level))
    hidden = 0 if unsafe else sum(1 for item in items if fixable(item.diagnostic, Applicability.UNSAFE)
                                  and not fixable(item.diagnostic, level))
    hint = ""
    if hidden:
        hint = (f" ({hidden} hidden {_plural(hidden, 'fix', 'fixes')} can be enabled with the "
                "`--unsafe-fixes` option)")
    if can_fix and not fixing:
        lines.append(f"[*] {can_fix} fixable with the `--fix` option{hint}.")
    elif hidden:
        lines.append(f"No fixes available{hint}.")
    return lines


def fixes_applied(results: list[FileResult]) -> list[str]:
    """Lines for ``--show-fixes``: what was fixed, per file and rule."""
    lines = []
    total = sum(sum(result.fixed.values()) for result in results)
    if not total:
        return ["No fixes applied."]
    lines.append(f"Fixed {total} {_plural(total, 'diagnostic')}:")
    names = {}
    for result in results:
        for diagnostic in result.diagnostics:
            names[diagnostic.code] = diagnostic.name
    from lintnews.checks import ALL_RULES  # names of rules whose diagnostics are all gone

    names.update({rule.code: rule.name for rule in ALL_RULES})
    for result in sorted(results, key=lambda result: result.path):
        if result.fixed:
            lines.append(f"- {result.path}:")
            for code, count in sorted(result.fixed.items()):
                lines.append(f"    {count} × {code} ({names.get(code, '')})")
    return lines


def _header(item: Located, level: Applicability, style: Style) -> str:
    diagnostic = item.diagnostic
    mark = "[*] " if fixable(diagnostic, level) else ""
    if not style.colour:  # the common case, in one f-string
        return f"{item.path}:{item.row}:{item.column}: {diagnostic.code} {mark}{diagnostic.message}"
    code = style(diagnostic.code, fg=SEVERITY_COLOURS[diagnostic.severity], bold=True)
    where = style(item.path, bold=True) + f":{item.row}:{item.column}:"
    return f"{where} {code} {mark}{diagnostic.message}"


def _snippet(item: Located, style: Style) -> Iterator[str]:
    """The source line with a caret under the span, as ruff shows it; long lines are cut around the span."""
    document = item.document
    line = document.lines[item.row - 1]
    start = document.line_starts[item.row - 1] + item.column - 1
    end = max(start, min(item.diagnostic.span.end, line.end))
    shown_start, shown_end = line.start, line.end
    if line.end - line.start > LONG_LINE:
        shown_start = max(line.start, start - WINDOW)
        shown_end = min(line.end, end + WINDOW)
    text = document.text
    before = _display(text[shown_start:start])
    marked = _display(text[start:end])
    after = _display(text[end:shown_end])
    if shown_start > line.start:
        before = "…" + before
    if shown_end < line.end:
        after = after + "…"
    gutter = " " * len(str(item.row))
    carets = "^" * max(1, _width(marked))
    yield f"{gutter} |"
    yield f"{style(str(item.row), fg='blue', bold=True)} | {before}{marked}{after}"
    colour = SEVERITY_COLOURS[item.diagnostic.severity]
    yield f"{gutter} | {' ' * _width(before)}{style(carets + ' ' + item.diagnostic.code, fg=colour, bold=True)}"
    yield f"{gutter} |"


def _display(text: str) -> str:
    return chars.visible(text.replace("\t", "    "))


def _width(text: str) -> int:
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return word if count == 1 else (plural or word + "s")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
