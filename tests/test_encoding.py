"""LN4 (encoding damage) against real data: ftfy's own test cases, Russian lines broken the ways Russian
pipelines break them, and the prefilter that keeps LN401 cheap."""

from __future__ import annotations

import functools
import json
import re

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPORA, needs_corpora, run_cli
from lintnews.checks import encoding
from lintnews.config import Settings
from lintnews.document import Document
from lintnews.linter import Linter
from lintnews.model import Applicability

FTFY_CASES = CORPORA / "ftfy-cases"
RUSSIAN_SOURCES = sorted(CORPORA.glob("wmt2*-ru-en/*.src.ru"))
# Characters a constructed Russian case may hold: what the three Cyrillic profiles promise to restore.
RUSSIAN_LINE = re.compile(r"[\x20-\x7eА-яЁё«»—–…№“”„’]+")


@functools.cache
def linter(select: str) -> Linter:
    return Linter(Settings(select=(select,)))


def lint(text: str, select: str = "LN401", path: str = "a.txt"):
    return linter(select).lint_text(path, text).diagnostics


def fix(text: str, select: str = "LN401", level: Applicability = Applicability.SAFE) -> str:
    return linter(select).lint_text("a.txt", text, fix=level).document.text


def fix_lines(lines: list[str]) -> list[str]:
    """Fix the lines as one document (one line each) and return its lines."""
    return fix("\n".join(lines) + "\n").split("\n")[:-1]


def ftfy_cases(name: str) -> list[dict]:
    return json.loads((FTFY_CASES / name).read_text(encoding="utf-8"))


def expected_encoding_fix(case: dict) -> str:
    return case.get("fixed-encoding", case["fixed"])


def c1_only(case: dict) -> bool:
    """The case's damage is C1 controls alone (Windows-1252 read as Latin-1): LN104 repairs those."""
    changed = {char for char in case["original"] if char not in expected_encoding_fix(case)}
    return bool(changed) and all("\x80" <= char <= "\x9f" for char in changed)


@needs_corpora()
@pytest.mark.parametrize("name, qualifying, by_ln104, quiet", [
    ("in-the-wild.json", 66, 1, 4),
    ("synthetic.json", 16, 0, 14),
])
def test_every_case_ftfy_encoding_repair_fixes_is_reported_with_that_repair(name, qualifying, by_ln104, quiet):
    """A case qualifies when ``ftfy.fix_encoding`` alone gives its expected text. Each is reported by LN401 and
    LN401's fixes (safe and unsafe) give exactly that text; the C1-control-only ones are LN104's and LN104
    gives it. Cases whose expected text is the original (ftfy's "synthetic, negative" ones) stay quiet.
    Nothing else is left: no case expects a change that the encoding repair alone does not make."""
    cases = ftfy_cases(name)
    counts = {"qualify": 0, "pass": 0, "by LN104": 0, "quiet": 0, "out of scope": 0}
    failures = []
    for case in cases:
        original, expected = case["original"], expected_encoding_fix(case)
        if expected == original:
            counts["quiet"] += 1
            if lint(original):
                failures.append(("reported", case["label"]))
            continue
        if ftfy.fix_encoding(original) != expected:
            counts["out of scope"] += 1
            continue
        counts["qualify"] += 1
        rule = "LN104" if c1_only(case) else "LN401"
        counts["by LN104"] += rule == "LN104"
        if lint(original, rule) and fix(original, rule, Applicability.UNSAFE) == expected:
            counts["pass"] += 1
        else:
            failures.append(("not repaired", case["label"]))
    print(name, counts)
    assert failures == []
    assert counts == {"qualify": qualifying, "pass": qualifying, "by LN104": by_ln104, "quiet": quiet,
                      "out of scope": 0}


@needs_corpora()
def test_nothing_in_ftfys_negative_cases_is_reported():
    cases = ftfy_cases("negative.json")
    assert len(cases) == 31
    reported = [case["label"] for case in cases if lint(case["original"])]
    assert reported == []


