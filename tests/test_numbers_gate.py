"""LN503's one-scan gate over the digit shape never hides a number the exact patterns report."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lintnews.checks import numbers
from lintnews.config import Settings
from lintnews.linter import Linter

LINTER = Linter(Settings(select=["LN503"]))
NUMBERY = st.lists(st.sampled_from(["1", "2", "0", "35", "000", "3,5", "1,000", ",", " ", "\u00a0", "\u2009", "%",
                                    "km", " million", "-", ".", "No", "\N{NUMERO SIGN}", "a", "\n"]),
                   max_size=20).map("".join)


@settings(max_examples=600, deadline=None)
@given(NUMBERY)
def test_the_gate_hides_nothing(text):
    gated = LINTER.lint_text("a.txt", text).diagnostics
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(numbers, "NUMBER_SHAPE", re.compile(rb""))  # matches everywhere: no gate
        ungated = LINTER.lint_text("a.txt", text).diagnostics
    assert gated == ungated


def test_a_decimal_comma_passes_the_gate_and_thousands_do_not():
    assert [d.span for d in LINTER.lint_text("a.txt", "Up 3,5% from 1,000 cases.\n").diagnostics] == [(3, 6)]
    assert numbers.NUMBER_SHAPE.search(numbers.digit_shape("from 1,000 cases")) is None
