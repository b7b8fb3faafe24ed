"""Applying fixes: non-overlapping edits in one pass, re-linting, and repeating until nothing applies."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from lintnews.document import Document
from lintnews.model import Applicability, Diagnostic, Edit, Fix

MAX_PASSES = 10


class ConvergenceError(Exception):
    """Fixes kept changing the text after MAX_PASSES passes; ``codes`` names the rules involved."""

    def __init__(self, path: str, codes: Sequence[str]) -> None:
        self.path = path
        self.codes = tuple(sorted(set(codes)))
        super().__init__(
            f"{path}: fixes failed to converge after {MAX_PASSES} passes (rules: {', '.join(self.codes)}); "
            "this is a bug in lintnews, please report it"
        )


@dataclass
class FixOutcome:
    """The fixed document, the diagnostics that remain in it, and how many fixes each rule applied."""

    document: Document
    diagnostics: list[Diagnostic]
    fixed: Counter


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Return ``text`` with non-overlapping ``edits`` applied.

    >>> from lintnews.model import Span
    >>> apply_edits("WНO said", [Edit(Span(1, 2), "H"), Edit(Span(8, 8), "!")])
    'WHO said!'
    """
    parts = []
    position = 0
    for edit in sorted(edits, key=lambda edit: edit.span):
        parts.append(text[position:edit.span.start])
        parts.append(edit.content)
        position = edit.span.end
    parts.append(text[position:])
    return "".join(parts)


def choose_fixes(diagnostics: Iterable[Diagnostic], level: Applicability) -> list[Diagnostic]:
    """Return the diagnostics whose fixes apply at ``level`` and do not overlap an earlier chosen one.

    Display-only fixes are never chosen. Diagnostics are taken in position order, so of two overlapping
    fixes the one that starts first wins; the other is retried in the next pass.
    """
    chosen = []
    taken = _Intervals()
    for diagnostic in sorted(diagnostics, key=Diagnostic.sort_key):
        fix = diagnostic.fix
        if fix is None or fix.applicability == Applicability.DISPLAY_ONLY or fix.applicability < level:
            continue
        if not _edits_disjoint(fix) or any(taken.overlaps(edit) for edit in fix.edits):
            continue
        for edit in fix.edits:
            taken.add(edit)
        chosen.append(diagnostic)
    return chosen


def fix_document(
    document: Document, lint: Callable[[Document], list[Diagnostic]], level: Applicability
) -> FixOutcome:
    """Apply fixes at ``level`` until the text stops changing; raise ConvergenceError after MAX_PASSES."""
    fixed: Counter = Counter()
    diagnostics = lint(document)
    for _ in range(MAX_PASSES):
        chosen = choose_fixes(diagnostics, level)
        if not chosen:
            return FixOutcome(document, diagnostics, fixed)
        text = apply_edits(document.text, (edit for d in chosen for edit in d.fix.edits))
        if text == document.text:
            return FixOutcome(document, diagnostics, fixed)
        fixed.update(diagnostic.code for diagnostic in chosen)
        document = Document(document.path, text, bom=document.bom)
        diagnostics = lint(document)
    if choose_fixes(diagnostics, level):
        raise ConvergenceError(document.path, [d.code for d in choose_fixes(diagnostics, level)])
    return FixOutcome(document, diagnostics, fixed)


def _edits_disjoint(fix: Fix) -> bool:
    spans = sorted(edit.span for edit in fix.edits)
    return all(first.end <= second.start for first, second in zip(spans, spans[1:]))


class _Intervals:
    """Edit spans already taken in this pass. Two edits conflict when they overlap, when one inserts
    strictly inside the other, or when both insert at the same point (their order would be a guess)."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def overlaps(self, edit: Edit) -> bool:
        start, end = edit.span
        index = bisect.bisect_left(self._spans, (start, end))
        for other_start, other_end in self._spans[max(0, index - 1):index + 1]:
            if start < other_end and other_start < end:
                return True
            if start == end and other_start < start < other_end:
                return True
            if other_start == other_end and start < other_start < end:
                return True
            if start == end == other_start == other_end:
                return True
        return False

    def add(self, edit: Edit) -> None:
        bisect.insort(self._spans, tuple(edit.span))
