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
from collections.abc import Iterator
from typing import NamedTuple

# Every quote character lintnews reads, inner apostrophes (a letter or digit on both sides: ``Turkey's``)
# excepted; U+201A (single low quote) is left out: it is also a comma look-alike. _candidates finds them
# with one literal search per character, behind a cheap ``in`` test (memchr speed, where a character class
# would step through the text in the regex engine); this pattern serves the short look-ahead on one line.
QUOTE_CANDIDATE = re.compile(r"""["“”„«»‹›‘'’](?!(?<=[^\W_]['’])[^\W_])""")
OTHER_MARKS = "“”„«»‹›‘"
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
# Punctuation after which a single quote may open: brackets, dashes, slashes and other quote marks.
OPEN_BEFORE = "([{<—–-/\"“‘«„"
# After these a mark shaped to open may be a misplaced closing mark: `closed, ”the minister`.
SPEECH_END = ",.!?…"

# Shapes: what the characters around a mark say, before pairing.
OPENS = 1
CLOSES = 2
EITHER = 0


class QuoteMark(NamedTuple):
    """One quote character: where, which, its level, its role, and the index of the mark it pairs with.

    ``partner`` of an opening mark is its closing mark, of a closing mark the first opening mark of its
    quotation; ``reopens`` is the index of the opening mark a paragraph-start mark continues (news
    convention), else None. ``shape`` is what the neighbouring characters alone say (OPENS, CLOSES or
    EITHER); ``misplaced`` marks a closing mark with the space on its wrong side (``closed, ”the``).
    """

    offset: int
    char: str
    level: int
    shape: int
    role: str = OPEN
    partner: int | None = None
    reopens: int | None = None
    misplaced: bool = False

    @property
    def paired(self) -> bool:
        return self.partner is not None or self.reopens is not None


class QuoteMarks:
    """A document's quote marks in text order, kept as parallel lists (cheap to build) and read as QuoteMarks.

    ``unpaired`` counts the double quotations left open or closed without an opening; ``spaced`` lists
    the marks with a space on a side where a quotation could be wrongly spaced; ``straight``,
    ``curly`` and ``foreign`` count the characters of each style; ``plain`` says the text is quoted
    plainly (_quoted_plainly): nothing to report about its marks. Rules read these before looping.
    """

    __slots__ = ("offsets", "chars", "levels", "shapes", "roles", "partners", "reopens", "misplaced",
                 "unpaired", "spaced", "straight", "curly", "foreign", "plain")

    def __init__(self, text: str, offsets: list[int]) -> None:
        count = len(offsets)
        self.offsets = offsets
        self.chars = [text[offset] for offset in offsets]
        self.levels = [LEVEL[char] for char in self.chars]
        self.shapes = [EITHER] * count
        self.roles = [OPEN] * count
        self.partners: list[int | None] = [None] * count
        self.reopens: dict[int, int] = {}
        self.misplaced: set[int] = set()
        self.unpaired = 0
        self.spaced: list[int] = []
        self.straight = self.curly = self.foreign = 0  # how many characters of each style
        self.plain = False

    def __len__(self) -> int:
        return len(self.offsets)

    def __getitem__(self, index: int) -> QuoteMark:
        return QuoteMark(self.offsets[index], self.chars[index], self.levels[index], self.shapes[index],
                         self.roles[index], self.partners[index], self.reopens.get(index),
                         index in self.misplaced)

    def __iter__(self) -> Iterator[QuoteMark]:
        for index in range(len(self.offsets)):
            yield self[index]


def _shape(char: str, before: str, after: str) -> int:
    """Return whether a quote mark between ``before`` and ``after`` is shaped to open, to close, or either.

    cmark's flanking rules, spelled out: a space before and a word or punctuation after opens; a word
    before and a space or punctuation after closes; punctuation counts as a boundary only next to a space.
    A curly glyph glued to punctuation keeps its own direction open (``Internet,”and`` may close).

    >>> [_shape('"', b, a) for b, a in ((" ", "y"), ("s", " "), ("a", "b"), (" ", " "), (",", " "), ("(", "T"))]
    [1, 2, 0, 0, 2, 1]
    """
    if before.isspace():
        return EITHER if after.isspace() else OPENS
    if before.isalnum():
        if after.isalnum() or (char in OPENING_GLYPHS and not after.isspace()):
            return EITHER
        return CLOSES
    if after.isspace():
        return CLOSES
    if after.isalnum():
        return EITHER if char in CLOSING_GLYPHS else OPENS
    return EITHER


