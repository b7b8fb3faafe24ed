"""LN502's cue finder must never miss a cue that the plain substring test finds (it may add absent ones)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lintnews.checks.language import CueFinder, cue_groups
from lintnews.config import Settings
from lintnews.linter import Linter

CUES = [cue for cue, _calques in cue_groups(Linter(Settings(select=("LN502",))).context.data.calques)]
FINDER = CueFinder(CUES)
# Texts glued from cues, their pieces and a few letters, so that cues overlap and touch each other.
PIECES = st.sampled_from(CUES + [cue[:3] for cue in CUES] + [cue[-3:] for cue in CUES] + list("eikst ."))


def exact(text: str) -> list[int]:
    return [index for index, cue in enumerate(CUES) if cue in text]


def test_every_builtin_cue_is_found_alone_and_in_words():
    for index, cue in enumerate(CUES):
        assert index in FINDER.present(cue)
        assert index in FINDER.present(f"The {cue}s, {cue}{cue}.")


def test_overlapping_cues():
    # "day before" + "ecall" share an "e": the match for the first hides the anchor of the second
    text = "the day beforecall"
    assert set(exact(text)) <= set(FINDER.present(text))


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=12))
def test_finder_never_misses_a_cue(pieces):
    text = "".join(pieces)
    assert set(exact(text)) <= set(FINDER.present(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="eikhasd o", min_size=1, max_size=6), min_size=1, max_size=4),
       st.lists(st.text(alphabet="eikhasd o", max_size=8), max_size=10))
def test_finder_on_made_up_cues(cues, pieces):
    finder = CueFinder(cues)
    text = "".join(pieces + cues[:1])
    assert {index for index, cue in enumerate(cues) if cue in text} <= set(finder.present(text))
