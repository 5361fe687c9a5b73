"""The word card's content: lemma, headword, translations in order, sentence, saved state."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.dictionaries.dictionary import bundled_dictionary
from reader.core.lookup.card import Glosser
from reader.core.models import Article, TranslationSource
from reader.core.store import Database
from tests.core.analysed import analysed, token

SAMPLE = (
    "La Russie et la Chine ont convenu de renforcer la coopération par l’intermédiaire de "
    "leurs ministères de la défense. Les consultations ont été menées dans la ville de Nanping."
)


@pytest.fixture
def store(tmp_path: Path) -> Database:
    with Database(tmp_path / "glossary.sqlite3") as opened:
        yield opened


def test_noun_card(store: Database) -> None:
    analysis = analysed(SAMPLE)
    info = Glosser(store).explain(analysis, token(analysis, "défense").index)
    assert (info.lemma, info.headword, info.pos_label) == ("défense", "la défense", "noun")
    best = info.best_translation
    assert best is not None and best.source is TranslationSource.DICTIONARY
    assert "defence" in best.senses[0] or "defense" in best.senses[0]
    assert info.sentence.startswith("La Russie") and info.sentence.endswith("défense.")
    assert info.saved is None


def test_verb_group_card_shows_the_group(store: Database) -> None:
    """The main verb's card is the group's; a click on an auxiliary (été) shows the
    auxiliary itself (test_helper_words.py)."""
    analysis = analysed(SAMPLE)
    info = Glosser(store).explain(analysis, token(analysis, "menées").index)
    assert (info.form, info.lemma, info.pos_label) == ("ont été menées", "mener", "verb")
    assert [SAMPLE[s:e] for s, e in info.unit] == ["ont", "été", "menées"]
    assert "passive voice" in info.grammar
    # A passive reads as the English participle: menées, led.
    assert info.best_translation is not None and info.best_translation.senses[0] == "led"


def test_cognate_when_no_dictionary_has_the_word(store: Database) -> None:
    analysis = analysed(SAMPLE)
    freedict = bundled_dictionary()  # the lexicon knows coopération; FreeDict does not
    info = Glosser(store, freedict).explain(analysis, token(analysis, "coopération").index)
    best = info.best_translation
    assert best is not None and best.source is TranslationSource.COGNATE
    assert best.senses == ("cooperation",)
    assert best.origin == "likely cognate"


def test_learners_translation_comes_first_once_saved(store: Database) -> None:
    analysis = analysed(SAMPLE)
    glosser = Glosser(store)
    info = glosser.explain(analysis, token(analysis, "menées").index)
    article = Article("Russie et Chine", SAMPLE, "/tmp/article.txt")
    entry = store.glossary.save(glosser.draft(info, translation="carried out", article=article))
    assert (entry.lemma, entry.word, entry.translation) == (
        "mener",
        "ont été menées",
        "carried out",
    )
    assert entry.contexts[0].source_title == "Russie et Chine"
    again = glosser.explain(analysis, token(analysis, "menées").index)
    assert again.translations[0].source is TranslationSource.GLOSSARY
    assert again.translations[0].senses == ("carried out",)
    assert again.saved is not None and again.saved.id == entry.id


def test_a_verb_form_gives_its_lemma_no_gender(store: Database) -> None:
    """menées is feminine; mener is not: the saved entry and its Anki field say "verb"."""
    from reader.core.exports.fields import plain_fields

    analysis = analysed(SAMPLE)
    glosser = Glosser(store)
    verb = store.glossary.save(
        glosser.draft(glosser.explain(analysis, token(analysis, "menées").index))
    )
    assert (verb.lemma, verb.gender) == ("mener", "")
    assert plain_fields(verb).part_of_speech == "verb"
    noun = store.glossary.save(
        glosser.draft(glosser.explain(analysis, token(analysis, "ville").index))
    )
    assert plain_fields(noun).part_of_speech == "noun, feminine"


def test_function_words_get_their_exact_meaning(store: Database) -> None:
    analysis = analysed(SAMPLE)
    info = Glosser(store).explain(analysis, token(analysis, "leurs").index)
    assert info.best_translation is not None and info.best_translation.senses == ("their",)


def test_a_word_with_no_translation_says_so(store: Database) -> None:
    analysis = analysed("Le zorglubisme de Nanping intrigue.")
    info = Glosser(store).explain(analysis, token(analysis, "zorglubisme").index)
    assert info.translations == ()
