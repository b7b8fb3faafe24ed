"""Character tables and the compiled patterns built from them, named so a reviewer can read them."""

from __future__ import annotations

import re
import unicodedata

import regex

# Letters of scripts other than Latin. Greek mu is left out: it is the micro prefix of units (μg, μm).
FOREIGN_LETTER = r"[\p{L}--\p{Latin}--\p{Common}--\p{Inherited}--[\N{GREEK SMALL LETTER MU}]]"
# Letters, marks and digits that are not foreign letters (Latin, digits, script-neutral letters).
HAS_FOREIGN_LETTER = regex.compile(FOREIGN_LETTER, regex.V1)
_FOREIGN_LETTERS: dict[str, bool] = {}  # character -> whether it is a foreign letter, filled as characters are met


def is_foreign_letter(char: str) -> bool:
    """Return whether ``char`` is a letter of a script other than Latin (cached per character).

    >>> is_foreign_letter("Н"), is_foreign_letter("é"), is_foreign_letter("μ")
    (True, False, False)
    """
    known = _FOREIGN_LETTERS.get(char)
    if known is None:
        known = _FOREIGN_LETTERS[char] = HAS_FOREIGN_LETTER.match(char) is not None
    return known


def has_foreign_letter(characters: frozenset[str]) -> bool:
    """Return whether any of ``characters`` is a letter of a script other than Latin."""
    return any(map(is_foreign_letter, characters))


LATIN_LETTER = regex.compile(r"\p{Latin}")
DIGIT = regex.compile(r"\p{N}")

# Zero-width and format characters that have no business in news text (LN103). The byte-order mark is
# included: a BOM at the very start of a file is not part of the decoded text, so any one left is stray.
INVISIBLE = frozenset(
    "\N{SOFT HYPHEN}"
    "\N{ARABIC LETTER MARK}"
    "\N{MONGOLIAN VOWEL SEPARATOR}"
    "\N{ZERO WIDTH SPACE}"
    "\N{ZERO WIDTH NON-JOINER}"
    "\N{ZERO WIDTH JOINER}"
    "\N{LEFT-TO-RIGHT MARK}"
    "\N{RIGHT-TO-LEFT MARK}"
    "\N{LEFT-TO-RIGHT EMBEDDING}"
    "\N{RIGHT-TO-LEFT EMBEDDING}"
    "\N{POP DIRECTIONAL FORMATTING}"
    "\N{LEFT-TO-RIGHT OVERRIDE}"
    "\N{RIGHT-TO-LEFT OVERRIDE}"
    "\N{WORD JOINER}"
    "\N{FUNCTION APPLICATION}"
    "\N{INVISIBLE TIMES}"
    "\N{INVISIBLE SEPARATOR}"
    "\N{INVISIBLE PLUS}"
    "\N{LEFT-TO-RIGHT ISOLATE}"
    "\N{RIGHT-TO-LEFT ISOLATE}"
    "\N{FIRST STRONG ISOLATE}"
    "\N{POP DIRECTIONAL ISOLATE}"
    "\u206a\u206b\u206c\u206d\u206e\u206f"  # deprecated format characters
    "\N{ZERO WIDTH NO-BREAK SPACE}"
    "\N{INTERLINEAR ANNOTATION ANCHOR}"
    "\N{INTERLINEAR ANNOTATION SEPARATOR}"
    "\N{INTERLINEAR ANNOTATION TERMINATOR}"
)
INVISIBLE_RUN = regex.compile("[" + regex.escape("".join(sorted(INVISIBLE))) + "]++")
# A zero-width joiner is part of an emoji sequence when it stands between two pictographs
# (a pictograph may carry a skin-tone modifier or the emoji variation selector).
EMOJI_BEFORE_JOINER = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Modifier}\N{VARIATION SELECTOR-16}]")
EMOJI_AFTER_JOINER = regex.compile(r"\p{Extended_Pictographic}")

