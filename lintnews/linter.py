"""The linter: runs the selected rules over documents and files, and fixes them on request."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from lintnews.checks import ALL_RULES
from lintnews.checks.files import InvalidUtf8, UnreadableFile
from lintnews.checks.transliteration import NAME_SURVEY, InconsistentTransliteration, ProjectNames
from lintnews.config import Settings
from lintnews.document import Document
from lintnews.files import (
    ChangedOnDisk,
    Source,
    decode,
    display_path,
    encode,
    plain_text,
    read_bytes,
    read_files,
    write_atomically,
)
from lintnews.fixer import fix_document
from lintnews.model import Applicability, Diagnostic, Span
from lintnews.rule import Context, Rule
from lintnews.ruledata import RuleData, load_rule_data
from lintnews.selection import RuleSelection
from lintnews.transliteration import survey_names

ALLOW_TIMEOUT = 0.5  # seconds for one user-supplied allow pattern on one diagnostic
BATCH_SIZE = 64  # documents whose joined text each rule's may_report test reads at once
NOTHING_FIXED: Mapping[str, int] = MappingProxyType({})  # shared and read-only: most files fix nothing


@dataclass
class FileResult:
    """What happened to one file: the diagnostics left, what was fixed, and the text to show them in."""

    path: str
    document: Document
    diagnostics: list[Diagnostic]
    fixed: Mapping[str, int] = field(default_factory=lambda: NOTHING_FIXED)  # rule code -> diagnostics fixed
    original: str | None = None  # the text before fixing, when fixes changed it
    write_error: str | None = None

    @property
    def changed(self) -> bool:
        return self.original is not None and self.original != self.document.text

    def diff(self) -> str:
        """Return the fixes as a unified diff (empty when nothing changed)."""
        if not self.changed:
            return ""
        import difflib  # only --diff needs it: not imported at start-up

        lines = difflib.unified_diff(
            self.original.splitlines(keepends=True), self.document.text.splitlines(keepends=True),
            fromfile=f"a/{self.path}", tofile=f"b/{self.path}",
        )
        return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n"
                       for line in lines)


_WORKER_LINTER: Linter | None = None  # the linter a worker process of Linter.lint_files uses


def _lint_batch_in_worker(paths: list[str]) -> list[tuple[str, Document, list[Diagnostic]]]:
    """Lint a batch of files in a worker process; plain tuples go back (FileResult holds a read-only map)."""
    return [(result.path, result.document, result.diagnostics)
            for result in _WORKER_LINTER._lint_batch_of_files(paths)]


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def usable_cores() -> int:
    """How many cores this process may run on (its CPU affinity where the system tells)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class RuleLists:
    """The rule instances of a run (or of one per-file-ignores group), and the list each document gets.

    A document gets the rules that can report on it: not those about non-ASCII characters when it is
    ASCII, nor those about quote marks when it has none, nor those its batch showed to find nothing
    (``Linter.lint_batch``). The lists are kept per combination, which a run repeats endlessly, so
    choosing costs one dictionary lookup.
    """

    def __init__(self, rules: list[Rule]) -> None:
        self.every = rules
        self.gated = [rule for rule in rules if type(rule).may_report is not Rule.may_report]
        self.need_quote_marks = any(rule.needs_quote_marks for rule in rules)
        self._chosen: dict[tuple[bool, bool, frozenset[type[Rule]]], list[Rule]] = {}

    def choose(self, ascii_text: bool, quoted: bool, skip: frozenset[type[Rule]]) -> list[Rule]:
        key = (ascii_text, quoted, skip)
        rules = self._chosen.get(key)
        if rules is None:
            rules = self._chosen[key] = [rule for rule in self.every if (rule.checks_ascii or not ascii_text)
                                         and (quoted or not rule.needs_quote_marks) and type(rule) not in skip]
        return rules


