"""LN503, LN601 and LN602 over human-written news: what fires must be rare, and every hit is listed.

The references translate what the scraper gave the translators, page furniture included: BBC photo credits
and caption labels (`Photo by, MARKO DJURICA Reuters`, `Photo caption,`, `Video caption: ...`) and a `Photo:`
line under a YouTube still. Each was read in its document: they are real LN601 artifacts, listed below.
"""

from __future__ import annotations

from conftest import needs_corpora
from newscorpus import scan_human_news

BUDGET_PER_10K_WORDS = 0.2
RU23 = "wmt23-ru-en/generaltest2023.ru-en.ref.refA.en"
UK23 = "wmt23-uk-en/generaltest2023.uk-en.ref.refA.en"
# Real artifacts: (document, code, flagged text) -> how many times.
KNOWN_ARTIFACTS = {
    (f"{RU23}#argumenti.ru.66160", "LN601", "Photo: Fragment from a video on YouTube video hosting"): 1,
    (f"{RU23}#bbc-russian.10085", "LN601",
     "Video caption: WW2 bomb explosion in Great Yarmouth is caught on camera"): 1,
    (f"{RU23}#bbc-russian.10085", "LN601", "Photo credit: Sky Revolutions"): 1,
    (f"{RU23}#bbc-russian.10085", "LN601",
     "Photo caption: The explosion occurred contrary to sappers' plans, but nobody was killed or injured"): 1,
    (f"{UK23}#bbc-ukrainian.10015", "LN601", "Photo by, MYNAJ FC"): 1,
    (f"{UK23}#bbc-ukrainian.10015", "LN601", "Photo caption,"): 1,
    (f"{UK23}#bbc-ukrainian.9984", "LN601", "Photo by, MARKO DJURICA Reuters"): 1,
}


@needs_corpora()
def test_number_and_furniture_rules_are_quiet_on_human_written_news():
    scan = scan_human_news(("LN503", "LN601", "LN602"), KNOWN_ARTIFACTS)
    print(scan.report())
    assert scan.known == KNOWN_ARTIFACTS, "the known real artifacts must still be found"
    assert scan.others == []
    assert scan.rate <= BUDGET_PER_10K_WORDS, scan.report()
