"""The Document: a text exactly as decoded, and its segmentation, computed once and shared by every rule."""

from __future__ import annotations

import bisect
import re
from itertools import accumulate
from collections.abc import Callable
from pathlib import PurePath
from typing import Any

import regex

from lintnews import chars
from lintnews.model import Span
from lintnews.quotes import QuoteMarks, find_quote_marks


class cached_property:  # noqa: N801 - used like functools.cached_property
    """functools.cached_property without its lock (Python 3.11 takes a lock on every first access).

    A Document is built and read by one thread, and the lock costs more than most rules on short texts.
    """

    def __init__(self, function):
        self.function = function
        self.name = function.__name__
        self.__doc__ = function.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.function(instance)
        return value

LINE_BREAK = regex.compile(r"\r\n|\r|\n")
BLANK_LINE = regex.compile(r"[^\S\r\n]*+")
# The whitespace BLANK_LINE allows (the regex module's \s but CR and LF) as a stdlib class, to find a blank line
# among line feeds fast: the first line, or a line feed then nothing but that whitespace up to the next or the end.
LINE_SPACE = "[\t\x0b\x0c \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
BLANK_FIRST_LINE = re.compile(LINE_SPACE + "*+(?:\n|\\Z)")
BLANK_LATER_LINE = re.compile("\n" + LINE_SPACE + "*+(?:\n|\\Z)")
# A word: letters, marks and digits, joined by inner apostrophes or hyphens (Turkey's, S-400).
WORD = regex.compile(r"[\p{L}\p{M}\p{N}]++(?:[-'’][\p{L}\p{M}\p{N}]++)*+")
# A capitalized word in plain ASCII letters: how romanized Russian and Ukrainian names are written.
# No word boundary: this runs over every text. The cost is per match, not per character, and the regex
# module's findall costs a fifth less per match than stdlib re's.
CAPITALIZED_WORD = regex.compile(r"[A-Z][a-z]+")
ASCII_RUN = re.compile(r"[\x00-\x7f]+")
# A sentence ends at . ! ? or … (with closing quotes or brackets) followed by space and a likely start.
SENTENCE_END = regex.compile(r"""[.!?…]++["'”’»)\]]*+\s++(?=["'“‘«(\[]?[\p{Lu}\p{N}])""")
ABBREVIATION = regex.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Jr|Sr|No|Nos|Vol|vs|etc|approx|Jan|Feb|Mar"
    r"|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Co|Corp)|\b\p{Lu})\.\s+$"
)
# The foreign letters of the Greek and Cyrillic blocks (U+0370-U+052F), as a set and as a stdlib pattern of their runs.
GREEK_OR_CYRILLIC = frozenset(char for char in map(chr, range(0x370, 0x530)) if chars.HAS_FOREIGN_LETTER.match(char))
GREEK_OR_CYRILLIC_RUN = re.compile("[" + "".join(sorted(GREEK_OR_CYRILLIC)) + "]+")
# A run of letters, marks and digits (a foreign token is one that holds a foreign letter), and the same backwards.
WORD_CHARS = regex.compile(r"[\p{L}\p{M}\p{N}]*+")
WORD_CHARS_BEFORE = regex.compile(r"(?r)[\p{L}\p{M}\p{N}]*+")  # matched backwards from where it is asked to end


