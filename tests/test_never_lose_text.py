"""DESIGN.md §8, one test per promise: fixing never loses text, and bad input never stops a run."""

from __future__ import annotations

import os
import re
import shutil
import stat

import pytest

from conftest import FIXTURES, SEED, run_cli
from lintnews import files
from lintnews.files import ChangedOnDisk, write_atomically
from lintnews.linter import Linter

# A Cyrillic а in "Ukrаine" (LN101, safe fix) and two spaces between words (LN107, safe fix).
DIRTY_LINE = "Ukr\u0430ine  said."
FIXED_LINE = "Ukraine said."


def fix(*paths: str):
    return run_cli("check", "--isolated", "--fix", "--output-format", "concise", *paths)


# Writing


def test_fix_is_written_atomically_and_a_failed_rename_leaves_the_original(in_tmp, monkeypatch):
    target = in_tmp / "a.txt"
    target.write_text(DIRTY_LINE + "\n", encoding="utf-8")

    def broken_replace(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    result = fix("a.txt")
    assert "lintnews: a.txt: [Errno 28] No space left on device" in result.stderr
    assert target.read_text(encoding="utf-8") == DIRTY_LINE + "\n"
    assert sorted(path.name for path in in_tmp.iterdir()) == ["a.txt"]  # no temporary file left behind
    assert result.exit_code == 1  # the diagnostics are still there, and reported


@pytest.mark.parametrize(("name", "newline", "bom"), [
    ("lf", b"\n", False), ("crlf", b"\r\n", False), ("cr", b"\r", False), ("bom-crlf", b"\r\n", True),
])
def test_line_endings_and_bom_are_kept(in_tmp, name, newline, bom):
    prefix = b"\xef\xbb\xbf" if bom else b""
    lines = [DIRTY_LINE.encode(), b"Second line.", b"Third.   "]
    (in_tmp / "a.txt").write_bytes(prefix + newline.join(lines) + newline)
    fix("a.txt")
    expected = [FIXED_LINE.encode(), b"Second line.", b"Third."]
    assert (in_tmp / "a.txt").read_bytes() == prefix + newline.join(expected) + newline


def test_permissions_are_kept(in_tmp):
    target = in_tmp / "a.txt"
    target.write_text(DIRTY_LINE + "\n", encoding="utf-8")
    os.chmod(target, 0o640)
    fix("a.txt")
    assert target.read_text(encoding="utf-8") == FIXED_LINE + "\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_symlink_stays_a_symlink_and_its_target_is_fixed(in_tmp):
    (in_tmp / "real.text").write_text(DIRTY_LINE + "\n", encoding="utf-8")
    (in_tmp / "link.txt").symlink_to("real.text")
    fix("link.txt")
    assert (in_tmp / "link.txt").is_symlink()
    assert (in_tmp / "real.text").read_text(encoding="utf-8") == FIXED_LINE + "\n"


def test_write_atomically_refuses_a_file_that_changed(tmp_path):
    target = tmp_path / "a.txt"
    target.write_bytes(b"edited by someone else\n")
    with pytest.raises(ChangedOnDisk, match="changed on disk since it was read; not overwritten"):
        write_atomically(target, b"what lintnews read\n", b"what lintnews would write\n")
    assert target.read_bytes() == b"edited by someone else\n"
    assert [path.name for path in tmp_path.iterdir()] == ["a.txt"]


def test_a_file_edited_while_being_fixed_is_not_overwritten(in_tmp, monkeypatch):
    target = in_tmp / "a.txt"
    target.write_text(DIRTY_LINE + "\n", encoding="utf-8")
    edited = "An editor saved this meanwhile.\n"
    lint_source = Linter.lint_source

    def lint_then_someone_saves(self, source, **options):
        result = lint_source(self, source, **options)
        target.write_text(edited, encoding="utf-8")
        return result

    monkeypatch.setattr(Linter, "lint_source", lint_then_someone_saves)
    result = fix("a.txt")
    assert target.read_text(encoding="utf-8") == edited
    assert "lintnews: " in result.stderr
    assert "a.txt: changed on disk since it was read; not overwritten" in result.stderr


# Idempotence


def test_fix_twice_gives_the_same_bytes_as_once_on_the_seed_and_every_fixture(in_tmp):
    sources = [SEED, *sorted(FIXTURES.glob("LN*/bad.txt"))]
    for number, source in enumerate(sources):
        shutil.copyfile(source, in_tmp / f"{number:02}.txt")
    fix(".")
    once = {path.name: path.read_bytes() for path in in_tmp.iterdir()}
    second = fix(".")
    assert {path.name: path.read_bytes() for path in in_tmp.iterdir()} == once
    summary = [line for line in second.stdout.splitlines() if line.startswith("Found ")]
    assert len(summary) == 1 and re.fullmatch(r"Found \d+ diagnostics \(0 fixed, \d+ remaining\)\.", summary[0])
    assert once != {f"{n:02}.txt": s.read_bytes() for n, s in enumerate(sources)}  # the first run did fix


# Bad input


def test_invalid_utf8_is_ln001_and_the_other_files_are_still_checked(in_tmp):
    (in_tmp / "latin1.txt").write_bytes("Caf\u00e9 news.\n".encode("latin-1"))
    (in_tmp / "ok.txt").write_text(DIRTY_LINE + "\n", encoding="utf-8")
    result = fix(".")
    assert result.stdout.splitlines()[0] == (
        "latin1.txt:1:4: LN001 File is not UTF-8 text: byte 0xE9 at offset 3 is not valid UTF-8; "
        "nothing else in it was checked")
    assert (in_tmp / "latin1.txt").read_bytes() == "Caf\u00e9 news.\n".encode("latin-1")
    assert (in_tmp / "ok.txt").read_text(encoding="utf-8") == FIXED_LINE + "\n"
    assert result.exit_code == 1


def test_binary_file_is_ln001_and_untouched(in_tmp):
    (in_tmp / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = fix("photo.txt")
    # A NUL byte makes it binary before any UTF-8 question; the position is the NUL's (row 3, after \r\n and \n).
    assert result.stdout.splitlines()[0] == (
        "photo.txt:3:1: LN001 File is not UTF-8 text: binary file (NUL byte at offset 8); "
        "nothing else in it was checked")
    assert (in_tmp / "photo.txt").read_bytes() == b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    assert result.exit_code == 1


def test_empty_file_passes(in_tmp):
    (in_tmp / "empty.txt").write_bytes(b"")
    result = fix("empty.txt")
    assert (result.exit_code, result.stdout) == (0, "All checks passed!\n")
    assert (in_tmp / "empty.txt").read_bytes() == b""


def test_huge_single_line_is_checked_and_located(in_tmp):
    words = "news wire " * 500_000  # 5 MB on one line (two words: a repeated word would be LN308)
    (in_tmp / "huge.txt").write_text(words + DIRTY_LINE + "\n", encoding="utf-8")
    result = run_cli("check", "--isolated", "--output-format", "concise", "huge.txt")
    assert result.stdout.splitlines()[:2] == [
        "huge.txt:1:5000001: LN101 [*] Word `Ukr\u0430ine` mixes Latin and Cyrillic letters: "
        "`\u0430` (U+0430 CYRILLIC SMALL LETTER A)",
        "huge.txt:1:5000008: LN107 [*] 2 spaces between words",
    ]


def test_unreadable_paths_are_ln002_and_the_other_files_are_still_checked(in_tmp):
    (in_tmp / "dangling.txt").symlink_to("gone.txt")
    (in_tmp / "ok.txt").write_text(DIRTY_LINE + "\n", encoding="utf-8")
    result = run_cli("check", "--isolated", "--output-format", "concise", ".", "missing.txt")
    assert result.stdout.splitlines()[:3] == [
        "dangling.txt:1:1: LN002 Cannot read file: No such file or directory",
        "missing.txt:1:1: LN002 Cannot read file: No such file or directory",
        "ok.txt:1:1: LN101 [*] Word `Ukr\u0430ine` mixes Latin and Cyrillic letters: "
        "`\u0430` (U+0430 CYRILLIC SMALL LETTER A)",
    ]
    assert result.exit_code == 1


def test_broken_configuration_is_a_clean_exit_2_naming_the_file_and_key(in_tmp):
    (in_tmp / "ok.txt").write_text(DIRTY_LINE + "\n", encoding="utf-8")
    (in_tmp / "pyproject.toml").write_text('[tool.lintnews]\nselectt = ["LN1"]\n', encoding="utf-8")
    result = run_cli("check", "--fix", "ok.txt")
    assert result.exit_code == 2
    assert result.stderr == (
        f"lintnews: error: {in_tmp / 'pyproject.toml'}: key 'tool.lintnews.selectt': unknown key (known keys: "
        "allow, consistency, dash-style, exclude, extend-include, extend-select, extra-rules, fail-on, ignore, "
        "language, per-file-ignores, quote-style, select, spellings)\n")
    assert (in_tmp / "ok.txt").read_text(encoding="utf-8") == DIRTY_LINE + "\n"  # nothing was fixed
