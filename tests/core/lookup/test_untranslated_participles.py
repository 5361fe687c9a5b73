"""A participle or adjective no dictionary translates by its lemma (issue #12): the card falls
back, in order, to a verb the form may come from (attablées: s'attabler, in the English
participle), the adjective its masculine singular is (apeurée: apeuré), and the fixed adjective
an adverb before makes with it (mal famées: mal famé); a posture verb's participle reads as a
state (seated, kneeling). Words the dictionaries translate keep their card."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.dictionaries.lexicon.lexicon import bundled_lexicon
from reader.core.lookup.card import Glosser
from reader.core.lookup.english import participles, past_participle
from reader.core.lookup.participles import masculine_of
from reader.core.store import Database
from tests.core.analysed import analysed, token
from tests.core.lookup.clicks import lemma_and_sense


@pytest.fixture(scope="module")
def glosser(tmp_path_factory: pytest.TempPathFactory) -> Glosser:
    folder: Path = tmp_path_factory.mktemp("untranslated")
    return Glosser(Database(folder / "glossary.sqlite3"))


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "sense"),
    [
        # the tagger's verb apeurer has no senses; the adjective apeuré has
        ("Elle recula, tremblante, apeurée, vers la porte.", "apeurée", "apeuré", "frightened"),
        # attabler is listed only as s'attabler: its sense as a posture's state
        ("Il y avait deux fillettes attablées au fond.", "attablées", "attablé", "seated at table"),
        # famé alone has no senses: the fixed adjective mal famé has
        ("Il habitait une rue mal famée du port.", "famée", "famé", "disreputable"),
        # the tagger's "noun" famés
        ("Ils allaient dans des quartiers mal famés.", "famés", "famé", "disreputable"),
    ],
)
def test_an_untranslated_participle_falls_back_to_its_adjective(
    glosser: Glosser, sentence: str, word: str, lemma: str, sense: str
) -> None:
    analysis = analysed(sentence)
    info = glosser.explain(analysis, token(analysis, word).index)
    assert (info.lemma, info.pos_label) == (lemma, "adjective")
    assert info.best_translation is not None and info.best_translation.senses[0] == sense


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "sense"),
    [
        # translated by its lemma: no fallback
        ("Les enfants fatigués dormaient dans la voiture.", "fatigués", "fatigué", "tired"),
        ("Il a renversé son verre sur la nappe.", "renversé", "renverser", "knock over"),
        # an imperfect the tagger took for an adjective: the verb after its subject tu, no
        # participle of a guessed verb
        ("Tu le cajolais sans cesse, tu le flattais.", "cajolais", "cajoler", "cuddle"),
        # the tagger's verb attabler: its guessed pronominal's sense, as a state
        ("Trois hommes attablés jouaient aux cartes.", "attablés", "attabler", "seated at table"),
        # a verb in a compound tense keeps its verb group
        ("Elle s'est attablée près de la fenêtre.", "attablée", "s'attabler", "sit down to table"),
    ],
)
def test_a_translated_word_keeps_its_card(
    glosser: Glosser, sentence: str, word: str, lemma: str, sense: str
) -> None:
    analysis = analysed(sentence)
    info = glosser.explain(analysis, token(analysis, word).index)
    assert info.lemma == lemma
    assert info.best_translation is not None and info.best_translation.senses[0] == sense


def test_the_lexicon_guesses_a_verb_listed_only_as_pronominal() -> None:
    lexicon = bundled_lexicon()
    assert "s'attabler" in lexicon.guessed_verbs("attablées")
    assert lexicon.guessed_verbs("maisonnette") == []


@pytest.mark.parametrize(
    ("verb", "form", "masculine"),
    [
        ("apeurer", "apeurées", "apeuré"),
        ("famer", "famée", "famé"),
        ("prendre", "prises", "pris"),
        ("", "perdus", "perdu"),
        ("", "maison", ""),
    ],
)
def test_the_masculine_singular_of_a_participle(verb: str, form: str, masculine: str) -> None:
    assert masculine_of(verb, form) == masculine


@pytest.mark.parametrize(
    ("gloss", "participle"),
    [
        ("sit down to table", "seated at table"),
        ("sit", "seated"),
        ("kneel down", "kneeling"),
        ("lie down", "lying"),
        ("lean over", "leaning over"),
        ("frown", "frowning"),
        # not a posture: the participle as before
        ("postpone", "postponed"),
        ("stand", "stood"),
        ("carry out", "carried out"),
    ],
)
def test_a_posture_verbs_participle_is_its_state(gloss: str, participle: str) -> None:
    assert past_participle(gloss) == participle


def test_a_participle_graded_by_mieux_after_etre_is_an_adjective(glosser: Glosser) -> None:
    """je serai mieux disposé: the adjective (inclined), not a passive of disposer, whose
    first sense, have, made it "had"."""
    analysis = analysed("Après une nuit de sommeil, je serai mieux disposé.")
    info = glosser.explain(analysis, token(analysis, "disposé").index)
    assert (info.lemma, info.pos_label) == ("disposé", "adjective")
    assert info.best_translation is not None and info.best_translation.senses[0] == "inclined"
    assert all("had" not in t.senses for t in info.translations)


def test_a_participle_shows_no_sense_of_have_or_get(glosser: Glosser) -> None:
    """recevoir: get, have (a guest): no participle of a state or a passive in English."""
    analysis = analysed("Le colis reçu ce matin était abîmé.")
    info = glosser.explain(analysis, token(analysis, "reçu").index)
    senses = info.translations[0].senses
    assert senses[0] == "received" and "had" not in senses and "get" not in senses


@pytest.mark.parametrize(
    ("glosses", "shown"),
    [
        (("have", "fix up", "arrange"), ("fixed up", "arranged")),
        (("get", "receive"), ("received",)),
        # get's state: what it gets to
        (("get impatient", "lose patience"), ("impatient", "lost patience")),
        (("get out of breath",), ("out of breath",)),
        (("get a tan", "brown"), ("get a tan", "browned")),
        (("have lunch",), ("had lunch",)),
        # nothing else left: kept
        (("have",), ("had",)),
    ],
)
def test_participles_leave_out_have_and_get(
    glosses: tuple[str, ...], shown: tuple[str, ...]
) -> None:
    assert participles(glosses, "disposer") == shown


def test_avoirs_own_participle_keeps_have() -> None:
    assert participles(("have", "have got"), "avoir") == ("had", "had got")


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "sense"),
    [
        # à + an infinitive: the adjective's, the governed disposé à in every form
        (
            "Les confrères sont déjà trop disposés à me jalouser.",
            "disposés",
            "disposé",
            "willing to",
        ),
        # à + a noun phrase: the verb's complement
        ("Une affiche accrochée à la porte annonçait la fête.", "accrochée", "accrocher", "hung"),
    ],
)
def test_a_at_before_an_infinitive_leaves_the_participle_an_adjective(
    glosser: Glosser, sentence: str, word: str, lemma: str, sense: str
) -> None:
    assert lemma_and_sense(glosser, sentence, word) == (lemma, sense)
