"""Parallel linting (DESIGN.md §9: files are linted in parallel across cores): the output of a run is exactly the
output of the same run in one process."""

from __future__ import annotations

import json

from lintnews.linter import BATCH_SIZE

from conftest import CORPORA, SEED, needs_corpora, run_cli

MT_OUTPUT = CORPORA / "wmt22-ru-en" / "generaltest2022.ru-en.hyp.Online-Y.en"


def write_corpus(folder) -> None:
    """Write 150 files of real MT output (five lines each), the seed, and a file that is not UTF-8."""
    lines = MT_OUTPUT.read_text(encoding="utf-8").splitlines()
    for number in range(150):
        (folder / f"{number:03}.txt").write_text("\n".join(lines[number * 5:number * 5 + 5]) + "\n", encoding="utf-8")
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "latin1.txt").write_bytes(b"Caf\xe9 au lait\n")


@needs_corpora()
def test_two_processes_print_exactly_what_one_prints(in_tmp):
    write_corpus(in_tmp)
    assert 152 > 2 * BATCH_SIZE  # the files fill more than two batches, so both workers get some
    one = run_cli("check", "--output-format", "json", "--jobs", "1", ".")
    two = run_cli("check", "--output-format", "json", "--jobs", "2", ".")
    assert (two.exit_code, two.stdout, two.stderr) == (one.exit_code, one.stdout, one.stderr)
    records = json.loads(one.stdout)
    files = {record["filename"] for record in records}
    assert one.exit_code == 1 and "seed.txt" in files and "latin1.txt" in files
    assert [record["code"] for record in records if record["filename"] == "latin1.txt"] == ["LN001"]


@needs_corpora()
def test_the_summary_and_statistics_agree_across_process_counts(in_tmp):
    write_corpus(in_tmp)
    for args in (("--statistics",), ("--output-format", "concise")):
        one = run_cli("check", "--jobs", "1", *args, ".")
        two = run_cli("check", "--jobs", "2", *args, ".")
        assert (two.exit_code, two.stdout) == (one.exit_code, one.stdout)
