"""The quote model (lintnews.quotes): roles of quote characters in news copy, and LN303's unsafe fixes applied."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, run_cli

from lintnews.quotes import APOSTROPHE, CLOSE, OPEN, PRIME, _find_outer, find_quote_marks


def roles(text: str) -> list[tuple[str, str]]:
    return [(mark.char, mark.role) for mark in find_quote_marks(text)]


@pytest.mark.parametrize("text", [
    "Why can't we do the same?",
    "the issue of Turkey's acquisition",
    "the Charge d'Affaires of the United States",
    "O'Brien and O’Neill",
    "Turkey’s position",
])
def test_inner_apostrophes_are_not_even_quote_marks(text):
    assert roles(text) == []


@pytest.mark.parametrize("text, expected", [
    ("the allies' plans", [("'", APOSTROPHE)]),
    ("the allies’ plans", [("’", APOSTROPHE)]),
    ("in the '90s and ’80s", [("'", APOSTROPHE), ("’", APOSTROPHE)]),
    ("wait 'til dawn, rock 'n' roll", [("'", APOSTROPHE), ("'", APOSTROPHE), ("'", APOSTROPHE)]),
    ("Jasmila Žbanic (Bosnia)'s film", [("'", APOSTROPHE)]),
    ('a 21" monitor and a 5\' ramp', [('"', PRIME), ("'", PRIME)]),
    ("'Mr. Jones' golf clubs.", [("'", OPEN), ("'", CLOSE)]),
])
def test_apostrophes_elisions_and_primes(text, expected):
    assert roles(text) == expected


def test_a_quotation_reopened_at_each_paragraph_closes_once():
    text = "“We discuss even the most difficult topics.\n\n“Therefore, we will continue,” Jones emphasized."
    marks = find_quote_marks(text)
    assert [(m.role, m.partner, m.reopens) for m in marks] == [(OPEN, 2, None), (OPEN, 2, 0), (CLOSE, 0, None)]
    assert marks.unpaired == 0


def test_a_quotation_running_on_without_reopening_closes_in_a_later_paragraph():
    text = "“Turkey should abandon the S-400.\n\nThis is the only solution, ”he was quoted by the newspaper."
    marks = find_quote_marks(text)
    assert [(m.role, m.partner, m.misplaced) for m in marks] == [(OPEN, 1, False), (CLOSE, 0, True)]
    assert marks.unpaired == 0


def test_a_nested_straight_quotation_is_told_from_a_misplaced_closing_mark():
    text = ('“Why can\'t we do the same?\n\nIf another country makes the demand "either this way or nothing", '
            'then we look elsewhere, "Kalyn said.')
    assert [(m.role, m.partner, m.misplaced) for m in find_quote_marks(text)] == [
        (OPEN, 3, False), (OPEN, 2, False), (CLOSE, 1, False), (CLOSE, 0, True)]


def test_german_quotes_pair_low_with_high():
    assert [(m.char, m.role) for m in find_quote_marks("He called it „unacceptable“ today.")] == [
        ("„", OPEN), ("“", CLOSE)]


def test_an_unclosed_and_an_unopened_quotation_are_counted():
    assert find_quote_marks('On the court, I complimented him: "Oh!').unpaired == 1
    assert find_quote_marks("There is no trust,” Larisa Harlamova agreed.").unpaired == 1


def test_ln303_unsafe_fixes_give_the_exact_text(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(FIXTURES / "LN303" / "bad.txt", "bad.txt")
    run_cli("check", "--isolated", "--select", "LN303", "--fix", "--unsafe-fixes", "--quiet", "bad.txt")
    assert (tmp_path / "bad.txt").read_text(encoding="utf-8") == (
        "“We need to clearly define Turkey's place within NATO.” he said in an interview with France 5 TV "
        "channel.\n"
        "\n"
        "“We reminded him (Blinken) again why Turkey bought the S-400 from Russia,” the minister said.\n"
        "\n"
        "\"What is it like to feel beautiful? ” - asked in the song Tre VeaNez “ WaBu Woz'te A Vsp Map”, "
        "which precedes the credits.\n"
        "\n"
        "The immunologist said that revaccination will help, “the doctor said.\n"
    )


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["'", "’", "a", "é", "9", "_", " ", "\n", "٣", "x'y"]), max_size=20).map("".join))
def test_outer_apostrophes_are_those_not_between_two_letters_or_digits(text):
    for mark in "'’":
        last = len(text) - 1
        expected = [offset for offset, char in enumerate(text) if char == mark
                    and not (0 < offset < last and text[offset - 1].isalnum() and text[offset + 1].isalnum())]
        found = []
        _find_outer(text, mark, found)
        assert found == expected
