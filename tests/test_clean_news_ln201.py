"""LN201 over human-written news: translators are consistent, so what fires is listed and must be rare.

Two reference translations do spell one name two ways; those are real findings, kept as known artifacts.
"""

from __future__ import annotations

from conftest import needs_corpora
from newscorpus import scan_human_news

BUDGET_PER_10K_WORDS = 0.15  # LN201's share of the 0.3 for all of LN2 (issue 3)
KNOWN_ARTIFACTS = {
    # "Andreas Mavroyianis" in one sentence, "Mavroyanis" two lines later.
    ("wmt23-uk-en/generaltest2023.uk-en.ref.refA.en#ukrainian.dw.com.15605", "LN201", "Mavroyanis"): 1,
    # "Zaporizhzhya NPP" and "Zaporizhzhia NPP" in one article.
    ("wmt23-uk-en/generaltest2023.uk-en.ref.refA.en#ukrainian.dw.com.15614", "LN201", "Zaporizhzhia"): 1,
}


@needs_corpora()
def test_ln201_is_quiet_on_human_written_news():
    scan = scan_human_news(("LN201",), KNOWN_ARTIFACTS)
    print(scan.report())
    assert scan.known == KNOWN_ARTIFACTS
    assert scan.others == []
    assert scan.rate <= BUDGET_PER_10K_WORDS
