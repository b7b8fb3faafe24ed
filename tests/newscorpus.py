"""The human-written news in ../shared/corpora, grouped into documents by their docids files."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from conftest import CORPORA

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
        lines = (CORPORA / text_name).read_text(encoding="utf-8").splitlines()
        ids = (CORPORA / ids_name).read_text(encoding="utf-8").splitlines()
        grouped: OrderedDict[str, list[str]] = OrderedDict()
        for line, meta in zip(lines, ids, strict=True):
            docid, domain = (meta.split("\t") + ["", ""])[:2]
            if domain in NEWS_DOMAINS:
                grouped.setdefault(docid, []).append(line)
        for docid, segments in grouped.items():
            documents.append(NewsDocument(f"{text_name}#{docid}", "\n".join(segments) + "\n"))
    return documents
