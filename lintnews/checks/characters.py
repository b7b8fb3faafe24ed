"""LN1: character-level artifacts: mixed scripts, foreign script, invisible and control characters, spaces."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from lintnews import chars
from lintnews.checks.designations import DesignationLookalike, foreign_designation_spans
from lintnews.document import Document
from lintnews.model import Diagnostic, Fix, FixAvailability, Severity, Span
from lintnews.rule import Context, Rule

# A Cyrillic or Greek letter used as a unit or dimension sign: °С, С°, 80 х 60.
NUMBER_NEIGHBOUR = frozenset("0123456789°")
# Designations such as С-400, Су-35, Ту-160: a few letters, a hyphen, digits.
DESIGNATION_TAIL = regex.compile(r"-\d++")
# Web addresses and Cyrillic domain names (стопкоронавирус.рф) are names, not untranslated text.
URL_CHUNK = regex.compile(
    r"(?:https?://|www\.)\S++"
    r"|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:рф|рус|укр|бел|срб|мкд|москва|онлайн|сайт|орг|ком|дети|қаз|мон|бг)"
    r"(?![\p{L}\p{N}])\S*+"
)
NON_SPACE_RUN = regex.compile(r"\S++")
ANY_LETTER = regex.compile(r"\p{L}")
MAX_QUOTED = 60


def latinize_lookalikes(word: str, lookalikes: dict[str, str]) -> str | None:
    """Return ``word`` with each foreign letter replaced by its ASCII look-alike, or None if one has none.

    >>> table = {"Н": "H", "а": "a"}
    >>> latinize_lookalikes("WНO", table), latinize_lookalikes("Ukrаine", table), latinize_lookalikes("тир", table)
    ('WHO', 'Ukraine', None)
    """
    out = []
    for char in word:
        if char.isascii() or not chars.HAS_FOREIGN_LETTER.match(char):
            out.append(char)
        elif char in lookalikes:
            out.append(lookalikes[char])
        else:
            return None
    return "".join(out)


def quoted(text: str) -> str:
    """Return ``text`` in backticks for a message, shortened in the middle when long.

    >>> quoted("WНO")
    '`WНO`'
    """
    if len(text) > MAX_QUOTED:
        half = MAX_QUOTED // 2
        text = text[:half] + "…" + text[-half:]
    return f"`{chars.visible(text)}`"


def _foreign_scripts(text: str) -> list[str]:
    scripts = []
    for char in text:
        if chars.HAS_FOREIGN_LETTER.match(char):
            script = chars.script_name(char)
            if script not in scripts:
                scripts.append(script)
    return scripts


def _in_web_address(document: Document, span: Span) -> bool:
    """Whether ``span`` lies inside a URL or a domain name such as ``стопкоронавирус.рф``."""
    text = document.text
    line = document.line_span(span.start)
    for chunk in NON_SPACE_RUN.finditer(text, line.start, line.end):
        if chunk.start() <= span.start and span.end <= chunk.end():
            return bool(URL_CHUNK.search(text, chunk.start(), chunk.end()))
    return False


def _neighbour(text: str, index: int, step: int) -> str:
    """Return the nearest character from ``index`` in direction ``step`` that is not a space, or ''."""
    while 0 <= index < len(text):
        char = text[index]
        if char in "\r\n":
            return ""
        if char not in " \t\xa0":
            return char
        index += step
    return ""


class ScriptTokens:
    """The foreign-script tokens of a document, sorted into mixed words and foreign-only words.

    LN101 and LN102 both read this; it is built once per document from ``Document.foreign_tokens``.
    """

    def __init__(self, document: Document, lookalikes: dict[str, str]) -> None:
        self.mixed: list[tuple[Span, str]] = []  # (span, kind): kind is "word", "unit" or "designation"
        self.foreign: list[Span] = []
        text = document.text
        for span in document.foreign_tokens:
            if _in_web_address(document, span):
                continue
            token = text[span.start:span.end]
            tail = DESIGNATION_TAIL.match(text, span.end)
            if tail and len(token) <= 3 and token.isalpha():
                self.mixed.append((Span(span.start, tail.end()), "designation"))
            elif chars.LATIN_LETTER.search(token) or chars.DIGIT.search(token):
                self.mixed.append((span, "word"))
            elif len(token) == 1 and token in lookalikes and (
                _neighbour(text, span.start - 1, -1) in NUMBER_NEIGHBOUR
                or _neighbour(text, span.end, 1) in NUMBER_NEIGHBOUR
            ):
                self.mixed.append((span, "unit"))
            else:
                self.foreign.append(span)

    @classmethod
    def of(cls, document: Document, context: Context) -> ScriptTokens:
        """Return the document's script tokens, building them on first use."""
        return document.derived("script tokens", lambda document: cls(document, context.data.lookalikes))


