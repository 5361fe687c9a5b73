"""The readings kept between analyses (analysis/readings.py): an analysis is the same whether
the process read the words before or not, and a rule switched off is never answered from
readings made with it on."""

from __future__ import annotations

from reader.core.analysis.analyser import STARTS_AFTER, analyse
from reader.core.analysis.corrections.rule_switches import rules_disabled
from reader.core.analysis.pipeline import load_pipeline
from reader.core.analysis.readings import DocView, forget_readings, shared_readings
from tests.core.analysed import token
from tests.corpus import corpus_file


def test_an_analysis_is_the_same_with_the_readings_kept_or_not() -> None:
    text = corpus_file("news/44321.txt").read_text(encoding="utf-8")
    forget_readings()
    cold = analyse(text)
    analyse(corpus_file("news/44374.txt").read_text(encoding="utf-8"))  # other words read
    assert len(shared_readings().readings) > 100
    assert analyse(text) == cold


def test_a_rule_switched_off_empties_the_readings() -> None:
    sentence = "Le match de la Ligue des champions est fini."
    assert token(analyse(sentence), "Ligue").lemma == "ligue"  # the reading is kept
    with rules_disabled({"common-word"}):
        assert token(analyse(sentence), "Ligue").lemma == "Ligue"
    assert token(analyse(sentence), "Ligue").lemma == "ligue"


def test_a_word_after_a_dialogue_dash_or_a_colon_starts_a_sentence() -> None:
    # The lemma rules read "sentence start" from these marks (— Tenez, « Papillon », : Partez).
    doc = load_pipeline()("Il cria : Partez ! Puis il ajouta — Tenez bon.")
    view = DocView(doc, STARTS_AFTER)
    starts = {doc[i].text for i in range(len(doc)) if view.sentence_start(i)}
    assert {"Il", "Partez", "Tenez"} <= starts
    assert "cria" not in starts and "bon" not in starts


def test_the_reading_keys_of_a_doc_hold_each_token_s_context() -> None:
    # reading_keys computes at once what capital() and sentence_start() say token by token.
    text = corpus_file("news/44321.txt").read_text(encoding="utf-8")[:5_000]
    doc = load_pipeline()(text + " « Papillon » — Tenez : Partez !")
    view = DocView(doc, STARTS_AFTER)
    expected = []
    for i, row in enumerate(view.rows):
        start = view.sentence_start(i)
        expected.append((*row, view.capital(i + 1), start, not start and view.capital(i - 1)))
    assert view.reading_keys() == expected
    assert any(key[-1] for key in expected) and any(key[-2] for key in expected)
