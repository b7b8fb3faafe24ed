"""LN2: designations read through look-alike letters (`C-400` for S-400) or typed with Cyrillic letters (`С-400`)."""

from __future__ import annotations

import re
from typing import NamedTuple

from lintnews import chars
from lintnews.document import Document
from lintnews.model import Applicability, Diagnostic, Fix, FixAvailability, Severity, Span
from lintnews.rule import Context, Rule
from lintnews.ruledata import DESIGNATION, Designations

# What follows the prefix: a hyphen, one to four digits and an optional suffix (Tu-22M3, S-400s, T-80БВМ).
DESIGNATION_TAIL = re.compile(r"-(\d{1,4})([^\W_]{0,6})(?![^\W_])")
MAX_PREFIX = 3
DASH_DIGIT = re.compile(r"-\d")
# A GRAU index typed in Cyrillic: a digit or two, one or two capitals, digits (9М723, 2С19, 9К720). Small
# letters are left out: 80х60 is a dimension.
GRAU_INDEX = re.compile(
    r"(?<![^\W_])(?<!-)(\d{1,2}[\u0410-\u042f]{1,2})(\d{1,4})([\u0410-\u042fA-Z0-9]{0,3})(?![^\W_])"
)
GRAU_GATE = re.compile(r"\d[\u0410-\u042f]")
CYRILLIC_CAPITALS = frozenset(map(chr, range(0x410, 0x430)))  # the capitals of GRAU_GATE, as a set test
# Suffix letters read through Cyrillic look-alikes: Су-30СМ becomes Cy-30CM, meant Su-30SM.
SUFFIX_SOUNDS = str.maketrans("CPHBY", "SRNVU")


class DesignationToken(NamedTuple):
    """A designation-shaped token: ``prefix-number suffix`` (`Su-30SM`), with a plural `s` kept apart."""

    span: Span
    prefix: str
    number: str
    suffix: str
    plural: str  # "s" in `S-400s`, else ""
    hyphen: str = "-"  # "" in GRAU indexes such as 9M723, where the prefix is a digit and letters

    @property
    def word(self) -> str:
        """The designation without its plural ending."""
        return f"{self.prefix}{self.hyphen}{self.number}{self.suffix}"

    @property
    def foreign(self) -> bool:
        """Whether a letter of another script (Cyrillic, Greek) is in it."""
        return not (self.prefix + self.suffix).isascii()


def first_dash_digit(text: str) -> re.Match | None:
    """Return the first hyphen before a digit: the cheap gate before looking for designations.

    A one-character find is a memchr and most news texts have no hyphen; the regex then starts at the
    first hyphen, and only about one news text in fifteen has a hyphen before a digit.

    >>> first_dash_digit("a well-known C-400").start(), first_dash_digit("a well-known system")
    (14, None)
    """
    hyphen = text.find("-")
    return DASH_DIGIT.search(text, hyphen) if hyphen >= 0 else None


def designation_tokens(document: Document, first: re.Match | None = None) -> list[DesignationToken]:
    """Return every designation-shaped token of the document: one to three letters starting with a capital,
    a hyphen, digits and an optional suffix. Shared by LN101 and LN202, computed once. ``first`` is the
    first hyphen before a digit, when the caller has found it already.

    >>> [token.word for token in designation_tokens(Document("a.txt", "Su-35s, a C-400, COVID-19 and top-10."))]
    ['Su-35', 'C-400']
    """
    return document.derived("designation tokens", lambda document: _find_designation_tokens(document, first))


def _find_designation_tokens(document: Document, first: re.Match | None) -> list[DesignationToken]:
    text = document.text
    tokens = []
    if first is None:
        first = first_dash_digit(text)
    if first is not None:
        for hit in DASH_DIGIT.finditer(text, first.start()):
            dash = hit.start()
            if dash and text[dash - 1].isalpha():
                token = _token_at(text, dash)
                if token is not None:
                    tokens.append(token)
    return tokens