def _line_start(text: str, offset: int) -> bool:
    """Whether only spaces stand between the start of the line and ``offset``."""
    start = text.rfind("\n", 0, offset) + 1
    return start == offset or text[start:offset].isspace()


NO_MARKS = QuoteMarks("", [])  # shared by every document without quote marks; never changed


class PlainQuoteMarks(QuoteMarks):
    """The quote marks of a text quoted plainly (_quoted_plainly): the counts at once, the rest on first use.

    Rules return at once on such a text, so its per-mark lists are read only when asked for: most
    quoted news is quoted plainly, and building the lists would cost more than the rules. (A separate
    class, because ``__getattr__`` slows every attribute read of its instances.)
    """

    __slots__ = ("_text",)
    PER_MARK = ("chars", "levels", "shapes", "roles", "partners", "reopens", "misplaced")

    def __init__(self, text: str, offsets: list[int]) -> None:
        # Not QuoteMarks.__init__: that builds the per-mark lists.
        self._text = text
        self.offsets = offsets
        self.unpaired = 0
        self.spaced = []
        self.straight = self.curly = self.foreign = 0
        if text[offsets[0]] == '"':
            self.straight = len(offsets)
        else:
            self.curly = len(offsets)
        self.plain = True

    def __getattr__(self, name: str) -> object:
        # Called only for an attribute not set yet: one of the per-mark lists, read now.
        if name not in self.PER_MARK:
            raise AttributeError(name)
        read = _read_quote_marks(self._text, self.offsets)
        for field in self.PER_MARK:
            setattr(self, field, getattr(read, field))
        return getattr(self, name)


def find_quote_marks(text: str) -> QuoteMarks:
    """Return every quote mark of ``text`` (inner apostrophes excepted) with its role and partner.

    >>> marks = find_quote_marks("“We reminded him.\\n\\nThe issue is closed, ”the minister said. Can't.")
    >>> [(m.char, m.role, m.partner, m.misplaced) for m in marks], marks.unpaired
    ([('“', 'open', 1, False), ('”', 'close', 0, True)], 0)
    >>> [(m.char, m.role) for m in find_quote_marks("The allies' plan: 'Shelob' in the '90s, 5' 11\\".")]
    [("'", 'apostrophe'), ("'", 'open'), ("'", 'close'), ("'", 'apostrophe'), ("'", 'prime'), ('"', 'prime')]
    >>> marks = find_quote_marks('"Yes," he said. "We will."')
    >>> marks.plain, marks.unpaired, [(m.char, m.role, m.partner) for m in marks][:2]
    (True, 0, [('"', 'open', 1), ('"', 'close', 0)])
    """
    if '"' not in text and "'" not in text and text.isascii():
        return NO_MARKS  # most news: no quote marks at all, and no call to _candidates
    offsets = _candidates(text)
    if not offsets:
        return NO_MARKS
    if _quoted_plainly(text, offsets):
        return PlainQuoteMarks(text, offsets)
    return _read_quote_marks(text, offsets)


