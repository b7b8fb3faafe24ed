"""LN5 number formats: numbers written the Russian way (decimal comma, space-grouped thousands, `№`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.checks.characters import quoted
from lintnews.document import Document
from lintnews.model import Applicability, Diagnostic, Fix, FixAvailability, Severity, Span
from lintnews.rule import Context, Rule

# Words that make a number with a comma a decimal quantity: `3,5%`, `52,5 billion`, `2,3 times`, `27,9 kg`.
# A bare `3,5` stays quiet: in English it may be a list (`pages 3,5 and 7`).
QUANTITY_WORDS = (
    "percent", "per cent", "percentage points", "points", "pp",
    "thousand", "million", "billion", "trillion", "mln", "bn", "mn", "bln", "trln",
    "times", "fold",
    "rubles", "roubles", "hryvnias", "hryvnia", "UAH", "euros", "euro", "dollars", "USD", "EUR", "tenge",
    "degrees", "km", "kilometres", "kilometers", "m", "metres", "meters", "cm", "mm",
    "kg", "kilograms", "g", "grams", "mg", "t", "tons", "tonnes", "l", "liters", "litres", "ml",
    "ha", "hectares", "sq", "square", "cubic", "kW", "kWh", "MW", "GW", "MWh", "GWh",
    "seconds", "minutes", "hours", "days", "weeks", "months", "years",
)
# The literal comma first lets the regex engine skip to each comma at C speed.
COMMA_DECIMALS = re.compile(r",[0-9]{1,2}(?![0-9])")
QUANTITY_AFTER = re.compile(
    r"(?:[ \xa0]?[-\u2013][ \xa0]?[0-9]+(?:[.,][0-9]+)?)?"  # a range: 3-3,5 months, 2,5-3 million
    r"(?:[ \xa0]?(?:%|°)|[ \xa0-](?:" + "|".join(sorted(map(re.escape, QUANTITY_WORDS), key=len, reverse=True))
    + r")(?![A-Za-z]))"
)
# Before the integer part: a list or a longer number (`1,2,3`, `8, 10,12`, `v1.2,5`) is not a decimal.
NOT_AFTER = re.compile(r"(?:[0-9A-Za-z.,]|[0-9][,;][ \xa0]?)$")

GROUP_SPACE = "[ \xa0\u2009\u202f]"  # space, no-break space, thin space, narrow no-break space
# A cheap test for space-grouped thousands: read every digit as 0 and every no-break, thin or narrow
# no-break space as a space, and look for `0 000` (bytes.translate and a literal search run at memory speed;
# a regex over every digit is several times slower). In UTF-8 those spaces are C2 A0, E2 80 89 and E2 80 AF:
# the lead bytes are deleted and the last ones become spaces (other characters get mangled, which a gate
# may afford: the exact pattern decides).
SHAPE_OF_DIGITS = bytes.maketrans(b"123456789\xa0\x89\xaf", b"000000000   ")
ASCII_SHAPE_OF_DIGITS = bytes.maketrans(b"123456789", b"000000000")  # plain ASCII: nothing to delete
SHAPE_DELETED = b"\xc2\xe2\x80"
GROUPED_SHAPE = re.compile(rb"0 000")
# Either shape in one scan: a digit, a comma and one or two digits (COMMA_DECIMALS: `3,5`, not `3,500`), or `0 000`.
NUMBER_SHAPE = re.compile(rb"0(?:,00?(?!0)| 000)")
GROUPED_NUMBER = re.compile(
    r"(?<![\w.,+/\u2212-])[0-9]{1,3}(?:" + GROUP_SPACE + r"[0-9]{3}){1,3}"
    r"(?![\w%]|[.,:/][0-9]|[-\u2013]\w|[ \xa0\u2009\u202f][0-9]|[ \xa0]?[x\u00d7][ \xa0]?[0-9])"
)
# Words after which a number followed by another one is a date, a phone or a list: `April 3 410 bodies`,
# `call 729 725 522`, `No. 5 100`.
NOT_GROUPED_AFTER = re.compile(
    r"(?:\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|tel|Tel|phone|Phone|call|fax|Fax|page|pages"
    r"|p|pp|room|flight|route|article|Article|number|line|code|top|Top)\.?|[0-9][.,]?|[+(#№])[ \xa0]*$"
)
NUMERO = re.compile(r"\N{NUMERO SIGN}+[ \xa0]?")


def digit_shape(text: str) -> bytes:
    """Return the shape of ``text`` that the cheap number tests read: digits as 0, odd spaces as spaces.

    >>> digit_shape("In 2021, 812\u00a0485 cases; 3,5%")
    b'In 0000, 000 000 cases; 0,0%'
    """
    return shape_of_utf8(text.encode("utf-8", "surrogatepass"), text.isascii())


def shape_of_utf8(utf8: bytes, is_ascii: bool) -> bytes:
    """``digit_shape`` of a text already encoded (a Document's shared ``utf8``)."""
    if is_ascii:
        return utf8.translate(ASCII_SHAPE_OF_DIGITS)
    return utf8.translate(SHAPE_OF_DIGITS, SHAPE_DELETED)


def decimal_point(number: str) -> str:
    """Return ``number`` with its decimal comma written as a point.

    >>> decimal_point("3,5"), decimal_point("3-3,5")
    ('3.5', '3-3.5')
    """
    return number.replace(",", ".")


def comma_grouped(number: str) -> str:
    """Return a space-grouped number with commas between the groups of thousands.

    >>> comma_grouped("1 000 000"), comma_grouped("30\\u00a0000")
    ('1,000,000', '30,000')
    """
    return re.sub(GROUP_SPACE, ",", number)


def english_numero(sign: str, following: str) -> str:
    """Return the English abbreviation for a run of numero signs (``No.``, ``Nos.``) and the space after it.

    >>> english_numero("№ ", "2"), english_numero("№", "8"), english_numero("№№ ", "3"), english_numero("№", ".")
    ('No. ', 'No. ', 'Nos. ', 'No.')
    """
    abbreviation = "Nos." if sign.count("\N{NUMERO SIGN}") > 1 else "No."
    space = " " if following.isalnum() else ""
    return abbreviation + space


class SourceNumberFormat(Rule):
    """## What it does
    Reports numbers written the Russian way: a decimal comma before a percent sign, a unit or a word such
    as `million` or `times` (`3,5%`, `52,5 billion rubles`); thousands grouped with spaces, no-break spaces
    or thin spaces (`1 000 000`, `812 485 cases`); and the numero sign `№`.

    ## Why is this bad?
    An English reader reads `3,5%` as a list or as three and a half thousand, and `1 000 000` as several
    numbers. MT engines copy the source's number format; English news writes `3.5%`, `1,000,000`, `No. 29`.

    ## Example
    ```
    The share of such students is 44,6%, and 1 000 000 rubles went to the hall № 29.
    ```

    Use instead:
    ```
    The share of such students is 44.6%, and 1,000,000 rubles went to the hall No. 29.
    ```

    ## Fix safety
    The fixes are unsafe: the reading is a guess. A comma number is reported only when a percent sign, a
    unit or a quantity word follows and it is not part of a list (`1,2,3`, `8, 10,12 years`); English
    thousands (`3,500`, `1,000,000`) are never reported. A space-grouped number is not reported after a
    month name, a phone or page word or another number (`April 3 410 bodies`, `call 729 725 522`), nor
    when more digits follow (phone numbers, `16 100x185 cm`). Still, `2,3 times` can be a list in odd
    English, so a person confirms.

    ## Options
    None.

    ## References
    - [AP Stylebook: numerals](https://www.apstylebook.com/)
    - [Decimal separator (Wikipedia)](https://en.wikipedia.org/wiki/Decimal_separator)
    """

    code = "LN503"
    name = "source-number-format"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS

    def check(self, document: Document, context: Context) -> Iterator[Diagnostic]:
        text = document.text
        numero = not document.is_ascii and "\N{NUMERO SIGN}" in text
        # One scan of the shape decides for nearly every text (a comma number needs a digit before the comma:
        # `_decimal_commas` skips the others); a plain return costs less than a generator.
        shape = shape_of_utf8(document.utf8, document.is_ascii)
        if not numero and NUMBER_SHAPE.search(shape) is None:
            return ()
        found = []
        first = COMMA_DECIMALS.search(text)
        if first is not None:
            found.extend(self._decimal_commas(text, first.start()))
        grouped = GROUPED_SHAPE.search(shape)
        if grouped is not None:
            # In ASCII text the shape's offsets are the text's: a number starts at most 2 digits earlier.
            start_at = max(0, grouped.start() - 2) if document.is_ascii else 0
            found.extend(self._grouped_thousands(text, start_at))
        if numero:
            found.extend(self._numero_signs(text))
        found.sort(key=Diagnostic.sort_key)
        return found

    def _decimal_commas(self, text: str, start_at: int) -> Iterator[Diagnostic]:
        for match in COMMA_DECIMALS.finditer(text, start_at):
            comma = match.start()
            start = comma
            while start > 0 and "0" <= text[start - 1] <= "9":
                start -= 1
            if start == comma or NOT_AFTER.search(text, max(0, start - 3), start):
                continue
            if not QUANTITY_AFTER.match(text, match.end()):
                continue
            span = Span(start, match.end())
            number = text[start:match.end()]
            fixed = decimal_point(number)
            yield self.diagnostic(
                span, f"Decimal comma in {quoted(number)}: English writes {quoted(fixed)}",
                Fix.replace(span, fixed, f"Replace with {quoted(fixed)}", Applicability.UNSAFE),
            )

    def _grouped_thousands(self, text: str, start_at: int) -> Iterator[Diagnostic]:
        for match in GROUPED_NUMBER.finditer(text, start_at):
            start, end = match.span()
            if NOT_GROUPED_AFTER.search(text, max(0, start - 12), start):
                continue
            number = match.group()
            fixed = comma_grouped(number)
            span = Span(start, end)
            yield self.diagnostic(
                span, f"Thousands grouped with spaces in {quoted(number)}: English writes {quoted(fixed)}",
                Fix.replace(span, fixed, f"Replace with {quoted(fixed)}", Applicability.UNSAFE),
            )

    def _numero_signs(self, text: str) -> Iterator[Diagnostic]:
        for match in NUMERO.finditer(text):
            span = Span(*match.span())
            following = text[span.end:span.end + 1]
            fixed = english_numero(match.group(), following)
            yield self.diagnostic(
                span, "Numero sign `№` (U+2116 NUMERO SIGN): English writes `No.`",
                Fix.replace(span, fixed, f"Replace with `{fixed.strip()}`", Applicability.UNSAFE),
            )
