"""LN4: encoding damage: mojibake, HTML entities left in plain text, and replacement characters."""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from lintnews import chars
from lintnews.checks.characters import quoted
from lintnews.document import Document
from lintnews.model import Applicability, Diagnostic, Fix, FixAvailability, Severity, Span
from lintnews.rule import Context, Rule

# ---------------------------------------------------------------------------------------------------------------
# Mojibake data (LN401)

# The single-byte code pages ftfy re-encodes through (ftfy.chardata.CHARMAP_ENCODINGS, by their stdlib names).
FTFY_CODE_PAGES = (
    "latin-1", "cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1257", "iso-8859-2", "mac-roman", "cp437",
)
# UTF-8 Cyrillic read through a Cyrillic code page: ftfy covers Windows-1251 only in long runs; KOI8-R and CP866
# it does not know (ftfy issue #231). A Cyrillic letter is two UTF-8 bytes led by 0xD0, 0xD1 or 0xD2 (Ґ).
CYRILLIC_CODE_PAGES = ("cp1251", "koi8-r", "cp866")
CYRILLIC_LEAD_BYTES = (0xD0, 0xD1, 0xD2)
# ftfy's restore_byte_a0 and replace_lossy_sequences (ftfy.chardata.ALTERED_UTF8_RE, LOSSY_UTF8_RE): a
# continuation byte 0xA0 lost to a space right after these leads (E2 and E3: a space, then a continuation),
# or lost to a question mark.
LEADS_BEFORE_LOST_A0 = (0xC2, 0xC3, 0xC5, 0xCE, 0xD0, 0xD9)
LEADS_BEFORE_SPACE_AND_CONTINUATION = (0xE2, 0xE3)
LEADS_BEFORE_LOST_QUESTION_MARK = (0xC2, 0xC3)
LEADS_BAD_BEFORE_SPACE = "\N{LATIN CAPITAL LETTER A WITH CIRCUMFLEX}\N{LATIN CAPITAL LETTER A WITH TILDE}"
# Punctuation every English news text is full of; ftfy judges mojibake made with it (`Ã’s`) on its own.
ORDINARY = (
    "\N{RIGHT SINGLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}"
    "\N{RIGHT DOUBLE QUOTATION MARK}\N{EN DASH}\N{EM DASH}\N{HORIZONTAL ELLIPSIS}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{NO-BREAK SPACE}"
)
# A piece of a line that a re-decoding can change: non-ASCII characters, with the spaces and question marks
# between or after them that stand for lost bytes.
NON_ASCII_PIECE = re.compile(r"[^\x00-\x7f](?:[^\x00-\x7f]|[ ?](?=[^\x00-\x7f]))*+[ ?]?")
NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
# Between two damaged runs of one line: nothing but spaces and ASCII punctuation, or no space at all (one word).
JOINS_RUNS = re.compile(r"[\s!-/:-@\[-`{-~]*|\S*")
# Letters a Cyrillic repair may produce: the Russian, Ukrainian and Belarusian alphabets.
CYRILLIC_LETTERS = frozenset(
    "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяЄєІіЇїҐґЎў"
)
# Windows-1251 letters (Russian text) as Windows-1252 shows them: À-ÿ, ¨ ¸ for Ё ё, and ¹ for №.
CP1251_AS_CP1252 = frozenset(bytes([*range(0xC0, 0x100), 0xA8, 0xB8, 0xB9]).decode("latin-1"))
# Characters whose mojibake ftfy judges itself: ordinary punctuation (`Ã’s` is the plural of a letter) and the
# leads of Latin-1 letters, Â and Ã (`DrÃ¥ber` could be Latin-1 or MacRoman: ftfy leaves it, and so do we).
LEFT_TO_FTFY = frozenset(ORDINARY + "\N{LATIN CAPITAL LETTER A WITH CIRCUMFLEX}\N{LATIN CAPITAL LETTER A WITH TILDE}")
MIN_CP1251_WORD = 4  # a line is repaired from Windows-1251 only when one word has at least this many letters
CP1251_WORD = re.compile("[" + "".join(sorted(CP1251_AS_CP1252)) + "]{%d}" % MIN_CP1251_WORD)
FTFY_NAMES = {
    "latin-1": "Latin-1", "sloppy-windows-1252": "Windows-1252", "windows-1252": "Windows-1252",
    "sloppy-windows-1251": "Windows-1251", "sloppy-windows-1250": "Windows-1250", "sloppy-windows-1253":
    "Windows-1253", "sloppy-windows-1254": "Windows-1254", "sloppy-windows-1257": "Windows-1257",
    "iso-8859-2": "ISO-8859-2", "macroman": "MacRoman", "cp437": "CP437",
}
CODE_PAGE_NAMES = {"cp1252": "Windows-1252", "cp1251": "Windows-1251", "koi8-r": "KOI8-R", "cp866": "CP866"}


