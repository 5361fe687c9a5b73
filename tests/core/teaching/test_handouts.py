"""Vocabulary handouts: which words a learner at a level is unlikely to know, what each row
holds, the HTML (table and glossed text) and the flashcard decks."""

from __future__ import annotations

import csv
import sqlite3
import zipfile
from pathlib import Path

import pytest

from reader.core.analysis.cache import AnalysisCache
from reader.core.errors import InputError
from reader.core.lookup.card import Glosser
from reader.core.store import ListWord
from reader.core.teaching.handouts import (
    Handout,
    HandoutSection,
    HandoutWord,
    check_level,
    find_words,
    short_translation,
    text_handout,
    write_deck,
)
from reader.core.teaching.html_pages import excerpt, glossed_text_html, handout_html
from tests.core.analysed import analysed
from tests.core.library_helpers import HARBOUR, STORKS, add_text, open_store

TEXT = "\n\n".join(HARBOUR + STORKS)


@pytest.fixture(scope="module")
def glosser() -> Glosser:
    return Glosser(None)


def words_at(level: str, glosser: Glosser, **options: object) -> list[HandoutWord]:
    return find_words([(0, analysed(TEXT))], glosser, level=level, **options)  # type: ignore[arg-type]


def lemmas(words: list[HandoutWord]) -> list[str]:
    return [word.word.lemma for word in words]


def test_a_lower_level_gets_more_words_and_frequent_ones_only_at_low_levels(
    glosser: Glosser,
) -> None:
    a1, b1, c1 = (lemmas(words_at(level, glosser, limit=None)) for level in ("A1", "B1", "C1"))
    assert set(c1) < set(b1) < set(a1)
    assert "impatience" in a1 and "impatience" not in b1  # in the B1 band: 2,211th lemma
    assert {"cigogne", "chalutier", "raccommoder"} <= set(c1)
    assert "mouette" in b1 and "mouette" not in c1  # in the C1 band: the 3,863rd lemma
    assert "Nanping" not in a1 and "Alsace" not in a1  # names are never handout words


def test_names_the_tagger_missed_are_left_out(glosser: Glosser) -> None:
    text = (
        "Bel-Ami\n\nLa région Asie-Pacifique inquiète Duroy, dit le Journal. Chaque région compte."
    )
    found = lemmas(find_words([(0, analysed(text))], glosser, level="A1", limit=None))
    assert not {"Bel-Ami", "Asie-Pacifique", "Duroy", "Journal", "journal"} & set(found)
    assert found == ["région", "inquiet"]  # both A2: beyond A1


def test_each_word_has_lemma_gender_translation_and_its_sentence(glosser: Glosser) -> None:
    words = {w.word.lemma: w for w in words_at("B1", glosser, limit=None)}
    stork = words["cigogne"].word
    assert (stork.word, stork.headword, stork.pos, stork.gender) == (
        "cigognes",
        "la cigogne",
        "NOUN",
        "Fem",
    )
    assert stork.translation == "stork"
    assert stork.sentence.startswith("Chaque printemps, les cigognes reviennent")
    found = words["cigogne"]
    assert TEXT[found.start : found.end] == "cigognes"
    # A verb group is one word, by its main verb's lemma.
    text = "Les vieux filets ont été raccommodés par les pêcheurs."
    found_words = find_words([(0, analysed(text))], glosser, level="B1", limit=None)
    mended = {w.word.lemma: w.word for w in found_words}["raccommoder"]
    assert (mended.word, mended.pos) == ("ont été raccommodés", "VERB")


def test_words_come_in_text_order_each_lemma_once(glosser: Glosser) -> None:
    words = words_at("A1", glosser, limit=None)
    starts = [word.start for word in words]
    assert starts == sorted(starts)
    assert len(set(lemmas(words))) == len(words)


def test_the_teachers_exclusions_match_lemmas_and_forms_without_accents(glosser: Glosser) -> None:
    words = lemmas(words_at("B1", glosser, limit=None, exclude=["Cigogne", "mouettes", "peCHEUR"]))
    assert not {"cigogne", "mouette", "pêcheur"} & set(words)
    assert "chalutier" in words


def test_over_the_limit_the_most_frequent_words_are_kept(glosser: Glosser) -> None:
    every = words_at("B1", glosser, limit=None)
    three = words_at("B1", glosser, limit=3)
    assert len(three) == 3
    assert sorted(w.rank for w in three) == sorted(w.rank for w in every)[:3]


def test_levels_are_checked() -> None:
    assert check_level(" b2 ") == "B2"
    with pytest.raises(InputError, match="A1, A2, B1, B2, C1, C2"):
        check_level("B3")


def test_short_translation_keeps_the_first_senses_that_fit() -> None:
    senses = ["chase, drive, drive on, impel", "persecute, prosecute", "pursue"]
    assert short_translation(senses) == "chase, drive, drive on, impel"
    assert short_translation(["net", "network"]) == "net; network"
    assert short_translation([]) == ""


