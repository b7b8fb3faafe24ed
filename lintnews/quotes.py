"""The quote model: every quote character of a document classified (opening, closing, apostrophe, prime) and paired.

Built once per document (``Document.quote_marks``) and shared by the LN3 rules. How a straight quote is read
follows the delimiter logic of cmark and markdown-it's smartquotes (a quote with a space or punctuation
before and a letter after can open; one with a letter before and a space or punctuation after can close),
and the pairing is a stack as in retext-quotes, with two news conventions on top:

- a quotation running over several paragraphs (or lines: references often put one sentence per line)
  reopens at each one and closes once, or, as machine translation splits it, simply goes on without
  reopening and closes in a later paragraph;
- ``closed, ”the minister said`` is a closing mark with the space on the wrong side, not a new quotation:
  a mark shaped to open, after ``,`` ``.`` ``!`` ``?`` and a space, while a quotation is open and nothing
  on the rest of the line would close a nested one, closes the open quotation.

Apostrophes inside words (``can't``, ``O'Brien``, ``d'Affaires``) are never even looked at; plural
possessives (``allies'``) are apostrophes unless a single quotation is open; elisions (``'90s``, ``'til``)
are apostrophes; a quote after a digit (``21"``) is a prime unless it closes an open quotation.
"""

from __future__ import annotations

import re

# Every quote character lintnews reads. Inner apostrophes (a letter or digit on both sides) are never
# matched, so the common ``Turkey's`` costs nothing. U+201A (single low quote) is left out: it is also a
# comma look-alike.
QUOTE_CANDIDATE = re.compile(r"""["“”„«»‹›‘]|(?<![^\W_])['’]|['’](?![^\W_])""")
HAS_QUOTE = re.compile(r"""["“”„«»‹›‘']|’(?![^\W_])|(?<![^\W_])’""")
# Elisions: a leading apostrophe standing for dropped letters or century digits ('90s, 'til, rock 'n' roll).
ELISION = re.compile(r"(?:\d\d(?!\d)|(?:til|tis|twas|em|n|cause|bout|round|cos|ello)\b)", re.IGNORECASE)

OPEN = "open"
CLOSE = "close"
APOSTROPHE = "apostrophe"
PRIME = "prime"

DOUBLE = 2
SINGLE = 1

LEVEL = {'"': DOUBLE, "“": DOUBLE, "”": DOUBLE, "„": DOUBLE, "«": DOUBLE, "»": DOUBLE,
         "'": SINGLE, "‘": SINGLE, "’": SINGLE, "‹": SINGLE, "›": SINGLE}
STRAIGHT = "\"'"
CURLY = "“”‘’"
FOREIGN = "„«»‹›"
OPENING_GLYPHS = "“‘„«‹"
CLOSING_GLYPHS = "”’»›"
# After these a mark shaped to open may be a misplaced closing mark: `closed, ”the minister`.
SPEECH_END = ",.!?…"

# Shapes: what the characters around a mark say, before pairing.
OPENS = 1
CLOSES = 2
EITHER = 0


class QuoteMark:
    """One quote character: where, which, its level, its role, and the index of the mark it pairs with.

    ``partner`` of an opening mark is its closing mark, of a closing mark the first opening mark of its
    quotation; ``reopens`` is the index of the opening mark a paragraph-start mark continues (news
    convention), else None. ``shape`` is what the neighbouring characters alone say (OPENS, CLOSES or
    EITHER); ``misplaced`` marks a closing mark with the space on its wrong side (``closed, ”the``).
    """

    __slots__ = ("offset", "char", "level", "role", "shape", "partner", "reopens", "misplaced")

    def __init__(self, offset: int, char: str, level: int, shape: int) -> None:
        self.offset = offset
        self.char = char
        self.level = level
        self.shape = shape
        self.role = OPEN
        self.partner: int | None = None
        self.reopens: int | None = None
        self.misplaced = False

    @property
    def is_quote(self) -> bool:
        return self.role is OPEN or self.role is CLOSE

    @property
    def paired(self) -> bool:
        return self.partner is not None or self.reopens is not None

    def __repr__(self) -> str:
        return f"QuoteMark({self.offset}, {self.char!r}, {self.role})"


def _shape(text: str, offset: int) -> int:
    """Return whether the mark at ``offset`` is shaped to open, to close, or either, by its neighbours.

    >>> [_shape(t, t.index('"')) for t in ('say "yes', 'yes" he', 'a"b', 'a " b', ', "the')]
    [1, 2, 0, 0, 1]
    """
    char = text[offset]
    before = text[offset - 1] if offset else " "
    after = text[offset + 1] if offset + 1 < len(text) else " "
    before_space = before.isspace()
    after_space = after.isspace()
    before_word = before.isalnum()
    after_word = after.isalnum()
    # cmark's flanking: punctuation counts as a boundary only next to a space or other punctuation.
    left = not after_space and (after_word or before_space or not before_word)
    right = not before_space and (before_word or after_space or not after_word)
    if left and not right:
        # A closing glyph glued to the next word after punctuation (`Internet,”and`) may still close.
        return EITHER if char in CLOSING_GLYPHS and not before_space else OPENS
    if right and not left:
        return EITHER if char in OPENING_GLYPHS and not after_space else CLOSES
    return EITHER