class MixedScriptWord(Rule):
    """## What it does
    Reports a word that mixes Latin letters (or digits) with Cyrillic or Greek letters, such as `WНO`
    (Cyrillic Н), `Ukrаine` (Cyrillic а), `Yeni тируетafak`, `105х195` or `50°С`.

    ## Why is this bad?
    Machine translation and OCR leave Cyrillic letters inside English words. Look-alike letters are
    invisible to a reader but break search, spell-checking, sorting and links (`WНO` is not `WHO`);
    debris such as `тируетafak` is a word the engine half-translated.

    ## Example
    ```
    According to WНO data, more than 55 million people suffer from this disease.
    ```

    Use instead:
    ```
    According to WHO data, more than 55 million people suffer from this disease.
    ```

    ## Fix safety
    The fix is safe when every non-Latin letter of the word has a plain ASCII look-alike in
    rules/lookalikes.toml (Unicode confusables) and the rest of the word is Latin or digits: then the
    fixed word is exactly what a reader already sees. Debris with other letters (`тируетafak`: `и` looks
    like no ASCII letter) has no fix. Designations typed with Cyrillic letters (`С-400`) get no fix either:
    there Cyrillic С is read as S, not C; when LN202 (designation-lookalike) runs too, it reports them,
    with the right reading, and this rule leaves them alone.

    ## Options
    - `allow`: words or patterns never reported.
    - `extra-rules`: more look-alike tables (`kind = "lookalikes"`).

    ## References
    - [Unicode UTS #39: confusables](https://www.unicode.org/reports/tr39/)
    - [ruff RUF001 ambiguous-unicode-character-string](https://docs.astral.sh/ruff/rules/ambiguous-unicode-character-string/)
    """

    code = "LN101"
    name = "mixed-script-word"
    severity = Severity.ERROR
    fix_availability = FixAvailability.SOMETIMES
    checks_ascii = False
    data_kinds = ("lookalikes",)

    def may_report(self, text: Document, context: Context) -> bool:
        return chars.has_foreign_letter(text.non_ascii_chars)

    def check(self, document: Document, context: Context) -> Iterable[Diagnostic]:
        if not document.foreign_tokens:
            return ()  # nearly every document: no generator to create
        return self._report(document, context)

    def _report(self, document: Document, context: Context) -> Iterator[Diagnostic]:
        text = document.text
        lookalikes = context.data.lookalikes
        mixed = ScriptTokens.of(document, context).mixed
        owned: list[Span] = []
        if mixed and context.enabled(DesignationLookalike.code, document.path):
            owned = foreign_designation_spans(document)
        for span, kind in mixed:
            if owned and any(span.start < other.end and other.start < span.end for other in owned):
                continue  # a designation typed with Cyrillic letters (С-400, 2С19): LN202 reports it
            word = text[span.start:span.end]
            foreign = [char for char in dict.fromkeys(word) if chars.HAS_FOREIGN_LETTER.match(char)]
            scripts = " and ".join(_foreign_scripts(word))
            if kind == "designation":
                message = f"Designation {quoted(word)} is typed with {scripts} letters"
                yield self.diagnostic(span, message)
                continue
            latin = latinize_lookalikes(word, lookalikes)
            if kind == "unit":
                message = f"{scripts} letter {quoted(word)} ({chars.char_name(word)}) used as a unit or dimension sign"
            else:
                mixes = "Latin" if chars.LATIN_LETTER.search(word) else "digits"
                message = f"Word {quoted(word)} mixes {mixes} and {scripts} letters"
                if latin is not None:
                    message += ": " + ", ".join(f"`{char}` ({chars.char_name(char)})" for char in foreign)
            fix = None if latin is None else Fix.replace(span, latin, f"Replace with {quoted(latin)}")
            yield self.diagnostic(span, message, fix)