@needs_corpora()
def test_known_failures_of_ftfy_are_out_of_scope_and_counted():
    """ftfy's known failures: its encoding repair does not give the expected text, so they are not promised."""
    cases = ftfy_cases("known-failures.json")
    out_of_scope = [case for case in cases if ftfy.fix_encoding(case["original"]) != expected_encoding_fix(case)]
    print(f"known-failures.json: {len(out_of_scope)} of {len(cases)} out of scope")
    assert len(cases) == 10 and len(out_of_scope) == 10


def russian_lines(step: int = 7) -> list[str]:
    lines = []
    for path in RUSSIAN_SOURCES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if RUSSIAN_LINE.fullmatch(line) and re.search("[А-яЁё]", line):
                lines.append(line)
    return lines[::step]


def utf8_read_as(line: str, codec: str) -> str:
    """What a reader decoding ``line``'s UTF-8 bytes with ``codec`` shows (undefined bytes as C1 controls)."""
    table = encoding.code_page(codec)
    return "".join(table[byte] for byte in line.encode("utf-8"))


@needs_corpora()
@pytest.mark.parametrize("codec", ["cp1251", "koi8-r", "cp866"])
def test_russian_utf8_read_through_a_cyrillic_code_page_is_repaired_exactly(codec):
    lines = russian_lines()
    assert len(lines) > 600
    repaired = fix_lines([utf8_read_as(line, codec) for line in lines])
    assert [(line, fixed) for line, fixed in zip(lines, repaired, strict=True) if fixed != line] == []


@needs_corpora()
def test_russian_windows_1251_read_as_windows_1252_is_repaired_exactly():
    """Lines with curly quotes (not in Windows-1251), with no word of four letters (`Да и за что?`, too little
    to tell from accented Latin), or with Cyrillic glued to a Latin letter (`cостоит` with a Latin c) are left
    out: LN401 promises nothing for them."""
    lines = [line for line in russian_lines() if not re.search("[“”„]|[A-Za-z][А-яЁё]|[А-яЁё][A-Za-z]", line)
             and re.search("[А-яЁё]{4}", line)]
    assert len(lines) > 500
    repaired = fix_lines([line.encode("cp1251").decode("cp1252") for line in lines])
    assert [(line, fixed) for line, fixed in zip(lines, repaired, strict=True) if fixed != line] == []


@needs_corpora()
def test_real_russian_text_is_not_mojibake():
    text = "\n".join(russian_lines(step=1)) + "\n"
    assert lint(text) == []


def test_examples_of_the_issue():
    assert fix("ErdoÄŸan") == "Erdoğan"
    assert fix("РњРѕСЃРєРІР°") == "Москва"
    assert fix("п°п╬я│п╨п╡п╟") == "Москва"  # KOI8-R (ftfy issue #231)
    assert fix("╨Ь╨╛╤Б╨║╨▓╨░") == "Москва"  # CP866
    [diagnostic] = lint("Turkish President Recep Tayyip ErdoÄŸan said")
    assert (diagnostic.span, diagnostic.message) == (
        (35, 37), "Mojibake `ÄŸ` (UTF-8 read as Windows-1252): should read `ğ`")


def test_lossy_repairs_are_unsafe():
    text = "The ICR has been upgraded to â€œbb+â€? from â€œbbâ€?"
    assert fix(text) == text
    assert fix(text, level=Applicability.UNSAFE) == "The ICR has been upgraded to “bb+� from “bb�"


# --- The prefilter -------------------------------------------------------------------------------------------

