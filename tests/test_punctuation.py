"""LN306-LN308 beyond the fixtures: LN308's unsafe fix, the dash styles, and the pure edit helpers."""

from __future__ import annotations

import shutil

from lintnews.checks.punctuation import LEGITIMATE_REPETITIONS
from lintnews.config import Settings
from lintnews.linter import Linter
from lintnews.model import Applicability

from conftest import FIXTURES, run_cli

LN308_UNSAFE_FIXED = """\
One of the crew members of the tank was injured.
Pirelli Scorpion Winter tires based on a high-strength compound.
The number of recipients of monthly payments for a first child also grew.
It covers the history of literature, the study of the state of Ukrainian poetic metaphor.
The vote said it was unable to announce the approved candidates.
Revenue from street furniture and the outside of buses was $266.5 million.
"""


def test_repeated_word_unsafe_fix_removes_the_second_word_and_the_space_before_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(FIXTURES / "LN308" / "bad.txt", "bad.txt")
    safe = run_cli("check", "--isolated", "--select", "LN308", "--fix", "--output-format", "concise", "bad.txt")
    assert (tmp_path / "bad.txt").read_bytes() == (FIXTURES / "LN308" / "bad.txt").read_bytes()
    assert "6 hidden fixes can be enabled with the `--unsafe-fixes` option" in safe.stdout
    run_cli("check", "--isolated", "--select", "LN308", "--fix", "--unsafe-fixes", "--quiet", "bad.txt")
    assert (tmp_path / "bad.txt").read_text(encoding="utf-8") == LN308_UNSAFE_FIXED
    again = run_cli("check", "--isolated", "--select", "LN308", "--output-format", "concise", "bad.txt")
    assert again.stdout == "All checks passed!\n"


def lint(text: str, select: str, **settings) -> list[tuple[str, str]]:
    result = Linter(Settings(select=(select,), **settings)).lint_text("a.txt", text)
    return [(d.message, text[d.span.start:d.span.end]) for d in result.diagnostics]


def fix(text: str, select: str, applicability=Applicability.SAFE, **settings) -> str:
    return Linter(Settings(select=(select,), **settings)).lint_text("a.txt", text, fix=applicability).document.text


def test_hyphen_between_words_follows_each_dash_style():
    text = "He fought to the last - the end.\nShe paused -- then spoke.\n"
    assert fix(text, "LN307") == "He fought to the last — the end.\nShe paused — then spoke.\n"
    assert fix(text, "LN307", dash_style="closed-em") == "He fought to the last—the end.\nShe paused—then spoke.\n"
    assert fix(text, "LN307", dash_style="spaced-en") == "He fought to the last – the end.\nShe paused – then spoke.\n"


def test_en_dashes_are_never_reported_whatever_the_style():
    for style in ("spaced-em", "closed-em", "spaced-en"):
        assert lint("Nearly half of Britons – 49% – believe it.\n", "LN307", dash_style=style) == []


def test_space_before_mark_across_a_line_start_is_left_alone():
    assert lint("the list goes on\n, and on.\n  . indented\n", "LN306") == []


def test_repeated_word_at_a_paragraph_break_is_not_reported():
    assert lint("the end of the\n\nthe next paragraph\n", "LN308") == []
    assert lint("the end of the\nthe next line\n", "LN308") == [("Repeated word `the`", "the\nthe")]


def test_repeated_word_keeps_the_case_of_the_first_word():
    assert fix("The The band\n", "LN308", Applicability.UNSAFE) == "The The band\n"  # at line start: not seen
    assert fix("a Winter winter tyre\n", "LN308", Applicability.UNSAFE) == "a Winter tyre\n"


def test_legitimate_repetitions_are_lower_case_single_words():
    assert all(word.isalpha() and word.islower() for word in LEGITIMATE_REPETITIONS)
    assert {"had", "that"} <= LEGITIMATE_REPETITIONS and "the" not in LEGITIMATE_REPETITIONS


def test_ascii_and_unicode_paths_agree():
    """ASCII text takes the fast paths (candidates from the byte sketch, an ASCII pattern): same results."""
    text = ("Well , did you click above ?\nSo we registered ,but we live hard .I'd go.\n"
            "He fought to the last - the end -- really.\nThe tank tank was hit, at at least in the\nthe end.\n"
            "Times 10 :30 and .5 and so on ... fine :)\n")
    assert text.isascii()
    for select in ("LN306", "LN307", "LN308"):
        fast = lint(text, select)
        slow = lint(text + "Кафе\n", select)
        assert fast == slow and fast, select


def test_repeated_words_in_other_scripts_and_with_accents_are_found():
    assert lint("we met at the café café in Kyiv\n", "LN308") == [("Repeated word `café`", "café café")]
    assert lint("он сказал это Это\n", "LN308") == [("Repeated word `Это`", "это Это")]


def test_repeated_word_gates_hide_no_repetition():
    """LN308's cheap gates (the sketch for ASCII text, a letter class otherwise) let every reported case through:
    any case, a line break, non-ASCII letters, non-ASCII whitespace and case pairs of unequal UTF-8 length."""
    import re

    from lintnews.checks.punctuation import REPEATED_WORD_GATE

    cases = ["x The the y", "x tank\ntank y", "x tank \ntank y", "x Рим рим y", "x café CAFÉ y", "x word\xa0word y",
             "x word\u3000word y", "x word\x1cword é", "x kk K\u212a y", "x Ωmega \u2126mega y", "x straße STRAẞE y"]
    for text in cases:
        assert lint(text, "LN308"), text
        assert REPEATED_WORD_GATE.search(text), text
    # The letter class is every character but ASCII non-letters and the whitespace \s matches.
    inside = re.compile(REPEATED_WORD_GATE.pattern.split("(")[1].split("++")[0])
    for code in range(0x110000):
        char = chr(code)
        assert bool(inside.fullmatch(char)) == ((char.isascii() and char.isalpha()) or not (
            char.isascii() or re.fullmatch(r"\s", char))), hex(code)
