"""Memory stays flat in the size of the corpus (DESIGN.md §9): a run turns the cycle collector off
(runner.no_cycle_collection), which is only safe because linting makes no reference cycles."""

from __future__ import annotations

import gc

from lintnews.config import Settings
from lintnews.linter import Linter
from lintnews.model import Applicability

from conftest import CORPORA, SEED, needs_corpora

MT_OUTPUT = CORPORA / "wmt22-ru-en" / "generaltest2022.ru-en.hyp.Online-Y.en"


def unreachable_after(work) -> int:
    """How many objects the cycle collector finds unreachable after ``work()`` ran with it off."""
    gc.collect()
    gc.disable()
    try:
        work()
        return gc.collect()
    finally:
        gc.enable()


@needs_corpora()
def test_checking_real_text_leaves_no_reference_cycles(tmp_path):
    for number, line in enumerate(MT_OUTPUT.read_text(encoding="utf-8").splitlines()[:300]):
        (tmp_path / f"{number:03}.txt").write_text(line + "\n", encoding="utf-8")
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "latin1.txt").write_bytes(b"Caf\xe9\n")
    linter = Linter(Settings(select=("ALL",)))
    paths = sorted(str(path) for path in tmp_path.iterdir())
    results = []
    assert unreachable_after(lambda: results.extend(linter.lint_files(paths))) == 0
    assert sum(len(result.diagnostics) for result in results) > 50  # the run did find things


def test_fixing_the_seed_leaves_no_reference_cycles():
    linter = Linter(Settings(select=("ALL",)))
    text = SEED.read_text(encoding="utf-8")
    results = []
    assert unreachable_after(lambda: results.append(linter.lint_text("seed.txt", text, fix=Applicability.UNSAFE))) == 0
    assert results[0].changed


def test_the_language_and_mojibake_checks_leave_no_reference_cycles():
    """LN501 calls langdetect and LN401 ftfy: their objects must be freed without the collector too."""
    linter = Linter(Settings(select=("ALL",)))
    text = ("The minister spoke on Tuesday.\n"
            "La policía detuvo ayer a dos hombres en el centro de la ciudad de Madrid.\n"
            "Der Präsident sagte am Dienstag, dass die Regierung weiter arbeiten werde.\n"
            "ErdoÄŸan said it doesnâ€™t matter. РњРѕСЃРєРІР° is far.\n")
    results = []
    assert unreachable_after(lambda: results.append(linter.lint_text("a.txt", text))) == 0
    assert {"LN401", "LN501"} <= {diagnostic.code for diagnostic in results[0].diagnostics}
