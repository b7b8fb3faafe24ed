"""Rule data: loading and checking the TOML tables in rules/ (and the user's extra-rules files)."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

import lintnews


class RuleDataError(Exception):
    """A rule data file is wrong; the message names the file and the entry."""


@dataclass(frozen=True)
class Example:
    """A self-check shipped with the data: ``rule`` turns ``text`` into ``fixed`` with its safe fixes,
    and (for rules whose fixes are display-only) reports exactly the texts listed in ``reported``."""

    source: Path
    rule: str
    text: str
    fixed: str | None = None
    reported: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Calque:
    """A Russian news formula rendered word for word into English (LN502), with what to write instead."""

    cue: str  # a plain string every match contains: the cheap test before the pattern runs
    pattern: regex.Pattern
    source: str  # the Russian it renders
    explanation: str
    suggestion: str
    example: str


@dataclass(frozen=True)
class KnownName:
    """One ``[[name]]`` of a names table: a public figure or place and the wrong spellings that occur.

    ``correct`` are the right spellings (the first is what English-language wire services write, and the fix
    when it is the only one; a ``fix = false`` entry has no fix), ``variants`` the wrong ones. With
    ``match = "full-name"`` each variant is a whole name and matches only as such (``Anthony Blinken``).
    """

    source: Path
    about: str
    correct: tuple[str, ...]
    variants: tuple[str, ...]
    full_name: bool
    fix: str | None


@dataclass
class RuleData:
    """Every table loaded, merged across files."""

    lookalikes: dict[str, str] = field(default_factory=dict)  # foreign letter -> ASCII letter
    # (pattern, replacement) rewrites that give every romanization of one name the same key (LN201)
    equivalences: list[tuple[re.Pattern, str]] = field(default_factory=list)
    # self-checks of the equivalences: groups that must share a key, and groups that must not
    same_names: list[tuple[str, ...]] = field(default_factory=list)
    different_names: list[tuple[str, ...]] = field(default_factory=list)
    calques: list[Calque] = field(default_factory=list)
    names: list[KnownName] = field(default_factory=list)  # known mis-transliterations (LN203)
    name_variants: dict[str, KnownName] = field(default_factory=dict)  # wrong spelling -> its entry
    designations: Designations = field(default_factory=lambda: Designations())
    examples: list[Example] = field(default_factory=list)
    sources: list[Path] = field(default_factory=list)


def builtin_rules_dir() -> Path:
    """Return the folder of the shipped rule data: inside the installed package, or the checkout's rules/."""
    package = Path(lintnews.__file__).resolve().parent
    installed = package / "_rules"
    return installed if installed.is_dir() else package.parent / "rules"


def load_rule_data(extra: Iterable[Path] = (), kinds: Collection[str] | None = None) -> RuleData:
    """Load the built-in tables and then ``extra`` files. Raises RuleDataError naming file and entry.

    With ``kinds``, a table of another kind is read and its kind checked, but not loaded: a run loads only
    the tables its rules read (checking the calques of LN502, which is opt-in, took 10 ms of every run).
    """
    data = RuleData()
    for path in sorted(builtin_rules_dir().glob("*.toml")):
        load_file(path, data, kinds)
    for path in extra:
        load_file(path, data, kinds)
    data.designations.link(data.lookalikes)
    return data


def load_file(path: Path, data: RuleData, kinds: Collection[str] | None = None) -> None:
    """Check one rule data file and merge it into ``data`` (unless its kind is not among ``kinds``)."""
    try:
        with path.open("rb") as stream:
            table = tomllib.load(stream)
    except tomllib.TOMLDecodeError as error:
        raise RuleDataError(f"{path}: not valid TOML: {error}") from None
    except OSError as error:
        raise RuleDataError(f"{path}: cannot read: {error.strerror}") from None
    kind = table.get("kind")
    loader = _KINDS.get(kind)
    if loader is None:
        raise RuleDataError(f"{path}: key 'kind': expected one of {', '.join(sorted(_KINDS))}, got {kind!r}")
    allowed = {"kind", "description", "example"} | set(loader.keys)
    for key in table:
        if key not in allowed:
            raise RuleDataError(f"{path}: unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")
    if kinds is not None and kind not in kinds:
        return
    loader.load(path, table, data)
    data.examples.extend(_examples(path, table.get("example", [])))
    data.sources.append(path)