def _line_start(text: str, offset: int) -> bool:
    """Whether only spaces stand between the start of the line and ``offset``."""
    start = text.rfind("\n", 0, offset) + 1
    return start == offset or text[start:offset].isspace()


def find_quote_marks(text: str) -> list[QuoteMark]:
    """Return every quote mark of ``text`` (inner apostrophes excepted) with its role and partner.

    >>> marks = find_quote_marks("“We reminded him.\\n\\nThe issue is closed, ”the minister said. Can't.")
    >>> [(m.char, m.role, m.partner, m.misplaced) for m in marks]
    [('“', 'open', 1, False), ('”', 'close', 0, True)]
    >>> [(m.char, m.role) for m in find_quote_marks("The allies' plan: 'Shelob' in the '90s, 5' 11\\".")]
    [("'", 'apostrophe'), ("'", 'open'), ("'", 'close'), ("'", 'apostrophe'), ("'", 'prime'), ('"', 'prime')]
    """
    if not HAS_QUOTE.search(text):
        return []
    marks = [QuoteMark(match.start(), match.group(), LEVEL[match.group()], _shape(text, match.start()))
             for match in QUOTE_CANDIDATE.finditer(text)]
    stack: list[int] = []  # indices of the marks that opened the quotations still open, innermost last
    for index, mark in enumerate(marks):
        offset = mark.offset
        level = mark.level
        shape = mark.shape
        open_index = _innermost(marks, stack, level)
        before = text[offset - 1] if offset else " "
        if level == SINGLE and mark.char in "'’":
            if shape == OPENS and ELISION.match(text, offset + 1):
                mark.role = APOSTROPHE
                continue
            if shape != OPENS and open_index is None:
                mark.role = PRIME if before.isdigit() else APOSTROPHE
                continue
        if before.isdigit() and mark.char in "\"'" and shape != OPENS and (
            open_index is None or text[offset + 1:offset + 2] in ("\"", "'")
        ):
            mark.role = PRIME
            continue
        if shape == CLOSES or (shape == EITHER and open_index is not None):
            _close(marks, stack, index, open_index)
            continue
        if open_index is not None:
            opener = marks[open_index]
            if _line_start(text, offset) and text.find("\n", opener.offset, offset) >= 0:
                # The news convention: the quotation reopens at the start of the next paragraph or line.
                mark.reopens = open_index
                stack[stack.index(open_index)] = index
                continue
            if _misplaced_close(text, marks, index):
                mark.misplaced = True
                _close(marks, stack, index, open_index)
                continue
        stack.append(index)
    return marks


def _innermost(marks: list[QuoteMark], stack: list[int], level: int) -> int | None:
    for open_index in reversed(stack):
        if marks[open_index].level == level:
            return open_index
    return None


def _close(marks: list[QuoteMark], stack: list[int], index: int, open_index: int | None) -> None:
    """Make mark ``index`` close the quotation opened at ``open_index`` (unpaired when None)."""
    mark = marks[index]
    mark.role = CLOSE
    if open_index is None:
        return
    del stack[stack.index(open_index):]
    first = open_index
    while marks[first].reopens is not None:
        marks[first].partner = index
        first = marks[first].reopens
    marks[first].partner = index
    mark.partner = first


def _misplaced_close(text: str, marks: list[QuoteMark], index: int) -> bool:
    """Whether a mark shaped to open, while a quotation is open, is rather its misplaced closing mark.

    It is when a space and the end of a spoken sentence (``,`` ``.`` ``!`` ``?``) come before it and no
    mark later on its line could close a quotation nested at that point.
    """
    mark = marks[index]
    offset = mark.offset
    if offset < 2 or not text[offset - 1].isspace() or text[offset - 2] not in SPEECH_END:
        return False
    line_end = text.find("\n", offset)
    if line_end < 0:
        line_end = len(text)
    for later in marks[index + 1:]:
        if later.offset >= line_end:
            break
        if later.level == mark.level and later.shape != OPENS:
            return False
        if later.level == mark.level:
            break
    return True


def style_of(char: str) -> str:
    """Return ``"straight"``, ``"curly"`` or ``"foreign"`` for a quote character.

    >>> style_of('"'), style_of("”"), style_of("«")
    ('straight', 'curly', 'foreign')
    """
    if char in STRAIGHT:
        return "straight"
    if char in CURLY:
        return "curly"
    return "foreign"


def styled(role: str, level: int, style: str) -> str:
    """Return the quote character for ``role`` and ``level`` in ``style`` (``"curly"`` or ``"straight"``).

    >>> styled(OPEN, DOUBLE, "curly"), styled(CLOSE, SINGLE, "curly"), styled(CLOSE, DOUBLE, "straight")
    ('“', '’', '"')
    """
    if style == "straight":
        return '"' if level == DOUBLE else "'"
    if level == DOUBLE:
        return "“" if role == OPEN else "”"
    return "‘" if role == OPEN else "’"
