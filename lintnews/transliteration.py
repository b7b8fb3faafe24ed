"""Romanized names: the spelling key that makes two romanizations of one name equal, and where names occur."""

from __future__ import annotations

import functools
import operator
import re
import string
from collections import Counter
from collections.abc import Iterable

from lintnews.model import Span

ASCII_LETTERS = frozenset(string.ascii_letters)
# What may stand between a sentence start and its first word: spaces, opening quotes and brackets.
OPENERS = " \t\"'“‘«(["
# Characters that end a sentence or a clause after which a capital letter proves nothing.
SENTENCE_BREAKS = ".!?…:;•–—-\r\n"
# A capitalized word right after a lowercase word or a comma: the surest sign of a proper name.
MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+\b")


def spelling_key(name: str, equivalences: Iterable[tuple[re.Pattern, str]]) -> str:
    """Return the key of a romanized name: the same for every romanization of one Cyrillic spelling.

    >>> rules = [(re.compile("y"), "i"), (re.compile("^ie"), "e"), (re.compile(r"(.)\\1+"), r"\\1")]
    >>> spelling_key("Yermakov", rules), spelling_key("Ermakov", rules), spelling_key("Zelenskyy", rules)
    ('ermakov', 'ermakov', 'zelenski')
    """
    key = name.lower()
    for pattern, replacement in equivalences:
        key = pattern.sub(replacement, key)
    return key


def literal_rewrite(pattern: re.Pattern, replacement: str) -> tuple[str, str] | None:
    """Return (old, new) when a rewrite is a plain substring replacement, which str.replace does faster.

    >>> literal_rewrite(re.compile("kh"), "h"), literal_rewrite(re.compile("^ie"), "e")
    (('kh', 'h'), None)
    """
    source = pattern.pattern
    if isinstance(source, str) and source and re.escape(source) == source and "\\" not in replacement \
            and not pattern.flags & re.IGNORECASE:
        return source, replacement
    return None


# A group reference in a replacement template as re reads it: \1 to \99, \g<1>. Not \0 or \012 (octal
# escapes to re), nor \12 followed by a digit (\123 is octal, \128 is group 12 and "8"): those stay re's.
GROUP_REFERENCE = re.compile(r"\\(?:([1-9][0-9]?)(?![0-9])|g<([0-9]+)>)")


def _expander(template: str):
    """Return a function that expands ``template`` (``\\1e``) for a match as re.sub does, parsed once
    (Match.expand parses the template on every call); a template with other escapes is returned as it is.

    >>> _expander(r"\\1e")(re.match("(x)y", "xy")), _expander(r"\\1")(re.match("(x)y", "xy")), _expander(r"a\\n")
    ('xe', 'x', 'a\\\\n')
    """
    pieces = GROUP_REFERENCE.split(template)
    literals = pieces[0::3]
    if any("\\" in literal for literal in literals):
        return template
    groups = [int(plain or named) for plain, named in zip(pieces[1::3], pieces[2::3])]
    if literals == ["", ""]:
        # A template of one group (``\\1``) is Match.group, called from C; re.sub writes None as "".
        return operator.methodcaller("group", groups[0])

    def expand(match: re.Match) -> str:
        parts = [literals[0]]
        for group, literal in zip(groups, literals[1:]):
            parts.append(match.group(group) or "")
            parts.append(literal)
        return "".join(parts)

    return expand


# Where a pattern stands in words joined by line feeds (positions as re's parser names them): ^ and $ are
# then compiled to match at every line, so each word still has its own; \A and \Z see the whole string.
# \B is left out: it differs on an empty word (no match alone, a match between two line feeds).
LINE_ANCHORS = frozenset({"AT_BEGINNING", "AT_END", "AT_BEGINNING_LINE", "AT_END_LINE", "AT_BOUNDARY"})
# Character classes that never hold a line feed (\s, \W, \D, \S and negated classes all do).
CLASSES_WITHOUT_LINE_FEED = frozenset({"CATEGORY_DIGIT", "CATEGORY_WORD"})
LINE_FEED = 10