def _examples(path: Path, entries: Any) -> list[Example]:
    if not isinstance(entries, list):
        raise RuleDataError(f"{path}: 'example' must be an array of tables ([[example]])")
    examples = []
    for number, entry in enumerate(entries, 1):
        where = f"{path}: example {number}"
        if (not isinstance(entry, dict) or not {"rule", "text"} <= set(entry) <= EXAMPLE_KEYS
                or not {"fixed", "reported"} & set(entry)):
            raise RuleDataError(f"{where}: needs the keys rule, text and fixed (or reported)")
        reported = entry.get("reported")
        if not all(isinstance(entry[key], str) for key in ("rule", "text", "fixed") if key in entry):
            raise RuleDataError(f"{where}: rule, text and fixed must be strings")
        if reported is not None and not (isinstance(reported, list) and all(isinstance(r, str) for r in reported)):
            raise RuleDataError(f"{where}: reported must be a list of strings (the flagged texts, in order)")
        examples.append(Example(path, entry["rule"], entry["text"], entry.get("fixed"),
                                None if reported is None else tuple(reported)))
    return examples


def nested_quantifier(pattern: str) -> str | None:
    r"""Return the first group that repeats something itself repeated (``(a+)+``), or None.

    Such a group can backtrack catastrophically on text that almost matches, so rule data refuses it.
    Quantifiers inside character classes and escaped characters are not quantifiers.

    >>> nested_quantifier(r"(?:\w+ )?Foreign Ministry"), nested_quantifier(r"(?:\w+ )+Ministry")
    (None, '(?:\\w+ )+')
    >>> nested_quantifier(r"[(+]+ (?:a|b){2}")
    """
    stack: list[tuple[int, bool]] = []  # (where the group opened, whether it holds a quantifier)
    index = 0
    quantified = False  # whether the innermost open group holds a quantifier
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(pattern, index)
            continue
        if char == "(":
            stack.append((index, quantified))
            quantified = False
        elif char == ")" and stack:
            opened, outer = stack.pop()
            after = pattern[index + 1:index + 2]
            if quantified and after in ("*", "+", "{"):
                return pattern[opened:index + 2]
            quantified = outer or quantified
        elif char in "*+" or (char == "{" and regex.match(r"\{\d*,?\d*\}", pattern[index:])):
            quantified = True
        index += 1
    return None


def _class_end(pattern: str, start: int) -> int:
    """Return the index just after the character class opening at ``start``."""
    index = start + 1
    if pattern[index:index + 1] == "^":
        index += 1
    if pattern[index:index + 1] == "]":
        index += 1
    while index < len(pattern) and pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index + 1


EXAMPLE_KEYS = {"rule", "text", "fixed", "reported"}
CALQUE_REACH = 50  # a calque's match may reach at most this many characters before or after its cue


class _LookalikeTable:
    """``[letters]``: a letter of another script -> the plain ASCII letter it is mistaken for."""

    keys = ("letters",)

    @staticmethod
    def load(path: Path, table: dict[str, Any], data: RuleData) -> None:
        letters = table.get("letters")
        if not isinstance(letters, dict):
            raise RuleDataError(f"{path}: key 'letters' must be a table")
        for char, latin in letters.items():
            where = f"{path}: letters entry {char!r}"
            if len(char) != 1 or char.isascii() or not unicodedata.category(char).startswith("L"):
                raise RuleDataError(f"{where}: the key must be one non-ASCII letter")
            if not isinstance(latin, str) or len(latin) != 1 or not (latin.isascii() and latin.isalpha()):
                raise RuleDataError(f"{where}: the value must be one ASCII letter")
            if char in data.lookalikes and data.lookalikes[char] != latin:
                raise RuleDataError(f"{where}: conflicts with {data.lookalikes[char]!r} from an earlier file")
            data.lookalikes[char] = latin


