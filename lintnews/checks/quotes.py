"""LN301-LN305: quote spacing, balance, direction, mixed styles and foreign marks, read from the shared quote model."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from lintnews import chars
from lintnews.document import Document
from lintnews.model import Applicability, Diagnostic, Fix, FixAvailability, Severity, Span
from lintnews.quotes import (
    CLOSE,
    CURLY,
    DOUBLE,
    FOREIGN,
    OPEN,
    OPENS,
    CLOSES,
    SPEECH_END,
    STRAIGHT,
    NO_MARKS,
    QuoteMark,
    QuoteMarks,
    find_quote_marks,
    styled,
)
from lintnews.rule import Context, Rule

# Spaces that may stand on the wrong side of a quote mark (French typography puts no-break spaces inside «»).
SPACES = " \t\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}"
WRONG_DIRECTION = {OPEN: "”’", CLOSE: "“‘"}


def mark_name(char: str) -> str:
    """Return a quote character as messages show it.

    >>> mark_name("”")
    '`”` (U+201D RIGHT DOUBLE QUOTATION MARK)'
    """
    return f"`{char}` ({chars.char_name(char)})"


def move_space(text: str, mark: QuoteMark) -> Fix | None:
    """Return the fix for a quote mark with a space on its wrong side, or None when it has none.

    A closing mark with a space before it and a word after it swaps with the space (``closed, ”the`` ->
    ``closed,” the``); with nothing after it, the space goes. An opening mark mirrors this.

    >>> text = '“Closed, ”the minister'
    >>> fix = move_space(text, find_quote_marks(text)[1])
    >>> fix.edits[0].content, fix.message
    ('” ', 'Move the space after the quote mark')
    """
    offset = mark.offset
    end = offset + 1
    if mark.role is CLOSE:
        start = offset
        while start > 0 and text[start - 1] in SPACES:
            start -= 1
        if start == offset or start == 0 or text[start - 1] in "\r\n":
            return None
        if end < len(text) and text[end].isalnum():
            return Fix.replace(Span(start, end), mark.char + " ", "Move the space after the quote mark")
        return Fix.replace(Span(start, offset), "", "Remove the space before the closing quote mark")
    stop = end
    while stop < len(text) and text[stop] in SPACES:
        stop += 1
    if stop == end or stop == len(text) or text[stop] in "\r\n":
        return None
    if offset > 0 and text[offset - 1].isalnum():
        return Fix.replace(Span(offset, stop), " " + mark.char, "Move the space before the quote mark")
    return Fix.replace(Span(end, stop), "", "Remove the space after the opening quote mark")


def document_style(marks: QuoteMarks, setting: str) -> str:
    """Return the quote style a document should use: the ``quote-style`` setting, else its dominant style.

    The dominant style is the one most of its quotation marks (not apostrophes) are in; ties, and
    documents with only foreign marks, go to curly quotes.

    >>> document_style(find_quote_marks('"a" “b” “c”'), "auto"), document_style(NO_MARKS, "straight")
    ('curly', 'straight')
    """
    if setting != "auto":
        return setting
    straight = curly = 0
    for char, role in zip(marks.chars, marks.roles):
        if role is OPEN or role is CLOSE:
            if char in STRAIGHT:
                straight += 1
            elif char in CURLY:
                curly += 1
    return "straight" if straight > curly else "curly"


def _german_close(marks: list[QuoteMark], mark: QuoteMark) -> bool:
    """Whether ``mark`` is the “ that closes a German „ quotation."""
    return mark.char == "“" and mark.role is CLOSE and mark.partner is not None and marks[mark.partner].char == "„"


class QuoteSpacing(Rule):
    """## What it does
    Reports a quote mark with the space on its wrong side: a closing mark with a space before it and the
    next word glued after it (`closed, ”the minister`), or an opening mark followed by a space.

    ## Why is this bad?
    Machine translation detaches closing quotes from the quotation they end and glues them to the next
    word. The reader sees a quotation that seems to reopen, and every later quote pairs the wrong way.

    ## Example
    ```
    The complexes have been purchased, and now the issue is closed, ”the Turkish minister told reporters.
    ```

    Use instead:
    ```
    The complexes have been purchased, and now the issue is closed,” the Turkish minister told reporters.
    ```

    ## Fix safety
    Safe: only the space and the quote mark change places (or the stray space goes); no letter moves.
    Only marks that the quote model pairs are reported, so the side of the quotation is known.

    ## Options
    None.

    ## References
    - [CommonMark spec: smart punctuation (how a quote's neighbours say its side)](https://spec.commonmark.org/)
    - [Wikipedia: quotation mark, English usage](https://en.wikipedia.org/wiki/Quotation_mark)
    """

    code = "LN301"
    name = "quote-spacing"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    needs_quote_marks = True

    def check(self, document: Document, context: Context) -> Iterable[Diagnostic]:
        if not document.quote_marks.spaced:
            return ()
        return self._check(document)

    def _check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        marks = document.quote_marks
        for index in marks.spaced:
            mark = marks[index]
            if not (mark.partner is not None or mark.reopens is not None):
                continue
            if mark.role is CLOSE:
                if mark.offset == 0 or text[mark.offset - 1] not in SPACES:
                    continue
                side = "before the closing"
            elif mark.role is OPEN:
                if mark.offset + 1 >= len(text) or text[mark.offset + 1] not in SPACES:
                    continue
                side = "after the opening"
            else:
                continue
            fix = move_space(text, mark)
            if fix is None:
                continue
            edit = fix.edits[0].span
            span = Span(min(edit.start, mark.offset), max(edit.end, mark.offset + 1))  # the space and the mark
            yield self.diagnostic(span, f"Space {side} quote mark `{mark.char}`", fix)


class UnbalancedQuote(Rule):
    """## What it does
    Reports a double quotation that is opened and never closed, or a closing double quote that no
    quotation opened (`"Let me in.`, `in an interview with Komsomolskaya Pravda"`).

    The news convention is understood: a quotation running over several paragraphs reopens at the start
    of each one and closes once. A quotation that simply goes on into the next paragraph (or line) and
    closes there is not reported either. Single quotes are not reported: a trailing `'` is as often an
    apostrophe (`allies'`) as a quote.

    ## Why is this bad?
    A lost quote mark leaves the reader unsure where a quotation ends: who said what is the point of a
    news quote. Machine translation drops and invents quote marks when it splits or joins sentences.

    ## Example
    ```
    The acting head of the Khabarovsk Territory told about his trip in an interview with Komsomolskaya Pravda"
    ```

    Use instead:
    ```
    The acting head of the Khabarovsk Territory told about his trip in an interview with "Komsomolskaya Pravda"
    ```

    ## Fix safety
    No fix: where the lost mark belongs is a matter of meaning.

    ## Options
    None.

    ## References
    - [Wikipedia: quotation mark, multi-paragraph quotations](https://en.wikipedia.org/wiki/Quotation_mark)
    - [retext-quotes](https://github.com/retextjs/retext-quotes)
    """

    code = "LN302"
    name = "unbalanced-quote"
    severity = Severity.WARNING
    needs_quote_marks = True

    def check(self, document: Document, context: Context) -> Iterable[Diagnostic]:
        if document.quote_marks.unpaired <= 0:
            return ()
        return self._check(document)

    def _check(self, document: Document) -> Iterator[Diagnostic]:
        marks = document.quote_marks
        levels = marks.levels
        for index, partner in enumerate(marks.partners):
            if partner is not None or levels[index] != DOUBLE or index in marks.reopens:
                continue
            mark = marks[index]
            span = Span(mark.offset, mark.offset + 1)
            if mark.role is OPEN:
                yield self.diagnostic(span, f"Quotation opened with `{mark.char}` is never closed")
            elif mark.role is CLOSE:
                yield self.diagnostic(span, f"Closing quote `{mark.char}` has no opening quote")


class QuoteDirection(Rule):
    """## What it does
    Reports a curly quote mark pointing the wrong way: a closing mark `”` used to open a quotation, or an
    opening mark `“` used to close one (`“...“`).

    ## Why is this bad?
    Curly quotes carry their direction; a reversed one makes the quotation read inside out. MT engines
    and careless smart-quote substitution both produce them.

    ## Example
    ```
    ”We need to clearly define Turkey's place within NATO,“ he said.
    ```

    Use instead:
    ```
    “We need to clearly define Turkey's place within NATO,” he said.
    ```

    ## Fix safety
    Safe when the mark's neighbours alone say its direction (a space before and a word after: it opens).
    When only the pairing says it (`word”word`), or the mark may be the closing mark of a quotation whose
    opening was lost (`closed, ”the`), the fix is unsafe.

    ## Options
    None.

    ## References
    - [Unicode: quotation marks](https://www.unicode.org/charts/PDF/U2000.pdf)
    """

    code = "LN303"
    name = "quote-direction"
    severity = Severity.ERROR
    fix_availability = FixAvailability.SOMETIMES
    checks_ascii = False  # curly quotes are not ASCII
    needs_quote_marks = True

    def check(self, document: Document, context: Context) -> Iterable[Diagnostic]:
        marks = document.quote_marks
        if not marks.curly or marks.plain:
            return ()
        return self._check(document)

    def _check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        marks = document.quote_marks
        roles = marks.roles
        for index, char in enumerate(marks.chars):
            wrong = WRONG_DIRECTION.get(roles[index])
            if wrong is None or char not in wrong:
                continue
            mark = marks[index]
            if _german_close(marks, mark):
                continue
            right = styled(mark.role, mark.level, "curly")
            unambiguous = mark.shape == (OPENS if mark.role is OPEN else CLOSES) and not mark.misplaced
            if mark.role is OPEN and unambiguous and _lost_opening(text, mark):
                unambiguous = False
            applicability = Applicability.SAFE if unambiguous else Applicability.UNSAFE
            used = "open" if mark.role is OPEN else "close"
            yield self.diagnostic(
                Span(mark.offset, mark.offset + 1),
                f"{mark_name(mark.char)} used to {used} a quotation",
                Fix.replace(Span(mark.offset, mark.offset + 1), right, f"Replace with `{right}`", applicability),
            )


def _lost_opening(text: str, mark: QuoteMark) -> bool:
    """Whether a ``”`` read as opening could be the closing mark of a quotation whose opening was lost."""
    offset = mark.offset
    return (offset >= 2 and text[offset - 1] == " " and text[offset - 2] in SPEECH_END
            and offset + 1 < len(text) and text[offset + 1].islower())


class MixedQuoteStyle(Rule):
    """## What it does
    Reports straight quotes (`"`, `'`) in a document quoted with curly quotes (`“ ” ‘ ’`), or curly ones in a
    straight-quoted document: each mark in the minority style, or each mark not in the `quote-style` setting.

    ## Why is this bad?
    Mixed styles show text pasted together from several engines or sources, and look careless in print.
    The seed article opens quotations with `“` and closes one of them with `"`.

    ## Example
    ```
    “We discuss even the most difficult topics,” Jones said. NATO is a "unique platform."
    ```

    Use instead:
    ```
    “We discuss even the most difficult topics,” Jones said. NATO is a “unique platform.”
    ```

    ## Fix safety
    Safe when the mark pairs (the quote model found both ends of its quotation, so its direction is
    known); an unpaired mark is reported without a fix. Apostrophes are not quotes and are left alone.

    ## Options
    - `quote-style`: `auto` (default: the document's dominant style; ties go to curly), `curly` or `straight`.

    ## References
    - [retext-quotes](https://github.com/retextjs/retext-quotes)
    """

    code = "LN304"
    name = "mixed-quote-style"
    severity = Severity.WARNING
    fix_availability = FixAvailability.SOMETIMES
    needs_quote_marks = True

    def check(self, document: Document, context: Context) -> Iterable[Diagnostic]:
        marks = document.quote_marks
        if not marks.curly or not marks.straight:  # one style (or none): only a setting can object
            setting = context.settings.quote_style
            if setting == "auto" or not (marks.straight if setting == "curly" else marks.curly):
                return ()
        return self._check(document, context)

    def _check(self, document: Document, context: Context) -> Iterator[Diagnostic]:
        marks = document.quote_marks
        setting = context.settings.quote_style
        style = document_style(marks, setting)
        other = CURLY if style == "straight" else STRAIGHT
        reason = f"`quote-style` is {style}" if setting != "auto" else f"the document is quoted with {style} quotes"
        roles = marks.roles
        for index, char in enumerate(marks.chars):
            if char not in other or not (roles[index] is OPEN or roles[index] is CLOSE):
                continue
            mark = marks[index]
            span = Span(mark.offset, mark.offset + 1)
            fix = None
            if mark.partner is not None or mark.reopens is not None:
                right = styled(mark.role, mark.level, style)
                fix = Fix.replace(span, right, f"Replace with `{right}`")
            kind = "Curly" if style == "straight" else "Straight"
            yield self.diagnostic(span, f"{kind} quote `{mark.char}` where {reason}", fix)


class ForeignQuotes(Rule):
    """## What it does
    Reports quote marks of other languages in English text: guillemets `« » ‹ ›` and the German low
    opening mark `„` (with the `“` that closes it in German style).

    ## Why is this bad?
    Russian and Ukrainian quote with «guillemets»; machine translation often carries them over, or half
    converts them (`"Let me in. Saga »`). English news uses “ ” (or straight quotes).

    ## Example
    ```
    The newspaper «Kommersant» reported the deal.
    ```

    Use instead:
    ```
    The newspaper “Kommersant” reported the deal.
    ```

    ## Fix safety
    Safe: each mark becomes the English mark of the same direction and level, in the document's style
    (curly by default; straight in a document quoted with straight quotes, or as `quote-style` says).

    ## Options
    - `quote-style`: `auto` (default), `curly` or `straight`.

    ## References
    - [Wikipedia: quotation marks in other languages](https://en.wikipedia.org/wiki/Quotation_mark)
    """

    code = "LN305"
    name = "foreign-quotes"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS
    checks_ascii = False  # foreign quote marks are not ASCII
    needs_quote_marks = True

    def check(self, document: Document, context: Context) -> Iterable[Diagnostic]:
        if not document.quote_marks.foreign:
            return ()
        return self._check(document, context)

    def _check(self, document: Document, context: Context) -> Iterator[Diagnostic]:
        marks = document.quote_marks
        style = None
        for index, char in enumerate(marks.chars):
            if char not in FOREIGN and char != "“":
                continue
            mark = marks[index]
            if char == "“" and not _german_close(marks, mark):
                continue
            if style is None:
                style = document_style(marks, context.settings.quote_style)
            role = mark.role
            if role is not OPEN and role is not CLOSE:
                role = OPEN if char in "„«‹" else CLOSE
            right = styled(role, mark.level, style)
            span = Span(mark.offset, mark.offset + 1)
            yield self.diagnostic(span, f"Foreign quote mark {mark_name(mark.char)} in English text",
                                  Fix.replace(span, right, f"Replace with `{right}`"))