class ForeignScript(Rule):
    """## What it does
    Reports each run of words in a non-Latin script (Cyrillic, Greek, Arabic, Han...) inside English text,
    as one diagnostic: a name left untransliterated (`Эрнан Crespo`), a source word kept beside its
    translation, or a whole untranslated sentence.

    ## Why is this bad?
    An English reader cannot read it, and it usually means the engine skipped a segment or a name.

    ## Example
    ```
    Former Argentina international Эрнан Crespo commented on the move.
    ```

    Use instead:
    ```
    Former Argentina international Hernan Crespo commented on the move.
    ```

    ## Fix safety
    There is no fix: the text must be translated or transliterated by a person.

    ## Options
    - `allow`: words or patterns never reported (a quoted Ukrainian word in a language column, say).

    Web addresses and Cyrillic domain names (`стопкоронавирус.рф`) and single Greek letters used as
    symbols (`α-synuclein`, `β`) are not reported.

    ## References
    - [Unicode Standard Annex #24: Script property](https://www.unicode.org/reports/tr24/)
    """

    code = "LN102"
    name = "foreign-script"
    severity = Severity.ERROR
    checks_ascii = False
    data_kinds = ("lookalikes",)

    def may_report(self, text: Document, context: Context) -> bool:
        return chars.has_foreign_letter(text.non_ascii_chars)

    def check(self, document: Document, context: Context) -> Iterable[Diagnostic]:
        if not document.foreign_tokens:
            return ()  # nearly every document: no generator to create
        return self._runs(document, context)

    def _runs(self, document: Document, context: Context) -> Iterator[Diagnostic]:
        text = document.text
        run: list[Span] = []
        for span in ScriptTokens.of(document, context).foreign:
            if run and not self._continues(document, run[-1], span):
                yield from self._report(text, run)
                run = []
            run.append(span)
        if run:
            yield from self._report(text, run)

    @staticmethod
    def _continues(document: Document, previous: Span, span: Span) -> bool:
        """A run goes on while only spaces, digits and punctuation separate its words on one line."""
        between = document.text[previous.end:span.start]
        return "\n" not in between and "\r" not in between and not ANY_LETTER.search(between)

    def _report(self, text: str, run: list[Span]) -> Iterator[Diagnostic]:
        span = Span(run[0].start, run[-1].end)
        words = text[span.start:span.end]
        scripts = _foreign_scripts(words)
        if len(words) == 1 and scripts == ["Greek"]:
            return  # a Greek letter used as a symbol: α-synuclein, β-blocker
        yield self.diagnostic(span, f"{' and '.join(scripts)} text in English: {quoted(words)}")


class InvisibleCharacter(Rule):
    """## What it does
    Reports zero-width and format characters: zero-width spaces and joiners, soft hyphens, bidirectional
    controls, word joiners, and byte-order marks anywhere but the start of a file.

    ## Why is this bad?
    They cannot be seen, yet they split words for search engines and spell-checkers, break copy-paste,
    and bidirectional controls can reorder what a reader sees. MT systems and CMS editors insert them.

    ## Example
    ```
    transformed into the idea of <U+200B> <U+200B> stealing the moon
    ```

    Use instead:
    ```
    transformed into the idea of   stealing the moon
    ```
    (and LN107 then joins the spaces).

    ## Fix safety
    Deleting the characters is safe: they have no visible form, so the text reads the same. A zero-width
    joiner inside an emoji sequence (👩‍💻) is part of the emoji and is not reported.

    ## Options
    None.

    ## References
    - [Unicode Format characters (Cf)](https://www.unicode.org/reports/tr44/#General_Category_Values)
    - [Trojan Source: invisible vulnerabilities](https://trojansource.codes/)
    """

    code = "LN103"
    name = "invisible-character"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    checks_ascii = False

    def may_report(self, text: Document, context: Context) -> bool:
        return not text.non_ascii_chars.isdisjoint(chars.INVISIBLE)

    def check(self, document: Document, context: Context) -> Iterator[Diagnostic]:
        if not self.may_report(document, context):
            return
        text = document.text
        for match in chars.INVISIBLE_RUN.finditer(text):
            start, end = match.span()
            run = match.group()
            if run == "\N{ZERO WIDTH JOINER}" and self._joins_emoji(text, start):
                continue
            kinds = list(dict.fromkeys(run))
            count = f"{len(run)} invisible characters" if len(run) > 1 else "Invisible character"
            names = ", ".join(chars.char_name(char) for char in kinds)
            title = "Delete the invisible character" + ("s" if len(run) > 1 else "")
            span = Span(start, end)
            yield self.diagnostic(span, f"{count}: {names}", Fix.replace(span, "", title))

    @staticmethod
    def _joins_emoji(text: str, index: int) -> bool:
        return (
            index > 0
            and index + 1 < len(text)
            and bool(chars.EMOJI_BEFORE_JOINER.match(text, index - 1))
            and bool(chars.EMOJI_AFTER_JOINER.match(text, index + 1))
        )


