"""The quick look: the same learner units as the full analysis, without spaCy, and each word's
likely lemma and part of speech from the bundled lexicon."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reader.core.analysis.quick import quick_analysis
from reader.core.articles import sample_article_path
from reader.core.dictionaries.lexicon import bundled_lexicon
from reader.core.errors import Cancelled
from reader.core.models import Analysis
from tests.core.analysed import analysed

TRAPS = [
    "L'homme arrive.",
    "L’homme arrive.",
    "Elle s'est levée aujourd'hui.",
    "Qu'il vienne jusqu'à nous !",
    "Ma grand-mère et son porte-monnaie.",
    "Oui, dit-il. Comment cela va-t-il ?",
    "C'est-à-dire demain.",
    "Il dit\u00a0: « Bonjour\u00a0! »",
    "Les enquêtes ont été menées ; ils se sont rencontrés.",
    "Il ne mange pas. Prends-le. Allons-y.",
    "Les états-majors ont payé 3,5 millions en 2024.",
]


def quick(text: str) -> Analysis:
    return quick_analysis(text, bundled_lexicon())


def spans(analysis: Analysis) -> list[tuple[int, int, bool]]:
    return [(token.start, token.end, token.is_word) for token in analysis.tokens]


@pytest.mark.parametrize("text", TRAPS)
def test_the_units_are_the_full_analysis_units(text: str) -> None:
    assert spans(quick(text)) == spans(analysed(text))


def test_the_sample_article_has_the_full_analysis_units_and_sentences() -> None:
    text = Path(sample_article_path()).read_text(encoding="utf-8")
    full, fast = analysed(text), quick(text)
    assert spans(fast) == spans(full)
    assert len(fast.sentences) == len(full.sentences)


@pytest.mark.parametrize(
    ("text", "word", "lemma", "pos"),
    [
        ("L'homme arrive.", "L'", "le", "DET"),
        ("L'homme arrive.", "homme", "homme", "NOUN"),
        ("Les enquêtes ont été menées.", "menées", "mener", "VERB"),
        ("Les enquêtes ont été menées.", "ont", "avoir", "AUX"),
        ("Il la porte.", "porte", "porter", "VERB"),
        ("Il la porte.", "la", "le", "PRON"),
        ("Ouvre la porte.", "porte", "porte", "NOUN"),
        ("Comment va-t-il ?", "-t-il", "il", "PRON"),
        ("Il ne mange pas.", "pas", "pas", "ADV"),
        ("Jusqu'à demain.", "Jusqu'", "jusque", "ADP"),
    ],
)
def test_a_word_gets_its_likely_lemma_and_part_of_speech(
    text: str, word: str, lemma: str, pos: str
) -> None:
    token = next(token for token in quick(text).tokens if token.text == word)
    assert (token.lemma, token.pos) == (lemma, pos)


def test_the_other_readings_are_said_in_the_note() -> None:
    token = next(token for token in quick("Ouvre la porte.").tokens if token.text == "porte")
    assert "porter (verb)" in token.grammar


def test_a_token_carries_its_sentence() -> None:
    analysis = quick("Il part. Elle reste.")
    reste = next(token for token in analysis.tokens if token.text == "reste")
    assert analysis.sentence_text(reste) == "Elle reste."


def test_a_cancelled_quick_look_stops() -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        quick_analysis("Bonjour.", bundled_lexicon(), cancel=cancel)


def test_the_quick_look_does_not_import_spacy() -> None:
    code = (
        "import sys; from reader.core.analysis.quick import quick_analysis;"
        "from reader.core.dictionaries.lexicon import bundled_lexicon;"
        "quick_analysis('Bonjour, dit-il.', bundled_lexicon());"
        "print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