def mojibake_starts() -> set[str]:
    """Every mojibake start, one by one: the reference ``mojibake_followers`` must equal, and the way it was
    built before it was kept by first character."""
    starts = set()
    allowed = {lead: [byte for byte in range(0x80, 0xC0) if not encoding.historic_cyrillic(lead, byte)]
               for lead in range(0xC2, 0xF5)}
    for codec in encoding.FTFY_CODE_PAGES + encoding.CYRILLIC_CODE_PAGES:
        table = encoding.code_page(codec)
        leads = encoding.CYRILLIC_LEAD_BYTES if codec in ("koi8-r", "cp866") else range(0xC2, 0xF5)
        continuations = [table[byte] for byte in range(0x80, 0xC0)] + ["\N{REPLACEMENT CHARACTER}"]
        for lead in leads:
            followers = [table[byte] for byte in allowed[lead]] + ["\N{REPLACEMENT CHARACTER}"]
            if codec in encoding.FTFY_CODE_PAGES:
                if lead in encoding.LEADS_BEFORE_LOST_A0 and table[lead] in encoding.LEADS_BAD_BEFORE_SPACE:
                    followers.append(" ")
                if lead in encoding.LEADS_BEFORE_SPACE_AND_CONTINUATION and codec != "mac-roman":
                    followers.extend(" " + continuation for continuation in continuations)
                if lead in encoding.LEADS_BEFORE_LOST_QUESTION_MARK:
                    followers.append("?")
            starts.update(table[lead] + follower for follower in followers)
    windows_1252 = encoding.code_page("cp1252")
    as_c1 = {windows_1252[byte]: chr(byte) for byte in range(0x80, 0xA0) if windows_1252[byte] != chr(byte)}
    for start in list(starts):
        for first in {start[0], as_c1.get(start[0], start[0])}:
            starts.add(first + as_c1.get(start[1], start[1]) + start[2:])
            starts.add(first + start[1:])
    return starts


def test_mojibake_followers_hold_every_mojibake_start_and_nothing_else():
    followers = encoding.mojibake_followers()
    assert {first + after for first, afters in followers.items() for after in afters} == mojibake_starts()
    assert len(mojibake_starts()) == 27547


def test_every_utf8_sequence_read_through_every_code_page_is_a_mojibake_start():
    """Exhaustive: each lead byte with each continuation byte, through each code page LN401 repairs."""
    starts = mojibake_starts()
    followers = encoding.mojibake_followers()
    pattern = encoding.maybe_mojibake()
    missed = []
    for codec in encoding.FTFY_CODE_PAGES + encoding.CYRILLIC_CODE_PAGES:
        table = encoding.code_page(codec)
        leads = encoding.CYRILLIC_LEAD_BYTES if codec in ("koi8-r", "cp866") else range(0xC2, 0xF5)
        for lead in leads:
            for continuation in range(0x80, 0xC0):
                if encoding.historic_cyrillic(lead, continuation):
                    continue  # never in news; `С°` is the Celsius sign typed with a Cyrillic Es
                pair = table[lead] + table[continuation]
                text = f"a {pair}b"
                if pair not in starts or not encoding.suspect_lines(Document("a.txt", text)):
                    missed.append((codec, hex(lead), hex(continuation)))
                elif not any(encoding._starts_mojibake(text, match.start(), followers)
                             for match in pattern.finditer(text)):
                    missed.append((codec, hex(lead), hex(continuation)))
    assert missed == []


def test_every_mojibake_start_passes_the_prefilter():
    for start in mojibake_starts():
        text = "x" + start + "x"
        assert encoding.suspect_lines(Document("a.txt", text)) == [(0, len(text))], repr(start)


@needs_corpora()
def test_the_prefilter_flags_every_line_ftfy_would_change_in_its_test_data():
    hidden = []
    for name in ("in-the-wild.json", "synthetic.json", "negative.json", "known-failures.json"):
        for case in ftfy_cases(name):
            original = case["original"]
            repaired = ftfy.fix_encoding(original)
            if repaired != original and not c1_only({"original": original, "fixed": repaired}):
                if not encoding.suspect_lines(Document("a.txt", original)):
                    hidden.append(case["label"])
    assert hidden == []


# Text made of what mojibake is made of: code page characters, ASCII, and mojibake of real words.
MOJIBAKE_ALPHABET = sorted({char for codec in encoding.FTFY_CODE_PAGES + encoding.CYRILLIC_CODE_PAGES
                            for char in encoding.code_page(codec)[0x80:]} | set("aeo ?.\n"))
