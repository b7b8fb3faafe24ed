"""LN503, LN601 and LN602 fix only with --unsafe-fixes: the exact result on each bad.txt, and a second run
changes nothing."""

from __future__ import annotations

import shutil

import pytest

from conftest import FIXTURES, run_cli

CODES = ("LN503", "LN601", "LN602")


@pytest.mark.parametrize("code", CODES)
def test_unsafe_fixes_give_the_exact_text_and_are_idempotent(code, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(FIXTURES / code / "bad.txt", "bad.txt")
    args = ("check", "--isolated", "--select", code, "--unsafe-fixes", "--fix", "--quiet", "bad.txt")
    first = run_cli(*args)
    assert first.exit_code == 0, first.stdout
    fixed = (tmp_path / "bad.txt").read_bytes()
    assert fixed == (FIXTURES / code / "unsafe_fixed.txt").read_bytes()
    run_cli(*args)
    assert (tmp_path / "bad.txt").read_bytes() == fixed


@pytest.mark.parametrize("code", CODES)
def test_safe_fix_leaves_the_text_alone(code, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(FIXTURES / code / "bad.txt", "bad.txt")
    result = run_cli("check", "--isolated", "--select", code, "--fix", "--output-format", "concise", "bad.txt")
    assert (tmp_path / "bad.txt").read_bytes() == (FIXTURES / code / "bad.txt").read_bytes()
    assert "hidden fixes can be enabled with the `--unsafe-fixes` option" in result.stdout