def test_a_library_texts_handout_skips_words_of_earlier_texts(tmp_path: Path) -> None:
    with open_store(tmp_path / "g.sqlite3") as store:
        first = add_text(store, STORKS, title="Les cigognes").record.id
        second = add_text(store, (*HARBOUR, STORKS[0]), title="Le port").record.id
        handout = text_handout(
            store,
            [first, second],
            AnalysisCache(tmp_path / "cache"),
            Glosser(None),
            title="Semaine 1",
            level="B1",
            limit=None,
        )
        assert [s.title for s in handout.sections] == ["Les cigognes", "Le port"]
        assert "cigogne" in lemmas(list(handout.sections[0].words))
        assert "cigogne" not in lemmas(list(handout.sections[1].words))
        assert all(w.word.text_id == second for w in handout.sections[1].words)
        assert store.library.text_counts([first, second]).keys() == {
            first,
            second,
        }  # pages analysed


# ---------------------------------------------------------------- HTML


def sample_handout(glosser: Glosser) -> Handout:
    words = tuple(words_at("B1", glosser, limit=None))
    return Handout("Au port <b>& ailleurs</b>", "B1", (HandoutSection("Au port", "", 1, words),))


def test_handout_html_is_a_safe_numbered_table(glosser: Glosser) -> None:
    handout = sample_handout(glosser)
    html = handout_html(handout)
    assert "<h1>Au port &lt;b&gt;&amp; ailleurs&lt;/b&gt;</h1>" in html
    assert "<script" not in html and "http" not in html
    assert html.count('<td class="n">') == len(handout.words)
    assert '<span class="head">la cigogne</span>' in html
    assert "noun, feminine" in html
    assert "<b>cigognes</b> reviennent en Alsace" in html
    assert "level B1" in html and f"{len(handout.words)} words" in html


def test_glossed_text_numbers_each_word_and_glosses_it_under_its_paragraph(
    glosser: Glosser,
) -> None:
    words = words_at("B1", glosser, limit=None)
    html = glossed_text_html("Au port", TEXT, words, author="Marie", level="B1")
    assert html.count("<sup>") == len(words)
    assert "cigognes<sup>" in html
    first_gloss = html.index('<span class="num">1</span>')
    assert html.index("pêcheur<sup>1</sup>") < first_gloss < html.index("Les consultations")
    assert "<b>mouettes</b> (la mouette, noun f.): seagull" in html
    assert "<b>raccommodait</b> (raccommoder, verb)" in html


def test_a_text_whose_first_line_is_its_title_gets_it_as_heading(glosser: Glosser) -> None:
    text = "Les cigognes\n\n" + STORKS[0]
    analysis = analysed(text)
    words = find_words([(0, analysis)], glosser, level="B1")
    html = glossed_text_html("Les cigognes", text, words)
    assert html.count("<h1") == 1
    assert '<h1 class="text">Les cigognes<sup>1</sup></h1>' in html


def test_long_sentences_are_shortened_around_the_word() -> None:
    sentence = " ".join(f"mot{i}" for i in range(60))
    short = excerpt(sentence, "mot30", around=5)
    assert short == "… mot25 mot26 mot27 mot28 mot29 mot30 mot31 mot32 mot33 mot34 mot35 …"
    assert excerpt("Une phrase courte.", "phrase") == "Une phrase courte."


# ---------------------------------------------------------------- flashcards


def test_a_handout_becomes_an_anki_deck_and_a_csv(glosser: Glosser, tmp_path: Path) -> None:
    handout = sample_handout(glosser)
    deck = tmp_path / "port.apkg"
    assert write_deck(handout, deck) == len(handout.words)
    with zipfile.ZipFile(deck) as archive:
        archive.extract("collection.anki2", tmp_path)
    with sqlite3.connect(tmp_path / "collection.anki2") as conn:
        fields = [row[0].split("\x1f") for row in conn.execute("SELECT flds FROM notes")]
    assert len(fields) == len(handout.words)
    stork = next(f for f in fields if f[1] == "cigogne")
    assert stork[2] == "stork" and "<b>cigognes</b>" in stork[5]
    table = tmp_path / "port.csv"
    write_deck(handout, table)
    with table.open(encoding="utf-8-sig") as file:
        rows = list(csv.reader(file))
    assert len(rows) == len(handout.words) + 1


def test_deck_errors(glosser: Glosser, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"\.apkg"):
        write_deck(sample_handout(glosser), tmp_path / "port.txt")
    empty = Handout("Rien", "C2", (HandoutSection("Rien", "", None, ()),))
    with pytest.raises(InputError, match="no words"):
        write_deck(empty, tmp_path / "rien.apkg")
    assert not list(tmp_path.iterdir())


def test_edited_words_render_as_given() -> None:
    edited = ListWord("quai", "quai", "le quai", "NOUN", "Masc", "wharf (edited)", "Sur le quai.")
    html = handout_html(
        Handout("T", "B1", (HandoutSection("T", "", None, (HandoutWord(edited, 0),)),))
    )
    assert "wharf (edited)" in html and "Sur le <b>quai</b>." in html