# C0 controls other than tab and the line breaks, DEL, and the C1 controls (LN104).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
C1_CONTROLS = frozenset(map(chr, range(0x80, 0xA0)))
# Every byte but the ASCII controls LN104 reports: deleting them from a text's UTF-8 leaves only those controls.
NOT_ASCII_CONTROL = bytes(byte for byte in range(256) if byte >= 0x80 or not CONTROL.match(chr(byte)))



def cp1252_for_c1(char: str) -> str | None:
    """Return the character a C1 control stands for when cp1252 bytes were decoded as Latin-1.

    Returns None for the five bytes cp1252 leaves undefined.

    >>> cp1252_for_c1("\\x96"), cp1252_for_c1("\\x81")
    ('–', None)
    """
    try:
        return bytes([ord(char)]).decode("cp1252")
    except (UnicodeDecodeError, ValueError):
        return None


# Spaces other than the ordinary space, no-break space and tab (LN105).
EXOTIC_SPACES = frozenset(
    "\N{OGHAM SPACE MARK}"
    "\N{EN QUAD}\N{EM QUAD}\N{EN SPACE}\N{EM SPACE}\N{THREE-PER-EM SPACE}\N{FOUR-PER-EM SPACE}"
    "\N{SIX-PER-EM SPACE}\N{FIGURE SPACE}\N{PUNCTUATION SPACE}\N{THIN SPACE}\N{HAIR SPACE}"
    "\N{NARROW NO-BREAK SPACE}\N{MEDIUM MATHEMATICAL SPACE}\N{IDEOGRAPHIC SPACE}"
)
NO_BREAK_SPACE = "\N{NO-BREAK SPACE}"
# Horizontal whitespace: what may pad a line or separate words (not line breaks).
HORIZONTAL_SPACE = "[ \\t" + NO_BREAK_SPACE + "".join(sorted(EXOTIC_SPACES)) + "]"
# One run of horizontal whitespace that holds something other than ordinary spaces and tabs.
UNUSUAL_SPACE_RUN = regex.compile(
    r"(?<!" + HORIZONTAL_SPACE + r")[ \t]*+[" + NO_BREAK_SPACE + "".join(sorted(EXOTIC_SPACES)) + "]"
    + HORIZONTAL_SPACE + "*+"
)
UNUSUAL_SPACES = EXOTIC_SPACES | {NO_BREAK_SPACE}
TRAILING_SPACE = regex.compile(r"(?<!" + HORIZONTAL_SPACE + ")" + HORIZONTAL_SPACE + r"++(?=\r|\n|\Z)")
# Prefilter: whitespace right before a line break or the end (TRAILING_SPACE is slow where spaces are many).
HAS_TRAILING_SPACE = re.compile(HORIZONTAL_SPACE + r"(?:[\r\n]|\Z)")
# Whitespace before a line feed, found from line feed to line feed: a pattern that starts with a literal lets the
# regex engine jump between them at memory speed instead of testing every character.
TRAILING_SPACE_AT_LF = re.compile(r"\n(?<=" + HORIZONTAL_SPACE + r"\n)")
HORIZONTAL_SPACES = (" ", "\t", NO_BREAK_SPACE, *sorted(EXOTIC_SPACES))


def may_have_trailing_space(text: str) -> bool:
    r"""Return False when no line of ``text`` ends in whitespace (a prefilter for TRAILING_SPACE).

    >>> may_have_trailing_space("a \nb"), may_have_trailing_space("a\nb"), may_have_trailing_space("b\u2009")
    (True, False, True)
    >>> may_have_trailing_space("a\u00a0\r\nb"), may_have_trailing_space("a\r\nb")
    (True, False)
    """
    if "\r" in text:  # CR or CRLF line ends are rare: the slower general test
        return HAS_TRAILING_SPACE.search(text) is not None
    return TRAILING_SPACE_AT_LF.search(text) is not None or text.endswith(HORIZONTAL_SPACES)
