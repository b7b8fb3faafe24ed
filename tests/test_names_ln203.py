"""LN203 known-mistransliteration: whole-word matching, full-name entries, and the capitalized-word gate."""

from __future__ import annotations

from lintnews.checks.names import KnownMistransliteration
from lintnews.config import Settings
from lintnews.document import Document
from lintnews.linter import Linter
from lintnews.ruledata import load_rule_data

from conftest import FIXTURES

DATA = load_rule_data()


def flagged(text: str) -> list[str]:
    result = Linter(Settings(select=("LN203",)), data=DATA).lint_text("a.txt", text)
    return [text[d.span.start:d.span.end] for d in result.diagnostics]


def test_full_name_variants_match_only_the_full_name():
    assert flagged("Anthony Blinken met Anthony Joshua; Anthony said Blinken agreed.\n") == ["Anthony Blinken"]
    assert flagged("Lloyd Ostin arrived; Ostin Khagreiv and Lloyd stayed.\n") == ["Lloyd Ostin"]


def test_possessives_hyphens_brackets_and_quotes_match_but_longer_words_do_not():
    text = "Berbok's plan, Berbok-led talks, (Berbok), “Berbok”, Berboks, XBerbok, Berbok2.\n"
    assert flagged(text) == ["Berbok", "Berbok", "Berbok", "Berbok"]


def test_the_capitalized_word_gate_never_hides_a_variant():
    """With ``capitalized_words`` built (as LN201 does), the rule finds exactly what the full search finds."""
    text = (FIXTURES / "LN203" / "bad.txt").read_text(encoding="utf-8")
    linter = Linter(Settings(select=("LN203",)), data=DATA)
    rule = KnownMistransliteration()
    searched = [(d.span, d.message) for d in rule.check(Document("bad.txt", text), linter.context)]
    gated_document = Document("bad.txt", text)
    assert gated_document.capitalized_words
    gated = [(d.span, d.message) for d in rule.check(gated_document, linter.context)]
    assert gated == searched and len(gated) == 20


def test_a_house_form_from_the_configuration_is_never_reported():
    settings = Settings(select=("LN203",), spellings={"Gamburg": ["Hamburg"]})
    text = "Berbok flew to Gamburg.\n"
    result = Linter(settings, data=DATA).lint_text("a.txt", text)
    assert [text[d.span.start:d.span.end] for d in result.diagnostics] == ["Berbok"]