EVERY_BYTE = bytes(range(256))
ESCAPED_BYTE = {0xDC00 + byte: byte for byte in range(0x80, 0x100)}


def code_page(codec: str) -> str:
    """Return the 256 characters the bytes 0x00-0xFF decode to, bytes the code page leaves undefined decoding
    to the same code point (ftfy's "sloppy" code pages: what a browser shows).

    >>> table = code_page("cp1251")
    >>> table[0xD0] + table[0x9C], table[0x98]
    ('Рњ', '\\x98')
    """
    # One decoding of all 256 bytes: "surrogateescape" turns each undefined byte into U+DC80-U+DCFF.
    return EVERY_BYTE.decode(codec, "surrogateescape").translate(ESCAPED_BYTE)


@functools.cache
def mojibake_followers() -> dict[str, set[str]]:
    """Return every start of UTF-8 read through one of the code pages, as what may follow each first character:
    a lead byte's character, then a continuation byte's, or the space or question mark ftfy knows can stand
    for a lost continuation byte (a lead, a space and a continuation after the leads E2 and E3).

    A start is a first character and one of its followers (``"Ã" + "©"``). Kept by first character, the
    table is built from whole code-page rows in a few set updates (the 27,000 starts one by one took 25 ms
    of every run that meets a non-ASCII character). Built on first use: plain ASCII never needs it. Shared:
    read it, never change it.

    >>> followers = mojibake_followers()
    >>> "©" in followers["Ã"], " ”" in followers["â"], "a" in followers["Ã"]
    (True, True, False)
    """
    followers: dict[str, set[str]] = {}
    # The continuation bytes each lead may take (not those of historic Cyrillic letters): the same in every code
    # page, and taken from a code page's list of continuation characters in one call.
    allowed = {lead: operator.itemgetter(*[index for index in range(0x40) if not historic_cyrillic(lead, 0x80 + index)])
               for lead in range(0xC2, 0xF5)}
    for codec in FTFY_CODE_PAGES + CYRILLIC_CODE_PAGES:
        table = code_page(codec)
        leads = CYRILLIC_LEAD_BYTES if codec in ("koi8-r", "cp866") else range(0xC2, 0xF5)
        continuations = list(table[0x80:0xC0])
        for lead in leads:
            after = followers.setdefault(table[lead], set())
            after.update(allowed[lead](continuations))
            after.add("\N{REPLACEMENT CHARACTER}")
            if codec in FTFY_CODE_PAGES:
                # ftfy restores a lost 0xA0 only where the line is bad anyway: `Â ` and `Ã ` are the only lead
                # and space it calls bad on their own (ftfy.badness); other leads need another start nearby.
                if lead in LEADS_BEFORE_LOST_A0 and table[lead] in LEADS_BAD_BEFORE_SPACE:
                    after.add(" ")
                if lead in LEADS_BEFORE_SPACE_AND_CONTINUATION and codec != "mac-roman":
                    after.update(" " + continuation for continuation in continuations + ["\N{REPLACEMENT CHARACTER}"])
                if lead in LEADS_BEFORE_LOST_QUESTION_MARK:
                    after.add("?")
    # ftfy first maps C1 controls to Windows-1252 when nothing else fits (`«\x86` is `«†`, MacRoman for `Ǡ`):
    # each start may have its first character, its second or both as the C1 control.
    windows_1252 = code_page("cp1252")
    as_c1 = {windows_1252[byte]: chr(byte) for byte in range(0x80, 0xA0) if windows_1252[byte] != chr(byte)}
    for first, after in list(followers.items()):
        after.update(map(as_c1.__getitem__, after.intersection(as_c1)))  # two-character followers start with a space
        if first in as_c1:
            followers.setdefault(as_c1[first], set()).update(after)
    return followers


@functools.cache
def maybe_mojibake() -> re.Pattern[str]:
    """Return a stdlib pattern of one character class, the fastest thing to scan for: the characters that may
    start mojibake (the first character of a mojibake start, a letter of Windows-1251 read as Windows-1252)
    and the characters after ordinary punctuation that MacRoman makes a lead byte of (`“` `”` `–` `—` `…`), so
    the curly quotes of every news text are not themselves candidates. ``_starts_mojibake`` decides.
    """
    return re.compile(_character_class(_mojibake_candidates()))


