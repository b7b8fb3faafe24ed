"""Each issue's family of rules together over human-written news, against the issue's budget.

The per-rule tests (test_clean_news_*.py) list and explain the real artifacts each rule finds in the
references; here those lists are pooled and each family is held to its issue's budget for what else fires:
LN2 0.3 (issue 3), LN3 1.0 (issue 4) and LN4-LN6 0.5 (issue 5) warnings and errors per 10,000 words.
Info diagnostics (LN502) never count.
"""

from __future__ import annotations

import pytest

import test_clean_news_ln3_punct
import test_clean_news_ln3_quotes
import test_clean_news_ln4
import test_clean_news_ln56
import test_clean_news_ln201
import test_clean_news_ln202
import test_clean_news_ln203
from conftest import needs_corpora
from newscorpus import scan_human_news

FAMILIES = {
    "LN2": (0.3, test_clean_news_ln201.KNOWN_ARTIFACTS | test_clean_news_ln202.KNOWN_ARTIFACTS
            | test_clean_news_ln203.KNOWN_ARTIFACTS),
    "LN3": (1.0, test_clean_news_ln3_quotes.KNOWN_ARTIFACTS | test_clean_news_ln3_punct.KNOWN_ARTIFACTS),
    "LN4,LN5,LN6": (0.5, test_clean_news_ln4.KNOWN_ARTIFACTS | test_clean_news_ln56.KNOWN_ARTIFACTS),
}


@needs_corpora()
@pytest.mark.parametrize("family", FAMILIES)
def test_each_family_stays_within_its_issue_budget(family):
    budget, known = FAMILIES[family]
    scan = scan_human_news(tuple(family.split(",")), known)
    print(f"{family}: {sum(scan.known.values())} known real artifacts found; " + scan.report())
    assert scan.known == known, "every known real artifact is still found"
    assert scan.rate <= budget, scan.report()
