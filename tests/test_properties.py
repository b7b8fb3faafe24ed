"""Property tests over arbitrary Unicode text: the linter never crashes, spans stay inside the text, safe fixes
stay inside their own span, are idempotent, and never lose letters or digits (DESIGN.md §3, §8)."""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lintnews import chars
from lintnews.config import Settings
from lintnews.document import Document
from lintnews.linter import Linter
from lintnews.model import Applicability

PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces that make the character rules fire, or nearly fire. Some are two code points (CRLF, an emoji
# sequence), so texts are built by joining pieces rather than with st.text(alphabet=...).
INTERESTING = [
    # Cyrillic and Greek: look-alikes of Latin letters, and letters that look like none
    "а", "е", "о", "р", "с", "у", "х", "А", "В", "Е", "Н", "О", "Р", "С", "Т", "ѕ", "і",
    "и", "ж", "д", "л", "Я", "ы", "ο", "α", "Α", "μ", "β", "λ", "Ω",
    # Latin letters, accented ones, a combining mark, digits
    "a", "e", "o", "p", "W", "H", "O", "S", "C", "x", "é", "ş", "\N{COMBINING ACUTE ACCENT}",
    "0", "1", "4", "9",
    # spaces
    " ", " ", " ", "  ", "   ", " \N{NO-BREAK SPACE} ", "\t", "\N{NO-BREAK SPACE}", "\N{THIN SPACE}",
    "\N{NARROW NO-BREAK SPACE}",
    "\N{IDEOGRAPHIC SPACE}", "\N{EM SPACE}",
    # invisible characters
    "\N{ZERO WIDTH SPACE}", "\N{ZERO WIDTH JOINER}", "\N{ZERO WIDTH NON-JOINER}", "\N{SOFT HYPHEN}",
    "\N{ZERO WIDTH NO-BREAK SPACE}", "\N{RIGHT-TO-LEFT OVERRIDE}", "\N{WORD JOINER}",
    # C0 and C1 controls (U+008A and U+009A become the letters Š and š under LN104's fix)
    "\x00", "\x07", "\x0b", "\x1b", "\x7f", "\x85", "\x8a", "\x93", "\x94", "\x96", "\x9a", "\x81",
    # line breaks
    "\r", "\n", "\r\n", "\n\n", "\N{LINE SEPARATOR}",
    # punctuation and symbols that sit next to letters in news text
    "°", "-", "-", ".", ",", "'", "’", '"', "“", "”", "«", "»", "/", ":", "\ufffd",
    # emoji, alone and in a zero-width-joiner sequence
    "👩", "💻", "👩\N{ZERO WIDTH JOINER}💻", "\N{VARIATION SELECTOR-16}",
    # words and near-words
    "WНO", "Ukrаine", "С-400", "50°С", "тируетafak", "Эрнан", "http://пример.рф", "стопкоронавирус.рф",
    # designations (LN202): misread, typed in Cyrillic, and the correct forms
    "C-400", "S-400", "Ty-160", "Су-35", "Т-80БВМ", "2С19", "P-36", "R-36", "C-130", "s",
]

interesting_text = st.lists(st.sampled_from(INTERESTING) | st.characters(), max_size=60).map("".join)
any_text = st.text() | interesting_text

LINTER = Linter(Settings(select=("ALL",)))  # the opt-in rules too
# For the letters-and-digits property: the LN1 rules only. Later families may replace letters on purpose
# (LN203 Kalyn -> Kalin, LN401 mojibake repair), each for its own named reason.
LN1_LINTER = Linter(Settings(select=("LN1",)))
LOOKALIKES = LN1_LINTER.context.data.lookalikes


def safe_fixable(diagnostics):
    return [d for d in diagnostics if d.fix is not None and d.fix.applicability == Applicability.SAFE]


@PROPERTY_SETTINGS
@given(any_text)
def test_linting_never_raises(text):
    """Linting any text, with and without fixing, returns a result instead of raising."""
    LINTER.lint_text("article.txt", text)
    LINTER.lint_text("article.md", text)
    LINTER.lint_text("article.txt", text, fix=Applicability.SAFE)
    LINTER.lint_text("article.txt", text, fix=Applicability.UNSAFE)


@PROPERTY_SETTINGS
@given(any_text)
def test_spans_and_edits_lie_inside_the_text(text):
    """Every diagnostic span and every fix edit span is a valid half-open range of the text."""
    for diagnostic in LINTER.lint_text("article.txt", text).diagnostics:
        start, end = diagnostic.span
        assert 0 <= start <= end <= len(text), diagnostic
        if diagnostic.fix is not None:
            assert diagnostic.fix.edits, diagnostic
            for edit in diagnostic.fix.edits:
                assert 0 <= edit.span.start <= edit.span.end <= len(text), diagnostic


@PROPERTY_SETTINGS
@given(any_text)
def test_safe_fixes_touch_only_their_own_span(text):
    """A safe fix edits only inside (or exactly) the span of the diagnostic it repairs."""
    for diagnostic in safe_fixable(LINTER.lint_text("article.txt", text).diagnostics):
        for edit in diagnostic.fix.edits:
            assert diagnostic.span.contains(edit.span), (diagnostic, edit)


@PROPERTY_SETTINGS
@given(any_text)
def test_safe_fixing_is_idempotent(text):
    """Fixing the fixed text changes nothing, and the fixed text has no safe-fixable diagnostic left."""
    once = LINTER.lint_text("article.txt", text, fix=Applicability.SAFE)
    assert not safe_fixable(once.diagnostics), once.diagnostics
    twice = LINTER.lint_text("article.txt", once.document.text, fix=Applicability.SAFE)
    assert twice.document.text == once.document.text
    assert not twice.fixed
    assert not safe_fixable(LINTER.lint_text("article.txt", once.document.text).diagnostics)


# Plain ASCII prose: words of letters, digits and punctuation, joined by single spaces, on lines joined
# by line feeds. No double spaces, no trailing spaces, no tabs, no control characters.
ASCII_WORD = st.text(alphabet=string.ascii_letters + string.digits + ".,;:'\"!?-", min_size=1, max_size=12)
ASCII_LINE = st.lists(ASCII_WORD, max_size=12).map(" ".join)
ASCII_PROSE = st.lists(ASCII_LINE, max_size=8).map("\n".join) | st.lists(ASCII_LINE, max_size=8).map(
    lambda lines: "".join(line + "\n" for line in lines)
)


@PROPERTY_SETTINGS
@given(ASCII_PROSE)
def test_plain_ascii_prose_gets_no_character_diagnostics(text):
    """Clean ASCII prose triggers no LN1 (character-level) rule at all."""
    assert "  " not in text and " \n" not in text and not text.endswith(" ")
    diagnostics = LINTER.lint_text("article.txt", text).diagnostics
    assert [d for d in diagnostics if d.code.startswith("LN1")] == []


def letters_and_digits_expected(text: str) -> list[tuple[str, set[str]]]:
    """For each character of ``text`` that is, or a safe LN1 fix can turn into, a letter or digit: the
    character itself and what the fix may turn it into (a look-alike's Latin letter, a C1 control's
    Windows-1252 letter)."""
    expected = []
    for char in text:
        if char.isalnum():
            allowed = {char}
            if char in LOOKALIKES:
                allowed.add(LOOKALIKES[char])
            expected.append((char, allowed))
        elif "\x80" <= char <= "\x9f":
            meant = chars.cp1252_for_c1(char)
            if meant is not None and meant.isalnum():
                expected.append((char, {meant}))
    return expected


@PROPERTY_SETTINGS
@given(any_text)
def test_safe_fixes_never_lose_letters_or_digits(text):
    """Safe LN1 fixes keep every letter and digit, in order.

    What is precisely true: LN101 replaces each foreign look-alike letter by one ASCII letter, LN104
    replaces a C1 control by its Windows-1252 character (which for U+0083, U+0088, U+008A, U+008C, U+008E,
    U+009A, U+009C, U+009E, U+009F is a letter: ƒ ˆ Š Œ Ž š œ ž Ÿ) or deletes a control, and LN103 and
    LN105-LN107 only delete or replace invisible, control and space characters. So the letters and digits
    after fixing are, one for one and in order, the letters and digits before (each unchanged or, for a
    look-alike, its Latin letter) plus the letters LN104 made of C1 controls. In particular every ASCII
    letter or digit survives in order, and the count of letters and digits never shrinks.
    """
    fixed = LN1_LINTER.lint_text("article.txt", text, fix=Applicability.SAFE).document.text
    after = [char for char in fixed if char.isalnum()]
    expected = letters_and_digits_expected(text)
    assert len(after) == len(expected), (text, fixed)
    for index, (char, (original, allowed)) in enumerate(zip(after, expected)):
        assert char in allowed, (index, original, char, text, fixed)
    ascii_before = [char for char in text if char.isascii() and char.isalnum()]
    ascii_after = iter(char for char in fixed if char.isascii() and char.isalnum())
    assert all(char in ascii_after for char in ascii_before)  # a subsequence, in order


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("WНO said", "WHO said"),  # LN101: look-alike replaced one for one
        ("a\x8ab", "aŠb"),  # LN104: a C1 control becomes a letter, so letters may grow
        ("a\u200b\xa0 b\x00c ", "a bc"),  # LN103, LN105, LN104, LN106: no letter lost
    ],
)
def test_letters_and_digits_examples(text, fixed):
    """Concrete cases of the letters-and-digits invariant, with exact fixed text."""
    assert LN1_LINTER.lint_text("article.txt", text, fix=Applicability.SAFE).document.text == fixed