def _parsed(pattern: re.Pattern):
    """Return the parse tree of ``pattern`` (re's own, a private module), or None when it cannot be had."""
    try:
        from re import _parser
        return _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # another Python's parser, or a bytes pattern: the caller keeps to the plain way
        return None


def _never_takes_line_feed(items, flags: int) -> bool:
    """Whether no part of a parsed pattern can match a line feed or a string's ends (unknown parts: False).

    Such a pattern stops at a line feed as at the end of a string, and looks back at one as at its start:
    over words joined by line feeds it finds in each word what it finds in that word alone.
    """
    for op, argument in items:
        name = op.name
        if name == "LITERAL":
            ok = argument != LINE_FEED
        elif name == "NOT_LITERAL":
            ok = argument == LINE_FEED  # [^\n]
        elif name == "ANY":
            ok = not flags & re.DOTALL
        elif name == "IN":
            ok = all(_class_item_without_line_feed(item_op.name, value) for item_op, value in argument)
        elif name == "AT":
            ok = argument.name in LINE_ANCHORS
        elif name == "GROUPREF":
            ok = True  # repeats what a group matched, which held no line feed
        elif name == "SUBPATTERN":
            _group, add_flags, del_flags, inner = argument
            ok = not add_flags and not del_flags and _never_takes_line_feed(inner, flags)  # no (?s:...), (?-m:...)
        elif name == "BRANCH":
            ok = all(_never_takes_line_feed(branch, flags) for branch in argument[1])
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            ok = _never_takes_line_feed(argument[2], flags)
        elif name in ("ASSERT", "ASSERT_NOT"):
            ok = _never_takes_line_feed(argument[1], flags)
        elif name == "ATOMIC_GROUP":
            ok = _never_takes_line_feed(argument, flags)
        elif name == "GROUPREF_EXISTS":
            _group, yes, no = argument
            ok = _never_takes_line_feed(yes, flags) and (no is None or _never_takes_line_feed(no, flags))
        else:
            ok = False
        if not ok:
            return False
    return True


def _class_item_without_line_feed(name: str, value) -> bool:
    if name == "LITERAL":
        return value != LINE_FEED
    if name == "RANGE":
        return not value[0] <= LINE_FEED <= value[1]
    if name == "CATEGORY":
        return value.name in CLASSES_WITHOUT_LINE_FEED
    return False  # NEGATE and anything this function does not know


def line_pattern(pattern: re.Pattern) -> re.Pattern | None:
    """Return ``pattern`` for rewriting many words joined by line feeds at once, or None when it might
    rewrite a word differently there than alone (conservatively: when that is not shown by its parse).

    A pattern that can match a line feed, look past one (``\\s``, ``[^a]``, ``(?s).``) or needs a whole
    string's ends (``\\A``, ``\\Z``) keeps to one word at a time; ``^`` and ``$`` match at each word.

    >>> line_pattern(re.compile("^ie")).flags & re.MULTILINE == re.MULTILINE, line_pattern(re.compile("[^a]y$"))
    (True, None)
    """
    items = _parsed(pattern)
    try:
        if items is None or not _never_takes_line_feed(items, pattern.flags):
            return None
        return re.compile(pattern.pattern, pattern.flags | re.MULTILINE)
    except Exception:  # a parse tree of another shape (another Python): one word at a time
        return None


def required_text(pattern: re.Pattern) -> str:
    """Return the longest run of plain characters that every match of ``pattern`` holds ('' if none known).

    A word without it cannot be rewritten, so the rewrite is skipped: a substring test costs less than
    a search that finds nothing.

    >>> required_text(re.compile("(?<=.)j")), required_text(re.compile("([aeiou])ie")), required_text(re.compile("a|b"))
    ('j', 'ie', '')
    """
    items = _parsed(pattern)
    if items is None or pattern.flags & re.IGNORECASE:
        return ""
    longest = run = ""
    for op, argument in items:
        run = run + chr(argument) if op.name == "LITERAL" else ""
        longest = max(longest, run, key=len)
    return longest