def _quoted_plainly(text: str, offsets: list[int]) -> bool:
    """Whether the quote marks at ``offsets`` pair plainly: what the pairing loop would find is plain.

    Plainly: they are double quotes of one style (``"`` or ``“ ”``), opening and closing in turn, each
    opening mark shaped to open and each closing mark shaped to close (_shape()), and no closing mark is
    followed by a straight quote (``5""``: a prime). The pairing stack then never holds more than one
    quotation, and each mark pairs with the next. Most quoted news is quoted so; this costs a few steps
    per mark where the pairing loop costs many.

    >>> text = '“No,” he said (“never”). "No'
    >>> _quoted_plainly(text, [0, 4, 15, 21]), _quoted_plainly(text, [0, 4, 25]), _quoted_plainly(text, [4, 15])
    (True, False, False)
    """
    if len(offsets) % 2:
        return False
    opening = text[offsets[0]]
    if opening == '"':
        closing = '"'
    elif opening == "“":
        closing = "”"
    else:
        return False
    last = len(text) - 1
    opens = True
    for offset in offsets:
        before = text[offset - 1] if offset else " "
        after = text[offset + 1] if offset < last else " "
        if opens:
            if text[offset] != opening:
                return False
            # shaped to open: a space before and none after, or punctuation before and a word after
            if before.isspace():
                shaped = not after.isspace()
            else:
                shaped = not before.isalnum() and after.isalnum()
        else:
            if text[offset] != closing or after in STRAIGHT:
                return False
            # shaped to close: a word before and none after, or punctuation before and a space after
            if before.isalnum():
                shaped = not after.isalnum()
            else:
                shaped = not before.isspace() and after.isspace()
        if not shaped:
            return False
        opens = not opens
    return True


def _read_quote_marks(text: str, offsets: list[int]) -> QuoteMarks:
    """Return the quote marks at ``offsets`` with their roles and partners, read one by one."""
    marks = QuoteMarks(text, offsets)
    chars = marks.chars
    levels = marks.levels
    shapes = marks.shapes
    roles = marks.roles
    partners = marks.partners
    reopens = marks.reopens
    stack: list[int] = []  # indices of the marks that opened the quotations still open, innermost last
    length = len(text)
    unpaired = 0
    index = -1
    for offset in offsets:
        index += 1
        char = chars[index]
        before = text[offset - 1] if offset else " "
        after = text[offset + 1] if offset + 1 < length else " "
        level = levels[index]
        # The shape, as _shape() spells it out (inlined: this loop runs for every quote of the corpus).
        if before.isspace():
            if after.isspace():
                shape = EITHER
                marks.spaced.append(index)
            else:
                shape = OPENS
        elif before.isalnum():
            shape = EITHER if after.isalnum() or (char in OPENING_GLYPHS and not after.isspace()) else CLOSES
        elif after.isspace():
            shape = CLOSES
        elif after.isalnum():
            shape = EITHER if char in CLOSING_GLYPHS else OPENS
        else:
            shape = EITHER
        shapes[index] = shape
        if not stack:
            open_index = None
        elif levels[stack[-1]] == level:
            open_index = stack[-1]
        else:
            open_index = _innermost(levels, stack, level)
        if level == SINGLE and char in "'’":
            if shape == OPENS and (ELISION.match(text, offset + 1) or not (before.isspace() or before in OPEN_BEFORE)):
                # '90s, 'til; and (Bosnia)'s: an opening quote needs a space or an opening bracket before it.
                roles[index] = APOSTROPHE
                continue
            if shape != OPENS and open_index is None:
                roles[index] = PRIME if before.isdigit() else APOSTROPHE
                continue
        elif before.isdigit() and char == '"' and shape != OPENS and (open_index is None or after in "\"'"):
            roles[index] = PRIME
            continue
        if shape == CLOSES and open_index is None and char in OPENING_GLYPHS and after.isspace():
            shape = OPENS  # `Sky”,“ Tootsie”`: an opening glyph with the space after it, nothing to close
            marks.spaced.append(index)
        if shape == CLOSES or (shape == EITHER and open_index is not None):
            roles[index] = CLOSE
            if open_index is None:
                unpaired += level == DOUBLE
            elif open_index == stack[-1] and open_index not in reopens:
                stack.pop()  # the common case: the innermost quotation closes
                partners[open_index] = index
                partners[index] = open_index
                unpaired -= level == DOUBLE
            else:
                unpaired -= level == DOUBLE
                _close(marks, stack, index, open_index)
            continue
        if open_index is not None:
            if _line_start(text, offset) and text.find("\n", offsets[open_index], offset) >= 0:
                # The news convention: the quotation reopens at the start of the next paragraph or line.
                reopens[index] = open_index
                stack[stack.index(open_index)] = index
                continue
            if _misplaced_close(text, offset, level):
                marks.misplaced.add(index)
                marks.spaced.append(index)
                unpaired -= level == DOUBLE
                _close(marks, stack, index, open_index)
                continue
        unpaired += level == DOUBLE
        stack.append(index)
    marks.unpaired = unpaired
    if text.isascii():
        marks.straight = len(chars)  # every quote character of ASCII text is straight
    else:
        joined = "".join(chars)
        marks.straight = joined.count('"') + joined.count("'")
        marks.foreign = sum(joined.count(char) for char in FOREIGN)
        marks.curly = len(joined) - marks.straight - marks.foreign
    return marks