MULTIPLE_SPACES = regex.compile(r"(?<=[^\s]) {2,}+(?=[^\s])")
# Two spaces between sentences, the typewriter convention: end punctuation, maybe a closing quote or
# bracket, two spaces, then a capital, a digit or an opening quote. Matched where the spaces start.
SENTENCE_GAP = regex.compile(r"(?<=[.!?][\"'”’)\]]?)  (?=[\p{Lu}\p{N}\"'“‘(])")


def char_name(char: str) -> str:
    """Return ``U+XXXX NAME`` for a character, the way messages show it.

    >>> char_name("\\u200b")
    'U+200B ZERO WIDTH SPACE'
    """
    name = unicodedata.name(char, "") or _CONTROL_NAMES.get(char, "control character")
    return f"U+{ord(char):04X} {name}"


def script_name(char: str) -> str:
    """Return the name of the script a letter belongs to, as messages show it.

    >>> script_name("и"), script_name("α"), script_name("中")
    ('Cyrillic', 'Greek', 'Han')
    """
    first = unicodedata.name(char, "UNKNOWN").split()[0]
    return {"CJK": "Han"}.get(first, first.title())


def visible(text: str) -> str:
    """Return ``text`` with invisible, control and unusual space characters shown as ``<U+XXXX>``.

    >>> visible("a\\u200bb\\xa0"), visible("plain text")
    ('a<U+200B>b<U+00A0>', 'plain text')
    """
    if text.isascii() and text.isprintable():  # nothing to show: the common case, at C speed
        return text
    out = []
    for char in text:
        if char in INVISIBLE or char in EXOTIC_SPACES or char == NO_BREAK_SPACE or CONTROL.match(char):
            out.append(f"<U+{ord(char):04X}>")
        else:
            out.append(char)
    return "".join(out)


# Unicode gives control characters no names, only aliases; these are the standard ones.
_CONTROL_NAMES = dict(zip(
    [chr(code) for code in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))],
    (
        "NULL", "START OF HEADING", "START OF TEXT", "END OF TEXT", "END OF TRANSMISSION", "ENQUIRY",
        "ACKNOWLEDGE", "BELL", "BACKSPACE", "CHARACTER TABULATION", "LINE FEED", "LINE TABULATION",
        "FORM FEED", "CARRIAGE RETURN", "SHIFT OUT", "SHIFT IN", "DATA LINK ESCAPE", "DEVICE CONTROL ONE",
        "DEVICE CONTROL TWO", "DEVICE CONTROL THREE", "DEVICE CONTROL FOUR", "NEGATIVE ACKNOWLEDGE",
        "SYNCHRONOUS IDLE", "END OF TRANSMISSION BLOCK", "CANCEL", "END OF MEDIUM", "SUBSTITUTE", "ESCAPE",
        "INFORMATION SEPARATOR FOUR", "INFORMATION SEPARATOR THREE", "INFORMATION SEPARATOR TWO",
        "INFORMATION SEPARATOR ONE", "DELETE",
        "PADDING CHARACTER", "HIGH OCTET PRESET", "BREAK PERMITTED HERE", "NO BREAK HERE", "INDEX",
        "NEXT LINE", "START OF SELECTED AREA", "END OF SELECTED AREA", "CHARACTER TABULATION SET",
        "CHARACTER TABULATION WITH JUSTIFICATION", "LINE TABULATION SET", "PARTIAL LINE FORWARD",
        "PARTIAL LINE BACKWARD", "REVERSE LINE FEED", "SINGLE SHIFT TWO", "SINGLE SHIFT THREE",
        "DEVICE CONTROL STRING", "PRIVATE USE ONE", "PRIVATE USE TWO", "SET TRANSMIT STATE",
        "CANCEL CHARACTER", "MESSAGE WAITING", "START OF GUARDED AREA", "END OF GUARDED AREA",
        "START OF STRING", "SINGLE GRAPHIC CHARACTER INTRODUCER", "SINGLE CHARACTER INTRODUCER",
        "CONTROL SEQUENCE INTRODUCER", "STRING TERMINATOR", "OPERATING SYSTEM COMMAND", "PRIVACY MESSAGE",
        "APPLICATION PROGRAM COMMAND",
    ),
    strict=True,
))
