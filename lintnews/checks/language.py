"""LN5: language: sentences left in another Latin-script language, and Russian calques (translationese)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import regex

from lintnews import chars
from lintnews.checks.characters import MAX_QUOTED, quoted
from lintnews.document import Document
from lintnews.model import Applicability, Diagnostic, Fix, FixAvailability, Severity, Span
from lintnews.rule import Context, Rule
from lintnews.ruledata import CALQUE_REACH, Calque

# A letter with a diacritic (Latin-1 Supplement, Latin Extended-A and -B: é ü ß ñ ł ş ğ ı ă ț...).
# German, French, Spanish, Polish, Turkish, Romanian... sentences almost always hold one; English news
# rarely does outside names, so LN501 looks only at sentences that hold one.
LATIN_DIACRITIC = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
LATIN_DIACRITICS = frozenset(map(chr, [*range(0xC0, 0xD7), *range(0xD8, 0xF7), *range(0xF8, 0x250)]))
# UTF-8 read as Windows-1252 or Latin-1 (`â€™`, `Ã©`, `ãƒ`): langdetect would call it Vietnamese.
MOJIBAKE = re.compile("â€|Ã[\u0080-\u00bf]|ãƒ")
LATIN_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Common English words. An English sentence of six words or more almost never does without them, and
# other Latin-script languages rarely spell the same words (a few do: German "in", "was", Spanish "no").
ENGLISH_WORD = re.compile(
    r"\b(?:[Tt]he|[Oo]f|[Aa]nd|[Tt]o|[Aa]|[Aa]n|[Ii]n|[Oo]n|[Aa]t|[Bb]y|[Ff]or|[Ww]ith|[Ff]rom|[Aa]bout|[Ii]nto"
    r"|[Oo]ver|[Aa]fter|[Bb]efore|[Tt]han|[Tt]hen|[Aa]s|[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Bb]e|[Bb]een|[Hh]as|[Hh]ave"
    r"|[Hh]ad|[Dd]o|[Dd]oes|[Dd]id|[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould|[Ss]hould|[Nn]ot|[Bb]ut|[Oo]r|[Ii]f|[Ss]o"
    r"|[Tt]hat|[Tt]his|[Tt]hese|[Tt]hose|[Tt]here|[Ww]hich|[Ww]ho|[Ww]hat|[Ww]hen|[Hh]ow|[Ww]here|[Ii]t|[Ii]ts"
    r"|I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|[Yy]ou|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Mm]e|[Hh]im|[Tt]hem|[Ss]aid"
    r"|[Ss]ome|[Ss]omeone|[Aa]ll|[Aa]lso|[Oo]nly|[Jj]ust|[Mm]ore|[Nn]o|[Yy]es|[Uu]p|[Oo]ut)\b"
)
MIN_WORDS = 6  # shorter text is not a sentence langdetect can judge (and names and captions are short)
MAX_ENGLISH_SHARE = 0.12  # at most this share of common English words: may not be English
MIN_PROBABILITY = 0.90  # langdetect's probability for the other language
# The Latin-script languages LN501 recognises, with English; langdetect's other profiles (Swahili,
# Tagalog, Somali, Indonesian, Afrikaans...) mostly catch short English text and are not loaded.
LANGUAGES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "pl": "Polish", "tr": "Turkish", "nl": "Dutch", "ro": "Romanian", "cs": "Czech", "sk": "Slovak",
    "hr": "Croatian", "sl": "Slovenian", "sq": "Albanian", "hu": "Hungarian", "fi": "Finnish",
    "et": "Estonian", "lv": "Latvian", "lt": "Lithuanian", "sv": "Swedish", "da": "Danish",
    "no": "Norwegian", "ca": "Catalan", "vi": "Vietnamese",
}


@functools.lru_cache(maxsize=1)
def _language_detector_factory():
    """Return langdetect's detector factory with the Latin-script profiles of LANGUAGES, seeded with 0.

    Built on first use only (importing langdetect and reading its profiles takes a tenth of a second);
    it is our own factory, so langdetect's module-level factory and DetectorFactory.seed stay untouched.
    """
    import langdetect
    from langdetect.detector_factory import DetectorFactory

    folder = Path(langdetect.__file__).parent / "profiles"
    factory = DetectorFactory()
    factory.seed = 0  # an instance attribute: detections are reproducible, nothing global changes
    factory.load_json_profile([(folder / code).read_text(encoding="utf-8") for code in LANGUAGES])
    return factory


def detect_language(sentence: str) -> tuple[str, float] | None:
    """Return the most probable language of ``sentence`` and its probability (langdetect, seeded), or None.

    >>> detect_language("Die Regierung hat am Montag beschlossen, dass die Steuern im nächsten Jahr steigen.")
    ('de', 1.0)
    """
    from langdetect.lang_detect_exception import LangDetectException

    detector = _language_detector_factory().create()
    detector.append(sentence)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return None
    return best.lang, round(best.prob, 2)


def may_not_be_english(sentence: str) -> bool:
    """Whether ``sentence`` is long enough to judge, reads as prose, and has almost no English function words.

    Names-only lines, captions and headings are not prose: most of their words are capitalised.

    >>> may_not_be_english("La policía detuvo ayer a dos hombres en el centro de la ciudad.")
    True
    >>> may_not_be_english("The police detained two men in the city centre yesterday.")
    False
    >>> may_not_be_english("CAST: Louise Bourgoin, Mathieu Amalric, Frédérique Bel, Gilles Lellouche")
    False
    """
    words = LATIN_WORD.findall(sentence)
    if len(words) < MIN_WORDS:
        return False
    lowercase = {word.lower() for word in words if word[0].islower()}
    if len(lowercase) < 4 or 2 * len(lowercase) < len(words):
        return False
    return len(ENGLISH_WORD.findall(sentence)) <= MAX_ENGLISH_SHARE * len(words)


class UntranslatedSentence(Rule):
    """## What it does
    Reports a sentence written in another Latin-script language (German, French, Spanish, Italian,
    Polish, Turkish, Romanian...) inside English text, with the language and probability langdetect gives.

    ## Why is this bad?
    An MT engine passes through what it cannot translate or does not recognise as source text: a quote
    in the original language, a sentence in a third language, a segment the engine skipped. An English
    reader cannot read it; nothing else in the pipeline notices, because the letters are Latin.

    ## Example
    ```
    Erdoğan said on Tuesday: "Türkiye, NATO'nun güçlü bir üyesi olmaya devam edecek."
    ```

    Use instead:
    ```
    Erdoğan said on Tuesday: "Türkiye will remain a strong member of NATO."
    ```

    ## Fix safety
    There is no fix: the sentence must be translated by a person.

    ## Options
    - `allow`: sentences or patterns never reported (a motto quoted in the original language, say).

    What is checked, cheapest test first: a sentence that holds a Latin letter with a diacritic (é ü ß ñ
    ł ş ă...; English news has them only in names), has six words or more, is mostly lower-case (names,
    captions and headings are not sentences) and has almost no common English words (`the`, `of`, `and`,
    `is`...). Only such a sentence goes to langdetect, which must give another language a probability of
    0.90 or more. So a foreign sentence written without any diacritic (Russian or Ukrainian in Latin
    letters, much Italian) is not found. Sentences in Cyrillic and other scripts are LN102's, mojibake
    (`Ã©`) is LN401's.

    ## References
    - [langdetect](https://pypi.org/project/langdetect/) (a port of Google's language-detection library)
    """

    code = "LN501"
    name = "untranslated-sentence"
    severity = Severity.WARNING
    checks_ascii = False  # it looks only at sentences with a diacritic

    def may_report(self, text: Document, context: Context) -> bool:
        return not text.non_ascii_chars.isdisjoint(LATIN_DIACRITICS)

    def check(self, document: Document, context: Context) -> Iterable[Diagnostic]:
        if not self.may_report(document, context):
            return ()
        return self._check_sentences(document)

    def _check_sentences(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        paragraphs = document.paragraphs
        paragraph_starts = [span.start for span in paragraphs]
        # Only the paragraphs that hold a diacritic are cut into sentences (a sentence never crosses one).
        sentences: list[Span] = []
        starts: list[int] = []
        in_paragraph = checked = -1
        for letter in LATIN_DIACRITIC.finditer(text):
            paragraph = bisect.bisect_right(paragraph_starts, letter.start()) - 1
            if paragraph < 0:
                continue
            if paragraph != in_paragraph:
                in_paragraph, checked = paragraph, -1
                sentences = document.sentences_of(paragraphs[paragraph])
                starts = [span.start for span in sentences]
            index = bisect.bisect_right(starts, letter.start()) - 1
            if index <= checked or index < 0:
                continue
            checked = index
            span = sentences[index]
            sentence = text[span.start:span.end]
            if " the " in sentence or " and " in sentence or sentence.startswith("The "):
                continue  # English, at a glance
            if chars.HAS_FOREIGN_LETTER.search(sentence) or MOJIBAKE.search(sentence):
                continue  # other scripts are LN102's, mojibake LN401's
            if not may_not_be_english(sentence):
                continue
            detected = detect_language(sentence)
            if detected is None:
                continue
            language, probability = detected
            if language == "en" or probability < MIN_PROBABILITY:
                continue
            yield self.diagnostic(span, f"Sentence in {LANGUAGES[language]}, not English "
                                        f"(langdetect: {language}, probability {probability:.2f})")


# How far around a cue a calque is looked for: the loader refuses calques whose example reaches further
# than CALQUE_REACH from the cue; the margin covers longer names in the same pattern.
CUE_REACH = CALQUE_REACH + 30


class Translationese(Rule):
    """## What it does
    Reports Russian news formulas rendered word for word into English (calques) from
    rules/translationese.toml: `We will remind` and `Recall that` (Напомним), `Earlier it was reported`
    (Ранее сообщалось), `the head of the Foreign Ministry` (глава МИД), `the official representative`
    (официальный представитель), `according to him` (по его словам), `on the territory of`
    (на территории), `air defense complexes` (комплексы ПВО)...

    ## Why is this bad?
    Each word is English, but no English newsroom writes this way: the text reads as a translation, and
    some calques mislead (`the day before` for накануне, "yesterday"). Editors post-editing MT look for
    exactly these.

    ## Example
    ```
    We will remind, earlier the head of the Foreign Ministry said that the issue is closed.
    ```

    Use instead:
    ```
    As previously reported, the foreign minister said that the issue is closed.
    ```

    ## Fix safety
    The fix is display-only: it shows the suggestion from the table, and is never applied, because the
    right wording depends on the sentence (`according to him` becomes `he said`, placed elsewhere).
    The severity is info, so these reports never fail a run unless `--fail-on info` is given.

    ## Options
    - `extra-rules`: more calques (`kind = "translationese"`, `[[calque]]` tables with `cue`, `pattern`,
      `source`, `explanation`, `suggestion` and `example`).
    - `allow`: phrases never reported.

    ## References
    - [Translationese (Wikipedia)](https://en.wikipedia.org/wiki/Translationese)
    - [Reuters Handbook of Journalism: attribution](https://www.reutersagency.com/en/reuters-handbook-of-journalism/)
    """

    code = "LN502"
    name = "translationese"
    severity = Severity.INFO
    fix_availability = FixAvailability.ALWAYS
    default = False  # opt-in: style advice over 44 phrases costs more than all the character rules
    data_kinds = ("translationese",)

    def __init__(self) -> None:
        self._table: tuple[list[Calque], list[tuple[str, list[Calque], regex.Pattern | None]], CueFinder] | None = None

    def check(self, document: Document, context: Context) -> Iterable[Diagnostic]:
        if self._table is None or self._table[0] is not context.data.calques:
            groups = [(cue, calques, any_calque(calques)) for cue, calques in cue_groups(context.data.calques)]
            self._table = (context.data.calques, groups, CueFinder([cue for cue, _calques, _any in groups]))
        _calques, groups, finder = self._table
        text = document.text
        present = finder.present(text)
        if not present:
            return ()
        return self._report(text, [groups[index] for index in present])

    def _report(self, text: str, groups: list[tuple[str, list[Calque], regex.Pattern | None]]) -> Iterator[Diagnostic]:
        for cue, calques, anyone in groups:
            for start, end in cue_windows(text, cue):
                if anyone is not None and anyone.search(text, start, end) is None:
                    continue  # most cue hits are plain English: one search instead of one per calque
                found = sorted((match.span(), index) for index, calque in enumerate(calques)
                               for match in calque.pattern.finditer(text, start, end))
                reported_until = start
                for (match_start, match_end), index in found:
                    if match_start < reported_until:
                        continue  # two calques of one cue on the same words: the first one is enough
                    reported_until = match_end
                    calque = calques[index]
                    message = (f"{_quoted(text[match_start:match_end])} is a calque of Russian «{calque.source}»: "
                               f"{calque.explanation}")
                    fix = Fix((), Applicability.DISPLAY_ONLY, f"Instead: {calque.suggestion}")
                    yield self.diagnostic(Span(match_start, match_end), message, fix)


def _quoted(text: str) -> str:
    """``quoted(text)``, without its character-by-character scan for the usual short printable ASCII text.

    >>> printable = "".join(map(chr, range(0x20, 0x7F)))
    >>> chars.visible(printable) == printable and _quoted("according to him") == quoted("according to him")
    True
    >>> _quoted("a\u00a0b") == quoted("a\u00a0b"), _quoted("x" * 99) == quoted("x" * 99)
    (True, True)
    """
    if len(text) <= MAX_QUOTED and text.isascii() and text.isprintable():
        return f"`{text}`"
    return quoted(text)


def any_calque(calques: list[Calque]) -> regex.Pattern | None:
    """Return one pattern matching wherever one of ``calques`` does, or None when they cannot be joined.

    It finds a match in a stretch exactly when one of the calques does there; patterns with inline flags
    or differing flags are not joined.

    >>> table = [Calque("ead of", regex.compile(pattern), "", "", "", "") for pattern in ("head of", "Head of")]
    >>> any_calque(table).pattern
    '(?:head of)|(?:Head of)'
    >>> any_calque([Calque("x", regex.compile("(?i)x"), "", "", "", "")]) is None
    True
    """
    patterns = [calque.pattern for calque in calques]
    if len({pattern.flags for pattern in patterns}) != 1 or any(
            INLINE_FLAGS.search(pattern.pattern) for pattern in patterns):
        return None
    try:
        return regex.compile("|".join(f"(?:{pattern.pattern})" for pattern in patterns), patterns[0].flags)
    except regex.error:
        return None


# An inline flag group or a named group, which a joined pattern could not keep to its own alternative.
INLINE_FLAGS = re.compile(r"\(\?[A-Za-z^&]")


def cue_windows(text: str, cue: str, reach: int = CUE_REACH) -> Iterator[tuple[int, int]]:
    """Yield the stretches of ``text`` around each occurrence of ``cue`` where a calque holding it can lie.

    Overlapping stretches are merged, so no text is searched twice.

    >>> list(cue_windows("head of the region and head of the city", "ead of", reach=5))
    [(0, 12), (19, 35)]
    """
    window = None
    index = text.find(cue)
    while index >= 0:
        start, end = max(0, index - reach), min(len(text), index + len(cue) + reach)
        if window is not None and start <= window[1]:
            window = (window[0], end)
        else:
            if window is not None:
                yield window
            window = (start, end)
        index = text.find(cue, index + 1)
    if window is not None:
        yield window


def cue_groups(calques: list[Calque]) -> list[tuple[str, list[Calque]]]:
    """Return the calques grouped by cue, in the order the cues first appear.

    Each distinct cue costs one substring test of every document, so entries share cues where they can.

    >>> import regex
    >>> table = [Calque(cue, regex.compile(cue), "", "", "", cue) for cue in ("ead of", "remind", "ead of")]
    >>> [(cue, len(calques)) for cue, calques in cue_groups(table)]
    [('ead of', 2), ('remind', 1)]
    """
    by_cue: dict[str, list[Calque]] = {}
    for calque in calques:
        by_cue.setdefault(calque.cue, []).append(calque)
    return list(by_cue.items())


# The characters the cue finder scans for, in order: one stdlib `re` pass per character finds every
# remaining cue holding it. The built-in cues all hold "i", "e" or "k"; "i" first leaves fewer cues to
# try at each (frequent) "e". A cue holding none of them keeps its own substring test.
ANCHORS = ("i", "e", "k")


class CueFinder:
    """Which of several cues occur in a text, in a few regex passes instead of one scan per cue.

    For each character of ANCHORS, one pattern starts at that character (the `re` engine jumps to it)
    and tries every cue holding it: the rest of the cue after its first anchor, then a look-behind for the
    whole cue. A match consumes text, so it can hide an overlapping occurrence of another cue of the same
    pass; ``present`` then also returns every cue that could overlap the found one that way, so the
    answer may hold a cue that is absent (its windows are then empty) but never misses one.

    >>> finder = CueFinder(["ead of", "his is", "known", "remind"])
    >>> finder.present("the head of the region"), finder.present("it is known"), finder.present("nothing")
    ([0], [2], [])
    >>> finder.present("We will remind you that this is known")
    [1, 2, 3]
    """

    def __init__(self, cues: list[str], anchors: tuple[str, ...] = ANCHORS) -> None:
        self.cues = cues
        self.passes: list[tuple[re.Pattern[str], list[int], list[frozenset[int]]]] = []
        assigned: set[int] = set()
        for anchor in anchors:
            mine = [index for index, cue in enumerate(cues) if index not in assigned and anchor in cue]
            if not mine:
                continue
            # A branch that starts with a literal is skipped at once where that literal is absent; a cue
            # ending in the anchor has only its look-behind, so it goes last.
            mine.sort(key=lambda index: cues[index].index(anchor) == len(cues[index]) - 1)
            assigned.update(mine)
            branches = [re.escape(cues[index][cues[index].index(anchor) + 1:]) + f"(?<={re.escape(cues[index])})()"
                        for index in mine]
            pattern = re.compile(re.escape(anchor) + "(?:" + "|".join(branches) + ")")
            shadows = [frozenset(other for order, other in enumerate(mine) if other != index
                                 and _may_hide(cues[index], cues[other], anchor, same_start=order > branch))
                       for branch, index in enumerate(mine)]
            self.passes.append((pattern, mine, shadows))
        self.others = [index for index in range(len(cues)) if index not in assigned]

    def present(self, text: str) -> list[int]:
        """Return the indexes, in order, of the cues that occur in ``text`` (and maybe a few that do not)."""
        found: set[int] = set()
        for pattern, mine, shadows in self.passes:
            for match in pattern.finditer(text):
                branch = match.lastindex - 1
                found.add(mine[branch])
                found.update(shadows[branch])
        if self.others:  # (none for the built-in cues: skip the per-document generator)
            cues = self.cues
            found.update(index for index in self.others if cues[index] in text)
        return sorted(found) if found else []


def _may_hide(found: str, other: str, anchor: str, same_start: bool = True) -> bool:
    """Whether a match of ``found`` (anchored at its first ``anchor``) can cover the anchor of ``other``.

    The match runs from the anchor to the end of ``found``; ``other`` is hidden when its own first anchor
    falls inside that stretch and the two strings agree where they overlap. On the very anchor it is
    hidden only if its branch comes later (``same_start``): otherwise it is tried first.

    >>> _may_hide("his was", "his is", "i"), _may_hide("ead of", "remind", "e")
    (False, False)
    >>> _may_hide("reference", "ence", "e"), _may_hide("reference", "ence", "e", same_start=False)
    (True, True)
    >>> _may_hide(" side", "ecall", "e"), _may_hide(" side", "ecall", "e", same_start=False)
    (True, False)
    """
    start, other_anchor = found.index(anchor), other.index(anchor)
    for position in range(start if same_start else start + 1, len(found)):  # other's anchor in found
        offset = position - other_anchor  # where other starts, relative to found
        if all(found[offset + i] == char for i, char in enumerate(other) if 0 <= offset + i < len(found)):
            return True
    return False
