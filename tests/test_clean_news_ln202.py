"""LN202 (designation-lookalike) over human-written news: real designations (F-16, S-300, MiG-29, G-20,
MS-21, An-124...) must stay quiet. Nothing is known to fire: the references write designations correctly.
"""

from __future__ import annotations

from conftest import needs_corpora
from newscorpus import scan_human_news

BUDGET_PER_10K_WORDS = 0.05  # LN202's share of the 0.3 allowed for all of LN2
KNOWN_ARTIFACTS: dict = {}


@needs_corpora()
def test_designation_rule_is_quiet_on_human_written_news():
    scan = scan_human_news(("LN202",), KNOWN_ARTIFACTS)
    print(scan.report())
    assert scan.known == KNOWN_ARTIFACTS
    assert scan.others == []
    assert scan.rate <= BUDGET_PER_10K_WORDS, scan.report()
