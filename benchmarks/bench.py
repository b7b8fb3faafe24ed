"""Benchmark: how fast ``lintnews check`` lints machine-translated news on one core (DESIGN.md §9).

What it measures
    The wall time of a whole ``lintnews check`` run, in a fresh subprocess (interpreter start-up, imports,
    discovery, reading, linting and printing included), over the outputs of the MT systems of WMT21-23
    ru-en and uk-en (../shared/corpora) and their human references, written as one UTF-8 .txt file per
    (system, document): 17,193 files, 9.8 MB. The run is pinned to one CPU core (the last one: core 0
    takes the interrupts), so lintnews lints in one process; it is repeated ``--repeat`` times, and
    reported as best and median wall time and MB/s (MB = 1,000,000 bytes of file content). The target is
    10 MB/s or more with the default rules. ``--all-cores`` leaves the run unpinned, to see what the
    parallel workers (``--jobs``) give. The child runs with Python's bytecode cache on, as an installed
    lintnews does.

    Command: ``python -m lintnews check --isolated --exit-zero --output-format concise --quiet <corpus>``
    with standard output going to a temporary file, so formatting and writing the diagnostics count
    (``--stdout devnull`` or ``both`` to compare). One more run with ``--output-format json`` counts the
    diagnostics, so you can see what the timed runs produced.

How to run (from the repository root)
    python benchmarks/bench.py                     # build the corpus if missing, time 3 runs
    python benchmarks/bench.py --repeat 5 --stdout both
    python benchmarks/bench.py --select LN106      # time a subset of the rules
    python benchmarks/bench.py --extra-args "--ignore LN102"
    python benchmarks/bench.py --profile           # also cProfile one in-process run (top functions)
    python benchmarks/bench.py --all-cores         # unpinned: one worker process per core
    python benchmarks/bench.py --rebuild           # rewrite benchmarks/out/corpus/

The corpus goes to benchmarks/out/corpus/ (git-ignored) and is rebuilt only when missing or with
``--rebuild``; ``--corpora`` points at another copy of the shared corpora. Standard library only.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import pstats
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = REPO.parent / "shared" / "corpora"
OUT = Path(__file__).resolve().parent / "out"
CORPUS = OUT / "corpus"
MANIFEST = OUT / "corpus.json"  # outside the corpus folder, so lintnews never sees it
FOLDERS = ("wmt21-ru-en", "wmt22-ru-en", "wmt23-ru-en", "wmt22-uk-en", "wmt23-uk-en")
MB = 1_000_000
SAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]")
# The child runs with Python's bytecode cache on, as an installed lintnews does (pip compiles .pyc files at
# install time): a PYTHONDONTWRITEBYTECODE left in the environment would add about 50 ms of compiling the
# package's sources to every run, which no user pays.
CHILD_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


# --- building the corpus ---------------------------------------------------------------------------------

def _lines(path: Path) -> list[bytes]:
    """The lines of a file as bytes, without their "\\n" (kept byte-exact: no decoding, no splitlines)."""
    data = path.read_bytes()
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return lines


def build_corpus(corpora: Path, target: Path) -> tuple[int, int]:
    """Write one .txt file per (system file, docid) under ``target``; return (files, bytes)."""
    staging = target.with_name(target.name + ".tmp")
    shutil.rmtree(staging, ignore_errors=True)
    files = size = 0
    for folder in FOLDERS:
        source = corpora / folder
        docids = sorted(source.glob("*.docids.tsv"))
        if len(docids) != 1:
            raise SystemExit(f"bench: expected one *.docids.tsv in {source}, found {len(docids)}")
        ids = [line.split(b"\t")[0].decode("utf-8") for line in _lines(docids[0])]
        # Every English side: the MT systems' outputs and the human references (17,193 files, 9.8 MB).
        hyps = sorted(path for pattern in ("*.hyp.*", "*.ref.*") for path in source.glob(pattern) if path.is_file())
        if not hyps:
            raise SystemExit(f"bench: no *.hyp.* files in {source}")
        for hyp in hyps:
            lines = _lines(hyp)
            if len(lines) != len(ids):
                raise SystemExit(f"bench: {hyp} has {len(lines)} lines, {docids[0].name} has {len(ids)}")
            documents: dict[str, list[bytes]] = {}  # insertion order = first appearance of the docid
            for docid, line in zip(ids, lines):
                documents.setdefault(docid, []).append(line)
            system = re.split(r"\.(?:hyp|ref)\.", hyp.name, maxsplit=1)[1]
            if ".ref." in hyp.name:
                system = "ref." + system
            out_dir = staging / folder / SAFE_NAME.sub("_", system)
            out_dir.mkdir(parents=True, exist_ok=True)
            for docid, doc_lines in documents.items():
                content = b"\n".join(doc_lines) + b"\n"
                (out_dir / f"{SAFE_NAME.sub('_', docid)}.txt").write_bytes(content)
                files += 1
                size += len(content)
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    MANIFEST.write_text(json.dumps({"corpora": str(corpora), "files": files, "bytes": size}, indent=2) + "\n")
    return files, size


def measure_corpus(target: Path) -> tuple[int, int]:
    """Count the .txt files under ``target`` and their bytes."""
    files = size = 0
    for folder, _subfolders, names in os.walk(target):
        for name in names:
            if name.endswith(".txt"):
                files += 1
                size += os.path.getsize(os.path.join(folder, name))
    return files, size


def ensure_corpus(corpora: Path, rebuild: bool) -> tuple[int, int]:
    if rebuild or not CORPUS.is_dir() or not MANIFEST.is_file():
        print(f"building corpus from {corpora} ...", flush=True)
        start = time.perf_counter()
        files, size = build_corpus(corpora, CORPUS)
        print(f"  wrote {files} files in {time.perf_counter() - start:.1f} s", flush=True)
        return files, size
    return measure_corpus(CORPUS)


# --- pinning to one core ---------------------------------------------------------------------------------

def pinning() -> tuple[list[str], object, str]:
    """Return (command prefix, preexec_fn, description) that pin a child process to one core."""
    if hasattr(os, "sched_setaffinity") and hasattr(os, "sched_getaffinity"):
        # The last core, not the first: on the machines tried (two-core VMs), core 0 takes the device
        # interrupts, and runs pinned to it vary twice as much and run about 4% slower.
        core = max(os.sched_getaffinity(0))

        def pin() -> None:
            os.sched_setaffinity(0, {core})

        return [], pin, f"core {core} via os.sched_setaffinity"
    taskset = shutil.which("taskset")
    if taskset:
        return [taskset, "-c", "0"], None, "core 0 via taskset -c 0"  # no affinity API: taskset's first core
    return [], None, "NOT pinned (no sched_setaffinity or taskset on this system)"


# --- timing ----------------------------------------------------------------------------------------------

def lintnews_args(folder: Path, output_format: str, select: list[str], extra: list[str]) -> list[str]:
    args = ["check", "--isolated", "--exit-zero", "--output-format", output_format, "--quiet"]
    for selector in select:
        args += ["--select", selector]
    return args + extra + [str(folder)]


def run_once(command: list[str], preexec, stdout_to: str) -> tuple[float, int]:
    """Run ``command`` once; return (wall seconds, bytes of standard output)."""
    with tempfile.TemporaryFile() if stdout_to == "file" else open(os.devnull, "wb") as sink:
        start = time.perf_counter()
        completed = subprocess.run(command, stdout=sink, stderr=subprocess.PIPE, preexec_fn=preexec, cwd=REPO,
                                   env=CHILD_ENV)
        wall = time.perf_counter() - start
        written = sink.tell() if stdout_to == "file" else 0
    if completed.returncode != 0:
        sys.stderr.write(completed.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"bench: lintnews exited with {completed.returncode}: {shlex.join(command)}")
    return wall, written


def time_runs(command: list[str], preexec, stdout_to: str, repeat: int, size: int) -> None:
    walls = []
    written = 0
    for number in range(1, repeat + 1):
        wall, written = run_once(command, preexec, stdout_to)
        walls.append(wall)
        print(f"  run {number}/{repeat} (stdout -> {stdout_to}): {wall:.3f} s", flush=True)
    best, median = min(walls), statistics.median(walls)
    extra = f", {written / MB:.2f} MB of output" if stdout_to == "file" else ""
    print(f"  stdout -> {stdout_to}: best {best:.3f} s ({size / MB / best:.2f} MB/s), "
          f"median {median:.3f} s ({size / MB / median:.2f} MB/s){extra}", flush=True)


def count_diagnostics(folder: Path, prefix: list[str], preexec, select: list[str], extra: list[str]) -> None:
    command = prefix + [sys.executable, "-m", "lintnews"] + lintnews_args(folder, "json", select, extra)
    completed = subprocess.run(command, capture_output=True, preexec_fn=preexec, cwd=REPO, env=CHILD_ENV)
    if completed.returncode != 0:
        sys.stderr.write(completed.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"bench: lintnews exited with {completed.returncode}")
    records = json.loads(completed.stdout)
    by_code: dict[str, int] = {}
    for record in records:
        key = f"{record['code']} {record['name']}"
        by_code[key] = by_code.get(key, 0) + 1
    files = len({record["filename"] for record in records})
    print(f"diagnostics: {len(records)} in {files} files")
    for key, count in sorted(by_code.items(), key=lambda pair: (-pair[1], pair[0])):
        print(f"  {count:>7}  {key}")


def startup(prefix: list[str], preexec) -> float:
    """Best of 3 wall times of a check over an empty folder: interpreter start-up and imports."""
    with tempfile.TemporaryDirectory() as empty:
        command = prefix + [sys.executable, "-m", "lintnews"] + lintnews_args(Path(empty), "concise", [], [])
        return min(run_once(command, preexec, "devnull")[0] for _ in range(3))


# --- profiling -------------------------------------------------------------------------------------------

def profile(folder: Path, select: list[str], extra: list[str], top: int) -> None:
    """cProfile one in-process run (output to a temporary file), and print the top functions."""
    sys.path.insert(0, str(REPO))
    from lintnews.cli import main

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    previous = os.getcwd()
    os.chdir(REPO)
    profiler = cProfile.Profile()
    try:
        with tempfile.TemporaryFile("w+", encoding="utf-8") as sink, contextlib.redirect_stdout(sink):
            start = time.perf_counter()
            profiler.enable()
            code = main(lintnews_args(folder, "concise", select, extra))
            profiler.disable()
            wall = time.perf_counter() - start
    finally:
        os.chdir(previous)
    print(f"\nprofile: one in-process run under cProfile took {wall:.2f} s (exit code {code}); "
          "cProfile slows Python code down, so compare shares, not absolute times")
    for order in ("cumulative", "tottime"):
        stream = io.StringIO()
        stats = pstats.Stats(profiler, stream=stream)
        stats.sort_stats(order).print_stats(top)
        text = stream.getvalue()
        body = text[text.find("   ncalls"):] if "   ncalls" in text else text
        print(f"\n--- top {top} by {order} ---\n{body.rstrip()}")


# --- main ------------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA,
                        help=f"the shared corpora folder (default: {DEFAULT_CORPORA})")
    parser.add_argument("--rebuild", action="store_true", help="rewrite benchmarks/out/corpus/ first")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per output mode (default: 3)")
    parser.add_argument("--select", action="append", default=[], help="passed to lintnews --select")
    parser.add_argument("--extra-args", default="", help="more lintnews check arguments, as one shell string")
    parser.add_argument("--stdout", choices=("file", "devnull", "both"), default="file",
                        help="where the timed runs' output goes (default: a temporary file)")
    parser.add_argument("--profile", action="store_true", help="also cProfile one in-process run")
    parser.add_argument("--top", type=int, default=15, help="functions shown per profile table (default: 15)")
    parser.add_argument("--no-count", action="store_true", help="skip the JSON run that counts diagnostics")
    parser.add_argument("--all-cores", action="store_true",
                        help="do not pin: lintnews then lints in one worker process per core (not the target figure)")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    files, size = ensure_corpus(args.corpora.resolve(), args.rebuild)
    print(f"corpus: {CORPUS.relative_to(REPO)}: {files} files, {size} bytes = {size / MB:.2f} MB")
    extra = shlex.split(args.extra_args)
    prefix, preexec, how = ([], None, "NOT pinned (--all-cores): one worker per core") if args.all_cores \
        else pinning()
    command = prefix + [sys.executable, "-m", "lintnews"] + lintnews_args(CORPUS, "concise", args.select, extra)
    print(f"pinned: {how}")
    print(f"command: {shlex.join(command)}")
    print(f"python: {sys.version.split()[0]} ({sys.executable})")
    print(f"start-up (check over an empty folder, best of 3): {startup(prefix, preexec):.3f} s", flush=True)
    modes = ("file", "devnull") if args.stdout == "both" else (args.stdout,)
    for mode in modes:
        time_runs(command, preexec, mode, args.repeat, size)
    if not args.no_count:
        count_diagnostics(CORPUS, prefix, preexec, args.select, extra)
    if args.profile:
        profile(CORPUS, args.select, extra, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