def _mojibake_candidates() -> set[str]:
    followers = mojibake_followers()
    firsts = set(followers) | CP1251_AS_CP1252
    after_ordinary = {after[0] for first in ORDINARY for after in followers.get(first, ())}
    return (firsts | after_ordinary) - set(ORDINARY)


@functools.lru_cache(maxsize=1)
def mojibake_characters() -> frozenset[str]:
    """The characters ``maybe_mojibake`` looks for; every one is outside ASCII, so a document whose non-ASCII
    characters include none of them has no mojibake (a set test instead of a scan)."""
    return frozenset(_mojibake_candidates())


def _character_class(characters: set[str]) -> str:
    return "[" + "".join(re.escape(char) for char in sorted(characters)) + "]"


HISTORIC_CYRILLIC = re.compile("[\u0460-\u0489]")


def historic_cyrillic(lead: int, continuation: int) -> bool:
    """Whether two UTF-8 bytes encode a historic Cyrillic letter (U+0460-U+0489: yat, psi, fita...).

    Such letters are never in news, and Windows-1251 shows them as `С` before `°`, `«`, `№` or a no-break
    space, which real Russian text has (`16 С°`, the Celsius sign typed with a Cyrillic Es: LN101's).

    >>> historic_cyrillic(0xD1, 0xB0), bytes([0xD1, 0xB0]).decode(), historic_cyrillic(0xD0, 0xB0)
    (True, 'Ѱ', False)
    """
    return (lead == 0xD1 and continuation >= 0xA0) or (lead == 0xD2 and continuation <= 0x89)


def _starts_mojibake(text: str, index: int, followers: dict[str, set[str]]) -> bool:
    """Whether mojibake starts at ``index`` or just before it (a mojibake start: see ``mojibake_followers``),
    or a word of four letters of Windows-1251 read as Windows-1252 starts there."""
    after = followers.get(text[index])
    if after is not None and (text[index + 1:index + 2] in after or text[index + 1:index + 3] in after):
        return True
    before = followers.get(text[index - 1]) if index > 0 else None
    return (before is not None and text[index] in before) or CP1251_WORD.match(text, index) is not None


@functools.cache
def _encoders() -> dict[str, dict[str, int]]:
    """Character -> byte for each code page a profile re-encodes through."""
    encoders = {}
    for codec in FTFY_CODE_PAGES + CYRILLIC_CODE_PAGES:
        encoders[codec] = {char: byte for byte, char in enumerate(code_page(codec))}
    return encoders


def redecode(text: str, codec: str, as_codec: str = "utf-8") -> str | None:
    """Return ``text`` encoded back through the ``codec`` it was wrongly decoded with and decoded as
    ``as_codec``; None when it cannot have come from there.

    >>> redecode("РњРѕСЃРєРІР°", "cp1251"), redecode("п°п╬я│п╨п╡п╟", "koi8-r"), redecode("Москва", "cp1251")
    ('Москва', 'Москва', None)
    """
    raw = _encode(text, codec)
    if raw is None:
        return None
    try:
        return raw.decode(as_codec)
    except UnicodeDecodeError:
        return None


class Repair(NamedTuple):
    """A damaged run of a line (offsets in the line), what it should read, how it broke, and whether the fix is
    safe."""

    start: int
    end: int
    text: str
    how: str
    safe: bool


def trim_common(original: str, fixed: str) -> tuple[int, int, str]:
    """Return (start, end, replacement): the part of ``original`` that differs from ``fixed``.

    >>> trim_common("ErdoÄŸan", "Erdoğan")
    (4, 6, 'ğ')
    """
    start = 0
    limit = min(len(original), len(fixed))
    while start < limit and original[start] == fixed[start]:
        start += 1
    end = 0
    while end < limit - start and original[-1 - end] == fixed[-1 - end]:
        end += 1
    return start, len(original) - end, fixed[start:len(fixed) - end]


