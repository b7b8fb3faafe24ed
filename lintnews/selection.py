"""Which rules run: selectors by code, code prefix or name, where the most specific selector wins."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import PurePath

from lintnews.rule import Rule


class SelectorError(ValueError):
    """A selector names no rule."""


class RuleSelection:
    """Decide, once per path, which rules are on.

    A selector is ``DEFAULT`` (the default rule set: every rule but the opt-in ones), ``ALL``, a code prefix
    (``LN``, ``LN1``, ``LN10``, ``LN101``) or a rule name (``mixed-script-word``, as specific as its code). For each rule the longest matching selector decides:
    a rule is on when its longest ``select`` match is longer than its longest ``ignore`` match.

    >>> from lintnews.checks import ALL_RULES
    >>> selection = RuleSelection(ALL_RULES, select=["LN1"], ignore=["LN10", "LN105"], extend_select=["LN106"])
    >>> [rule.code for rule in selection.rules_for("a.txt")]  # LN10 beats LN1; LN106 beats LN10
    ['LN106']
    """

    def __init__(
        self,
        rules: Sequence[type[Rule]],
        *,
        select: Iterable[str] = ("DEFAULT",),
        extend_select: Iterable[str] = (),
        ignore: Iterable[str] = (),
        per_file_ignores: dict[str, list[str]] | None = None,
    ) -> None:
        self.rules = tuple(rules)
        self._names = {rule.name: rule.code for rule in self.rules}
        chosen = list(select) + list(extend_select)
        for selector in (*chosen, *ignore, *(s for v in (per_file_ignores or {}).values() for s in v)):
            self.validate(selector)
        self._select = tuple(chosen)
        self._ignore = tuple(ignore)
        self._per_file_ignores = tuple((pattern, tuple(codes)) for pattern, codes in (per_file_ignores or {}).items())
        self._cache: dict[tuple[str, ...], tuple[type[Rule], ...]] = {}

    def validate(self, selector: str) -> None:
        """Raise SelectorError unless ``selector`` matches at least one rule."""
        if not any(self._specificity(selector, rule) for rule in self.rules):
            raise SelectorError(f"unknown rule selector {selector!r}")

    def rules_for(self, path: str) -> tuple[type[Rule], ...]:
        """Return the rules that run on ``path``, in code order."""
        return self._rules_ignoring(
            tuple(s for pattern, codes in self._per_file_ignores if _matches(path, pattern) for s in codes))

    def _rules_ignoring(self, extra: tuple[str, ...]) -> tuple[type[Rule], ...]:
        """Return the rules on when ``extra`` selectors are ignored besides ``ignore``, in code order."""
        rules = self._cache.get(extra)
        if rules is None:
            ignore = self._ignore + extra
            rules = tuple(
                sorted((rule for rule in self.rules if self._enabled(rule, ignore)), key=lambda rule: rule.code)
            )
            self._cache[extra] = rules
        return rules

    def selected(self) -> tuple[type[Rule], ...]:
        """Return the rules that run on some path (per-file-ignores only turn rules off), in code order."""
        return self._rules_ignoring(())

    def is_enabled(self, code: str, path: str) -> bool:
        return any(rule.code == code for rule in self.rules_for(path))

    def _enabled(self, rule: type[Rule], ignore: tuple[str, ...]) -> bool:
        chosen = max((self._specificity(s, rule) for s in self._select), default=0)
        dropped = max((self._specificity(s, rule) for s in ignore), default=0)
        return chosen > dropped

    def _specificity(self, selector: str, rule: type[Rule]) -> int:
        """Return how specifically ``selector`` names ``rule``: 0 when it does not match it at all."""
        return _specificity(selector, rule.code, rule.name, rule.default)


@lru_cache(maxsize=4096)
def _specificity(selector: str, code: str, name: str, default: bool) -> int:
    if selector == "ALL":
        return 1
    if selector == "DEFAULT":
        return 1 if default else 0
    if selector == name:
        return len(code) + 1
    if code.startswith(selector.upper()) and selector[:2].upper() == "LN":
        return len(selector) + 1
    return 0


def _matches(path: str, pattern: str) -> bool:
    """Return whether a per-file-ignores or exclude pattern matches a path, its tail, or its file name."""
    pure = PurePath(path)
    return fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(pure.name, pattern) or pure.match(pattern)