class ControlCharacter(Rule):
    """## What it does
    Reports C0 control characters (other than tab and line breaks), DEL, and C1 controls
    (U+0080–U+009F).

    ## Why is this bad?
    Control characters are never text. C1 controls in news copy are almost always Windows-1252
    punctuation decoded as Latin-1 somewhere upstream: U+0096 was an en dash, U+0093/U+0094 curly quotes,
    U+0085 an ellipsis.

    ## Example
    ```
    They told her <U+0096> babo, the Russians came to the village.
    ```

    Use instead:
    ```
    They told her – babo, the Russians came to the village.
    ```

    ## Fix safety
    Safe. A C1 control that Windows-1252 defines is replaced by the Windows-1252 character (U+0096 → –);
    the others, and C0 controls, are deleted: they carry no text.

    ## Options
    None.

    ## References
    - [Windows-1252](https://en.wikipedia.org/wiki/Windows-1252)
    - [ftfy.fixes.fix_c1_controls](https://ftfy.readthedocs.io/en/latest/fixes.html)
    """

    code = "LN104"
    name = "control-character"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS

    def may_report(self, text: Document, context: Context) -> bool:
        # Two tests at memory speed instead of a character-class scan: ASCII controls survive deleting every
        # other byte from the UTF-8, and C1 controls are among the text's non-ASCII characters.
        return bool(text.utf8.translate(None, chars.NOT_ASCII_CONTROL)) \
            or not text.non_ascii_chars.isdisjoint(chars.C1_CONTROLS)

    def check(self, document: Document, context: Context) -> Iterable[Diagnostic]:
        if not self.may_report(document, context):
            return ()
        return self._report(document.text)

    def _report(self, text: str) -> Iterator[Diagnostic]:
        for match in chars.CONTROL.finditer(text):
            char = match.group()
            span = Span(*match.span())
            meant = chars.cp1252_for_c1(char) if "\x80" <= char <= "\x9f" else None
            if meant is None:
                message = f"Control character {chars.char_name(char)}"
                fix = Fix.replace(span, "", "Delete the control character")
            else:
                message = f"Control character {chars.char_name(char)}: Windows-1252 `{meant}` decoded as Latin-1"
                fix = Fix.replace(span, meant, f"Replace with `{meant}`")
            yield self.diagnostic(span, message, fix)


class UnusualSpace(Rule):
    """## What it does
    Reports exotic Unicode spaces (thin, hair, em, figure, narrow no-break, ideographic...) and no-break
    spaces where they do nothing useful: at the start of a line or next to other whitespace.

    ## Why is this bad?
    Exotic spaces come from copy-paste and CMS templates; they look like ordinary spaces but break search,
    word counts and line wrapping. A no-break space next to an ordinary space keeps nothing together.
    A lone no-break space between words (`10\\u00a0km`, `Mr.\\u00a0Smith`) is deliberate and not reported.
    No-break spaces at the end of a line are reported by LN106 (trailing-whitespace).

    ## Example
    ```
    Tap the<U+00A0> More icon
    ```

    Use instead:
    ```
    Tap the More icon
    ```

    ## Fix safety
    Safe: only whitespace is changed. A run of spaces between words becomes one ordinary space; at the
    start of a line each unusual space becomes an ordinary space, so indentation keeps its width.

    ## Options
    None.

    ## References
    - [Unicode Space_Separator characters](https://www.compart.com/en/unicode/category/Zs)
    """

    code = "LN105"
    name = "unusual-space"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS
    checks_ascii = False

    def may_report(self, text: Document, context: Context) -> bool:
        return not text.non_ascii_chars.isdisjoint(chars.UNUSUAL_SPACES)

    def check(self, document: Document, context: Context) -> Iterator[Diagnostic]:
        if not self.may_report(document, context):
            return
        text = document.text
        for match in chars.UNUSUAL_SPACE_RUN.finditer(text):
            start, end = match.span()
            if end == len(text) or text[end] in "\r\n":
                continue  # trailing whitespace is LN106's
            run = match.group()
            exotic = [char for char in run if char in chars.EXOTIC_SPACES]
            at_line_start = start == 0 or text[start - 1] in "\r\n"
            if at_line_start:
                replacement = "".join(char if char in " \t" else " " for char in run)
                where = "at the start of a line"
            elif len(run) == 1 and not exotic:
                continue  # a lone no-break space between words is deliberate
            else:
                replacement = " "
                where = "next to other whitespace" if len(run) > 1 else "between words"
            what = f"Unusual space {chars.char_name(exotic[0])}" if exotic else "No-break space"
            span = Span(start, end)
            title = "Replace with ordinary spaces" if len(replacement) > 1 else "Replace with one ordinary space"
            yield self.diagnostic(span, f"{what} {where}", Fix.replace(span, replacement, title))