class SpellingIndex:
    """The spelling keys of every capitalized word met in a run, and which words share a key.

    Most documents hold no two spellings of one name. Keeping apart the words met whose key no other
    word has lets a document be cleared by one set operation in C; keys are computed only for words not
    met before, all of a document's at once.
    """

    def __init__(self, equivalences: list[tuple[re.Pattern, str]]) -> None:
        # Each step is (text every match needs, rewrite of one word, rewrite of words joined by line feeds
        # or None). A plain substring is replaced by str.replace: same keys, less time. A replacement with
        # group references becomes a function of the match: re.sub would parse the template every call.
        self.steps = [_step(pattern, replacement) for pattern, replacement in equivalences]
        # The steps up to the first that cannot run on joined words run once over all of a batch's words.
        joinable = [step[2] is not None for step in self.steps] + [False]
        self.joined_steps = tuple(self.steps[:joinable.index(False)])
        self.word_steps = tuple(self.steps[joinable.index(False):])
        self.keys: dict[str, str] = {}  # word -> spelling key
        self.first_word: dict[str, str] = {}  # spelling key -> the first word met with it
        self.shared: set[str] = set()  # words whose key another word also has
        self.alone: set[str] = set()  # words whose key no other word has (so far)

    def key(self, word: str) -> str:
        key = self.keys.get(word)
        if key is None:
            self.add(word)
            key = self.keys[word]
        return key

    def add(self, word: str) -> None:
        self._remember(word, self._key_of(word))

    def add_words(self, words: Iterable[str]) -> None:
        """Key many words at once: the rewrites run over the words joined by line feeds (C, not Python,
        loops over the words), which gives each word the key ``add`` gives it."""
        words = list(words)
        for word, key in zip(words, self._keys_of(words)):
            self._remember(word, key)

    def _key_of(self, word: str) -> str:
        """The spelling key of one word: what spelling_key gives it."""
        key = word.lower()
        for needs, rewrite, _joined in self.steps:
            if needs in key:
                key = rewrite(key)
        return key

    def _keys_of(self, words: list[str]) -> list[str]:
        # Joining and splitting cost about what two words' rewrites save.
        if len(words) < 3 or not self.joined_steps:
            return [self._key_of(word) for word in words]
        text = "\n".join(words)
        if text.count("\n") != len(words) - 1:  # a word of its own holds a line feed
            return [self._key_of(word) for word in words]
        # str.lower of joined ASCII words is each word's; elsewhere (a final sigma) it may depend on the next.
        text = text.lower() if text.isascii() else "\n".join([word.lower() for word in words])
        for needs, _rewrite, joined in self.joined_steps:
            if needs in text:
                text = joined(text)
        keys = text.split("\n")
        for needs, rewrite, _joined in self.word_steps:
            keys = [rewrite(key) if needs in key else key for key in keys]
        return keys

    def _remember(self, word: str, key: str) -> None:
        self.keys[word] = key
        first = self.first_word.setdefault(key, word)
        if first != word:
            self.alone.discard(first)
            self.shared.add(first)
            self.shared.add(word)
        elif word not in self.shared:  # not a word met twice
            self.alone.add(word)

    def groups(self, words: set[str]) -> dict[str, list[str]]:
        """Return the ``words`` that share a spelling key with another of them, grouped by key (sorted).

        >>> index = SpellingIndex([(re.compile("y"), "i")])
        >>> index.groups({"Sergei", "Sergey", "Lavrov"}), index.groups({"Sergei", "Lavrov"})
        ({'sergei': ['Sergei', 'Sergey']}, {})
        """
        # Most documents' words were all met before, each alone with its key: one set operation clears them.
        candidates = words.difference(self.alone)  # words sharing a key, and words not met before
        if not candidates:
            return {}
        new = candidates.difference(self.keys)
        if new:
            self.add_words(new)
            candidates = words.intersection(self.shared)  # a new word may share a key met alone before
        if len(candidates) < 2:
            return {}
        keys = self.keys
        if len(set(map(keys.__getitem__, candidates))) == len(candidates):
            return {}  # the words share keys with words of other documents only
        grouped: dict[str, list[str]] = {}
        for word in sorted(candidates):
            grouped.setdefault(keys[word], []).append(word)
        return {key: group for key, group in grouped.items() if len(group) > 1}