def _candidates(text: str) -> list[int]:
    """Return the offsets of the quote characters in ``text``, inner apostrophes excepted, in order.

    >>> _candidates("“Turkey's allies' «plan»,” he said")
    [0, 16, 18, 23, 25]
    """
    found: list[int] = []
    if '"' in text:
        _find_all(text, '"', found)
    if "'" in text:
        _find_outer(text, "'", found)
    if not text.isascii():
        if "’" in text:
            _find_outer(text, "’", found)
        for char in OTHER_MARKS:
            if char in text:
                _find_all(text, char, found)
    found.sort()
    return found


# An apostrophe not between two letters or digits ([^\W_] is str.isalnum()); the mark first, so the engine
# jumps from mark to mark and skips the inner ones (`can't`, most of them) without a Python step each.
OUTER_MARK = {mark: re.compile(mark + r"(?:(?<![^\W_]" + mark + r")|(?![^\W_]))") for mark in "'’"}


def _find_outer(text: str, char: str, found: list[int]) -> None:
    """Append the offsets of ``char`` that do not stand between two letters or digits (``can't``).

    >>> found = []; _find_outer("'Can't' and rock'n'roll, the '90s'", "'", found); found
    [0, 6, 29, 33]
    """
    found.extend(match.start() for match in OUTER_MARK[char].finditer(text))


def _find_all(text: str, char: str, found: list[int]) -> None:
    offset = text.find(char)
    while offset >= 0:
        found.append(offset)
        offset = text.find(char, offset + 1)


def _innermost(levels: list[int], stack: list[int], level: int) -> int | None:
    for open_index in reversed(stack):
        if levels[open_index] == level:
            return open_index
    return None


def _close(marks: QuoteMarks, stack: list[int], index: int, open_index: int | None) -> None:
    """Make mark ``index`` close the quotation opened at ``open_index`` (unpaired when None)."""
    marks.roles[index] = CLOSE
    if open_index is None:
        return
    del stack[stack.index(open_index):]
    partners = marks.partners
    first = open_index
    while first in marks.reopens:
        partners[first] = index
        first = marks.reopens[first]
    partners[first] = index
    partners[index] = first


def _misplaced_close(text: str, offset: int, level: int) -> bool:
    """Whether a mark shaped to open, while a quotation is open, is rather its misplaced closing mark.

    It is when a space and the end of a spoken sentence (``,`` ``.`` ``!`` ``?``) come before it and no
    mark later on its line could close a quotation nested at that point.

    >>> _misplaced_close('“Closed, ”the minister', 9, DOUBLE), _misplaced_close('“Yes, “no” he', 6, DOUBLE)
    (True, False)
    """
    if offset < 2 or not text[offset - 1].isspace() or text[offset - 2] not in SPEECH_END:
        return False
    line_end = text.find("\n", offset)
    if line_end < 0:
        line_end = len(text)
    length = len(text)
    for later in QUOTE_CANDIDATE.finditer(text, offset + 1, line_end):
        char = later.group()
        if LEVEL[char] != level:
            continue
        start = later.start()
        after = text[start + 1] if start + 1 < length else " "
        return _shape(char, text[start - 1], after) == OPENS
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
