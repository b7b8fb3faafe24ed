"""LN3 punctuation: spaces before punctuation, hyphens used as dashes, and repeated words."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from lintnews.config import DASH_STYLES
from lintnews.document import Document
from lintnews.model import Applicability, Diagnostic, Fix, FixAvailability, Severity, Span
from lintnews.rule import Context, Rule

# Tabs folded into spaces, , . ; : ! ? - into "." and capitals into small letters: in the folded bytes, b" ." marks
# every space that stands directly before a mark LN306 or LN307 looks at (bytes.find finds them at memory speed),
# and LN308 finds repeated ASCII words with a case-sensitive backreference. Other bytes are kept, so the sketch of
# a non-ASCII text is still UTF-8.
_SKETCH_TABLE = bytes.maketrans(b"\t,;:!?-ABCDEFGHIJKLMNOPQRSTUVWXYZ", b" ......abcdefghijklmnopqrstuvwxyz")

# A run of spaces, then a run of , ; : ! ? or a lone full stop (not an ellipsis).
SPACE_BEFORE_MARK = re.compile(r"[ \t]++([,;:!?]++|\.(?!\.))")
# What may follow the mark and make the space legitimate: a digit (`.5`, `10 :30`), a path or URL (`./`, `://`),
# an emoticon (`:)`, `;-)`, `: )`, `:D`), an emoji short code (`:smile:`).
NOT_PUNCTUATION_AFTER = re.compile(
    r"[\d/\\]|(?<=[:;])(?:[-^']?[)(\]\[|*$@/\\]|[-^']?[DPpOo3](?![\w'])| [)(](?!\w))|(?<=:)[a-z0-9_+-]++:"
)
# French spacing before a closing guillemet (`Oui ? »`) belongs to quoted foreign text, not to English.
GUILLEMET_AFTER = re.compile(r"[,;:!?.]*+ ?»")
# A word that starts the line and is a bare number or letter: an enumeration such as `1 . First`.
ENUMERATION = re.compile(r"(?:\d++|\w)")
# A score or a time with spaces around the colon: `6 : 3`, `18 : 30`.
SPACED_SCORE = re.compile(r"(?<=\d)[ \t]++:[ \t]*+\d")
# A sentence that starts right after a full stop: `son .I'd`, `Yes .Thank`.
SENTENCE_START = re.compile(r"I\b|[A-Z][a-z]")

# A hyphen or a double hyphen with one space on each side.
SPACED_HYPHEN = re.compile(r" --? ")
# A number after a spaced hyphen that is a minus sign: `from - 5 to - 10 degrees`, `- 20°C`.
NEGATIVE_TEMPERATURE = re.compile(r"\d++(?:[.,]\d++)?+ ?(?:°|degrees?\b)")
# Characters beside a spaced hyphen that show it is not a dash: Markdown rules (`- - -`) and tables (`| - |`),
# arrows (`->`, `<-`), brackets around a lone hyphen (`( - )`).
NOT_DASH_BEFORE = frozenset("-|<>=([{")
NOT_DASH_AFTER = frozenset("-|<>=)]}")
# A range of dates or days: `July 27 - August 2`, `Monday - Friday` (a range takes an en dash, not a sentence dash).
_CALENDAR = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
             r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
CALENDAR_AFTER = re.compile(_CALENDAR)
CALENDAR_BEFORE = re.compile(r"(?:\d|\b" + _CALENDAR + r")\Z")
DASH_NAMES = {"spaced-em": "a spaced em dash", "closed-em": "a closed em dash", "spaced-en": "a spaced en dash"}

# A word after a space, then the same word (any case) after one whitespace character or a line break.
# The shortest form that finds them is also the fastest: the engine jumps from space to space at C speed.
REPEATED_WORD = re.compile(r" (\w++)\s\n?+(?i:\1)\b")
# Gates that find every repetition LN308 can report (a word of letters) and a few it leaves alone, cheaper than
# REPEATED_WORD because a letter class is tested faster than \w. On the sketch of ASCII text (see _SKETCH_TABLE),
# where small letters need no case folding; on other text, with every letter in the class: ASCII letters and any
# non-ASCII character but the whitespace that \s matches, so the first word still ends where REPEATED_WORD's does.
REPEATED_WORD_SKETCH = re.compile(rb" ([a-z]++)\s\n?+\1\b")
REPEATED_WORD_GATE = re.compile(
    r" ([A-Za-z\x80-\x84\x86-\x9f\xa1-\u167f\u1681-\u1fff\u200b-\u2027\u202a-\u202e\u2030-\u205e\u2060-\u2fff"
    r"\u3001-\U0010ffff]++)\s\n?+(?i:\1)\b"  # ranges, not a negated class with \s: scanned 15% faster
)
REPEATED_WORD_ASCII = re.compile(REPEATED_WORD.pattern, re.ASCII)  # the same on ASCII text, a third faster
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
WORD_GOES_ON = frozenset("'’-")  # `la la-la`, `don don't`: the second word is part of a longer one
# Repetitions that are English: grammar (`had had`, `that that`, `is is`, `from there there's`, a clause that
# ends and one that begins: `when you have it it will be`), a particle before its preposition
# (`filled in in the form`, `looked at at the station`, `decided upon upon`), reduplication (`blah blah`,
# `bye bye`, `very very`) and names (`Walla Walla`, `Sirhan Sirhan`, `Saba Saba`). Checked against the human
# references and the WMT outputs in ../shared/corpora.
LEGITIMATE_REPETITIONS = frozenset("""
    had that is there it
    in at on up upon out off over down by
    blah la ha ho hee bye very so no yes now boo chop choo knock tut tsk yada zoom bang pom tom night
    dum hip hush cha well fifty
    walla sirhan saba bora pago sing mau wagga duran mahi baden
