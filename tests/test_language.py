"""LN501 and LN502 beyond their fixtures: real foreign sentences, determinism, lazy and private langdetect."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import CORPORA, needs_corpora

from lintnews.config import Settings
from lintnews.linter import Linter

LN501 = Linter(Settings(select=("LN501",)))

# Real text in other languages from ftfy's test cases (../shared/corpora/ftfy-cases): the repaired
# ("fixed") side of in-the-wild.json and known-failures.json, with the language LN501 must name.
FTFY_SENTENCES = {
    "Le barème forfaitaire permet l'évaluation des frais de déplacement relatifs à l'utilisation": "French",
    "La région de Dnepropetrovsk se trouve à l'ouest de l'Ukraine": "French",
    "eliminado o antígeno e mantidos os níveis de anticorpos, surgem as condições necessárias ao "
    "estabelecimento do granuloma": "Portuguese",
    "Habitantes de Coatlán confían en proyecto de edil electo independiente": "Spanish",
    "Sarai ricontattato dal nostro Esperto al più presto.": "Italian",
}


def reported(text: str) -> list[str]:
    return [diagnostic.message for diagnostic in LN501.lint_text("news.txt", text).diagnostics]


@needs_corpora()
@pytest.mark.parametrize("sentence", FTFY_SENTENCES)
def test_real_foreign_sentences_from_ftfy_cases_are_reported_with_their_language(sentence):
    cases = []
    for name in ("in-the-wild.json", "known-failures.json"):
        cases += json.loads((CORPORA / "ftfy-cases" / name).read_text(encoding="utf-8"))
    assert any(sentence in (case.get("fixed") or "") for case in cases)
    text = f"The ministry said the talks would continue.\n\n{sentence}\n"
    [message] = reported(text)
    assert message.startswith(f"Sentence in {FTFY_SENTENCES[sentence]}, not English (langdetect: ")


def test_detection_is_deterministic_and_names_language_and_probability():
    text = "Erdoğan said: Türkiye, NATO'nun güçlü bir üyesi olmaya devam edecek ve bunu herkes biliyor.\n"
    first = reported(text)
    assert first == reported(text) == ["Sentence in Turkish, not English (langdetect: tr, probability 1.00)"]


def test_short_lines_names_and_english_with_diacritics_are_not_sentences_to_judge():
    assert reported("Gracias, señor.\n\nCAST: Louise Bourgoin, Mathieu Amalric, Frédérique Bel, Gilles Lellouche\n"
                    "Pfannenstiel worked with Fortuna Düsseldorf from December 2018 through May 2020.\n") == []


def test_langdetect_is_loaded_lazily_and_its_global_factory_is_untouched():
    """English without diacritics never imports langdetect; detecting uses a private, seeded factory."""
    script = (
        "import sys\n"
        "from lintnews.config import Settings\nfrom lintnews.linter import Linter\n"
        "linter = Linter(Settings(select=('LN501',)))\n"
        "linter.lint_text('a.txt', 'The ministry said the talks would continue on Monday in Brussels.\\n')\n"
        "print('langdetect' in sys.modules)\n"
        "linter.lint_text('b.txt', 'La région de Dnepropetrovsk se trouve à l ouest de l Ukraine.\\n')\n"
        "from langdetect import detector_factory\n"
        "print('langdetect' in sys.modules, detector_factory.DetectorFactory.seed, detector_factory._factory)\n"
    )
    output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert output == "False\nTrue None None\n"
