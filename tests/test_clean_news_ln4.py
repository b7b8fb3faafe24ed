"""LN4 (mojibake, HTML entities, replacement characters) over the human-written news: nothing may fire.

The WMT references and English-original news are clean UTF-8: they hold accented names (Erdoğan, Çavuşoğlu,
Dvořák), euro signs, degree signs and Cyrillic URLs, none of which is encoding damage. The issue's budget for
LN4+LN5+LN6 together is 0.5 per 10,000 words; this family's own share is at most 0.1, and it is 0.
"""

from __future__ import annotations

from conftest import needs_corpora
from newscorpus import scan_human_news

BUDGET_PER_10K_WORDS = 0.1
KNOWN_ARTIFACTS: dict = {}  # none: no mojibake, entity or U+FFFD in the references


@needs_corpora()
def test_encoding_rules_are_quiet_on_human_written_news():
    scan = scan_human_news(("LN4",), KNOWN_ARTIFACTS)
    print(scan.report())
    assert scan.known == KNOWN_ARTIFACTS
    assert scan.others == [], scan.report()
    assert scan.rate <= BUDGET_PER_10K_WORDS
