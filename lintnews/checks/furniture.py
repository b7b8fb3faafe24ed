"""LN6 page furniture: caption and credit lines scraped into the body, and repeated paragraphs or sentences."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from lintnews import chars
from lintnews.checks.characters import quoted
from lintnews.document import Document
from lintnews.model import Applicability, Diagnostic, Fix, FixAvailability, Severity, Span
from lintnews.rule import Context, Rule

# Where a caption line may be: each needle is searched with str.find (C speed), and its line is judged only
# when the needle stands within so many characters of the line start (`hoto`: Photo, Author of the photo).
# Every needle costs a scan of the text, so the labels of other media are looked for only in text that
# speaks of photos (BBC pages carry `Video caption` beside `Photo caption`), and `Source:` lines
# (attributions under charts and maps, which a publisher may keep) not at all.
PHOTO_NEEDLE = ("hoto", 24)
CAPTION_NEEDLES_ASCII = (("/", 80),)
CAPTION_NEEDLES_PHOTO = (PHOTO_NEEDLE, ("Image", 8), ("Video caption", 8))
CAPTION_NEEDLES_OTHER = (("\N{BULLET}", 8), ("\N{COPYRIGHT SIGN}", 12))
BULLETS = "\N{BULLET}\N{MIDDLE DOT}\N{BLACK SMALL SQUARE}\N{BLACK CIRCLE}"
LIST_MARK = regex.compile(r"[-*\N{EN DASH}][ \xa0]++")  # a plain-text list item: `- Photo: Getty Images`
LINE_PADDING = " \t\xa0\r"
MAX_CAPTION_CHARS = 200

# Photo agencies and picture desks whose names make up credit lines (`Reuters`, `RIA Novosti / Ivan Petrov`).
AGENCIES = (
    "Reuters", "AFP", "AP", "AP Photo", "Associated Press", "TASS", "ITAR-TASS", "RIA Novosti", "RIA",
    "Sputnik", "Interfax", "EPA", "EPA-EFE", "EFE", "Getty Images", "Getty", "Shutterstock", "Global Look Press",
    "Kommersant", "Izvestia", "UNIAN", "Ukrinform", "Xinhua", "Anadolu", "Anadolu Agency", "Bloomberg",
    "DPA", "PA", "PA Images", "PA Wire", "Alamy", "Wikimedia Commons", "Depositphotos", "ZUMA", "ZUMA Press",
    "Scanpix", "Vostock Photo", "Pool", "Press Service", "Kremlin Pool", "Moskva Agency", "Agency Moscow",
)
AGENCY = "(?:" + "|".join(regex.escape(name) for name in sorted(AGENCIES, key=len, reverse=True)) + r")(?![\p{L}])"
# A capitalised Latin word or initial, a name particle, or a connector: the words of a credit line.
NAME_WORD = r"(?:[\p{Lu}&&\p{Latin}][\p{Latin}'’.\-]*+|(?:and|of|the|de|da|del|di|du|la|le|van|von|der|den|al|el|bin|via|&))"
NAMES_ONLY = regex.compile(
    NAME_WORD + r"(?:(?:[ \xa0]++|[ \xa0]*+[/,][ \xa0]*+)" + NAME_WORD + r")*+", regex.V1
)
AGENCY_IN_LINE = regex.compile(r"(?<![\p{L}])" + AGENCY, regex.V1)
AGENCY_ALONE = regex.compile(AGENCY, regex.V1)
# `Photo: ...`, `Photo credit: ...`, `Photo caption, ...`, `Photo by Sky Revolutions`, `Photo editor Name`,
# and the MT renderings of a credit label: `Author of the photo, FC MINAY`, `Caption for the photo,`.
PHOTO_LABEL = regex.compile(
    r"(?:(?:Photos?|Photograph|Picture|Image|Video|Illustration|Infographic|(?:Cover|Main|Top) photo)"
    r"(?:[ \xa0]*+:"
    r"|[ \xa0]++(?i:credit|caption|source|courtesy|author)s?+(?![\p{L}])[ \xa0]*+[:,]?+"
    r"|[ \xa0]++(?:by|courtesy of)[ \xa0]*+[:,]?+[ \xa0]*+(?=\p{Lu})"
    r"|[ \xa0]++(?i:editor)[ \xa0]++(?=\p{Lu}))"
    r"|(?:Author of the photo|Author photo|Caption for the photo)[ \xa0]*+[:,])",
    regex.V1,
)
CREDIT_LABEL = regex.compile(r"(?i:by|credit|author|editor|courtesy|source)")
SENTENCE_END = regex.compile(r"[.!?:;,]$")
WORD_GAP = regex.compile(r"\s+")
MAX_LABELLED_WORDS = 20
MAX_CREDIT_WORDS = 8


def line_deletion(text: str, line: Span) -> Span:
    """Return the span that deletes ``line`` with its line break (the one before it, for a last line).

    >>> text = "News.\\n  • Reuters\\nMore."
    >>> span = line_deletion(text, Span(6, 17)); text[:span.start] + text[span.end:]
    'News.\\nMore.'
    >>> text = "News.\\r\\n© AP"
    >>> span = line_deletion(text, Span(7, 11)); text[:span.start] + text[span.end:]
    'News.'
    """
    start, end = line
    if end < len(text):
        return Span(start, end + (2 if text.startswith("\r\n", end) else 1))
    if start > 0:
        start -= 2 if text[max(0, start - 2):start] == "\r\n" else 1
    return Span(start, end)


def _word_count(text: str) -> int:
    return len(text.split())


def caption_kind(line: str) -> str | None:
    """Return what kind of furniture ``line`` is ("photo caption" or "photo credit"), or None.

    >>> [caption_kind(line) for line in ("  • Reuters", "• © Virginia Mayo / Pool", "Photo: Getty Images",
    ...     "RIA Novosti / Ivan Petrov", "• stay in the Czech Republic for at least 185 days.", "Reuters reported.")]
    ['photo credit', 'photo credit', 'photo caption', 'photo credit', None, None]
    """
    content = line.strip(LINE_PADDING)
    if not content or len(content) > MAX_CAPTION_CHARS or chars.HAS_FOREIGN_LETTER.search(content):
        return None
    bulleted = content[0] in BULLETS
    if bulleted:
        content = content.lstrip(BULLETS + LINE_PADDING)
        if not content:
            return None
    else:
        mark = LIST_MARK.match(content)
        content = content[mark.end():] if mark else content
    if content.startswith("\N{COPYRIGHT SIGN}"):
        return "photo credit" if _word_count(content) <= 2 * MAX_CREDIT_WORDS else None
    label = PHOTO_LABEL.match(content)
    if label:
        if _word_count(content) > MAX_LABELLED_WORDS:
            return None
        return "photo credit" if CREDIT_LABEL.search(label.group()) else "photo caption"
    if SENTENCE_END.search(content) or _word_count(content) > MAX_CREDIT_WORDS:
        return None
    if not NAMES_ONLY.fullmatch(content):
        return None
    if AGENCY_ALONE.fullmatch(content):
        return "photo credit"
    if "/" in content and AGENCY_IN_LINE.search(content):
        return "photo credit"  # RIA Novosti / Ivan Petrov, OLIVIER DOULIERY/AFP via Getty Images
    if bulleted:
        return "photo caption"  # • Mevlut Cavusoglu and Anthony Blinken
    return None


def caption_candidates(text: str, needles: tuple[tuple[str, int], ...]) -> set[int]:
    """Return the starts of the lines of ``text`` where a needle stands within its reach of the line start.

    Only the first needle of each kind in a line counts, and lines too long for a caption are left out.

    >>> sorted(caption_candidates("Moscow/Kyiv talks\\nIt was 20/80.\\nPhoto: AP", (("/", 8), ("hoto", 24))))
    [0, 32]
    """
    lines: set[int] = set()
    for needle, reach in needles:
        index = text.find(needle)
        while index >= 0:
            start = text.rfind("\n", 0, index) + 1
            end = text.find("\n", index)
            if index - start <= reach and (end if end >= 0 else len(text)) - start <= MAX_CAPTION_CHARS + 1:
                lines.add(start)
            if end < 0:
                break
            index = text.find(needle, end)
    return lines


class CaptionLine(Rule):
    """## What it does
    Reports lines that are photo captions, picture credits or agency bylines scraped into the body of an
    article: `  • Reuters`, `  • © Virginia Mayo / Pool`, `Photo: Getty Images`, `Photo by MARKO DJURICA
    Reuters`, `Video caption: ...`, `RIA Novosti / Ivan Petrov`.

    ## Why is this bad?
    Scrapers keep the text under the pictures of a web page, and MT engines translate it as if it were
    part of the story. Between two paragraphs, `• Reuters` reads as nonsense and breaks the flow.

    ## Example
    ```
    ... and we will continue to work together in the alliance," Blinken said.

      • Reuters

    Solidarity crisis
    ```

    Use instead:
    ```
    ... and we will continue to work together in the alliance," Blinken said.


    Solidarity crisis
    ```

    ## Fix safety
    The fix deletes the whole line with its line break, and is unsafe: a person should check that the line
    is furniture and not, say, a one-line list item of names. A line is judged as a whole: it is short, it
    is no sentence (no final full stop, only capitalised names and particles), and it carries a bullet, a
    `©`, a label (`Photo:`, `Photo by`, `Photo credit`, `Image:`, `Video caption`) or the shape of an agency
    credit (`Agency / Person`). Bullet lists of sentences (`• You must complete training.`) stay quiet,
    and so do `Source:` lines under charts and maps, which a publisher may want to keep. To stay fast,
    `Image ...` and `Video caption` labels are looked for only in text that mentions photos elsewhere
    (scraped pages that carry them nearly always have a `Photo` line too).

    ## Options
    None.

    ## References
    - [Boilerplate removal (jusText)](https://corpus.tools/wiki/Justext)
    """

    code = "LN601"
    name = "caption-line"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS

    def check(self, document: Document, context: Context) -> Iterator[Diagnostic]:
        text = document.text
        needles = CAPTION_NEEDLES_ASCII
        if PHOTO_NEEDLE[0] in text:
            needles += CAPTION_NEEDLES_PHOTO
        elif "/" not in text and (document.is_ascii or not any(needle in text for needle, _ in CAPTION_NEEDLES_OTHER)):
            return ()  # most texts hold no needle: a plain return costs less than a generator
        if not document.is_ascii:
            needles += CAPTION_NEEDLES_OTHER
        lines = caption_candidates(text, needles)
        return self._caption_lines(text, lines) if lines else ()

    def _caption_lines(self, text: str, lines: set[int]) -> Iterator[Diagnostic]:
        for start in sorted(lines):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if end > start and text[end - 1] == "\r":
                end -= 1
            kind = caption_kind(text[start:end])
            if kind is None:
                continue
            span = Span(start, end)
            content = text[start:end].strip(LINE_PADDING)
            message = f"{kind.capitalize()} line scraped into the text: {quoted(content)}"
            fix = Fix.replace(line_deletion(text, span), "", "Delete the line", Applicability.UNSAFE)
            yield self.diagnostic(span, message, fix)


# A repeated line is reported when it follows its twin (only blank lines between) and has at least
# MIN_REPEAT_WORDS words, or anywhere in the document when it has at least MIN_DISTANT_CHARS characters.
# Shorter repeats are genuine in news: headlines, `Photo`, list items, a refrain opening and closing a letter.
LINE_BREAK_CHARS = frozenset("\r\n")  # a sentence after a line break repeats a line: the line check reports it
MIN_REPEAT_WORDS = 5
MIN_REPEAT_CHARS = 25
MIN_DISTANT_CHARS = 120
MIN_SENTENCE_WORDS = 4
MIN_SENTENCE_CHARS = 20


# Where the exact check may end a sentence inside a line (SENTENCE_END in lintnews/document.py): a sentence mark,
# its closing quotes and brackets, then whitespace. One pattern per mark: stdlib re finds a pattern's literal first
# character fast (8 ms over the benchmark corpus, where str.find(". ") takes 14 ms), a class of marks scans 7x slower.
SENTENCE_MARKS = ".?!…"
CLOSING_MARKS = "\"'”’»)]"
SENTENCE_GAPS = tuple(
    (mark, re.compile("(" + re.escape(mark) + "[" + re.escape(CLOSING_MARKS) + r"]*)[^\S\n]+"))
    for mark in SENTENCE_MARKS
)


def _end_line_after_mark(match: re.Match[str]) -> str:
    return match[1] + "\n"


def cut_after_sentence_ends(text: str) -> str:
    """Return ``text`` with the whitespace after each sentence mark (and its closing quotes) inside a line made a
    line break, so that splitting at line breaks also cuts sentences apart.

    The cut does not look at what follows (a capital letter, an abbreviation like `Gen.`): it cuts wherever
    SENTENCE_END may, and more often.

    >>> cut_after_sentence_ends('He asked. "Why?"  Nobody knew…\\tThe end.\\nNew line.')
    'He asked.\\n"Why?"\\nNobody knew…\\nThe end.\\nNew line.'
    """
    for mark, gap in SENTENCE_GAPS:
        if mark in text:
            text = gap.sub(_end_line_after_mark, text)
    return text


def repeats_likely(text: str) -> bool:
    """Return False only when LN602's exact check finds nothing in ``text``: a cheap gate in front of it.

    Guarantee: whenever the exact check reports a repeated line or sentence, two pieces of ``text`` are equal
    and not blank, pieces being its lines (split at \\r\\n, \\r and \\n, as Document.lines does) cut after
    every sentence end (cut_after_sentence_ends) and stripped of whitespace. Why:

    - Two lines with the same content (padding stripped) are cut the same way, so their pieces are equal, and
      one is not blank unless the line is all whitespace other than padding (an em space): those are compared
      apart, as the exact check does.
    - A sentence said twice in a row starts a piece each time (a sentence starts a line or follows a sentence
      end), the cuts inside both copies fall at the same places, so their first pieces are equal, and not
      blank: each holds the capital letter or digit the sentence starts with.

    The cuts are more than the exact check's (no abbreviation test, no capital letter needed after them), so
    pieces may repeat where no sentence does: the exact check then runs for nothing, which only costs time.

    >>> repeats_likely("One.\\n\\nTwo.\\n\\nThree.\\n"), repeats_likely("Same line\\n\\n  Same line\\t\\n")
    (False, True)
    >>> repeats_likely("He asked. Is it true? Is it true? No."), repeats_likely("It rained.\\xa0It rained.\\r\\n")
    (True, True)
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    pieces = cut_after_sentence_ends(text).split("\n")
    repeats = len(pieces) - len(set(map(str.strip, pieces)))  # all in C
    if not repeats:
        return False
    blank = list(map(str.strip, pieces)).count("")
    if repeats >= blank:  # blank pieces make at most blank - 1 of the repeats: some other piece repeats
        return True
    if blank == pieces.count(""):
        return False  # every blank piece is empty: only empty lines repeat
    # Lines of whitespace alone (a cut never leaves one): those of an em space or a vertical tab are paragraphs
    # for the exact check, which strips only padding.
    contents = [piece.strip(LINE_PADDING) for piece in pieces if piece.isspace()]
    contents = [content for content in contents if content]
    return len(set(contents)) < len(contents)


class DuplicateParagraph(Rule):
    """## What it does
    Reports a paragraph (a line) that repeats an earlier one, and a sentence that repeats the sentence
    just before it inside one paragraph: scraper duplication (a headline repeated as the lead) and MT
    decoder loops.

    ## Why is this bad?
    The reader gets the same text twice. Scrapers repeat blocks that a page shows twice (title and lead,
    teaser and body); MT engines sometimes translate one sentence twice or loop on it.

    ## Example
    ```
    Overnight, 19 drunk drivers were detained on the roads of Tyumen.
    Overnight, 19 drunk drivers were detained on the roads of Tyumen.
    ```

    Use instead:
    ```
    Overnight, 19 drunk drivers were detained on the roads of Tyumen.
    ```

    ## Fix safety
    The fix deletes the repetition (the later line with its line break, or the repeated sentence with the
    space before it) and is unsafe: a repetition can be deliberate. Short repeats are left alone as
    genuine (headlines, list items, `You don't know.` said twice): a line is reported when it follows its
    twin with only blank lines between and has at least 5 words and 25 characters, or anywhere later in the
    document when it is at least 120 characters long; a sentence when it has at least 4 words and 20
    characters and repeats the one just before it.

    ## Options
    None.

    ## References
    - [Holtzman et al., The Curious Case of Neural Text Degeneration](https://arxiv.org/abs/1904.09751)
    """

    code = "LN602"
    name = "duplicate-paragraph"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS

    def check(self, document: Document, context: Context) -> Iterator[Diagnostic]:
        if not repeats_likely(document.text):
            return ()  # a plain return costs less than a generator
        found = list(self._repeated_lines(document))
        found.extend(self._repeated_sentences(document))
        found.sort(key=Diagnostic.sort_key)
        return found

    def _repeated_lines(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        first_row: dict[str, int] = {}
        previous = None
        for row, line in enumerate(document.lines, 1):
            content = text[line.start:line.end].strip(LINE_PADDING)
            if not content:
                continue
            twin = first_row.get(content)
            if twin is None:
                first_row[content] = row
            elif (content == previous and len(content) >= MIN_REPEAT_CHARS
                  and _word_count(content) >= MIN_REPEAT_WORDS) or len(content) >= MIN_DISTANT_CHARS:
                fix = Fix.replace(line_deletion(text, line), "", "Delete the repeated paragraph",
                                  Applicability.UNSAFE)
                yield self.diagnostic(line, f"Paragraph repeats row {twin}: {quoted(content)}", fix)
            previous = content

    def _repeated_sentences(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        previous = None
        for sentence in document.sentences:
            content = text[sentence.start:sentence.end]
            if (previous is not None and content == text[previous.start:previous.end]
                    and len(content) >= MIN_SENTENCE_CHARS and _word_count(content) >= MIN_SENTENCE_WORDS
                    and not LINE_BREAK_CHARS.intersection(text[previous.end:sentence.start])):
                fix = Fix.replace(Span(previous.end, sentence.end), "", "Delete the repeated sentence",
                                  Applicability.UNSAFE)
                yield self.diagnostic(sentence, f"Sentence repeats the one before it: {quoted(content)}", fix)
            previous = sentence