def _step(pattern: re.Pattern, replacement: str):
    """Return one rewrite of SpellingIndex: (text it needs, rewrite of a word, rewrite of joined words or None)."""
    literal = literal_rewrite(pattern, replacement)
    if literal is not None:
        old, new = literal
        rewrite = operator.methodcaller("replace", old, new)
        return old, rewrite, rewrite if "\n" not in new else None
    expand = _expander(replacement) if "\\" in replacement else replacement
    joined = line_pattern(pattern)
    # Joined words stay apart only if no rewrite writes a line feed: none in the template's own text.
    if joined is not None and ("\n" in replacement or "\\" in GROUP_REFERENCE.sub("", replacement)):
        joined = None
    return (required_text(pattern), functools.partial(pattern.sub, expand),
            None if joined is None else functools.partial(joined.sub, expand))


def mentions(text: str, names: Iterable[str]) -> dict[str, list[Span]]:
    """Return where each of ``names`` stands as a whole word in ``text`` (a possessive ``'s`` may follow).

    >>> mentions("Sergei and Sergeiev met Sergei's son", ["Sergei", "Sergey"])
    {'Sergei': [Span(start=0, end=6), Span(start=24, end=30)], 'Sergey': []}
    """
    # One substring search per name (a pattern of all of them would be compiled anew for every document).
    # Whole words of letters cannot overlap, so each name is found on its own.
    found: dict[str, list[Span]] = {name: [] for name in names}
    size = len(text)
    for name, spans in found.items():
        index = text.find(name)
        while index >= 0:
            end = index + len(name)
            if (index == 0 or text[index - 1] not in ASCII_LETTERS) and (end == size or text[end] not in ASCII_LETTERS):
                spans.append(Span(index, end))
            index = text.find(name, index + 1)
    return found


def starts_sentence(text: str, offset: int) -> bool:
    """Return whether the word at ``offset`` opens a sentence, line or clause (its capital proves nothing).

    >>> text = 'Come in. "Some say", and Some Company'
    >>> starts_sentence(text, 0), starts_sentence(text, 10), starts_sentence(text, 25)
    (True, True, False)
    """
    position = offset
    while position > 0 and text[position - 1] in OPENERS:
        position -= 1
    return position == 0 or text[position - 1] in SENTENCE_BREAKS


def is_name(name: str, spans: list[Span], lowercase_spans: list[Span], text: str) -> bool:
    """Return whether the capitalized word ``name`` is used as a name in ``text``.

    It is not when the document also writes it in lower case (``Some`` and ``some``, ``Yes`` and ``yes``:
    a common word). A short word (three letters or fewer) capitalized only at sentence starts is taken
    for a common word too (``Yes``, ``Too``, ``Say``); longer ones for names (``Sergey said...``).

    >>> text = "Come here. Some say so; some do not. Sergey came, and Sergey left."
    >>> found = mentions(text, ["Some", "some", "Sergey", "sergey"])
    >>> is_name("Some", found["Some"], found["some"], text), is_name("Sergey", found["Sergey"], [], text)
    (False, True)
    """
    if lowercase_spans or not spans:
        return False
    return any(not starts_sentence(text, span.start) for span in spans) or len(name) > 3


def survey_names(texts: Iterable[str]) -> tuple[Counter, set[str]]:
    """Count the capitalized words of many texts, for comparing names across the files of a run.

    Returns (how often each word occurs, the words seen capitalized inside a sentence somewhere).
    """
    counts: Counter = Counter()
    inside_sentences: set[str] = set()
    capitalized = re.compile(r"[A-Z][a-z]+")
    for text in texts:
        counts.update(capitalized.findall(text))
        inside_sentences.update(MID_SENTENCE_CAPITAL.findall(text))
    return counts, inside_sentences