class _TransliterationTable:
    """``[[equivalence]]`` rewrites (pattern, replacement, why) and ``[[same]]``/``[[different]]`` checks."""

    keys = ("equivalence", "same", "different")

    @staticmethod
    def load(path: Path, table: dict[str, Any], data: RuleData) -> None:
        seen = {pattern.pattern for pattern, _ in data.equivalences}
        for number, entry in enumerate(_tables(path, table, "equivalence"), 1):
            where = f"{path}: equivalence {number}"
            if set(entry) != {"pattern", "replacement", "why"} or not all(isinstance(v, str) for v in entry.values()):
                raise RuleDataError(f"{where}: needs exactly the string keys pattern, replacement and why")
            try:
                pattern = re.compile(entry["pattern"])
                pattern.sub(entry["replacement"], "probe")
            except (re.error, IndexError) as error:
                raise RuleDataError(f"{where}: bad pattern or replacement: {error}") from None
            if pattern.pattern in seen:
                raise RuleDataError(f"{where}: pattern {pattern.pattern!r} is already listed")
            seen.add(pattern.pattern)
            data.equivalences.append((pattern, entry["replacement"]))
        for kind, target in (("same", data.same_names), ("different", data.different_names)):
            for number, entry in enumerate(_tables(path, table, kind), 1):
                names = entry.get("names")
                if set(entry) != {"names"} or not isinstance(names, list) or len(names) < 2 \
                        or not all(isinstance(name, str) and name for name in names):
                    raise RuleDataError(f"{path}: {kind} {number}: needs 'names', a list of two or more names")
                target.append(tuple(names))


def _tables(path: Path, table: dict[str, Any], key: str) -> list[dict[str, Any]]:
    entries = table.get(key, [])
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        raise RuleDataError(f"{path}: '{key}' must be an array of tables ([[{key}]])")
    return entries


class _TranslationeseTable:
    """``[[calque]]``: a Russian news formula rendered word for word (LN502), with a suggestion.

    Each entry has a ``cue`` (a plain string that every match contains, looked for first because
    a substring test is far cheaper than a pattern), a ``pattern`` (the `regex` module's syntax, no
    capturing groups, no nested quantifiers), the Russian ``source``, a short ``explanation``, a
    ``suggestion`` (shown as the fix) and a real ``example`` the pattern must match.
    """

    keys = ("calque",)
    entry_keys = ("cue", "pattern", "source", "explanation", "suggestion", "example")

    @classmethod
    def load(cls, path: Path, table: dict[str, Any], data: RuleData) -> None:
        entries = table.get("calque")
        if not isinstance(entries, list) or not entries:
            raise RuleDataError(f"{path}: key 'calque' must be an array of tables ([[calque]])")
        loaded: list[Calque] = []
        for number, entry in enumerate(entries, 1):
            loaded.append(cls._entry(f"{path}: calque {number}", entry, data.calques + loaded))
        for calque in loaded:
            for other in data.calques + loaded:
                if other.pattern.search(calque.suggestion):
                    raise RuleDataError(f"{path}: calque {calque.pattern.pattern!r}: its suggestion "
                                        f"{calque.suggestion!r} is itself matched by {other.pattern.pattern!r}")
        data.calques.extend(loaded)

    @classmethod
    def _entry(cls, where: str, entry: Any, earlier: list[Calque]) -> Calque:
        if not isinstance(entry, dict):
            raise RuleDataError(f"{where}: must be a table")
        for key in entry:
            if key not in cls.entry_keys:
                raise RuleDataError(f"{where}: unknown key {key!r} (allowed: {', '.join(cls.entry_keys)})")
        for key in cls.entry_keys:
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise RuleDataError(f"{where}: key {key!r} must be a non-empty string")
        source = entry["pattern"]
        where = f"{where} ({source!r})"
        try:
            pattern = regex.compile(source, regex.V0)
        except regex.error as error:
            raise RuleDataError(f"{where}: bad pattern: {error}") from None
        if pattern.groups:
            raise RuleDataError(f"{where}: use non-capturing groups (?:...)")
        nested = nested_quantifier(source)
        if nested:
            raise RuleDataError(f"{where}: nested quantifier {nested!r} can backtrack catastrophically")
        example, cue = entry["example"], entry["cue"]
        match = pattern.search(example)
        if match is None:
            raise RuleDataError(f"{where}: the pattern does not match its example {example!r}")
        if cue not in match.group():
            raise RuleDataError(f"{where}: the cue {cue!r} is not in the match {match.group()!r}")
        before = match.group().index(cue)
        if max(before, len(match.group()) - before - len(cue)) > CALQUE_REACH:
            raise RuleDataError(f"{where}: the match reaches more than {CALQUE_REACH} characters from the cue")
        if pattern.search("") or pattern.search(" "):
            raise RuleDataError(f"{where}: the pattern matches empty text")
        for other in earlier:
            if other.pattern.pattern == source:
                raise RuleDataError(f"{where}: duplicate of an earlier entry")
            found = other.pattern.search(example)
            if found and found.start() < match.end() and match.start() < found.end():
                raise RuleDataError(f"{where}: its example is also matched by {other.pattern.pattern!r}")
        return Calque(cue, pattern, entry["source"], entry["explanation"], entry["suggestion"], example)