def _token_at(text: str, dash: int) -> DesignationToken | None:
    """Return the designation whose hyphen is at ``dash``, or None when the letters before it are no prefix."""
    start = dash
    while start > 0 and dash - start <= MAX_PREFIX and text[start - 1].isalpha():
        start -= 1
    if dash - start > MAX_PREFIX or not text[start].isupper():
        return None
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_"):
        return None
    tail = DESIGNATION_TAIL.match(text, dash)
    if tail is None:
        return None
    suffix = tail.group(2)
    plural = "s" if suffix.endswith("s") and not suffix[:-1].islower() and len(suffix) <= 2 else ""
    return DesignationToken(
        Span(start, tail.end()), text[start:dash], tail.group(1), suffix[: len(suffix) - len(plural)], plural
    )


def index_tokens(document: Document) -> list[DesignationToken]:
    """Return the GRAU indexes typed with Cyrillic capitals (`9М723`, `2С19`), outside hyphenated designations.

    >>> document = Document("a.txt", "the 2С19 Msta-S, 9М723 missiles, 80х60 cm, Т-72Б3")
    >>> [token.word for token in index_tokens(document)]
    ['2С19', '9М723']
    """
    return document.derived("index tokens", _find_index_tokens)


def _find_index_tokens(document: Document) -> list[DesignationToken]:
    text = document.text
    tokens = []
    if not document.non_ascii_chars.isdisjoint(CYRILLIC_CAPITALS) and GRAU_GATE.search(text):
        for match in GRAU_INDEX.finditer(text):
            prefix, number, suffix = match.groups()
            tokens.append(DesignationToken(Span(*match.span()), prefix, number, suffix, "", ""))
    return tokens


def foreign_designation_spans(document: Document) -> list[Span]:
    """Return the spans of designations typed with letters of another script (`С-400`, `2С19`): LN202 reports
    them, so LN101 leaves them alone when both run."""
    spans = [token.span for token in designation_tokens(document) if token.foreign]
    spans.extend(token.span for token in index_tokens(document))
    return spans


def read_letters(word: str, table: dict[str, str], *, sounds: bool) -> str | None:
    """Return ``word`` with each non-ASCII letter replaced by its reading in ``table``, or None if one has none.

    With ``sounds``, the table gives how a small Cyrillic letter sounds (capitals are capitalised, or
    written in capitals inside a run of capitals); otherwise it gives the ASCII letter it looks like.

    >>> read_letters("Су-30СМ", {"с": "s", "у": "u", "м": "m"}, sounds=True)
    'Su-30SM'
    >>> read_letters("Х-101", {"х": "kh"}, sounds=True), read_letters("Су-35", {"С": "C", "у": "y"}, sounds=False)
    ('Kh-101', 'Cy-35')
    """
    out = []
    for run in re.split(r"([^\W\d_]+)", word):
        capitals = len(run) > 1 and run.isupper()
        for char in run:
            if char.isascii():
                out.append(char)
                continue
            latin = table.get(char.lower() if sounds else char)
            if latin is None:
                return None
            if sounds and char.isupper():
                latin = latin.upper() if capitals else latin.capitalize()
            out.append(latin)
    return "".join(out)


def parse_designation(form: str) -> tuple[str, str, str] | None:
    """Return (prefix, number, suffix) of an ASCII designation, or None.

    >>> parse_designation("Tu-22M3"), parse_designation("Tu 22")
    (('Tu', '22', 'M3'), None)
    """
    match = DESIGNATION.fullmatch(form)
    if match is None:
        return None
    number = re.match(r"\d+", match.group(2)).group()
    return match.group(1), number, match.group(2)[len(number):]