@PROPERTY_SETTINGS
@given(st.lists(any_text, min_size=1, max_size=6))
def test_linting_a_batch_finds_exactly_what_linting_each_document_finds(texts):
    # lint_batch skips a rule for the whole batch when its may_report test says no on the joined texts:
    # that test must say yes whenever any one document could give a finding.
    alone = [LINTER.lint(Document(f"{number}.txt", text)) for number, text in enumerate(texts)]
    together = LINTER.lint_batch([Document(f"{number}.txt", text) for number, text in enumerate(texts)])
    assert together == alone


def test_a_batch_with_one_control_character_reports_it_in_its_document_only():
    texts = ["Plain text.\n", "A bell\x07 rang.\n", "Two  spaces and a trailing one \n"]
    found = LINTER.lint_batch([Document(f"{number}.txt", text) for number, text in enumerate(texts)])
    assert [[(d.code, tuple(d.span)) for d in diagnostics] for diagnostics in found] == [
        [], [("LN104", (6, 7))], [("LN107", (3, 5)), ("LN106", (30, 31))]]


@PROPERTY_SETTINGS
@given(st.text(alphabet="ab\n\r ", max_size=40), st.lists(st.integers(min_value=0, max_value=40), max_size=8))
def test_positions_of_many_offsets_are_each_offsets_position(text, offsets):
    """The output locates a file's diagnostics together (Document.positions), by counting line feeds."""
    offsets = [min(offset, len(text)) for offset in offsets]
    document = Document("a.txt", text)
    assert document.positions(offsets) == [Document("a.txt", text).position(offset) for offset in offsets]