# A name: letters (any script), marks and digits, joined by single spaces, hyphens, apostrophes or periods.
NAME_FORM = re.compile(r"[^\W_](?:[\w\u0300-\u036f]|[-'’.] ?(?=[^\W_])| (?=[^\W_]))*")
WORD_START = re.compile(r"(?<![\w\u0300-\u036f])\w")
WORD_END = re.compile(r"[\w\u0300-\u036f](?![\w\u0300-\u036f])")
NAME_KEYS = {"about", "correct", "variants", "match", "fix"}


def name_pattern(forms: Iterable[str]) -> re.Pattern:
    """Return one pattern matching any of ``forms`` as whole words, case-sensitively, longest first.

    A form matches only where no letter, digit or combining mark follows it, so a possessive works
    (``Kiev's``) and a variant never matches inside a longer word (``Zelensky`` in ``Zelenskyy``); the
    caller checks the start with ``starts_word`` (a lookbehind at the start of the pattern would stop the
    regex engine from skipping ahead to the possible first letters, which makes it four times slower).
    The forms are compiled as a trie, so each position costs one walk down it, not one try per form.

    >>> pattern = name_pattern(["Kiev", "Zelensky", "Zelenskiy"])
    >>> [match.group() for match in pattern.finditer("Kiev's Zelenskyy met Zelenskiy; Kievan")]
    ['Kiev', 'Zelenskiy']
    """
    trie: dict = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    if not trie:
        return re.compile("(?!)")  # no forms: never matches (an empty trie would match everywhere)
    return re.compile(_trie_regex(trie) + "(?![\\w\u0300-\u036f])")


def starts_word(text: str, index: int) -> bool:
    """Return whether ``index`` is the start of a word: no letter, digit or mark just before it.

    >>> starts_word("Kiev's", 0), starts_word("the Kalyn", 4), starts_word("MacKalyn", 3)
    (True, True, False)
    """
    if index == 0:
        return True
    before = text[index - 1]
    return not (before.isalnum() or before == "_" or "\u0300" <= before <= "\u036f")


