"""LN202 on the user's seed article: `C-400` (row 61) has a safe fix to `S-400`; the 18 correct `S-400` stay quiet."""

from __future__ import annotations

import json
import shutil

from conftest import PROJECT, SEED, run_cli


def test_seed_c400_is_reported_at_row_61_with_a_safe_fix_to_s400(monkeypatch):
    monkeypatch.chdir(PROJECT)
    result = run_cli("check", "--select", "LN202", "--output-format", "json", "seeds/")
    assert json.loads(result.stdout) == [{
        "code": "LN202", "name": "designation-lookalike", "severity": "error",
        "message": "`C-400` is `S-400` read through a look-alike letter: Cyrillic `С` is S, not C",
        "filename": "seeds/000_1afda22d48ad6a4d.txt",
        "location": {"row": 61, "column": 8}, "end_location": {"row": 61, "column": 13},
        "fix": {"applicability": "safe", "message": "Replace with `S-400`", "edits": [
            {"content": "S-400", "location": {"row": 61, "column": 8}, "end_location": {"row": 61, "column": 13}},
        ]},
    }]
    assert result.exit_code == 1


def test_seed_has_the_correct_s400_many_times_and_no_other_ln2_designation_hit(monkeypatch):
    monkeypatch.chdir(PROJECT)
    assert SEED.read_text(encoding="utf-8").count("S-400") == 18
    result = run_cli("check", "--select", "LN2", "--output-format", "concise", "seeds/")
    assert [line for line in result.stdout.splitlines() if " LN202 " in line] == [
        "seeds/000_1afda22d48ad6a4d.txt:61:8: LN202 [*] "
        "`C-400` is `S-400` read through a look-alike letter: Cyrillic `С` is S, not C",
    ]


def test_seed_fix_changes_only_the_c(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(SEED, tmp_path / "seed.txt")
    run_cli("check", "--isolated", "--select", "LN202", "--fix", "--quiet", "seed.txt")
    original = SEED.read_bytes()
    assert (tmp_path / "seed.txt").read_bytes() == original.replace(b"Factor C-400", b"Factor S-400")
    assert original.count(b"Factor C-400") == 1
