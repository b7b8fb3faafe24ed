"""The Rule base class and the Context every rule is given."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from lintnews.model import Diagnostic, Fix, FixAvailability, Severity, Span

if TYPE_CHECKING:
    from lintnews.config import Settings
    from lintnews.document import Document
    from lintnews.ruledata import RuleData
    from lintnews.selection import RuleSelection


@dataclass(frozen=True)
class Context:
    """What rules may read besides the document: the settings and the loaded rule data."""

    settings: Settings
    data: RuleData
    extras: dict = field(default_factory=dict)
    selection: RuleSelection | None = None  # which rules run; None: every rule

    def enabled(self, code: str, path: str) -> bool:
        """Whether rule ``code`` runs on ``path`` in this run (rules hand tokens to one another by it)."""
        return self.selection is None or self.selection.is_enabled(code, path)


class Rule:
    """A check over one Document. Subclasses set the class attributes and implement ``check``.

    The class docstring is the rule's documentation, in the template of STYLE.md
    (``## What it does``, ``## Why is this bad?``, ``## Example``, ``## Fix safety``, ``## Options``,
    ``## References``). Rules do no I/O and never change the document.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    fix_availability: ClassVar[FixAvailability] = FixAvailability.NEVER
    # False for rules that can only report non-ASCII characters: the linter does not call them on
    # plain ASCII text, which is most news text (a call costs more than many rules' whole check).
    checks_ascii: ClassVar[bool] = True
    # True for rules that can only report on quote marks: the linter does not call them on a document
    # without any (``Document.quote_marks``), as half of news text is.
    needs_quote_marks: ClassVar[bool] = False
    # False for opt-in rules: they run only when selected by code, prefix, name or ALL, not by default.
    default: ClassVar[bool] = True
    # The kinds of rule data (``kind`` in rules/*.toml) the rule reads: a run loads only its rules' kinds.
    data_kinds: ClassVar[tuple[str, ...]] = ()

    def check(self, document: Document, context: Context) -> Iterator[Diagnostic]:
        raise NotImplementedError

    def may_report(self, text: Document, context: Context) -> bool:
        """A cheap test, False only when ``check`` can find nothing in ``text`` nor in any of the texts
        it is made of, if it is several documents joined by line feeds.

        The linter asks it once for a batch of documents joined into one, and skips the rule for the
        whole batch when it says no: most batches of news text hold no control character, no double
        space, no `&`. A call per document costs even when the rule returns at once. Rules without
        such a test say True and run on every document.
        """
        return True

    @classmethod
    def applies(cls, settings: Settings) -> bool:
        """Whether ``check`` can report anything under ``settings``; the linter calls it only when it can.

        False for rules the linter reports itself (unreadable files) and for rules that need a setting
        that is not set: a call per document costs even when it returns at once.
        """
        return True

    def diagnostic(self, span: Span, message: str, fix: Fix | None = None) -> Diagnostic:
        """Return a diagnostic of this rule."""
        return Diagnostic(self.code, self.name, self.severity, message, span, fix)

    @classmethod
    def summary(cls) -> str:
        """Return the first sentence of the rule's "What it does" section."""
        text = section(cls.__doc__ or "", "What it does").replace("\n", " ").strip()
        end = text.find(". ")
        return text if end < 0 else text[: end + 1]


def section(doc: str, heading: str) -> str:
    """Return the body of the ``## heading`` section of a rule docstring, dedented."""
    import inspect

    doc = inspect.cleandoc(doc)
    marker = f"## {heading}\n"
    start = doc.find(marker)
    if start < 0:
        return ""
    start += len(marker)
    end = doc.find("\n## ", start)
    return doc[start:end if end >= 0 else None].strip()