WORDS = ["Erdoğan", "Москва", "naïve", "€5", "don’t", "Київ", "😀", "Zürich", "Ελλάδα"]
MOJIBAKE_WORDS = [utf8_read_as(word, codec) for word in WORDS
                  for codec in encoding.FTFY_CODE_PAGES + encoding.CYRILLIC_CODE_PAGES]
MOJIBAKE_TEXT = st.lists(st.one_of(st.sampled_from(MOJIBAKE_ALPHABET), st.sampled_from(MOJIBAKE_WORDS)),
                         max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(MOJIBAKE_TEXT)
def test_the_prefilter_never_hides_a_line_the_full_analysis_would_repair(text):
    document = Document("a.txt", text)
    suspects = {(line.start, line.end) for line in encoding.suspect_lines(document)}
    for line in document.lines:
        if encoding.mojibake_repairs(text[line.start:line.end]):
            assert (line.start, line.end) in suspects


@settings(max_examples=200, deadline=None)
@given(MOJIBAKE_TEXT)
def test_mojibake_fixes_stay_in_their_span_and_converge(text):
    diagnostics = lint(text)
    for diagnostic in diagnostics:
        assert 0 <= diagnostic.span.start < diagnostic.span.end <= len(text)
    once = fix(text, level=Applicability.UNSAFE)
    assert fix(once, level=Applicability.UNSAFE) == once


# --- LN402 ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, fixed", [
    ("said &quot;no&quot;", 'said "no"'),
    ("Turkey&#8217;s", "Turkey’s"),
    ("Turkey&#x2019;s", "Turkey’s"),
    ("Johnson &amp; Johnson", "Johnson & Johnson"),
    ("10&nbsp;km", "10\u00a0km"),  # a no-break space between two visible characters is kept
    ("closed.&nbsp;\nNext", "closed. \nNext"),  # at a line edge it becomes an ordinary space
    ("a &nbsp; b", "a   b"),
    ("&amp;quot;", '"'),  # double escaping: two passes
])
def test_html_entities_are_replaced_by_their_character(text, fixed):
    assert fix(text, "LN402") == fixed


@pytest.mark.parametrize("text", ["AT&T", "R&D", "Q&A", "a & b", "&foo;", "&amp without semicolon", "&#0;", "&#1;",
                                  "&#xD800;", "&;", "&#;"])
def test_ampersands_that_are_not_character_references_are_quiet(text):
    assert lint(text, "LN402") == []


@pytest.mark.parametrize("path", ["a.md", "a.html", "page.HTM", "a.xhtml"])
def test_entities_in_markdown_and_html_are_legitimate(path):
    assert lint("said &quot;no&quot; &amp; left", "LN402", path) == []


# --- LN403 ---------------------------------------------------------------------------------------------------

def test_one_diagnostic_per_run_of_replacement_characters():
    diagnostics = lint("Erdo\ufffd\ufffdan and \ufffd.", "LN403")
    assert [(tuple(d.span), d.message) for d in diagnostics] == [
        ((4, 6), "2 replacement characters (U+FFFD): text was lost in decoding before it reached us"),
        ((13, 14), "Replacement character (U+FFFD): text was lost in decoding before it reached us"),
    ]


def test_a_file_that_is_not_utf8_gets_ln001_only(in_tmp):
    (in_tmp / "cp1251.txt").write_bytes("Москва said on Monday.\n".encode("cp1251"))
    result = run_cli("check", "--isolated", "--select", "LN0,LN4", "--output-format", "concise", "--quiet",
                     "cp1251.txt")
    assert result.stdout.splitlines() == [
        "cp1251.txt:1:1: LN001 File is not UTF-8 text: byte 0xCC at offset 0 is not valid UTF-8; nothing else "
        "in it was checked"]


def test_mojibake_characters_are_what_the_scan_looks_for_and_all_outside_ascii():
    # LN401's gate tests them against a document's non-ASCII characters, so none may be ASCII.
    characters = encoding.mojibake_characters()
    assert all(not char.isascii() for char in characters)
    pattern = encoding.maybe_mojibake()
    assert characters == {chr(point) for point in range(0x10000) if pattern.match(chr(point))}
