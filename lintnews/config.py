"""Configuration: finding the file, reading ``[tool.lintnews]`` or ``lintnews.toml``, and checking every key."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import regex

from lintnews.model import Severity

CONFIG_FILES = (".lintnews.toml", "lintnews.toml", "pyproject.toml")
DASH_STYLES = {"spaced-em": " — ", "closed-em": "—", "spaced-en": " – "}
QUOTE_STYLES = ("auto", "curly", "straight")
CONSISTENCY_SCOPES = ("document", "project")
DEFAULT_INCLUDE = ("*.txt", "*.md")
DEFAULT_EXCLUDE = (
    ".git", ".hg", ".svn", ".venv", "venv", ".tox", ".nox", "node_modules", "__pycache__", ".mypy_cache",
    ".pytest_cache", ".ruff_cache", "build", "dist", "site-packages", "*.egg-info",
)


class ConfigError(Exception):
    """A configuration file or value is wrong; the message names the file and the key."""


@dataclass(frozen=True)
class Settings:
    """Every setting, with its default; the CLI overrides file values field by field."""

    select: tuple[str, ...] = ("DEFAULT",)  # every rule but the opt-in ones
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    extend_include: tuple[str, ...] = ()
    fail_on: Severity = Severity.WARNING
    language: str = "en"
    dash_style: str = "spaced-em"
    quote_style: str = "auto"
    spellings: dict[str, list[str]] = field(default_factory=dict)
    consistency: str = "document"  # LN201 compares names within each document, or across all files of a run
    allow: tuple[str, ...] = ()
    extra_rules: tuple[Path, ...] = ()
    source: Path | None = None  # the file the settings came from
    root: Path = field(default_factory=Path.cwd)  # paths in the settings are relative to this folder

    def with_overrides(self, **overrides: Any) -> Settings:
        """Return a copy with the given fields replaced, skipping the ones that are None."""
        return replace(self, **{key: value for key, value in overrides.items() if value is not None})

    @property
    def allow_patterns(self) -> list[regex.Pattern]:
        return [regex.compile(pattern) for pattern in self.allow]


def find_config(start: Path) -> Path | None:
    """Return the nearest configuration file in ``start`` or a folder above it, or None.

    A pyproject.toml counts only when it has a ``[tool.lintnews]`` table.
    """
    for folder in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name != "pyproject.toml" or "lintnews" in _read_toml(candidate).get("tool", {}):
                return candidate
    return None


def load_settings(path: Path | None) -> Settings:
    """Return the settings in ``path`` (defaults when None). Raises ConfigError naming file and key."""
    if path is None:
        return Settings()
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("lintnews", {})
        prefix = "tool.lintnews."
    else:
        table = data
        prefix = ""
    return settings_from_table(table, source=path, prefix=prefix)


def settings_from_table(table: dict[str, Any], *, source: Path, prefix: str = "") -> Settings:
    """Check each key of a configuration table and return the Settings it describes."""
    root = source.parent
    values: dict[str, Any] = {"source": source, "root": root}
    for key, value in table.items():
        reader = _KEYS.get(key)
        where = f"{source}: key '{prefix}{key}'"
        if reader is None:
            known = ", ".join(sorted(_KEYS))
            raise ConfigError(f"{where}: unknown key (known keys: {known})")
        try:
            values[key.replace("-", "_")] = reader(value, root)
        except (TypeError, ValueError, regex.error) as error:
            raise ConfigError(f"{where}: {error}") from None
    return Settings(**values)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as stream:
            return tomllib.load(stream)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror}") from None


def _strings(value: Any, _root: Path) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise TypeError("expected a list of strings")
    return tuple(value)


def _string_lists(value: Any, _root: Path) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise TypeError("expected a table of string lists")
    for name, items in value.items():
        if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
            raise TypeError(f"entry {name!r}: expected a list of strings")
    return {name: list(items) for name, items in value.items()}


def _spellings(value: Any, root: Path) -> dict[str, list[str]]:
    """House spellings: preferred form -> variants. A variant that is also a preferred form, or that is
    listed under two preferred forms, would make fixes chase each other, so it is an error."""
    spellings = _string_lists(value, root)
    owner: dict[str, str] = {}
    for preferred, variants in spellings.items():
        for variant in [preferred, *variants]:
            if not variant.strip() or variant != variant.strip():
                raise ValueError(f"entry {preferred!r}: {variant!r} must be a name without surrounding spaces")
        for variant in variants:
            if variant in spellings:
                raise ValueError(f"entry {preferred!r}: variant {variant!r} is itself a preferred form")
            if variant in owner and owner[variant] != preferred:
                raise ValueError(f"entry {preferred!r}: variant {variant!r} is also listed under {owner[variant]!r}")
            owner[variant] = preferred
            inside = re.compile(r"(?<![\w\u0300-\u036f])" + re.escape(variant) + r"(?![\w\u0300-\u036f])")
            for form in spellings:
                if inside.search(form):
                    raise ValueError(f"entry {preferred!r}: variant {variant!r} occurs in the preferred form {form!r}")
    return spellings


def _choice(choices):
    def read(value: Any, _root: Path) -> str:
        if value not in choices:
            raise ValueError(f"expected one of {', '.join(choices)}, got {value!r}")
        return value
    return read


def _severity(value: Any, _root: Path) -> Severity:
    if not isinstance(value, str):
        raise TypeError("expected error, warning or info")
    return Severity.parse(value)


def _language(value: Any, _root: Path) -> str:
    if value != "en":
        raise ValueError(f"only 'en' is supported as the target language, got {value!r}")
    return value


def _patterns(value: Any, root: Path) -> tuple[str, ...]:
    patterns = _strings(value, root)
    for pattern in patterns:
        try:
            regex.compile(pattern)
        except regex.error as error:
            raise ValueError(f"bad pattern {pattern!r}: {error}") from None
    return patterns


def _paths(value: Any, root: Path) -> tuple[Path, ...]:
    return tuple(root / item for item in _strings(value, root))


_KEYS = {
    "select": _strings,
    "extend-select": _strings,
    "ignore": _strings,
    "per-file-ignores": _string_lists,
    "exclude": _strings,
    "extend-include": _strings,
    "fail-on": _severity,
    "language": _language,
    "dash-style": _choice(tuple(DASH_STYLES)),
    "quote-style": _choice(QUOTE_STYLES),
    "spellings": _spellings,
    "consistency": _choice(CONSISTENCY_SCOPES),
    "allow": _patterns,
    "extra-rules": _paths,
}