class Linter:
    """Runs the rules chosen by a RuleSelection, with one Context for the whole run."""

    def __init__(self, settings: Settings, selection: RuleSelection | None = None,
                 data: RuleData | None = None) -> None:
        self.settings = settings
        self.selection = selection or RuleSelection(
            ALL_RULES, select=settings.select, extend_select=settings.extend_select,
            ignore=settings.ignore, per_file_ignores=settings.per_file_ignores,
        )
        if data is None:
            kinds = {kind for rule in self.selection.selected() for kind in rule.data_kinds}
            data = load_rule_data(settings.extra_rules, kinds)
        self.context = Context(settings, data, selection=self.selection)
        self._instances: dict[tuple[type[Rule], ...], RuleLists] = {}
        self._allow = settings.allow_patterns
        # Without per-file-ignores every file runs the same rules: decided once, not per file.
        self._same_for_all = None if settings.per_file_ignores else self._rule_lists("")

    def rules_for(self, path: str, *, ascii_text: bool = False) -> list[Rule]:
        """Return the rules to run on ``path`` (only those that can report something, for ASCII text)."""
        return (self._same_for_all or self._rule_lists(path)).choose(ascii_text, True, frozenset())

    def _rule_lists(self, path: str) -> RuleLists:
        """The rule instances for ``path``."""
        classes = self.selection.rules_for(path)
        rules = self._instances.get(classes)
        if rules is None:
            rules = self._instances[classes] = RuleLists(
                [rule_class() for rule_class in classes if rule_class.applies(self.settings)])
        return rules

    def lint(self, document: Document, *, skip: frozenset[type[Rule]] = frozenset()) -> list[Diagnostic]:
        """Return the diagnostics of every selected rule for ``document``, in position order.

        ``skip`` names rules known to find nothing in the document (see ``lint_batch``).
        """
        diagnostics = []
        context = self.context
        lists = self._same_for_all or self._rule_lists(document.path)
        rules = lists.choose(document.is_ascii, lists.need_quote_marks and len(document.quote_marks) > 0, skip)
        for rule in rules:
            diagnostics.extend(rule.check(document, context))
        if self._allow and diagnostics:
            diagnostics = [d for d in diagnostics if not self._allowed(document, d)]
        diagnostics.sort(key=Diagnostic.sort_key)
        return diagnostics

    def lint_batch(self, documents: list[Document]) -> list[list[Diagnostic]]:
        """Lint documents together: exactly what ``lint`` finds in each, sooner.

        The documents' texts are joined into one, and each rule's ``may_report`` test reads it once: a
        rule that can find nothing in any of them is not called on them one by one. The documents keep
        their analyses: the caller releases those it keeps (``Document.release``).
        """
        joined = Document.joined(documents)
        skip = frozenset(type(rule) for lists in ([self._same_for_all] if self._same_for_all else
                                                  self._instances.values())
                         for rule in lists.gated if not rule.may_report(joined, self.context))
        return [self.lint(document, skip=skip) for document in documents]

    def lint_files(self, paths: list[str], *, jobs: int = 1) -> list[FileResult]:
        """Read and lint files (no fixing), in batches of BATCH_SIZE; return the results of the files with
        diagnostics, in the order of ``paths``.

        A clean file leaves nothing behind: a run's memory holds what it reports, not the corpus, and
        workers send back only that. With ``jobs`` above 1, batches are linted by that many worker
        processes (forked, so they share this linter's settings, rule data and name survey); the results
        are exactly those of one process.
        """
        batches = [paths[first:first + BATCH_SIZE] for first in range(0, len(paths), BATCH_SIZE)]
        if jobs > 1 and len(batches) > 1 and _can_fork():
            try:
                return self._lint_in_workers(batches, min(jobs, len(batches)))
            except OSError:
                pass  # no process pool here (no shared-memory semaphores): lint in this process
        results: list[FileResult] = []
        for batch in batches:
            results.extend(self._lint_batch_of_files(batch))
        return results

    def _lint_in_workers(self, batches: list[list[str]], jobs: int) -> list[FileResult]:
        import multiprocessing  # imported only when files are linted in parallel (it takes 6 ms)

        global _WORKER_LINTER
        _WORKER_LINTER = self  # a forked worker starts with it
        try:
            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                linted = pool.imap(_lint_batch_in_worker, batches, chunksize=4)
                return [FileResult(path, document, diagnostics)
                        for batch in linted for path, document, diagnostics in batch]
        finally:
            _WORKER_LINTER = None

    def _lint_batch_of_files(self, paths: list[str]) -> list[FileResult]:
        """Read and lint one batch of files; return the results with diagnostics, in order (unreadable and
        undecodable files get their LN002 or LN001)."""
        found: list[tuple[int, FileResult]] = []
        batch: list[tuple[int, Document]] = []
        for index, (shown, raw) in enumerate(read_files(paths)):
            if isinstance(raw, OSError):
                found.append((index, self._unreadable(shown, raw)))
                continue
            text, bom = plain_text(raw), False
            if text is None:
                source = decode(shown, raw)
                if source.text is None:
                    found.append((index, self._file_problem(source)))
                    continue
                text, bom = source.text, source.bom
            batch.append((index, Document(shown, text, bom=bom)))
        for (index, document), diagnostics in zip(batch, self.lint_batch([document for _, document in batch])):
            if diagnostics:
                document.release()
                found.append((index, FileResult(document.path, document, diagnostics)))
        found.sort(key=lambda pair: pair[0])
        return [result for _, result in found]

    def lint_text(self, path: str, text: str, *, fix: Applicability | None = None, bom: bool = False) -> FileResult:
        """Lint (and with ``fix``, fix) one text; the result holds the fixed document."""
        document = Document(path, text, bom=bom)
        if fix is None:
            diagnostics = self.lint(document)
            document.release()
            return FileResult(path, document, diagnostics)
        outcome = fix_document(document, self.lint, fix)
        outcome.document.release()
        return FileResult(path, outcome.document, outcome.diagnostics, outcome.fixed, original=text)

    def lint_source(self, source: Source, *, fix: Applicability | None = None) -> FileResult:
        """Lint decoded bytes; undecodable ones give LN001 at the first bad byte."""
        if source.text is None:
            return self._file_problem(source)
        return self.lint_text(source.path, source.text, fix=fix, bom=source.bom)

    def lint_file(self, path: str | Path, *, fix: Applicability | None = None, write: bool = False) -> FileResult:
        """Read, lint and (with ``fix`` and ``write``) fix one file on disk."""
        shown = display_path(path)
        try:
            raw = read_bytes(path)
        except OSError as error:
            return self._unreadable(shown, error)
        source = decode(shown, raw)
        result = self.lint_source(source, fix=fix)
        if write and result.changed:
            try:
                write_atomically(path, raw, encode(result.document.text, source.bom))
            except (ChangedOnDisk, OSError) as error:
                result.write_error = str(error) if isinstance(error, ChangedOnDisk) else f"{shown}: {error}"
        return result

    def survey_names(self, paths: list[str], sources: list[Source] = ()) -> None:
        """Count the names of every file of the run, so LN201 compares spellings across files.

        Files that cannot be read or decoded are left out here; linting reports them.
        """
        if not any(self.selection.is_enabled(InconsistentTransliteration.code, path) for path in paths) \
                and not any(self.selection.is_enabled(InconsistentTransliteration.code, s.path) for s in sources):
            return
        texts = [source.text for source in sources if source.text is not None]
        for path in paths:
            try:
                source = decode(display_path(path), read_bytes(path))
            except OSError:
                continue
            if source.text is not None:
                texts.append(source.text)
        counts, inside_sentences = survey_names(texts)
        self.context.extras[NAME_SURVEY] = ProjectNames(counts, frozenset(inside_sentences))

    def _allowed(self, document: Document, diagnostic: Diagnostic) -> bool:
        flagged = document.text[diagnostic.span.start:diagnostic.span.end]
        for pattern in self._allow:
            try:
                if pattern.fullmatch(flagged, timeout=ALLOW_TIMEOUT):
                    return True
            except TimeoutError:
                continue
        return False

    def _file_problem(self, source: Source) -> FileResult:
        # Show the valid text up to the problem, and a replacement character for the bad byte.
        valid = source.raw.decode("utf-8", errors="replace")[: source.problem_offset]
        if source.bom:
            valid = valid[1:]
        document = Document(source.path, valid + "\N{REPLACEMENT CHARACTER}")
        span = Span(len(valid), len(valid) + 1)
        diagnostics = []
        if self.selection.is_enabled(InvalidUtf8.code, source.path):
            message = f"File is not UTF-8 text: {source.problem}; nothing else in it was checked"
            diagnostics.append(InvalidUtf8().diagnostic(span, message))
        return FileResult(source.path, document, diagnostics)

    def _unreadable(self, path: str, error: OSError) -> FileResult:
        document = Document(path, "")
        diagnostics = []
        if self.selection.is_enabled(UnreadableFile.code, path):
            reason = error.strerror or str(error)
            diagnostics.append(UnreadableFile().diagnostic(Span(0, 0), f"Cannot read file: {reason}"))
        return FileResult(path, document, diagnostics)
