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
    # (pattern, replacement) rewrites that give every romanization of one name the same key (LN201)
    equivalences: list[tuple[re.Pattern, str]] = field(default_factory=list)
    # self-checks of the equivalences: groups that must share a key, and groups that must not
    same_names: list[tuple[str, ...]] = field(default_factory=list)
    different_names: list[tuple[str, ...]] = field(default_factory=list)
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


_KINDS = {"lookalikes": _LookalikeTable, "transliteration": _TransliterationTable}