class TrailingWhitespace(Rule):
    """## What it does
    Reports spaces, tabs and no-break spaces at the end of a line, and lines holding only whitespace.

    ## Why is this bad?
    Trailing whitespace is invisible noise that makes diffs and content hashes differ for identical text;
    a no-break space at a line end is usually left over from a scraped HTML `&nbsp;`.

    ## Example
    ```
    threatened to close the Incirlik and Kurecik bases to the US military.<U+00A0>
    ```

    Use instead:
    ```
    threatened to close the Incirlik and Kurecik bases to the US military.
    ```

    ## Fix safety
    Safe: only whitespace at the end of a line is removed. In Markdown files two or more trailing spaces
    mark a hard line break and are left alone.

    ## Options
    None.

    ## References
    - [pycodestyle W291 trailing whitespace](https://pycodestyle.pycqa.org/en/latest/intro.html#error-codes)
    """

    code = "LN106"
    name = "trailing-whitespace"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS

    def may_report(self, text: Document, context: Context) -> bool:
        return chars.may_have_trailing_space(text.text)

    def check(self, document: Document, context: Context) -> Iterator[Diagnostic]:
        if not self.may_report(document, context):
            return
        text = document.text
        first = chars.HAS_TRAILING_SPACE.search(text)
        if first is None:
            return
        for match in chars.TRAILING_SPACE.finditer(text, document.line_span(first.start()).start):
            start, end = match.span()
            run = match.group()
            blank_line = start == 0 or text[start - 1] in "\r\n"
            if document.is_markdown and not blank_line and len(run) >= 2 and run.strip(" ") == "":
                continue  # a Markdown hard line break
            unusual = [char for char in dict.fromkeys(run) if char not in " \t"]
            detail = f" ({', '.join(chars.char_name(char) for char in unusual)})" if unusual else ""
            message = ("Blank line contains whitespace" if blank_line else "Trailing whitespace") + detail
            span = Span(start, end)
            yield self.diagnostic(span, message, Fix.replace(span, "", "Remove trailing whitespace"))


class MultipleSpaces(Rule):
    """## What it does
    Reports two or more ordinary spaces between words.

    ## Why is this bad?
    Double spaces are left where an MT system or an editor deleted a word or an invisible character; in
    published copy they show as uneven gaps and break exact-phrase search.

    ## Example
    ```
    the idea of   stealing the moon
    ```

    Use instead:
    ```
    the idea of stealing the moon
    ```

    ## Fix safety
    Safe: the spaces become one space. Indentation at the start of a line is not reported; in Markdown
    files, table rows and indented code are left alone.

    ## Options
    None.

    ## References
    - [pycodestyle E221 multiple spaces](https://pycodestyle.pycqa.org/en/latest/intro.html#error-codes)
    """

    code = "LN107"
    name = "multiple-spaces"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS

    def may_report(self, text: Document, context: Context) -> bool:
        return b"  " in text.utf8  # bytes are searched several times faster than a text with wide characters

    def check(self, document: Document, context: Context) -> Iterator[Diagnostic]:
        if not self.may_report(document, context):
            return
        text = document.text
        for match in chars.MULTIPLE_SPACES.finditer(text):
            span = Span(*match.span())
            if len(span) == 2 and chars.SENTENCE_GAP.match(text, span.start):
                continue
            if document.is_markdown and self._markdown_layout(text, document.line_span(span.start)):
                continue
            yield self.diagnostic(
                span, f"{len(span)} spaces between words", Fix.replace(span, " ", "Replace with one space")
            )

    @staticmethod
    def _markdown_layout(text: str, line: Span) -> bool:
        """Whether a Markdown line is a table row or indented code, where spaces align columns."""
        content = text[line.start:line.end]
        return content.startswith(("    ", "\t")) or content.lstrip().startswith("|")
