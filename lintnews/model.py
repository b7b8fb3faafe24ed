"""The values every part of lintnews passes around: spans, edits, fixes and diagnostics."""

from __future__ import annotations

import enum
from typing import NamedTuple

# Edit, Fix and Diagnostic are NamedTuples, immutable like the frozen dataclasses they replaced: a rule makes
# thousands of them in a run, and a frozen dataclass costs five times more to build.


class Span(NamedTuple):
    """A half-open range ``[start, end)`` of code points in a document's text."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """Return whether ``other`` lies inside this span.

        >>> Span(2, 8).contains(Span(3, 8)), Span(2, 8).contains(Span(1, 3))
        (True, False)
        """
        return self.start <= other.start and other.end <= self.end


class Severity(enum.IntEnum):
    """How bad a diagnostic is: error = the text is broken, warning = probably wrong, info = advice."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, label: str) -> Severity:
        """Return the severity called ``label`` (``"error"``, ``"warning"`` or ``"info"``).

        Raises ValueError for any other word.
        """
        try:
            return cls[label.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {label!r} (expected error, warning or info)") from None


class Applicability(enum.IntEnum):
    """How far a fix can be trusted; ``--fix`` applies safe ones, ``--unsafe-fixes`` adds unsafe ones."""

    DISPLAY_ONLY = 1
    UNSAFE = 2
    SAFE = 3

    @property
    def label(self) -> str:
        return self.name.lower().replace("_", "-")


class FixAvailability(enum.Enum):
    """Whether a rule offers fixes, for its documentation."""

    NEVER = "never"
    SOMETIMES = "sometimes"
    ALWAYS = "always"


class Edit(NamedTuple):
    """Replace the text in ``span`` with ``content`` (an empty span inserts, empty content deletes)."""

    span: Span
    content: str


class Fix(NamedTuple):
    """A set of edits that together repair one diagnostic, and how safe they are."""

    edits: tuple[Edit, ...]
    applicability: Applicability
    message: str

    @classmethod
    def replace(cls, span: Span, content: str, message: str,
                applicability: Applicability = Applicability.SAFE) -> Fix:
        """Return a fix made of one edit."""
        return cls((Edit(span, content),), applicability, message)


class Diagnostic(NamedTuple):
    """One finding: which rule, how bad, what is wrong, where, and how to repair it."""

    code: str
    name: str
    severity: Severity
    message: str
    span: Span
    fix: Fix | None = None

    def sort_key(self) -> tuple[int, int, str]:
        return (self.span.start, self.span.end, self.code)
