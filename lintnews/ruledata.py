"""Rule data: loading and checking the TOML tables in rules/ (and the user's extra-rules files)."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lintnews


class RuleDataError(Exception):
    """A rule data file is wrong; the message names the file and the entry."""


@dataclass(frozen=True)
class Example:
    """A self-check shipped with the data: ``rule`` turns ``text`` into ``fixed`` with its safe fixes."""

    source: Path
    rule: str
    text: str
    fixed: str


@dataclass
class RuleData:
    """Every table loaded, merged across files."""

    lookalikes: dict[str, str] = field(default_factory=dict)  # foreign letter -> ASCII letter
    designations: Designations = field(default_factory=lambda: Designations())
    examples: list[Example] = field(default_factory=list)
    sources: list[Path] = field(default_factory=list)


def builtin_rules_dir() -> Path:
    """Return the folder of the shipped rule data: inside the installed package, or the checkout's rules/."""
    package = Path(lintnews.__file__).resolve().parent
    installed = package / "_rules"
    return installed if installed.is_dir() else package.parent / "rules"


def load_rule_data(extra: Iterable[Path] = ()) -> RuleData:
    """Load the built-in tables and then ``extra`` files. Raises RuleDataError naming file and entry."""
    data = RuleData()
    for path in sorted(builtin_rules_dir().glob("*.toml")):
        load_file(path, data)
    for path in extra:
        load_file(path, data)
    data.designations.link(data.lookalikes)
    return data


def load_file(path: Path, data: RuleData) -> None:
    """Check one rule data file and merge it into ``data``."""
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
    loader.load(path, table, data)
    data.examples.extend(_examples(path, table.get("example", [])))
    data.sources.append(path)


def _examples(path: Path, entries: Any) -> list[Example]:
    if not isinstance(entries, list):
        raise RuleDataError(f"{path}: 'example' must be an array of tables ([[example]])")
    examples = []
    for number, entry in enumerate(entries, 1):
        where = f"{path}: example {number}"
        if not isinstance(entry, dict) or set(entry) != {"rule", "text", "fixed"}:
            raise RuleDataError(f"{where}: needs exactly the keys rule, text and fixed")
        if not all(isinstance(value, str) for value in entry.values()):
            raise RuleDataError(f"{where}: rule, text and fixed must be strings")
        examples.append(Example(path, entry["rule"], entry["text"], entry["fixed"]))
    return examples


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


_KINDS = {"designations": _DesignationTable, "lookalikes": _LookalikeTable}
