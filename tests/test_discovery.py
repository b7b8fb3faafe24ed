"""Discovery: which files a walk finds and which exclude patterns skip (lintnews/files.py)."""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from lintnews.config import DEFAULT_EXCLUDE
from lintnews.files import _Exclusions

WORDS = ["build", "venv", ".git", "a.egg-info", "x.txt", "b.md", "notes", "build.txt", "egg-info"]
pieces = st.sampled_from(WORDS)
plain_patterns = st.lists(st.sampled_from(["build", "venv", ".git", "notes", "x.txt", ""]) | st.sampled_from(
    ["*.egg-info", "*.txt", "*info", "*"]), max_size=5)


def excluded_by_fnmatch(patterns: list[str], name: str, relative_folder: str | None) -> bool:
    """The definition: a pattern matches the name, or the path from the root (or a folder on it, ``P/*``)."""
    path_patterns = [*patterns, *(pattern.rstrip("/") + "/*" for pattern in patterns)]
    if any(re.match(fnmatch.translate(pattern), name) for pattern in patterns):
        return True
    if relative_folder is None:
        return False
    path = f"{relative_folder}/{name}" if relative_folder else name
    return any(re.match(fnmatch.translate(pattern), path) for pattern in path_patterns)


@settings(max_examples=400, deadline=None)
@given(plain_patterns, st.lists(pieces, max_size=4), st.lists(pieces, min_size=1, max_size=6), st.booleans())
def test_plain_patterns_skip_exactly_what_fnmatch_says(patterns, folders, names, inside_root):
    """Names and `*suffix` patterns take a fast path (folder tests, string methods): same answers."""
    exclusions = _Exclusions(patterns, Path("."))
    assert exclusions._simple is not None or not patterns
    relative_folder = "/".join(folders) if inside_root else None
    kept = exclusions.keep(names, relative_folder)
    assert kept == [name for name in names if not excluded_by_fnmatch(patterns, name, relative_folder)]


def test_the_default_excludes_take_the_fast_path_and_other_patterns_the_general_one():
    assert _Exclusions(list(DEFAULT_EXCLUDE), Path("."))._simple is not None
    general = _Exclusions(["tests/fixtures", "draft?.txt"], Path("."))
    assert general._simple is None
    assert general.keep(["a.txt", "draft1.txt"], "tests") == ["a.txt"]
    assert general.keep(["a.txt"], "tests/fixtures/deep") == []


def test_an_empty_pattern_matches_only_an_empty_name_as_fnmatch_has_it():
    assert _Exclusions([""], Path(".")).keep(["a.txt", "b.md"], "news") == ["a.txt", "b.md"]
