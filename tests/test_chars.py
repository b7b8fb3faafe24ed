"""The cheap prefilters in lintnews.chars must never hide what the full patterns find."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from lintnews import chars
from lintnews.config import Settings
from lintnews.document import Document
from lintnews.linter import Linter
from lintnews.model import Span


LN106_LINTER = Linter(Settings(select=["LN106"]))
SPACEY = st.lists(st.sampled_from(["a", "b", " ", "  ", "\t", "\u00a0", "\u2009", "\n", "\r", "\r\n"]),
                  max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(SPACEY)
def test_trailing_space_prefilter_agrees_with_the_full_pattern(text):
    found = [match.span() for match in chars.TRAILING_SPACE.finditer(text)]
    diagnostics = LN106_LINTER.lint_text("a.txt", text).diagnostics
    assert [tuple(diagnostic.span) for diagnostic in diagnostics] == found


def test_a_trailing_run_after_inner_spaces_is_reported_whole():
    text = "first  line\nsecond line   \n"
    diagnostics = LN106_LINTER.lint_text("a.txt", text).diagnostics
    assert [(diagnostic.span.start, diagnostic.span.end) for diagnostic in diagnostics] == [(23, 26)]



# A run of letters, marks and digits holding a letter of a script other than Latin, found in one pattern:
# what Document.foreign_tokens finds in its faster way.
FOREIGN_TOKEN = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}])(?=[[\p{L}\p{M}\p{N}]--" + chars.FOREIGN_LETTER + "]*+" + chars.FOREIGN_LETTER
    + r")[\p{L}\p{M}\p{N}]++",
    regex.V1,
)
SCRIPTY = st.lists(st.sampled_from(["a", "é", "1", "Н", "и", "ο", "μ", "中", "\N{COMBINING ACUTE ACCENT}", "-", " ",
                                    "'", "\n", "٣", "ǅ", "ʼ", "\u200b", "🙂"]), max_size=30).map("".join)


@settings(max_examples=800, deadline=None)
@given(SCRIPTY)
def test_foreign_tokens_are_what_the_full_pattern_finds(text):
    found = [Span(*match.span()) for match in FOREIGN_TOKEN.finditer(text)]
    assert Document("a.txt", text).foreign_tokens == found


LN104_LINTER = Linter(Settings(select=["LN104"]))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=20))
def test_control_character_gate_agrees_with_the_full_pattern(text):
    found = [match.span() for match in chars.CONTROL.finditer(text)]
    diagnostics = LN104_LINTER.lint_text("a.txt", text).diagnostics
    assert [tuple(diagnostic.span) for diagnostic in diagnostics] == found


def test_the_diacritic_set_is_the_diacritic_class():
    from lintnews.checks.language import LATIN_DIACRITIC, LATIN_DIACRITICS

    assert LATIN_DIACRITICS == {chr(point) for point in range(0x300) if LATIN_DIACRITIC.match(chr(point))}


def test_the_stdlib_class_of_line_space_is_what_a_blank_line_may_hold():
    """Document.paragraphs finds blank lines with a stdlib class; it must be BLANK_LINE's whitespace exactly."""
    import re

    from lintnews.document import BLANK_LINE, LINE_SPACE

    space = re.compile(LINE_SPACE)
    assert [code for code in range(0x110000) if bool(space.fullmatch(chr(code))) !=
            bool(BLANK_LINE.fullmatch(chr(code)))] == []
