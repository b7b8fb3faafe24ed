"""LN602 finds a sentence said twice wherever it stands in its line, with nothing else repeated in the text
(the cheap test in front of the exact one must let it through)."""

from __future__ import annotations

import pytest

from lintnews.config import Settings
from lintnews.linter import Linter

SENTENCE = "Flooding was prevented thanks to closing the dam a day earlier."


@pytest.mark.parametrize("line", [
    f"{SENTENCE} {SENTENCE}",  # the whole line
    f"{SENTENCE} {SENTENCE} The water fell.",  # at its start
    f"The water fell. {SENTENCE} {SENTENCE}",  # at its end
])
def test_a_sentence_said_twice_in_one_line_is_reported_once(line):
    text = f"Heavy rain hit the region on Sunday.\n{line}\nThe roads were reopened on Monday.\n"
    diagnostics = Linter(Settings(select=("LN602",))).lint_text("a.txt", text).diagnostics
    assert [(d.code, text[d.span.start:d.span.end]) for d in diagnostics] == [("LN602", SENTENCE)]
    (edit,) = diagnostics[0].fix.edits
    assert text[:edit.span.start] + text[edit.span.end:] == text.replace(f"{SENTENCE} {SENTENCE}", SENTENCE)