def describe_plan(plan: list[tuple[str, str]]) -> str:
    """Return how text broke, from an ftfy plan.

    >>> describe_plan([("encode", "sloppy-windows-1252"), ("decode", "utf-8")] * 2)
    'UTF-8 read as Windows-1252, twice'
    """
    layers = []
    for index, (operation, argument) in enumerate(plan):
        if operation == "encode":
            decode = next((arg for op, arg in plan[index + 1:] if op == "decode"), "utf-8")
            meant = "Windows-1252" if decode == "windows-1252" else "UTF-8"
            layers.append(f"{meant} read as {FTFY_NAMES.get(argument, argument)}")
        elif argument == "decode_inconsistent_utf8":
            layers.append("UTF-8 read as Windows-1252")
    if not layers:
        return "damaged encoding"
    first = layers[0]
    if all(layer == first for layer in layers):
        return first + {1: "", 2: ", twice"}.get(len(layers), f", {len(layers)} times")
    return " then ".join(layers)


@functools.cache
def _ftfy():
    """Import ftfy on first need (it costs more than linting most documents) and build its configuration."""
    import ftfy
    from ftfy.badness import badness

    config = ftfy.TextFixerConfig(
        unescape_html=False, fix_c1_controls=True, fix_latin_ligatures=False, fix_character_width=False,
        uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=False, remove_terminal_escapes=False,
        remove_control_chars=False, normalization=None, explain=True,
    )
    return ftfy, badness, config


# UTF-8, leniently: a continuation byte may have become a space, a question mark or 0x1A (ftfy's transcoding
# steps restore those), and 0xC0 and 0xED lead ftfy's "utf-8-variants".
LENIENT_UTF8 = re.compile(
    rb"(?:[\x00-\x7f]|[\xc0-\xdf][\x80-\xbf ?\x1a]|[\xe0-\xef][\x80-\xbf ?\x1a]{2}|[\xf0-\xf4][\x80-\xbf ?\x1a]{3})*+"
)
C1_CONTROL = re.compile("[\x80-\x9f]")
# ftfy's steps that only map C1 controls to Windows-1252.
C1_STEPS = (("transcode", "fix_c1_controls"), ("encode", "latin-1"), ("decode", "windows-1252"))


def ftfy_may_repair(line: str) -> bool:
    """Return whether ftfy's encoding repair could change ``line``, without importing ftfy (importing it costs
    more than linting a thousand documents): it re-encodes a whole line through one code page and decodes it
    as UTF-8, decodes Windows-1252 pieces alone, or maps C1 controls. Real Cyrillic words beside the letters
    that look like mojibake (`Військові`) fail all three.

    >>> ftfy_may_repair("Військові the military"), ftfy_may_repair("doesnâ€™t and Військові")
    (False, True)
    """
    if C1_CONTROL.search(line):
        return True
    for codec in FTFY_CODE_PAGES:
        raw = _encode(line, codec, lossy=True)
        if raw is not None and not raw.isascii() and LENIENT_UTF8.fullmatch(raw):
            return True
    followers = mojibake_followers()
    windows_1252 = _encoders()["cp1252"]
    return any(line[index + 1] in followers.get(line[index], ()) and line[index] in windows_1252
               and line[index + 1] in windows_1252 for index in range(len(line) - 1) if not line[index].isascii())


def _encode(text: str, codec: str, lossy: bool = False) -> bytes | None:
    """``text`` in ``codec``'s bytes, or None; with ``lossy``, U+FFFD as 0x1A (as ftfy's sloppy code pages)."""
    encoder = _encoders()[codec]
    raw = bytearray()
    for char in text:
        byte = encoder.get(char)
        if byte is None:
            if not (lossy and char == "\N{REPLACEMENT CHARACTER}"):
                return None
            byte = 0x1A
        raw.append(byte)
    return bytes(raw)


