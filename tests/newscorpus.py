"""The human-written news in ../shared/corpora, grouped into documents by their docids files."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from conftest import CORPORA

from lintnews.config import Settings
from lintnews.linter import Linter
from lintnews.model import Severity

# (text file, docids file): WMT human references (ru-en, uk-en) and English-original news.
HUMAN_NEWS = [
    ("wmt21-ru-en/newstest2021.ru-en.ref.A.en", "wmt21-ru-en/newstest2021.ru-en.docids.tsv"),
    ("wmt21-ru-en/newstest2021.ru-en.ref.B.en", "wmt21-ru-en/newstest2021.ru-en.docids.tsv"),
    ("wmt22-ru-en/generaltest2022.ru-en.ref.A.en", "wmt22-ru-en/generaltest2022.ru-en.docids.tsv"),
    ("wmt23-ru-en/generaltest2023.ru-en.ref.refA.en", "wmt23-ru-en/generaltest2023.ru-en.docids.tsv"),
    ("wmt22-uk-en/generaltest2022.uk-en.ref.A.en", "wmt22-uk-en/generaltest2022.uk-en.docids.tsv"),
    ("wmt23-uk-en/generaltest2023.uk-en.ref.refA.en", "wmt23-uk-en/generaltest2023.uk-en.docids.tsv"),
    ("english-original-news/newstest2021.en-ru.src.en", "english-original-news/newstest2021.en-ru.docids.tsv"),
    ("english-original-news/generaltest2022.en-ru.src.en", "english-original-news/generaltest2022.en-ru.docids.tsv"),
]
NEWS_DOMAINS = ("news", "test", "")  # WMT22 uk-en has no domain labels ("test")


@dataclass(frozen=True)
class NewsDocument:
    name: str  # "<text file>#<docid>"
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


def human_news() -> list[NewsDocument]:
    """Return every news document of HUMAN_NEWS, one segment per line, as the scan tool builds them."""
    documents = []
    for text_name, ids_name in HUMAN_NEWS:
        documents.extend(documents_of(text_name, ids_name, NEWS_DOMAINS))
    return documents


def mt_outputs() -> list[NewsDocument]:
    """Return every document of every MT system's output in the WMT folders (all domains), built as human_news."""
    documents = []
    for ids in sorted(CORPORA.glob("wmt2*/*.docids.tsv")):
        for output in sorted(ids.parent.glob("*.hyp.*.en")):
            documents.extend(documents_of(str(output.relative_to(CORPORA)), str(ids.relative_to(CORPORA))))
    return documents


def documents_of(text_name: str, ids_name: str, domains: tuple[str, ...] | None = None) -> list[NewsDocument]:
    """Return the documents of one line-aligned text file, grouped by its docids file, one segment per line;
    only the segments of ``domains`` when given."""
    lines = (CORPORA / text_name).read_text(encoding="utf-8").splitlines()
    ids = (CORPORA / ids_name).read_text(encoding="utf-8").splitlines()
    grouped: OrderedDict[str, list[str]] = OrderedDict()
    for line, meta in zip(lines, ids, strict=True):
        docid, domain = (meta.split("\t") + ["", ""])[:2]
        if domains is None or domain in domains:
            grouped.setdefault(docid, []).append(line)
    return [NewsDocument(f"{text_name}#{docid}", "\n".join(segments) + "\n") for docid, segments in grouped.items()]


@dataclass
class NewsScan:
    """What a set of rules reported on the human-written news, split into known real artifacts and the rest."""

    words: int
    documents: int
    known: dict  # (document, code, flagged text or None) -> how many times it fired
    others: list[str] = field(default_factory=list)  # every other warning or error, with its line

    @property
    def rate(self) -> float:
        """Warnings and errors outside the known artifacts, per 10,000 words."""
        return 10_000 * len(self.others) / self.words

    def report(self) -> str:
        return (f"{self.documents} documents, {self.words} words; {len(self.others)} warnings/errors besides "
                f"the known artifacts = {self.rate:.2f} per 10,000 words\n" + "\n".join(self.others))


def scan_human_news(select: tuple[str, ...], known_artifacts: dict) -> NewsScan:
    """Lint every human-written news document with the ``select``ed rules; info diagnostics are not counted.

    ``known_artifacts`` keys are (document name, code, flagged text); a None text matches any span.
    """
    linter = Linter(Settings(select=select))
    documents = human_news()
    scan = NewsScan(sum(document.words for document in documents), len(documents),
                    dict.fromkeys(known_artifacts, 0))
    for document in documents:
        result = linter.lint_text(document.name, document.text)
        for diagnostic in result.diagnostics:
            if diagnostic.severity < Severity.WARNING:
                continue
            flagged = document.text[diagnostic.span.start:diagnostic.span.end]
            for key in ((document.name, diagnostic.code, flagged), (document.name, diagnostic.code, None)):
                if key in scan.known:
                    scan.known[key] += 1
                    break
            else:
                row, column = result.document.position(diagnostic.span.start)
                line = result.document.lines[row - 1]
                context = document.text[line.start:line.end]
                scan.others.append(f"{document.name}:{row}:{column}: {diagnostic.code} {diagnostic.message}\n"
                                   f"    {context}")
    return scan