QUOTE_RULES = [rule for rule in LINTER.rules_for("a.txt") if rule.needs_quote_marks]
CURLY_CONTEXT = Linter(Settings(select=("ALL",), quote_style="curly")).context


@PROPERTY_SETTINGS
@given(any_text)
def test_rules_about_quote_marks_find_nothing_in_a_text_without_any(text):
    """The linter does not call them on such a text (Rule.needs_quote_marks); called, they find nothing."""
    assert {rule.code for rule in QUOTE_RULES} == {"LN301", "LN302", "LN303", "LN304", "LN305"}
    document = Document("a.txt", text)
    if len(document.quote_marks) == 0:
        for context in (LINTER.context, CURLY_CONTEXT):
            assert [list(rule.check(document, context)) for rule in QUOTE_RULES] == [[]] * len(QUOTE_RULES)


def paragraphs_line_by_line(document: Document) -> list:
    """Document.paragraphs by its general way, a step per line: the reference for its one-search shortcut."""
    from lintnews.document import BLANK_LINE, Span

    spans, start, end = [], None, 0
    for line in document.lines:
        if BLANK_LINE.fullmatch(document.text, line.start, line.end):
            if start is not None:
                spans.append(Span(start, end))
                start = None
        else:
            start = line.start if start is None else start
            end = line.end
    if start is not None:
        spans.append(Span(start, end))
    return spans


@PROPERTY_SETTINGS
@given(st.lists(st.sampled_from(["a", "b c", " ", "\t", "\n", "\n\n", "\r", "\r\n", "\u2003", "\x1c", "\x85"])
                | st.characters(), max_size=30).map("".join))
def test_paragraphs_are_those_found_line_by_line(text):
    assert Document("a.txt", text).paragraphs == paragraphs_line_by_line(Document("a.txt", text))
