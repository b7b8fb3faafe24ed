"""The quote model against its peers' test suites: cmark's and markdown-it's smart-quote fixtures, retext-quotes' cases.

Each fixture says, for some straight or curly quote, whether it opens, closes or is an apostrophe (cmark and
markdown-it by the curly mark they turn it into, or by leaving it straight when it pairs with nothing;
retext-quotes by the mark its message expects). lintnews must agree. Where it does not, the case is kept
below in KNOWN, with the reason, rather than deleted: these suites test Markdown renderers, and some of
their cases are about Markdown syntax (emphasis boundaries) that lintnews, reading plain text, does not see.
"""

from __future__ import annotations

import html
import json
import re

import pytest

from conftest import CORPORA, needs_corpora

from lintnews.quotes import APOSTROPHE, CLOSE, OPEN, find_quote_marks

FIXTURES = CORPORA / "quote-fixtures"
OPENING = "“‘«‹„"
CLOSING = "”’»›"
TAG = re.compile(r"<[^>]*>")

# (suite, input, index of the quote among the input's quotes) -> why lintnews reads it otherwise.
EMPHASIS = ("Markdown syntax: a quote may not pair across an emphasis boundary (`*\"foo* bar\"`), so the "
            "renderer leaves both straight; in plain text, where `*` is only punctuation, the two quotes pair")
_EMPHASIS_EXAMPLE = '*"foo* bar"\n\n"foo *bar"*\n\n*"foo* bar *baz"*'
KNOWN = {
    **{("markdown-it", _EMPHASIS_EXAMPLE, index): EMPHASIS for index in range(6)},
    ("markdown-it", '*foo "bar* *baz" quux*', 0): EMPHASIS,
    ("markdown-it", '*foo "bar* *baz" quux*', 1): EMPHASIS,
}


def markdown_examples(name: str) -> list[tuple[str, str]]:
    """Return the (input, html) pairs of a spec-style fixture file (examples fenced by lines of one '.')."""
    examples = []
    parts: list[list[str]] = []
    inside = False
    for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
        if line == ".":
            if not inside:
                inside = True
                parts = [[]]
            elif len(parts) == 1:
                parts.append([])
            else:
                examples.append(("\n".join(parts[0]), "\n".join(parts[1])))
                inside = False
            continue
        if inside:
            parts[-1].append(line)
    return examples


def expected_from_html(source: str, rendered: str) -> list[str]:
    """Return what the renderer made of each straight quote of ``source``: OPEN, CLOSE or '' (left straight)."""
    marks = [char for char in html.unescape(TAG.sub("", rendered)) if char in "\"'“”‘’"]
    straight = [char for char in source if char in "\"'"]
    assert len(marks) == len(straight), (source, rendered)
    return [OPEN if char in OPENING else CLOSE if char in CLOSING else "" for char in marks]


def lintnews_reading(text: str, *, paired_only: bool) -> dict[int, str]:
    """Return, by offset, OPEN, CLOSE or APOSTROPHE (as a renderer shows it: a closing mark) or ''."""
    reading = {}
    for mark in find_quote_marks(text):
        role = mark.role
        if role == APOSTROPHE:
            reading[mark.offset] = APOSTROPHE
        elif role in (OPEN, CLOSE) and (mark.paired or not paired_only):
            reading[mark.offset] = role
        else:
            reading[mark.offset] = ""
    return reading


def markdown_cases(suite: str, name: str) -> list[tuple[str, str, int, int, str]]:
    cases = []
    if not FIXTURES.is_dir():
        return cases
    for source, rendered in markdown_examples(name):
        expected = expected_from_html(source, rendered)
        offsets = [offset for offset, char in enumerate(source) if char in "\"'"]
        for index, (offset, want) in enumerate(zip(offsets, expected, strict=True)):
            cases.append((suite, source, index, offset, want))
    return cases


MARKDOWN_CASES = (markdown_cases("cmark", "cmark-smart_punct.txt")
                  + markdown_cases("markdown-it", "markdown-it-smartquotes.txt"))


def retext_cases() -> list[tuple[str, str, int, int, str]]:
    """Return (suite, input, message number, offset, expected role) for each retext message that says one."""
    cases = []
    if not FIXTURES.is_dir():
        return cases
    data = json.loads((FIXTURES / "retext-quotes-cases.json").read_text(encoding="utf-8"))
    for case in data["cases"]:
        text = case["input"]
        starts = [0] + [match.end() for match in re.finditer("\n", text)]
        messages = list(case.get("expected", []))
        first = case.get("expected_first_message")
        if first:
            messages.append(f"{first['line']}:{first['column']}-: {first['reason']}")
        for number, message in enumerate(messages):
            line, column = map(int, re.match(r"(\d+):(\d+)-", message).groups())
            offset = starts[line - 1] + column - 1
            actual = text[offset]
            expected = re.findall(r"`(.)`", message)[-1]
            if "apostrophe" in message:
                want = APOSTROPHE
            elif expected in OPENING or expected in CLOSING:
                want = OPEN if expected in OPENING else CLOSE
            elif actual in OPENING or actual in CLOSING:
                want = OPEN if actual in OPENING else CLOSE
            else:
                continue  # a straight mark expected for a straight mark: no direction is said
            cases.append(("retext-quotes", text, number, offset, want))
    return cases


RETEXT_CASES = retext_cases()


def _id(case) -> str:
    suite, source, index = case[0], case[1], case[2]
    return f"{suite}:{source[:30]!r}:{index}"


@needs_corpora()
@pytest.mark.parametrize("case", MARKDOWN_CASES, ids=_id)
def test_lintnews_reads_each_straight_quote_as_the_markdown_renderers_do(case):
    suite, source, index, offset, want = case
    got = lintnews_reading(source, paired_only=True).get(offset, APOSTROPHE)
    if got == APOSTROPHE:
        got = CLOSE  # smart-quote renderers print an apostrophe as a closing single quote
    if (suite, source, index) in KNOWN:
        assert got != want, f"known case now agrees, remove it from KNOWN: {KNOWN[(suite, source, index)]}"
        return
    assert got == want, f"{suite}: {source!r}: quote {index} at {offset}"


@needs_corpora()
@pytest.mark.parametrize("case", RETEXT_CASES, ids=_id)
def test_lintnews_reads_each_quote_as_retext_quotes_does(case):
    suite, source, number, offset, want = case
    got = lintnews_reading(source, paired_only=False).get(offset, APOSTROPHE)
    assert got == want, f"{suite}: {source!r}: message {number} at {offset}"


@needs_corpora()
def test_the_peer_suites_are_all_read():
    assert len(markdown_examples("cmark-smart_punct.txt")) == 9
    assert len(markdown_examples("markdown-it-smartquotes.txt")) == 14
    passed = len(MARKDOWN_CASES) + len(RETEXT_CASES) - len(KNOWN)
    print(f"peer quote fixtures: {passed} agree, {len(KNOWN)} known cases")
    assert (len(MARKDOWN_CASES), len(RETEXT_CASES), len(KNOWN), passed) == (96, 43, 8, 131)
