"""LN5 on the user's seed article: no untranslated sentence (LN501); the calques are LN502 infos.

The issue names `We will remind` (row 9) and `Recall that` (row 29); the table it asks for also holds
`the head of the Foreign Ministry`, `the official representative`, `according to him`..., which the seed
uses too, so those rows are reported as well (row 85 is a second `Recall that`).
"""

from __future__ import annotations

import json

from conftest import PROJECT, run_cli

EXPECTED_LN5 = """\
seeds/000_1afda22d48ad6a4d.txt:3:5: LN502 `head of the Turkish Foreign Ministry` is a calque of Russian «глава МИД»: English names the office, not its head
seeds/000_1afda22d48ad6a4d.txt:3:78: LN502 `head of the US State Department` is a calque of Russian «глава Госдепартамента»: English names the office, not its head
seeds/000_1afda22d48ad6a4d.txt:9:1: LN502 `We will remind` is a calque of Russian «Напомним»: a formula for recalling earlier news; English news does not address the reader
seeds/000_1afda22d48ad6a4d.txt:9:197: LN502 `S-400 complexes` is a calque of Russian «комплексы ПВО»: weapon complexes are “systems” in English
seeds/000_1afda22d48ad6a4d.txt:19:81: LN502 `within the framework of` is a calque of Russian «в рамках»: English says “as part of” or “under”
seeds/000_1afda22d48ad6a4d.txt:29:1: LN502 `Recall that` is a calque of Russian «Напомним»: a formula for recalling earlier news; in English it orders the reader to remember
seeds/000_1afda22d48ad6a4d.txt:43:114: LN502 `in a comment to` is a calque of Russian «в комментарии»: English says “told”
seeds/000_1afda22d48ad6a4d.txt:47:1: LN502 `The American side` is a calque of Russian «российская (украинская...) сторона»: a diplomatic periphrasis; English names the country or its government
seeds/000_1afda22d48ad6a4d.txt:69:42: LN502 `official representative of the` is a calque of Russian «официальный представитель»: the English title is spokesperson
seeds/000_1afda22d48ad6a4d.txt:85:1: LN502 `Recall that` is a calque of Russian «Напомним»: a formula for recalling earlier news; in English it orders the reader to remember
seeds/000_1afda22d48ad6a4d.txt:95:56: LN502 `the Turkish side` is a calque of Russian «российская (украинская...) сторона»: a diplomatic periphrasis; English names the country or its government
seeds/000_1afda22d48ad6a4d.txt:139:1: LN502 `According to him` is a calque of Russian «по его (её, их) словам»: English reports speech with a verb of saying
Found 12 diagnostics (12 infos).
"""


def test_seed_ln5_concise_output(monkeypatch):
    monkeypatch.chdir(PROJECT)
    result = run_cli("check", "--select", "LN5", "--output-format", "concise", "seeds/")
    assert result.stdout == EXPECTED_LN5
    assert result.exit_code == 0  # info never fails a run by default


def test_seed_has_no_untranslated_sentence(monkeypatch):
    monkeypatch.chdir(PROJECT)
    result = run_cli("check", "--select", "LN501", "--output-format", "json", "seeds/")
    assert json.loads(result.stdout) == []


def test_seed_reminder_calques_are_ln502_at_rows_9_and_29_with_a_display_only_suggestion(monkeypatch):
    monkeypatch.chdir(PROJECT)
    records = json.loads(run_cli("check", "--select", "LN502", "--output-format", "json", "seeds/").stdout)
    reminders = [record for record in records if "«Напомним»" in record["message"]]
    assert [(r["location"], r["end_location"]) for r in reminders] == [
        ({"row": 9, "column": 1}, {"row": 9, "column": 15}),  # We will remind
        ({"row": 29, "column": 1}, {"row": 29, "column": 12}),  # Recall that
        ({"row": 85, "column": 1}, {"row": 85, "column": 12}),  # Recall that
    ]
    assert reminders[0]["severity"] == "info" and reminders[0]["name"] == "translationese"
    assert reminders[0]["fix"] == {"applicability": "display-only", "edits": [],
                                   "message": "Instead: drop it, or write “As previously reported,”"}


def test_seed_fix_applies_no_ln502_suggestion(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    seed = PROJECT / "seeds" / "000_1afda22d48ad6a4d.txt"
    (tmp_path / "seed.txt").write_bytes(seed.read_bytes())
    run_cli("check", "--isolated", "--select", "LN5", "--fix", "--unsafe-fixes", "seed.txt")
    assert (tmp_path / "seed.txt").read_bytes() == seed.read_bytes()