def ftfy_repairs(line: str) -> list[Repair]:
    """Return the damaged runs ftfy's encoding repair (and nothing else of ftfy) finds in ``line``.

    The repair is found for the whole line, as ftfy works; each non-ASCII piece is then re-decoded alone with the
    same plan, so a diagnostic covers the damaged run only. A lone C1 control is left to LN104.

    >>> ftfy_repairs("The Mona Lisa doesnâ€™t have eyebrows.")
    [Repair(start=19, end=22, text='’', how='UTF-8 read as Windows-1252', safe=True)]
    """
    if not ftfy_may_repair(line):
        return []
    ftfy, badness, config = _ftfy()
    fixed, plan = ftfy.fix_encoding_and_explain(line, config)
    if fixed == line or all(step in C1_STEPS for step in plan):
        return []  # nothing, or C1 controls alone (U+0096 for a Windows-1252 dash): LN104's
    how = describe_plan(plan)
    less_bad = badness(fixed) < badness(line)
    # The plan without ftfy's guesses at lost bytes (restore_byte_a0, replace_lossy_sequences, fix_c1_controls):
    # a piece it repairs alike is a pure re-decoding, whatever the rest of the line needed.
    pure_plan = [step for step in plan if step[0] in ("encode", "decode") or step[1] == "decode_inconsistent_utf8"]
    pieces: list[Repair] | None = []
    rebuilt = []
    position = 0
    for match in NON_ASCII_PIECE.finditer(line):
        piece = match.group()
        try:
            repaired = ftfy.apply_plan(piece, plan)
        except (UnicodeError, ValueError):
            pieces = None
            break
        rebuilt.append(line[position:match.start()])
        rebuilt.append(repaired)
        position = match.end()
        if repaired != piece:
            start, end, text = trim_common(piece, repaired)
            safe = less_bad and "\N{REPLACEMENT CHARACTER}" not in text and _replays(ftfy, piece, pure_plan, repaired)
            pieces.append(Repair(match.start() + start, match.start() + end, text, how, safe))
    if pieces is None or "".join(rebuilt) + line[position:] != fixed:
        # The plan does not split into pieces: one repair for what differs, safe only for a pure re-decoding.
        start, end, text = trim_common(line, fixed)
        safe = less_bad and "\N{REPLACEMENT CHARACTER}" not in fixed and len(pure_plan) == len(plan)
        pieces = [Repair(start, end, text, how, safe)]
    # C1 controls alone (U+0096 for a Windows-1252 dash) are LN104's.
    return [repair for repair in pieces if not all("\x80" <= char <= "\x9f" for char in line[repair.start:repair.end])]


def _replays(ftfy, piece: str, plan: list[tuple[str, str]], repaired: str) -> bool:
    try:
        return ftfy.apply_plan(piece, plan) == repaired
    except (UnicodeError, ValueError):
        return False


def _plausible_cyrillic(text: str) -> bool:
    """Russian, Ukrainian or Belarusian letters, with punctuation, symbols and digits."""
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all(char in CYRILLIC_LETTERS for char in letters) and all(
        char.isalpha() or char.isascii() or unicodedata.category(char)[0] in "PSZ" for char in text)


def _latin_letters(text: str) -> bool:
    return all(char.isascii() or (char.isalpha() and unicodedata.name(char, "").startswith("LATIN"))
               for char in text)


def profile_repairs(line: str) -> list[Repair]:
    """Return the damaged runs ftfy misses in ``line``: UTF-8 Cyrillic read as Windows-1251, KOI8-R or CP866,
    and UTF-8 Latin letters read as Windows-1252 inside a word (``ErdoÄŸan``).

    >>> profile_repairs("in РњРѕСЃРєРІР° on Monday")
    [Repair(start=3, end=15, text='Москва', how='UTF-8 read as Windows-1251', safe=True)]
    """
    repairs = []
    punctuation: dict[str, list[Repair]] = {}  # codec -> runs that re-decode to punctuation only (`вЂ”`)
    for match in NON_ASCII_RUN.finditer(line):
        for start, end in _run_and_stripped(line, *match.span()):
            repair = _redecoded_run(line, start, end, punctuation)
            if repair is not None:
                repairs.append(repair)
                break
    for how, runs in punctuation.items():
        if any(repair.how == how for repair in repairs):
            repairs.extend(runs)  # a dash or quote mark among words the same code page broke
    repairs.sort()
    return repairs


def windows1251_words(line: str) -> list[Repair]:
    """Return the words of Russian text saved as Windows-1251 and read as Windows-1252 (or Latin-1): words made
    only of the letters À-ÿ, ¨ and ¸, when one of them is at least MIN_CP1251_WORD long.

    ftfy would misread such a line (`Â ` as a no-break space), so these are looked for first.

    >>> [repair.text for repair in windows1251_words("Ìîñêâà è Êèåâ")]
    ['Москва', 'и', 'Киев']
    """
    words = []
    for match in NON_ASCII_RUN.finditer(line):
        for start, end in _run_and_stripped(line, *match.span()):
            run = line[start:end]
            if not _word_char(line, start - 1) and not _word_char(line, end) and all(
                    char in CP1251_AS_CP1252 for char in run):
                word = run.encode("latin-1").decode("cp1251")
                words.append(Repair(start, end, word, "Windows-1251 read as Windows-1252", True))
                break
    if any(repair.end - repair.start >= MIN_CP1251_WORD for repair in words):
        return words
    return []