def _trie_regex(node: dict) -> str:
    branches = [re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a form ends here: the longer forms are tried first, then nothing
        return (f"(?:{body})" if len(branches) == 1 else body) + "?"
    return body


class _NamesTable:
    """``[[name]]``: public figures and places, their correct spellings and the wrong variants that occur."""

    keys = ("name",)

    @staticmethod
    def load(path: Path, table: dict[str, Any], data: RuleData) -> None:
        entries = table.get("name")
        if not isinstance(entries, list):
            raise RuleDataError(f"{path}: 'name' must be an array of tables ([[name]])")
        loaded = []
        for number, entry in enumerate(entries, 1):
            loaded.append(_NamesTable.entry(path, number, entry))
        data.name_variants = _NamesTable.check_duplicates_and_chains([*data.names, *loaded])
        data.names.extend(loaded)

    @staticmethod
    def entry(path: Path, number: int, entry: Any) -> KnownName:
        if not isinstance(entry, dict):
            raise RuleDataError(f"{path}: name {number}: must be a table")
        where = f"{path}: name {number} ({entry.get('about', '?')!s:.40})"
        unknown = set(entry) - NAME_KEYS
        if unknown:
            raise RuleDataError(f"{where}: unknown key {sorted(unknown)[0]!r} (allowed: {', '.join(sorted(NAME_KEYS))})")
        for key in ("about", "correct", "variants"):
            if key not in entry:
                raise RuleDataError(f"{where}: needs the key {key!r}")
        about = entry["about"]
        if not isinstance(about, str) or not about.strip():
            raise RuleDataError(f"{where}: 'about' must say who or what the name is")
        forms = {}
        for key in ("correct", "variants"):
            value = entry[key]
            if not isinstance(value, list) or not value or not all(isinstance(item, str) for item in value):
                raise RuleDataError(f"{where}: {key!r} must be a non-empty list of strings")
            for item in value:
                if not NAME_FORM.fullmatch(item):
                    raise RuleDataError(f"{where}: {item!r} is not a name (words joined by single spaces)")
            forms[key] = tuple(value)
        match = entry.get("match", "alone")
        if match not in ("alone", "full-name"):
            raise RuleDataError(f"{where}: 'match' must be \"alone\" or \"full-name\", got {match!r}")
        if match == "full-name":
            for variant in forms["variants"]:
                if " " not in variant:
                    raise RuleDataError(f"{where}: full-name variant {variant!r} is a single word")
        fix = entry.get("fix", True)
        if not isinstance(fix, bool):
            raise RuleDataError(f"{where}: 'fix' must be true or false")
        return KnownName(path, about, forms["correct"], forms["variants"], match == "full-name",
                         forms["correct"][0] if fix else None)

    @staticmethod
    def check_duplicates_and_chains(names: list[KnownName]) -> dict[str, KnownName]:
        """Refuse a variant listed twice, and a variant that equals or matches inside any correct form.

        Returns each variant's entry.
        """
        by_variant: dict[str, KnownName] = {}
        for name in names:
            for variant in name.variants:
                if variant in by_variant:
                    raise RuleDataError(f"{name.source}: name {name.about!r}: variant {variant!r} is also listed "
                                        f"under {by_variant[variant].about!r}")
                by_variant[variant] = name
        for other in names:
            for form in other.correct:
                for words in whole_word_runs(form):
                    name = by_variant.get(words)
                    if name is not None:
                        raise RuleDataError(
                            f"{name.source}: name {name.about!r}: variant {words!r} matches the correct "
                            f"form {form!r} of {other.about!r} (a fix chain)")
        return by_variant


def whole_word_runs(form: str) -> list[str]:
    """Return every part of ``form`` that starts and ends at a word edge: what a whole-word variant could match.

    >>> whole_word_runs("Recep Tayyip Erdogan")
    ['Recep', 'Recep Tayyip', 'Recep Tayyip Erdogan', 'Tayyip', 'Tayyip Erdogan', 'Erdogan']
    """
    starts = [match.start() for match in WORD_START.finditer(form)]
    ends = [match.end() for match in WORD_END.finditer(form)]
    return [form[start:end] for start in starts for end in ends if end > start]




DESIGNATION_PREFIX = re.compile(r"[A-Za-z]{1,3}")
DESIGNATION_MODEL = re.compile(r"\d{1,4}[A-Za-z0-9]{0,6}")
DESIGNATION = re.compile(r"([A-Za-z]{1,3})-(\d{1,4}[A-Za-z0-9]{0,6})")
GRAU_INDEX = re.compile(r"\d{1,2}[A-Z]{1,2}\d{1,4}[A-Z0-9]{0,3}")
CYRILLIC_PREFIX = re.compile(r"[\u0400-\u04ff]{1,3}")


@dataclass(frozen=True)
class DesignationFamily:
    """A Russian designation family: the English prefix (Su), the Russian one (Су) and the known models."""

    prefix: str
    cyrillic: str
    what: str
    models: tuple[str, ...]
    where: str  # "rules/designations.toml: family 2 (Su)", for error messages


@dataclass
class Designations:
    """The designation tables, merged across files, and what LN202 derives from them.

    ``link`` derives the misread prefixes (the Cyrillic prefix read through the look-alike table) and
    checks the tables against each other; it runs once all files are loaded.
    """

    families: list[DesignationFamily] = field(default_factory=list)
    western: dict[str, str] = field(default_factory=dict)  # DESIGNATION in capitals -> where it was listed
    ambiguous: dict[str, tuple[str, str]] = field(default_factory=dict)  # capitals -> (also, where)
    sounds: dict[str, str] = field(default_factory=dict)  # small Cyrillic letter -> its Latin reading
    indexes: dict[str, str] = field(default_factory=dict)  # GRAU index (2S19) -> where it was listed
    known: dict[str, str] = field(default_factory=dict)  # capitals -> the correct form (SU-35 -> Su-35)
    misread: dict[str, list[DesignationFamily]] = field(default_factory=dict)  # Cy -> [the Su family]
    misread_from: dict[str, str] = field(default_factory=dict)  # Cy -> Су
    open_prefixes: set[str] = field(default_factory=set)  # misread prefixes reported with any model
    # A hyphen before a digit after the last letter of a misread prefix (C-4, Ty-1): LN202's one-scan gate.
    misread_gate: re.Pattern = re.compile(r"(?!)")
    linked: bool = False

    def link(self, lookalikes: dict[str, str]) -> None:
        """Derive the misreadings and refuse fix chains and conflicts. Raises RuleDataError naming the entry."""
        self.known, self.misread, self.misread_from = {}, {}, {}
        listed_in: dict[str, str] = {}
        for family in self.families:
            for model in family.models:
                form = f"{family.prefix}-{model}"
                if form.upper() in self.known:
                    raise RuleDataError(f"{family.where}: {form} is listed twice")
                if form.upper() in self.western:
                    raise RuleDataError(f"{family.where}: {form} is also listed as never reported "
                                        f"({self.western[form.upper()]})")
                self.known[form.upper()] = form
                listed_in[form.upper()] = family.where
        for index in self.indexes:
            self.known[index.upper()] = index
        misreadings = set()
        for family in self.families:
            for cyrillic in dict.fromkeys((family.cyrillic, family.cyrillic.upper())):
                read = "".join(lookalikes.get(char, "?") for char in cyrillic)
                if "?" in read or read.upper() == family.prefix.upper():
                    continue
                if family not in self.misread.setdefault(read, []):
                    self.misread[read].append(family)
                self.misread_from[read] = cyrillic
                for model in family.models:
                    wrong = f"{read}-{model}".upper()
                    misreadings.add(wrong)
                    if wrong in self.known:
                        raise RuleDataError(f"{listed_in[wrong]}: fix chain: {self.known[wrong]} is listed as "
                                            f"correct, but it is the misreading of {family.prefix}-{model} "
                                            f"({family.where})")
                    if wrong in self.western and wrong not in self.ambiguous:
                        raise RuleDataError(f"{family.where}: {read}-{model}, the misreading of {family.prefix}-"
                                            f"{model}, is listed as never reported ({self.western[wrong]}); "
                                            f"list it under [[ambiguous]] or drop the model")
        for wrong, (_also, where) in self.ambiguous.items():
            if wrong in self.western:
                raise RuleDataError(f"{where}: {wrong} is also listed as never reported ({self.western[wrong]})")
            if wrong not in misreadings:
                raise RuleDataError(f"{where}: {wrong} is not the misreading of any listed designation")
        taken = {form.split("-")[0] for form in (*self.western, *self.known)}
        self.open_prefixes = {read for read in self.misread if len(read) >= 2 and read.upper() not in taken}
        ends = "".join(sorted({read[-1] for read in self.misread}))
        # The literal hyphen comes first, so the regex engine skips to each hyphen at C speed.
        self.misread_gate = re.compile(f"-(?<=[{re.escape(ends)}]-)[0-9]" if ends else r"(?!)")
        self.linked = True


class _DesignationTable:
    """``[[family]]``, ``[[western]]``, ``[[ambiguous]]``, ``indexes`` and ``[sounds]``: see rules/designations.toml."""

    keys = ("family", "western", "ambiguous", "indexes", "sounds")

    @classmethod
    def load(cls, path: Path, table: dict[str, Any], data: RuleData) -> None:
        target = data.designations
        target.linked = False
        for number, entry in enumerate(cls._entries(path, table, "family"), 1):
            where = f"{path}: family {number}"
            cls._check_keys(where, entry, {"prefix", "cyrillic", "what", "models"})
            prefix, cyrillic, what = entry["prefix"], entry["cyrillic"], entry["what"]
            if not isinstance(prefix, str) or not DESIGNATION_PREFIX.fullmatch(prefix):
                raise RuleDataError(f"{where}: 'prefix' must be one to three ASCII letters, got {prefix!r}")
            where = f"{where} ({prefix})"
            if not isinstance(cyrillic, str) or not CYRILLIC_PREFIX.fullmatch(cyrillic):
                raise RuleDataError(f"{where}: 'cyrillic' must be one to three Cyrillic letters, got {cyrillic!r}")
            if not isinstance(what, str):
                raise RuleDataError(f"{where}: 'what' must be a string")
            models = cls._models(where, entry["models"])
            target.families.append(DesignationFamily(prefix, cyrillic, what, models, where))
        for number, entry in enumerate(cls._entries(path, table, "western"), 1):
            where = f"{path}: western {number}"
            cls._check_keys(where, entry, {"prefix", "what", "models"})
            prefix = entry["prefix"]
            if not isinstance(prefix, str) or not DESIGNATION_PREFIX.fullmatch(prefix):
                raise RuleDataError(f"{where}: 'prefix' must be one to three ASCII letters, got {prefix!r}")
            where = f"{where} ({prefix})"
            for model in cls._models(where, entry["models"]):
                form = f"{prefix}-{model}".upper()
                if form in target.western:
                    raise RuleDataError(f"{where}: {prefix}-{model} is listed twice")
                target.western[form] = f"{where}: {entry['what']}"
        for number, entry in enumerate(cls._entries(path, table, "ambiguous"), 1):
            where = f"{path}: ambiguous {number}"
            cls._check_keys(where, entry, {"designation", "also"})
            designation, also = entry["designation"], entry["also"]
            if not isinstance(designation, str) or not DESIGNATION.fullmatch(designation):
                raise RuleDataError(f"{where}: 'designation' must look like P-36, got {designation!r}")
            if designation.upper() in target.ambiguous:
                raise RuleDataError(f"{where}: {designation} is listed twice")
            target.ambiguous[designation.upper()] = (str(also), f"{where} ({designation})")
        indexes = table.get("indexes", [])
        if not isinstance(indexes, list):
            raise RuleDataError(f"{path}: key 'indexes' must be an array of strings")
        for index in indexes:
            where = f"{path}: indexes entry {index!r}"
            if not isinstance(index, str) or not GRAU_INDEX.fullmatch(index):
                raise RuleDataError(f"{where}: a GRAU index is a digit or two, capitals and digits (9M723)")
            if index in target.indexes:
                raise RuleDataError(f"{where}: listed twice")
            target.indexes[index] = where
        sounds = table.get("sounds", {})
        if not isinstance(sounds, dict):
            raise RuleDataError(f"{path}: key 'sounds' must be a table")
        for char, latin in sounds.items():
            where = f"{path}: sounds entry {char!r}"
            if len(char) != 1 or not ("\u0400" <= char <= "\u04ff") or not char.islower():
                raise RuleDataError(f"{where}: the key must be one small Cyrillic letter")
            if not isinstance(latin, str) or len(latin) > 4 or not (latin.isascii() and latin.isalpha() or not latin):
                raise RuleDataError(f"{where}: the value must be up to four ASCII letters")
            if char in target.sounds and target.sounds[char] != latin.lower():
                raise RuleDataError(f"{where}: conflicts with {target.sounds[char]!r} from an earlier file")
            target.sounds[char] = latin.lower()

    @staticmethod
    def _entries(path: Path, table: dict[str, Any], key: str) -> list[dict[str, Any]]:
        entries = table.get(key, [])
        if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
            raise RuleDataError(f"{path}: {key!r} must be an array of tables ([[{key}]])")
        return entries

    @staticmethod
    def _check_keys(where: str, entry: dict[str, Any], keys: set[str]) -> None:
        for key in entry:
            if key not in keys:
                raise RuleDataError(f"{where}: unknown key {key!r} (allowed: {', '.join(sorted(keys))})")
        for key in sorted(keys):
            if key not in entry:
                raise RuleDataError(f"{where}: missing key {key!r}")

    @staticmethod
    def _models(where: str, models: Any) -> tuple[str, ...]:
        if not isinstance(models, list) or not models:
            raise RuleDataError(f"{where}: 'models' must be a non-empty array of strings")
        for model in models:
            if not isinstance(model, str) or not DESIGNATION_MODEL.fullmatch(model):
                raise RuleDataError(f"{where}: model {model!r} must be digits with an optional suffix (22M3)")
        duplicates = sorted({model for model in models if models.count(model) > 1})
        if duplicates:
            raise RuleDataError(f"{where}: model {duplicates[0]!r} is listed twice")
        return tuple(models)


_KINDS = {"designations": _DesignationTable, "lookalikes": _LookalikeTable, "names": _NamesTable,
          "translationese": _TranslationeseTable, "transliteration": _TransliterationTable}