class Document:
    """A text to lint, with its lines, paragraphs, sentences and words as code-point spans.

    The text is kept exactly as decoded (no newline translation, no normalisation); a UTF-8 byte-order
    mark at the start of a file is not part of it (``bom`` records it). Each segmentation is computed on
    first use and then shared by every rule, so a rule that never needs sentences costs nothing for them.

    >>> doc = Document("a.txt", "First line.  Second one.\\r\\n\\r\\nNew paragraph.")
    >>> doc.lines
    [Span(start=0, end=24), Span(start=26, end=26), Span(start=28, end=42)]
    >>> [doc.text[s:e] for s, e in doc.sentences]
    ['First line.', 'Second one.', 'New paragraph.']
    >>> doc.position(30)
    (3, 3)
    """

    def __init__(self, path: str, text: str, *, bom: bool = False) -> None:
        self.path = path
        self.text = text
        self.bom = bom
        self._derived: dict[str, Any] = {}

    @classmethod
    def joined(cls, documents: list[Document]) -> Document:
        """Return the texts of ``documents`` joined by line feeds, as one document (``Linter.lint_batch``).

        Its UTF-8 and its non-ASCII characters are put together from the documents' own, which their rules
        read anyway, so the joined text is not scanned again for them.

        >>> parts = [Document("a.txt", "Café"), Document("b.txt", "naïve")]
        >>> whole = Document.joined(parts)
        >>> whole.text, whole.utf8 == whole.text.encode(), sorted(whole.non_ascii_chars)
        ('Café\\nnaïve', True, ['é', 'ï'])
        """
        whole = cls("", "\n".join(part.text for part in documents))
        whole.utf8 = b"\n".join(part.utf8 for part in documents)  # cached_property: an assignment fills the cache
        whole.non_ascii_chars = frozenset().union(*(part.non_ascii_chars for part in documents))
        return whole

    def release(self) -> None:
        """Forget every segmentation and derived value; each is rebuilt if asked for again.

        The linter calls it once a document is linted: a run keeps every file's result to the end, and
        the analyses (sketches, word sets, quote models) would double its memory and slow it down.

        >>> doc = Document("a.txt", "One.\\nTwo.")
        >>> doc.lines[-1], doc.release(), "lines" in doc.__dict__, doc.lines[-1]
        (Span(start=5, end=9), None, False, Span(start=5, end=9))
        """
        self.__dict__ = {"path": self.path, "text": self.text, "bom": self.bom, "_derived": {}}

    def derived(self, name: str, build: Callable[[Document], Any]) -> Any:
        """Return a value a rule module derives from this document (``build(self)``), built once and shared.

        For segmentations that belong to one family of rules (script tokens, designation tokens, the
        punctuation sketch) rather than to every document. ``build`` never returns None.

        >>> doc = Document("a.txt", "text")
        >>> doc.derived("length", lambda d: len(d.text)), doc.derived("length", lambda d: -1)
        (4, 4)
        """
        value = self._derived.get(name)  # not try/except: the miss is the common case, and raising costs
        if value is None:
            value = self._derived[name] = build(self)
        return value

    @cached_property
    def is_ascii(self) -> bool:
        """Whether the text is plain ASCII: most character rules can then return at once."""
        return self.text.isascii()

    @cached_property
    def non_ascii_chars(self) -> frozenset[str]:
        """The distinct characters outside ASCII (none for ASCII text).

        One scan that gives every rule about non-ASCII characters (scripts, invisibles, spaces, mojibake)
        its gate as a set test, instead of a scan of the text each.

        >>> sorted(Document("a.txt", "“Café”, he said").non_ascii_chars)
        ['é', '“', '”']
        """
        if self.is_ascii:
            return frozenset()
        return frozenset(ASCII_RUN.sub("", self.text))  # four times faster than finding the non-ASCII runs

    @cached_property
    def utf8(self) -> bytes:
        """The text encoded as UTF-8 (lone surrogates kept), for rules that scan bytes at memory speed."""
        return self.text.encode("utf-8", "surrogatepass")

    @cached_property
    def is_markdown(self) -> bool:
        return PurePath(self.path).suffix.lower() in (".md", ".markdown")

    @cached_property
    def is_html(self) -> bool:
        return PurePath(self.path).suffix.lower() in (".html", ".htm", ".xhtml")

    @cached_property
    def line_starts(self) -> list[int]:
        """Offsets where each line begins; the first line begins at 0."""
        text = self.text
        if "\r" in text:
            return [0, *(match.end() for match in LINE_BREAK.finditer(text))]
        # Only line feeds: each line starts one past the end of the one before (all in C, no Python loop).
        return list(accumulate(map((1).__add__, map(len, text.split("\n")[:-1])), initial=0))

    @cached_property
    def lines(self) -> list[Span]:
        """Each line's content, without its line break."""
        text = self.text
        if "\r" not in text:
            return list(map(Span, self.line_starts, map(int.__add__, self.line_starts, map(len, text.split("\n")))))
        spans = []
        start = 0
        for match in LINE_BREAK.finditer(text):
            spans.append(Span(start, match.start()))
            start = match.end()
        spans.append(Span(start, len(text)))
        return spans

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Runs of non-blank lines; blank lines (empty or only whitespace) separate paragraphs."""
        text = self.text
        body = text[:-1] if text.endswith("\n") else text  # a final line feed leaves an empty last line
        if body and "\r" not in body and not BLANK_FIRST_LINE.match(body) and not BLANK_LATER_LINE.search(body):
            return [Span(0, len(body))]  # no blank line: one paragraph, found without a step per line
        spans = []
        start = None
        end = 0
        for line in self.lines:
            if BLANK_LINE.fullmatch(text, line.start, line.end):
                if start is not None:
                    spans.append(Span(start, end))
                    start = None
            else:
                if start is None:
                    start = line.start
                end = line.end
        if start is not None:
            spans.append(Span(start, end))
        return spans

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences inside each paragraph; a sentence never crosses a paragraph break."""
        return [sentence for paragraph in self.paragraphs for sentence in self.sentences_of(paragraph)]

    def sentences_of(self, paragraph: Span) -> list[Span]:
        """The sentences of one paragraph (of ``paragraphs``): for rules that need only a few of them."""
        text = self.text
        spans = []
        start = paragraph.start
        for match in SENTENCE_END.finditer(text, paragraph.start, paragraph.end):
            if ABBREVIATION.search(text, max(start, match.start() - 8), match.end()):
                continue
            end = match.end()
            spans.append(Span(start, _rstrip(text, start, end)))
            start = end
        if start < paragraph.end:
            spans.append(Span(start, paragraph.end))
        return spans

    @cached_property
    def words(self) -> list[Span]:
        """Word tokens: letters and digits, with inner apostrophes and hyphens (``Turkey's``, ``S-400``)."""
        return [Span(*match.span()) for match in WORD.finditer(self.text)]

    @cached_property
    def capitalized_words(self) -> set[str]:
        """The distinct capitalized ASCII words (``Sergei``, ``The``; ``McCain`` gives ``Mc`` and ``Cain``).

        A cheap set for the name rules to test against before they look for positions.
        """
        # concurrent=False: else the regex module lets go of the interpreter lock while it matches and takes it
        # back for each of the 228,000 words of the benchmark corpus (2% of a run's instructions).
        return set(CAPITALIZED_WORD.findall(self.text, concurrent=False))

    @cached_property
    def foreign_tokens(self) -> list[Span]:
        """Runs of letters and digits that hold a letter of a script other than Latin (Cyrillic, Greek...).

        Shared by the script rules; empty at no cost for ASCII text.
        """
        letters = "".join(char for char in self.non_ascii_chars if chars.is_foreign_letter(char))
        if not letters:
            return []
        # Find the runs of this document's foreign letters with a stdlib class (fast), and widen each to its
        # whole word (a test checks this against one pattern that finds such tokens directly).
        text = self.text
        tokens = []
        end = 0
        # Greek and Cyrillic, nearly always: one class compiled once; other scripts: a class of this text's own.
        runs = GREEK_OR_CYRILLIC_RUN if GREEK_OR_CYRILLIC.issuperset(letters) else \
            re.compile("[" + re.escape(letters) + "]+")
        for match in runs.finditer(text):
            if match.start() < end:
                continue  # inside the token found last
            start = WORD_CHARS_BEFORE.match(text, end, match.start()).start()
            end = WORD_CHARS.match(text, match.end()).end()
            tokens.append(Span(start, end))
        return tokens

    @cached_property
    def quote_marks(self) -> QuoteMarks:
        """Every quote mark with its role (opening, closing, apostrophe, prime) and partner; see lintnews.quotes."""
        return find_quote_marks(self.text)

    def line_index(self, offset: int) -> int:
        """Return the 0-based index of the line holding ``offset``."""
        return bisect.bisect_right(self.line_starts, offset) - 1

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (row, column) of ``offset``, columns counted in code points."""
        index = self.line_index(offset)
        return index + 1, offset - self.line_starts[index] + 1

    def positions(self, offsets: list[int]) -> list[tuple[int, int]]:
        """Return ``position`` of each offset, faster for offsets in order (a file's diagnostics).

        Text with only line feeds needs no line table: the rows are counted from one offset to the next.

        >>> Document("a.txt", "ab\\ncd\\n").positions([0, 4, 6, 1])
        [(1, 1), (2, 2), (3, 1), (1, 2)]
        """
        text = self.text
        if "\r" in text:
            return [self.position(offset) for offset in offsets]
        found = []
        row = 1
        counted = 0  # the line feeds before it are counted in row
        for offset in offsets:
            if offset < counted:
                row, counted = 1, 0
            row += text.count("\n", counted, offset)
            counted = offset
            found.append((row, offset - text.rfind("\n", 0, offset)))
        return found

    def line_span(self, offset: int) -> Span:
        """Return the span of the line holding ``offset``, without its line break."""
        return self.lines[self.line_index(offset)]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
