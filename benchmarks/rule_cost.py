"""Rule cost: how many milliseconds each rule's ``check`` takes over the whole benchmark corpus, in-process.

bench.py times whole runs (start-up, reading, printing); this script answers the question a rule author
has: what does my rule add? It reads the benchmark corpus (17,193 documents, 9.8 MB; built by bench.py)
into memory once, then, for each of ``--repeat`` rounds, builds fresh Documents and times every selected
rule's ``check`` on every document (diagnostics consumed), plus the shared segmentations the rules use
(lines, paragraphs, sentences, words), timed before the rules so no rule pays for them. The best round
is reported per rule. The 10 MB/s target leaves about 980 ms for a whole run of the corpus, of which
start-up, reading, printing and the LN0/LN1 rules take about 340 ms (bench.py, 2026-11-25 evening). The linter
skips some rules for whole batches of documents (their ``may_report`` tests); this script calls every
rule on every document, so for those rules it shows the cost without that saving.

    python benchmarks/rule_cost.py                    # every rule
    python benchmarks/rule_cost.py --select LN3 --repeat 5
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench  # noqa: E402

from lintnews.config import Settings  # noqa: E402
from lintnews.document import Document  # noqa: E402
from lintnews.linter import Linter  # noqa: E402

SEGMENTATIONS = ("lines", "paragraphs", "sentences", "words")


def read_corpus() -> list[tuple[str, str]]:
    bench.ensure_corpus(bench.DEFAULT_CORPORA, rebuild=False)
    texts = []
    for folder, _subfolders, names in os.walk(bench.CORPUS):
        for name in sorted(names):
            path = os.path.join(folder, name)
            with open(path, "rb") as stream:
                texts.append((path, stream.read().decode("utf-8")))
    return texts


def one_round(linter: Linter, texts: list[tuple[str, str]]) -> tuple[dict[str, float], dict[str, int]]:
    seconds: dict[str, float] = dict.fromkeys(SEGMENTATIONS, 0.0)
    found: dict[str, int] = {}
    clock = time.perf_counter
    context = linter.context
    for path, text in texts:
        document = Document(path, text)
        for name in SEGMENTATIONS:
            start = clock()
            getattr(document, name)
            seconds[name] += clock() - start
        for rule in linter.rules_for(path, ascii_text=document.is_ascii):
            start = clock()
            diagnostics = list(rule.check(document, context))
            seconds[rule.code] = seconds.get(rule.code, 0.0) + clock() - start
            found[rule.code] = found.get(rule.code, 0) + len(diagnostics)
    return seconds, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--select", action="append", default=[], help="rule codes or prefixes (default: all)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best is reported (default: 3)")
    args = parser.parse_args(argv)
    texts = read_corpus()
    size = sum(len(text.encode("utf-8")) for _path, text in texts)
    select = tuple(code for item in args.select for code in item.split(",")) or ("ALL",)
    linter = Linter(Settings(select=select))
    best: dict[str, float] = {}
    found: dict[str, int] = {}
    for _ in range(args.repeat):
        seconds, found = one_round(linter, texts)
        for name, value in seconds.items():
            best[name] = min(best.get(name, value), value)
    print(f"{len(texts)} documents, {size / 1e6:.2f} MB; best of {args.repeat} rounds, milliseconds:")
    for name in SEGMENTATIONS:
        print(f"  {name:<12} {1000 * best[name]:8.1f}   (shared segmentation)")
    rules = [name for name in best if name not in SEGMENTATIONS]
    for name in sorted(rules):
        print(f"  {name:<12} {1000 * best[name]:8.1f}   {found.get(name, 0):7d} diagnostics")
    print(f"  {'rules total':<12} {1000 * sum(best[name] for name in rules):8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