class DesignationLookalike(Rule):
    """## What it does
    Reports weapon, aircraft and vehicle designations read through a look-alike letter (`C-400` for
    `S-400`, `Ty-160` for `Tu-160`, `Cy-35` for `Su-35`, `AH-124` for `An-124`, `P-36` for `R-36`), and
    designations typed with Cyrillic letters (`С-400`, `Су-35`, `Ту-160`, GRAU indexes such as `2С19`).

    ## Why is this bad?
    Russian designations are written in Cyrillic, and several Cyrillic letters look like Latin letters
    that sound different: С is S, Р is R, Н is N, У is U, Х is Kh. A translation engine that keeps the
    glyph instead of the sound turns the S-400 into a `C-400` that no English reader or search engine
    knows. A designation left in Cyrillic looks right but breaks search and spell-checking.

    ## Example
    ```
    Factor C-400. Two Ty-160 bombers flew over the Baltic.
    ```

    Use instead:
    ```
    Factor S-400. Two Tu-160 bombers flew over the Baltic.
    ```

    ## Fix safety
    The fix is safe when the correct form is certain: the designation is in rules/designations.toml
    (S-400, Su-35, Tu-160, An-124...), or the correct form appears in the same document. Otherwise it is
    unsafe: `Ty-999` is surely a misread Tupolev, but the table does not know the model. A misreading that
    is also a real designation elsewhere (`P-36` is also the Curtiss P-36 Hawk) gets an unsafe fix unless
    the document also has `R-36`. Real designations whose letters happen to be misread prefixes (C-130,
    C-17, P-8, X-37B, AH-64, B-52, H-6) are listed in the table and never reported.

    A designation typed in Cyrillic is read by sound (`Су-35` is Su-35, `2С19` is 2S19), except that a
    Cyrillic С in a Western designation keeps its look (`С-130` is the C-130).

    This rule owns designation tokens: LN101 (mixed-script-word) leaves `С-400` to it when both run.

    ## Options
    - `extra-rules`: more designation tables (`kind = "designations"`): families, never-reported
      designations, ambiguous misreadings.
    - `allow`: designations never reported.

    ## References
    - [Military aircraft of the Soviet Union and the CIS](https://en.wikipedia.org/wiki/List_of_military_aircraft_of_the_Soviet_Union_and_the_CIS)
    - [GRAU indexes (9M723, 2S19)](https://en.wikipedia.org/wiki/GRAU)
    - [Unicode UTS #39: confusables](https://www.unicode.org/reports/tr39/)
    """

    code = "LN202"
    name = "designation-lookalike"
    severity = Severity.ERROR
    fix_availability = FixAvailability.SOMETIMES
    data_kinds = ("designations", "lookalikes")

    def may_report(self, text: Document, context: Context) -> bool:
        # Only a designation typed with a foreign letter, or one with a misread prefix (C-4, Ty-1...), is reported.
        tables = context.data.designations
        if not tables.linked:
            tables.link(context.data.lookalikes)
        return chars.has_foreign_letter(text.non_ascii_chars) or tables.misread_gate.search(text.text) is not None

    def check(self, document: Document, context: Context) -> list[Diagnostic]:
        # A plain function, not a generator: it runs on every text and almost always returns at once.
        text = document.text
        foreign = bool(document.foreign_tokens)  # shared with LN101; a set test for most texts
        hyphen = text.find("-")  # most news texts have no hyphen: a memchr decides
        if hyphen < 0 and not foreign:
            return []
        tables = context.data.designations
        if not tables.linked:
            tables.link(context.data.lookalikes)
        if not foreign:
            # Only a misread prefix can be wrong here: one scan finds the first C-4, Ty-1, AH-1...
            if tables.misread_gate.search(text, hyphen) is None:
                return []  # F-16, MS-21, G-20: nothing to look up
            tokens = designation_tokens(document)
        else:
            first = DASH_DIGIT.search(text, hyphen) if hyphen >= 0 else None
            tokens = designation_tokens(document, first) if first is not None else []
            indexes = index_tokens(document)
            if indexes:
                tokens = sorted(tokens + indexes)
        if not tokens:
            return []
        misread = tables.misread
        suspects = [token for token in tokens if token.prefix in misread or token.foreign]
        if not suspects:
            return []
        seen: dict[str, str] = {}
        for token in tokens:
            seen.setdefault(token.word.upper(), token.word)
        diagnostics = []
        for token in suspects:
            if token.foreign:
                diagnostics.append(self._typed_in_foreign_letters(context, tables, token, seen))
            else:
                diagnostic = self._misread(tables, token, seen)
                if diagnostic is not None:
                    diagnostics.append(diagnostic)
        return diagnostics

    def _misread(self, tables: Designations, token: DesignationToken, seen: dict[str, str]) -> Diagnostic | None:
        word = token.word
        if word.upper() in tables.western or word.upper() in tables.known:
            return None
        meant = _meant(tables, token.prefix, token.number, token.suffix)
        if meant is None:
            return None
        correct, known = meant
        present = seen.get(correct.upper())
        ambiguous = tables.ambiguous.get(word.upper())
        if present is not None:
            correct, applicability = present, Applicability.SAFE
        elif known and ambiguous is None:
            applicability = Applicability.SAFE
        elif ambiguous is not None or (token.prefix in tables.open_prefixes and len(token.number) <= 3):
            applicability = Applicability.UNSAFE
        else:
            return None
        cyrillic = tables.misread_from[token.prefix]
        letters = [
            f"`{char}` is {_cased(tables.sounds[char.lower()], char)}, not {latin}"
            for char, latin in zip(cyrillic, token.prefix, strict=True)
            if tables.sounds.get(char.lower(), latin.lower()) != latin.lower()
        ]
        verb = "is" if applicability is Applicability.SAFE else "may be"
        noun = "a look-alike letter" if len(letters) == 1 else "look-alike letters"
        message = f"`{word}` {verb} `{correct}` read through {noun}: Cyrillic {'; '.join(letters)}"
        if ambiguous is not None and present is None:
            message += f" ({word} is also {ambiguous[0]})"
        fixed = correct + token.plural
        return self.diagnostic(token.span, message, Fix.replace(token.span, fixed, f"Replace with `{fixed}`",
                                                                applicability))

    def _typed_in_foreign_letters(self, context: Context, tables: Designations,
                                  token: DesignationToken, seen: dict[str, str]) -> Diagnostic:
        word = token.word
        foreign = [char for char in dict.fromkeys(word) if not char.isascii()]
        scripts = " and ".join(dict.fromkeys(chars.script_name(char) for char in foreign))
        names = ", ".join(f"`{char}` ({chars.char_name(char)})" for char in foreign)
        message = f"Designation `{word}` is typed with {scripts} letters: {names}"
        sound = read_letters(word, {**context.data.lookalikes, **tables.sounds}, sounds=True)
        if sound is not None and not sound.isascii():
            sound = None
        # A GRAU index reads by sound only: 2С19 is 2S19, never 2C19.
        look = read_letters(word, context.data.lookalikes, sounds=False) if token.hyphen else None
        readings = [reading for reading in dict.fromkeys((sound, look)) if reading is not None]
        correct, applicability = None, Applicability.UNSAFE
        for reading in readings:
            if reading.upper() in tables.known:
                correct, applicability = tables.known[reading.upper()], Applicability.SAFE
            elif reading.upper() in tables.western:
                correct, applicability = reading, Applicability.SAFE
            else:
                parts = parse_designation(reading)
                meant = _meant(tables, *parts) if parts else None
                if meant is not None and meant[1]:
                    correct, applicability = meant[0], Applicability.SAFE
            if correct is not None:
                break
        if correct is None:
            for reading in readings:
                if reading.upper() in seen and seen[reading.upper()].isascii():
                    correct, applicability = seen[reading.upper()], Applicability.SAFE
                    break
        if correct is None and sound is not None:
            correct = sound
        if correct is None:
            return self.diagnostic(token.span, message)
        fixed = correct + token.plural
        return self.diagnostic(token.span, message, Fix.replace(token.span, fixed, f"Replace with `{fixed}`",
                                                                applicability))


def _meant(tables: Designations, prefix: str, number: str, suffix: str) -> tuple[str, bool] | None:
    """Return (the designation meant, whether the table knows it) for a misread prefix, or None."""
    families = tables.misread.get(prefix)
    if not families:
        return None
    resounded = suffix.translate(SUFFIX_SOUNDS)
    for model in dict.fromkeys((number + suffix, number + resounded)):
        for family in families:
            form = tables.known.get(f"{family.prefix}-{model}".upper())
            if form is not None:
                return form, True
    return f"{families[0].prefix}-{number}{resounded}", False


def _cased(sound: str, char: str) -> str:
    """Return how ``char`` sounds, capitalised when it is a capital: ``_cased("kh", "Х") == "Kh"``."""
    return sound.capitalize() if char.isupper() else sound