def _run_and_stripped(line: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield a run of non-ASCII characters, then the run without the ordinary punctuation at its edges."""
    yield start, end
    inner_start, inner_end = start, end
    while inner_start < inner_end and line[inner_start] in ORDINARY:
        inner_start += 1
    while inner_end > inner_start and line[inner_end - 1] in ORDINARY:
        inner_end -= 1
    if (inner_start, inner_end) != (start, end) and inner_start < inner_end:
        yield inner_start, inner_end


def _redecoded_run(line: str, start: int, end: int, punctuation: dict[str, list[Repair]]) -> Repair | None:
    """Return the repair of one run of non-ASCII characters, or None; runs that re-decode to punctuation only
    need the rest of the line to be believed, and are collected in ``punctuation``."""
    run = line[start:end]
    if len(run) >= 2:
        for codec in CYRILLIC_CODE_PAGES:
            text = redecode(run, codec)
            if text is None:
                continue
            how = f"UTF-8 read as {CODE_PAGE_NAMES[codec]}"
            if _plausible_cyrillic(text):
                return Repair(start, end, text, how, True)
            if not any(char.isalnum() for char in text):
                punctuation.setdefault(how, []).append(Repair(start, end, text, how, True))
                return None
        text = redecode(run, "cp1252")
        if text is not None and _latin_letters(text) and not any(char in LEFT_TO_FTFY for char in run) and (
            (start > 0 and line[start - 1].isascii() and line[start - 1].islower())
            or (end < len(line) and line[end].isascii() and line[end].islower())
        ):
            first, last, replacement = trim_common(run, text)
            return Repair(start + first, start + last, replacement, "UTF-8 read as Windows-1252", True)
    return None


def _word_char(line: str, index: int) -> bool:
    """Whether ``line[index]`` is an ASCII letter (a run beside one is part of a Latin word)."""
    return 0 <= index < len(line) and line[index].isascii() and line[index].isalpha()


def join_runs(line: str, repairs: list[Repair]) -> list[Repair]:
    """Merge repairs of one line that touch one word or are separated only by spaces and punctuation.

    >>> join_runs("a Ã©tÃ© b", [Repair(2, 4, "é", "x", True), Repair(5, 7, "é", "x", True)])
    [Repair(start=2, end=7, text='été', how='x', safe=True)]
    """
    joined: list[Repair] = []
    for repair in repairs:
        if joined and JOINS_RUNS.fullmatch(line, joined[-1].end, repair.start):
            last = joined[-1]
            text = last.text + line[last.end:repair.start] + repair.text
            how = last.how if last.how == repair.how else f"{last.how}; {repair.how}"
            joined[-1] = Repair(last.start, repair.end, text, how, last.safe and repair.safe)
        else:
            joined.append(repair)
    return joined


def mojibake_repairs(line: str) -> list[Repair]:
    """Return the merged repairs of one line: ftfy's encoding repair first, then the profiles it lacks.

    A repair into a historic Cyrillic letter (U+0460-U+0489) is dropped: such letters are never news, and the
    prefilter does not look for them (see ``historic_cyrillic``).
    """
    repairs = windows1251_words(line) or ftfy_repairs(line) or profile_repairs(line)
    return join_runs(line, [repair for repair in repairs if not HISTORIC_CYRILLIC.search(repair.text)])


def suspect_lines(document: Document) -> list[Span]:
    """Return the lines that hold a pair of characters mojibake is made of.

    >>> doc = Document("a.txt", "Café “open”.\\nErdoÄŸan said.\\n")
    >>> [doc.text[start:end] for start, end in suspect_lines(doc)]
    ['ErdoÄŸan said.']
    """
    text = document.text
    if document.non_ascii_chars.isdisjoint(mojibake_characters()):
        return []
    followers = mojibake_followers()
    lines: list[Span] = []
    for match in maybe_mojibake().finditer(text):
        index = match.start()
        if (not lines or index >= lines[-1].end) and _starts_mojibake(text, index, followers):
            lines.append(_line_around(text, index))
    return lines


def _line_around(text: str, index: int) -> Span:
    """The line holding ``index``, found with two string searches (no line table needed)."""
    start = max(text.rfind("\n", 0, index), text.rfind("\r", 0, index)) + 1
    ends = [end for end in (text.find("\n", index), text.find("\r", index)) if end >= 0]
    return Span(start, min(ends) if ends else len(text))


class Mojibake(Rule):
    """## What it does
    Reports mojibake: text encoded as UTF-8 and decoded with a single-byte code page somewhere upstream, such as
    `ErdoÄŸan` (Erdoğan), `doesnâ€™t` (doesn’t) or `РњРѕСЃРєРІР°` (Москва), with the repair.

    ## Why is this bad?
    The reader sees garbage where a name or a quote mark should be, and search, spell-checking and
    transliteration rules cannot work on it. It comes from scrapers, databases and CMS imports that guessed the
    wrong encoding, and Russian pipelines add their own: UTF-8 read as Windows-1251, KOI8-R or CP866.

    ## Example
    ```
    Turkish President Recep Tayyip ErdoÄŸan said in РњРѕСЃРєРІР° on Monday.
    ```

    Use instead:
    ```
    Turkish President Recep Tayyip Erdoğan said in Москва on Monday.
    ```
    (LN102 then reports the Cyrillic word, which needs translating.)

    ## Fix safety
    Detection and repair use ftfy's encoding repair only (`fix_encoding`: never its quote straightening or
    normalisation), line by line, and the report covers the damaged run, not the line. The fix is safe when the
    repair is a pure re-decoding (encode with the wrong code page, decode as UTF-8) that makes the line less bad
    by ftfy's measure. It is unsafe when ftfy has to guess lost bytes (a no-break space that became a space, or a
    byte lost to `?`), or when the repair leaves a replacement character.

    What ftfy lacks is added for Russian pipelines, with a safe fix: a run of non-ASCII characters that
    re-decodes from Windows-1251, KOI8-R or CP866 into Russian, Ukrainian or Belarusian letters only; UTF-8
    Latin letters read as Windows-1252 inside a lower-case word (`ErdoÄŸan`); and Windows-1251 Russian read as
    Windows-1252 (`Ìîñêâà`) when a line has a word of four such letters or more. Real Cyrillic and accented
    Latin text does not re-decode (ftfy's negative cases are tested). C1 control characters alone
    (U+0096 for a Windows-1252 dash) are LN104's.

    ## Options
    None.

    ## References
    - [ftfy: fixing mojibake](https://ftfy.readthedocs.io/en/latest/)
    - [ftfy issue #231: KOI8-R and CP866 Cyrillic](https://github.com/rspeer/python-ftfy/issues/231)
    - [Mojibake](https://en.wikipedia.org/wiki/Mojibake)
    """

    code = "LN401"
    name = "mojibake"
    severity = Severity.ERROR
    fix_availability = FixAvailability.SOMETIMES
    checks_ascii = False

    def may_report(self, text: Document, context: Context) -> bool:
        return not text.non_ascii_chars.isdisjoint(mojibake_characters())

    def check(self, document: Document, context: Context) -> Iterable[Diagnostic]:
        lines = suspect_lines(document)
        return self._report(document.text, lines) if lines else ()  # nearly every document: no generator

    def _report(self, text: str, lines: list[Span]) -> Iterator[Diagnostic]:
        for line in lines:
            for repair in mojibake_repairs(text[line.start:line.end]):
                span = Span(line.start + repair.start, line.start + repair.end)
                damaged = text[span.start:span.end]
                applicability = Applicability.SAFE if repair.safe else Applicability.UNSAFE
                title = f"Replace with {quoted(repair.text)}" if repair.text else "Delete the damaged characters"
                fix = Fix.replace(span, repair.text, title, applicability)
                yield self.diagnostic(span, f"Mojibake {quoted(damaged)} ({repair.how}): should read "
                                            f"{quoted(repair.text)}", fix)


# ---------------------------------------------------------------------------------------------------------------
# HTML entities (LN402)

# A character reference: named (`&quot;`), decimal (`&#8217;`) or hexadecimal (`&#x2019;`), with its semicolon.
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def entity_character(entity: str) -> str | None:
    """Return the character an HTML character reference stands for, or None when it names none (an unknown
    name, a null, a surrogate or a C0 control).

    >>> entity_character("&#8217;"), entity_character("&quot;"), entity_character("&foo;"), entity_character("&#0;")
    ('’', '"', None, None)
    """
    import html.entities  # only a text with an entity needs it: not imported at start-up

    if entity[1] != "#" and entity[1:] not in html.entities.html5:
        return None
    character = html.unescape(entity)
    if character in ("", entity, "\N{REPLACEMENT CHARACTER}") or chars.CONTROL.match(character):
        return None
    return character


def entity_replacement(text: str, start: int, end: int, character: str) -> str:
    """Return what replaces the entity at ``text[start:end]``: its character, except that a no-break space
    only stays one between two visible characters (`10&nbsp;km`); at a line edge or next to whitespace it
    becomes an ordinary space, as LN105 and LN106 would want.

    >>> entity_replacement("10&nbsp;km", 2, 8, "\\xa0"), entity_replacement("end&nbsp;", 3, 9, "\\xa0")
    ('\\xa0', ' ')
    """
    if character != chars.NO_BREAK_SPACE:
        return character
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    return character if not before.isspace() and not after.isspace() else " "


class HtmlEntity(Rule):
    """## What it does
    Reports HTML character references left in plain text: `&quot;`, `&amp;`, `&nbsp;`, `&#8217;`, `&#x2019;`.

    ## Why is this bad?
    A scraper or CMS export escaped the text for HTML and nobody unescaped it; readers see `&quot;` where a
    quote mark should be. In `.html` and Markdown files references are legitimate and are not reported.

    ## Example
    ```
    Erdogan called the decision &quot;unacceptable&quot; and said Turkey&#8217;s position was clear.
    ```

    Use instead:
    ```
    Erdogan called the decision "unacceptable" and said Turkey’s position was clear.
    ```

    ## Fix safety
    Safe: the reference is replaced by the one character it names. `&nbsp;` becomes a no-break space between two
    visible characters (`10&nbsp;km`) and an ordinary space at a line edge or next to whitespace, where LN105 or
    LN106 would report a no-break space. A double-escaped `&amp;quot;` takes two passes of `--fix`.

    Only complete references are reported: a known HTML5 name or a number, with its semicolon. `AT&T`, `R&D`,
    a lone `&`, and unknown names such as `&foo;` (a template placeholder, or text about HTML) are left alone,
    and so are references to nothing (`&#0;`, C0 controls).

    ## Options
    None.

    ## References
    - [HTML Standard: named character references](https://html.spec.whatwg.org/multipage/named-characters.html)
    """

    code = "LN402"
    name = "html-entity"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS

    def may_report(self, text: Document, context: Context) -> bool:
        return b"&" in text.utf8

    def check(self, document: Document, context: Context) -> Iterable[Diagnostic]:
        if "&" not in document.text or document.is_markdown or document.is_html:
            return ()
        return self._report(document.text)

    def _report(self, text: str) -> Iterator[Diagnostic]:
        for match in ENTITY.finditer(text):
            entity = match.group()
            character = entity_character(entity)
            if character is None:
                continue
            span = Span(*match.span())
            replacement = entity_replacement(text, span.start, span.end, character)
            name = chars.char_name(character)
            shown = chars.visible(replacement)
            yield self.diagnostic(span, f"HTML entity `{entity}` in plain text ({name})",
                                  Fix.replace(span, replacement, f"Replace with `{shown}`"))


# ---------------------------------------------------------------------------------------------------------------
# Replacement characters (LN403)

REPLACEMENT_RUN = re.compile("\N{REPLACEMENT CHARACTER}+")


class ReplacementCharacter(Rule):
    """## What it does
    Reports U+FFFD REPLACEMENT CHARACTER (`�`), one diagnostic per run.

    ## Why is this bad?
    A decoder upstream met bytes it could not read and put `�` in their place: the text that was there is lost,
    and only the source can restore it.

    ## Example
    ```
    Ukrainian President Volodymyr Zelensky met with Recep Tayyip Erdo��an in Lviv.
    ```

    Use instead:
    ```
    Ukrainian President Volodymyr Zelensky met with Recep Tayyip Erdoğan in Lviv.
    ```

    ## Fix safety
    There is no fix: the lost characters cannot be known. A file that is not UTF-8 at all is reported by LN001
    instead, and nothing else is checked in it.

    ## Options
    None.

    ## References
    - [U+FFFD REPLACEMENT CHARACTER](https://www.unicode.org/charts/PDF/UFFF0.pdf)
    """

    code = "LN403"
    name = "replacement-character"
    severity = Severity.ERROR
    checks_ascii = False

    def may_report(self, text: Document, context: Context) -> bool:
        return "\N{REPLACEMENT CHARACTER}" in text.non_ascii_chars

    def check(self, document: Document, context: Context) -> Iterable[Diagnostic]:
        if not self.may_report(document, context):
            return ()
        return self._report(document.text)

    def _report(self, text: str) -> Iterator[Diagnostic]:
        for match in REPLACEMENT_RUN.finditer(text):
            count = match.end() - match.start()
            what = "Replacement character" if count == 1 else f"{count} replacement characters"
            yield self.diagnostic(Span(*match.span()),
                                  f"{what} (U+FFFD): text was lost in decoding before it reached us")