""".split())


def spaces_before_marks(document: Document) -> list[int]:
    """Return the offset of each space or tab that stands directly before one of , . ; : ! ? -.

    Built once per document and shared by LN306 and LN307. The text is encoded and folded into a byte
    sketch, so one ``bytes.find`` pass finds every candidate (a ``str`` scan per mark would cost seven
    passes); in non-ASCII text the byte offsets are turned into code-point offsets as they are found.

    >>> spaces_before_marks(Document("a.txt", "Кафе ,\\tword ? ok - ok..."))
    [4, 11, 16]
    """
    return document.derived("spaces before marks", _find_spaces_before_marks)


def _find_spaces_before_marks(document: Document) -> list[int]:
    sketch = punctuation_sketch(document)
    offsets: list[int] = []
    hit = sketch.find(b" .")
    if hit >= 0 and document.is_ascii:
        while hit >= 0:
            offsets.append(hit)
            hit = sketch.find(b" .", hit + 1)
    elif hit >= 0:
        offset = done = 0
        while hit >= 0:
            offset += len(sketch[done:hit].decode("utf-8", "surrogatepass"))
            done = hit
            offsets.append(offset)
            hit = sketch.find(b" .", hit + 1)
    return offsets


def punctuation_sketch(document: Document) -> bytes:
    """Return the text as UTF-8 folded by ``_SKETCH_TABLE``, built once per document for LN306-LN308.

    >>> punctuation_sketch(Document("a.txt", "Кафе ,\\tThe the"))
    b'\\xd0\\x9a\\xd0\\xb0\\xd1\\x84\\xd0\\xb5 . the the'
    """
    return document.derived("punctuation sketch", _fold_punctuation)


def _fold_punctuation(document: Document) -> bytes:
    return document.utf8.translate(_SKETCH_TABLE)


def close_up_mark(mark: str, before_letter: bool) -> str:
    """Return what replaces a space and the mark after it: the mark, with a space after it when a word follows.

    >>> close_up_mark(",", True), close_up_mark("!!!", False)
    (', ', '!!!')
    """
    return mark + " " if before_letter else mark


def _mark_name(mark: str) -> str:
    return f"`{mark}`"


class PunctuationSpacing(Rule):
    """## What it does
    Reports spaces before a comma, full stop, semicolon, colon, exclamation mark or question mark
    (`in Dolní Chabry .`, `Well , did you`, `go home ,but`).

    ## Why is this bad?
    English sets these marks directly after the word. Machine translation, tokenised training data and
    careless scraping leave a space before them, and a line break can then strand the mark at the start of
    the next line.

    ## Example
    ```
    Well , did you click on the links I sent you above ?
    ```

    Use instead:
    ```
    Well, did you click on the links I sent you above?
    ```

    ## Fix safety
    Safe: only the spaces before the mark are removed; when a word follows the mark with no space
    (`home ,but`), a space is put after the mark instead. Text that only looks like a stray space is left
    alone: decimals and times (`.5`, `10 :30`), ellipses (`...`), a full stop after an abbreviation's own
    (`p.m. .`), paths and addresses (`./`, `://`), emoticons (`:)`, `: )`, `;-)`), emoji short codes,
    enumerations at the start of a line (`1 . First`), marks at the start of a line, French spacing before
    `»`, a colon between numbers (`6 : 3`), an exclamation or question mark joined to the next word
    (`!important`, `?id=`), and a full stop joined to a word that does not start a sentence (`.com`,
    `.NET`; `son .I'd` is reported).

    ## Options
    None.

    ## References
    - [The Chicago Manual of Style: punctuation](https://www.chicagomanualofstyle.org/)
    - [LanguageTool COMMA_PARENTHESIS_WHITESPACE](https://community.languagetool.org/rule/list?lang=en)
    """

    code = "LN306"
    name = "punctuation-spacing"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS

    def check(self, document: Document, context: Context) -> Iterable[Diagnostic]:
        candidates = spaces_before_marks(document)
        if not candidates:
            return ()  # most texts: no generator to create
        return self._check(document, candidates)

    def _check(self, document: Document, candidates: list[int]) -> Iterator[Diagnostic]:
        text = document.text
        for space in candidates:
            if text[space + 1] == "-":
                continue  # LN307's
            start = space
            while start > 0 and text[start - 1] in " \t":
                start -= 1
            match = SPACE_BEFORE_MARK.match(text, start)
            if match is None:
                continue  # an ellipsis
            mark = match.group(1)
            start, end = match.span()
            if start == 0 or text[start - 1].isspace():
                continue  # a mark at the start of a line
            after = text[end:end + 1]
            if NOT_PUNCTUATION_AFTER.match(text, end) or GUILLEMET_AFTER.match(text, end):
                continue
            if mark == ":" and SPACED_SCORE.match(text, start):
                continue
            if mark == "." and text[match.start() - 1] in ".…":
                continue  # `p.m. .`: a second full stop, not a space before one
            before_letter = after.isalpha()
            if before_letter and (mark in "!?" or (mark == "." and not SENTENCE_START.match(text, end))):
                continue  # `!important`, `?id=`, `.com`: not a sentence mark
            if self._enumeration(document, match.start()):
                continue
            span = Span(start, end)
            if before_letter:
                message = f"Space before {_mark_name(mark)} instead of after it"
                title = f"Move the space after {_mark_name(mark)}"
            else:
                message = f"Space before {_mark_name(mark)}"
                title = f"Remove the space before {_mark_name(mark)}"
            yield self.diagnostic(span, message, Fix.replace(span, close_up_mark(mark, before_letter), title))

    @staticmethod
    def _enumeration(document: Document, space: int) -> bool:
        """Whether the word before ``space`` is a bare number or letter that starts its line."""
        line_start = document.line_span(space).start
        return ENUMERATION.fullmatch(document.text, line_start, space) is not None


class HyphenAsDash(Rule):
    """## What it does
    Reports a hyphen (or a double hyphen) with a space on each side between words, used where English
    sets a dash: `will fight for its interests to the last - the country's leadership`.

    ## Why is this bad?
    A hyphen joins words; a dash separates clauses. Russian and Ukrainian copy uses a spaced dash far more
    than English does, and MT engines, scrapers and keyboards hand it back as a hyphen, which typeset copy
    never shows and which a line break can leave dangling at the start of a line.

    ## Example
    ```
    Ankara will fight for its interests to the last - the country's leadership has already decided.
    ```

    Use instead:
    ```
    Ankara will fight for its interests to the last — the country's leadership has already decided.
    ```

    ## Fix safety
    Safe: the spaced hyphen (with its spaces) is replaced by the dash of the `dash-style` setting; no
    letter or digit changes. Not reported: a hyphen between two numbers (`10 - 20`, `2 - 1`: a range, a
    score or a sum, where the right mark is a closed en dash, not the sentence dash), a range of dates or
    days (`July 27 - August 2`, `Monday - Friday`), a minus sign (`-5`, `from - 5 to - 10 degrees`), list
    bullets and hyphens at the start or end of a line, hyphenated words, Markdown rules and table cells
    (`- - -`, `| - |`), arrows (`->`). A hyphen between two names (`Zenit - Khimki`) is reported: it is a
    dash, though a pairing takes an en dash rather than the sentence dash the fix gives. En dashes are never reported: ` – ` is a dash already, and a consistent dash style is a style
    choice, not an artifact.

    ## Options
    - `dash-style`: `spaced-em` (default, ` — `), `closed-em` (`—`) or `spaced-en` (` – `).

    ## References
    - [The Chicago Manual of Style: hyphens, en dashes, em dashes](https://www.chicagomanualofstyle.org/)
    - [Wikipedia: Dash](https://en.wikipedia.org/wiki/Dash)
    """

    code = "LN307"
    name = "hyphen-as-dash"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS

    def check(self, document: Document, context: Context) -> Iterable[Diagnostic]:
        candidates = spaces_before_marks(document)
        if not candidates:
            return ()  # most texts: no generator to create
        return self._check(document, context, candidates)

    def _check(self, document: Document, context: Context, candidates: list[int]) -> Iterator[Diagnostic]:
        text = document.text
        size = len(text)
        dash = DASH_STYLES[context.settings.dash_style]
        title = f"Replace with {DASH_NAMES[context.settings.dash_style]} ({dash.strip()})"
        for space in candidates:
            match = SPACED_HYPHEN.match(text, space)
            if match is None:
                continue
            start, end = match.span()
            if start == 0 or end == size:
                continue
            before, after = text[start - 1], text[end]
            if before.isspace() or after.isspace() or before in NOT_DASH_BEFORE or after in NOT_DASH_AFTER:
                continue
            if before.isdigit() and after.isdigit():
                continue  # a range, a score or a sum
            if NEGATIVE_TEMPERATURE.match(text, end):
                continue
            if CALENDAR_AFTER.match(text, end) and CALENDAR_BEFORE.search(text, max(0, start - 10), start):
                continue  # a range of dates or days
            hyphens = "Double hyphen" if len(match.group()) == 4 else "Hyphen"
            span = Span(start, end)
            yield self.diagnostic(span, f"{hyphens} used as a dash", Fix.replace(span, dash, title))


class RepeatedWord(Rule):
    """## What it does
    Reports a word written twice in a row, in any case and across a line break: `the the`,
    `Pirelli Scorpion Winter winter tires`, `the tank tank was injured`.

    ## Why is this bad?
    A repeated word is a typing slip or a decoder loop of the MT engine; readers notice it at once and it
    marks the copy as unedited.

    ## Example
    ```
    One of the crew members of the tank tank was injured.
    ```

    Use instead:
    ```
    One of the crew members of the tank was injured.
    ```

    ## Fix safety
    Unsafe: the fix removes the second word and the whitespace before it, which is right for a slip but
    wrong where the repetition is meant, and no rule can tell every case. Repetitions that English uses
    are never reported: `had had`, `that that`, `is is`, a particle before its preposition (`filled in in`,
    `looked at at`), reduplications (`blah blah`, `bye bye`, `very very`), reduplicated names (`Walla Walla`,
    `Sirhan Sirhan`), numbers (`1 000 000`), initials (`M M Naravane`) and hyphenated forms
    (`la-la la-la`). The two words must be separated by one space or a line break: a wider gap is reported by
    LN107 (multiple-spaces) first, and the repetition once that is fixed. Across a line break the second word must be in lower case, because a headline often
    ends with the word the next line starts with. The first word must follow a space, so a repetition at
    the very start of a line is not seen.

    ## Options
    - `allow`: patterns never reported (for example a name such as `Duran Duran`).

    ## References
    - [Vale's `repetition` check](https://vale.sh/docs/)
    - [LanguageTool ENGLISH_WORD_REPEAT_RULE](https://community.languagetool.org/rule/list?lang=en)
    """

    code = "LN308"
    name = "repeated-word"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS

    def check(self, document: Document, context: Context) -> Iterable[Diagnostic]:
        # Most texts repeat no word: one search (on the shared sketch for ASCII text) tells, with no generator.
        if document.is_ascii:
            if REPEATED_WORD_SKETCH.search(punctuation_sketch(document)) is None:
                return ()
            return self._check(document, REPEATED_WORD_ASCII)
        if REPEATED_WORD_GATE.search(document.text) is None:
            return ()
        return self._check(document, REPEATED_WORD)

    def _check(self, document: Document, pattern: re.Pattern[str]) -> Iterator[Diagnostic]:
        text = document.text
        size = len(text)
        for match in pattern.finditer(text):
            word = match.group(1)
            end = match.end()
            if end < size and text[end] in WORD_GOES_ON:
                continue
            if not word.isalpha() or word.lower() in LEGITIMATE_REPETITIONS:
                continue  # numbers, grouped thousands, and repetitions English uses
            if len(word) == 1 and word.isupper() and word != "I":
                continue  # initials: `M M Naravane`
            second_start = end - len(word)
            between = text[match.end(1):second_start]
            if between.strip(LINE_BREAKS) != between and (
                    between in ("\n\n", "\r\r") or not text[second_start].islower()):
                continue  # a paragraph break, or a headline line and the sentence under it (`landfills` / `Landfills`)
            second = text[second_start:end]
            span = Span(match.start(1), end)
            fix = Fix.replace(Span(match.end(1), end), "", f"Remove the second `{second}`",
                              Applicability.UNSAFE)
            yield self.diagnostic(span, f"Repeated word `{second}`", fix)
