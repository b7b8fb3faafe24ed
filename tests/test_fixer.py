"""The fixer: choosing non-overlapping fixes, applying edits, repeating until stable, and failing loudly."""

from __future__ import annotations

import pytest

from lintnews.document import Document
from lintnews.fixer import MAX_PASSES, ConvergenceError, apply_edits, choose_fixes, fix_document
from lintnews.model import Applicability, Diagnostic, Edit, Fix, Severity, Span


def diagnostic(code, start, end, content, applicability=Applicability.SAFE):
    span = Span(start, end)
    fix = Fix((Edit(span, content),), applicability, "fix")
    return Diagnostic(code, "test", Severity.ERROR, "message", span, fix)


def test_apply_edits_replaces_inserts_and_deletes():
    edits = [Edit(Span(4, 8), ""), Edit(Span(0, 1), "W"), Edit(Span(3, 3), "!")]
    assert apply_edits("xHO said", edits) == "WHO! "


def test_overlapping_fixes_first_one_wins():
    first = diagnostic("LN1", 0, 5, "a")
    overlapping = diagnostic("LN2", 3, 8, "b")
    after = diagnostic("LN3", 8, 9, "c")
    assert choose_fixes([after, overlapping, first], Applicability.SAFE) == [first, after]


def test_two_insertions_at_one_point_conflict():
    one = diagnostic("LN1", 4, 4, "x")
    two = diagnostic("LN2", 4, 4, "y")
    assert choose_fixes([one, two], Applicability.SAFE) == [one]


def test_insertion_inside_a_replacement_conflicts_but_touching_edits_do_not():
    replacement = diagnostic("LN1", 2, 6, "")
    inside = diagnostic("LN2", 4, 4, "x")
    touching = diagnostic("LN3", 6, 7, "y")
    assert choose_fixes([replacement, inside, touching], Applicability.SAFE) == [replacement, touching]


def test_applicability_levels():
    safe = diagnostic("LN1", 0, 1, "a")
    unsafe = diagnostic("LN2", 2, 3, "b", Applicability.UNSAFE)
    display = diagnostic("LN3", 4, 5, "c", Applicability.DISPLAY_ONLY)
    assert choose_fixes([safe, unsafe, display], Applicability.SAFE) == [safe]
    assert choose_fixes([safe, unsafe, display], Applicability.UNSAFE) == [safe, unsafe]


def test_fix_loop_retries_skipped_fixes_in_later_passes():
    """Two fixes that overlap are applied over two passes; the result is stable."""

    def lint(document):
        found = []
        text = document.text
        if "ab" in text:  # LN1 upper-cases "ab"
            found.append(diagnostic("LN1", text.index("ab"), text.index("ab") + 2, "AB"))
        for pair in ("bc", "Bc"):  # LN2 upper-cases the c after a b, overlapping LN1's span
            if pair in text:
                found.append(diagnostic("LN2", text.index(pair), text.index(pair) + 2, pair[0] + "C"))
        return found

    outcome = fix_document(Document("t.txt", "abc"), lint, Applicability.SAFE)
    assert outcome.document.text == "ABC"
    assert dict(outcome.fixed) == {"LN1": 1, "LN2": 1}
    assert outcome.diagnostics == []


def test_fix_loop_that_never_settles_names_the_rules():
    def lint(document):  # toggles a <-> b forever
        target = "b" if document.text == "a" else "a"
        return [diagnostic("LN9", 0, 1, target)]

    with pytest.raises(ConvergenceError) as raised:
        fix_document(Document("loop.txt", "a"), lint, Applicability.SAFE)
    assert raised.value.codes == ("LN9",)
    assert str(raised.value) == (
        f"loop.txt: fixes failed to converge after {MAX_PASSES} passes (rules: LN9); "
        "this is a bug in lintnews, please report it"
    )


def test_fix_that_changes_nothing_stops_the_loop():
    def lint(document):
        return [diagnostic("LN1", 0, 1, document.text[0])]

    outcome = fix_document(Document("t.txt", "abc"), lint, Applicability.SAFE)
    assert outcome.document.text == "abc"
    assert not outcome.fixed
