"""A past participle read as an adjective on the word card (issue #12): the adjective's lemma,
senses and a note naming the verb where it is used as an adjective and the lexicon knows the
adjective; the verb's reading wherever it is a verb's."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.dictionaries.lexicon.leading import leading
from reader.core.dictionaries.lexicon.lexicon import bundled_lexicon
from reader.core.grammar.lefff_verbs import conjugation_table
from reader.core.lookup.card import Glosser
from reader.core.store import Database
from tests.core.analysed import analysed, token
from tests.core.lookup.clicks import lemma_and_sense


@pytest.fixture(scope="module")
def glosser(tmp_path_factory: pytest.TempPathFactory) -> Glosser:
    folder: Path = tmp_path_factory.mktemp("participles")
    return Glosser(Database(folder / "glossary.sqlite3"))


@pytest.mark.parametrize(
    ("sentence", "word", "adjective", "verb", "sense"),
    [
        # right after the noun it qualifies
        (
            "Les enfants fatigués dormaient dans la voiture.",
            "fatigués",
            "fatigué",
            "fatiguer",
            "tired",
        ),
        # after a degree adverb
        (
            "Ils vivent dans une région très isolée du pays.",
            "isolée",
            "isolé",
            "isoler",
            "isolated",
        ),
        # after avoir l'air, adverbs between (Bel-Ami-like dialogue)
        ("Tu as l'air bien pressé, lui dit-elle.", "pressé", "pressé", "presser", "in a hurry"),
        # after a copula other than être
        ("Elle paraissait fatiguée après le voyage.", "fatiguée", "fatigué", "fatiguer", "tired"),
        ("Sa dernière pièce semblait réussie.", "réussie", "réussi", "réussir", "successful"),
        # after a verb that is a copula when reflexive (se sentir, se trouver)
        (
            "Devant tant de travail, il se sentit vite débordé.",
            "débordé",
            "débordé",
            "déborder",
            "overwhelmed",
        ),
        # the same in a compound tense, the clitic before the auxiliary être
        (
            "Devant tant de travail, je me suis senti débordé.",
            "débordé",
            "débordé",
            "déborder",
            "overwhelmed",
        ),
    ],
)
def test_a_participle_used_as_an_adjective_leads_with_the_adjective(
    glosser: Glosser, sentence: str, word: str, adjective: str, verb: str, sense: str
) -> None:
    analysis = analysed(sentence)
    clicked = token(analysis, word)
    info = glosser.explain(analysis, clicked.index)
    assert (info.lemma, info.pos_label) == (adjective, "adjective")
    assert info.best_translation is not None and info.best_translation.senses[0] == sense
    assert f"the past participle of {verb} used as an adjective" in info.grammar
    # the analysis keeps the verb, as the UD treebanks do; the verb's senses follow
    assert clicked.lemma == verb
    assert any(t.senses[0] != sense for t in info.translations[1:])


@pytest.mark.parametrize(
    ("sentence", "word", "verb"),
    [
        # an agent makes it the verb's
        ("Il rentra chez lui, fatigué par la longue route.", "fatigué", "fatiguer"),
        # a passive or compound tense is a verb group
        ("Les enfants ont été fatigués par le voyage.", "fatigués", "fatiguer"),
        # a form that is also a finite form of the verb
        ("Cette révolution fait de la ville une pionnière.", "fait", "faire"),
        # a complement with a preposition other than de
        ("Le livre posé sur la table était ouvert.", "posé", "poser"),
        # sentir without a reflexive clitic is not a copula
        ("Il a senti passé le danger de trop près.", "passé", "passer"),
    ],
)
def test_a_participle_used_as_a_verb_keeps_the_verb(
    glosser: Glosser, sentence: str, word: str, verb: str
) -> None:
    analysis = analysed(sentence)
    info = glosser.explain(analysis, token(analysis, word).index)
    assert info.lemma == verb
    assert "used as an adjective" not in info.grammar


def test_an_adjective_known_only_as_a_participle_reads_in_english_participles(
    glosser: Glosser,
) -> None:
    """accrue: the dictionaries have no adjective accru, only accroître's senses (increase):
    shown as participles (increased), as for the tagger's participles."""
    analysis = analysed("Le téléphone promet une autonomie accrue de son système.")
    clicked = token(analysis, "accrue")
    info = glosser.explain(analysis, clicked.index)
    assert (clicked.pos, info.lemma) == ("ADJ", "accru")
    senses = info.translations[0].senses
    assert "increased" in senses and "increase" not in senses


@pytest.mark.parametrize(
    ("sentence", "word", "adjective", "sense"),
    [
        # the project's list: adjectives the lexicon lacks, whose meaning the verb's lacks
        ("C'était un homme posé et sérieux.", "posé", "posé", "calm"),
        ("Une idée dépassée depuis longtemps.", "dépassée", "dépassé", "outdated"),
        ("Elle semblait ravie de nous voir.", "ravie", "ravi", "delighted"),
        ("Il regrettait encore ce rendez-vous manqué.", "manqué", "manqué", "missed"),
    ],
)
def test_the_projects_participle_adjectives_lead(
    glosser: Glosser, sentence: str, word: str, adjective: str, sense: str
) -> None:
    analysis = analysed(sentence)
    info = glosser.explain(analysis, token(analysis, word).index)
    assert (info.lemma, info.pos_label) == (adjective, "adjective")
    assert info.best_translation is not None and info.best_translation.senses[0] == sense


def test_the_main_senses_give_adjectives_the_lexicon_lacks_to_participles() -> None:
    """posé, dépassé, ravi: a verb's masculine singular past participle with no adjective senses
    in the bundled lexicon, given adjective senses by the project's main senses."""
    participles = {
        forms[0]
        for verb in conjugation_table().verbs()
        if (forms := conjugation_table().tense(verb, "K")) and forms[0]
    }
    lexicon = bundled_lexicon()
    for adjective in ("posé", "dépassé", "ravi"):
        assert adjective in participles, adjective
        assert not lexicon.is_headword(adjective, "ADJ"), adjective
        assert leading(adjective, "ADJ"), adjective
    assert leading("maison", "ADJ") == ()


def test_a_participle_graded_after_etre_is_an_adjective_not_a_passive(glosser: Glosser) -> None:
    analysis = analysed("Son frère est très posé pour son âge.")
    info = glosser.explain(analysis, token(analysis, "posé").index)
    assert (info.lemma, info.pos_label, info.form) == ("posé", "adjective", "posé")
    assert "not a passive" in info.grammar and "passive voice" not in info.grammar
    assert info.best_translation is not None and info.best_translation.senses[0] == "calm"


def test_a_passive_graded_by_aussi_stays_a_passive(glosser: Glosser) -> None:
    analysis = analysed("Ce terrain est aussi utilisé pour le sport.")
    info = glosser.explain(analysis, token(analysis, "utilisé").index)
    assert (info.lemma, info.pos_label) == ("utiliser", "verb")
    assert "passive voice" in info.grammar


def test_saving_a_participle_read_as_an_adjective_saves_the_adjective(tmp_path: Path) -> None:
    with Database(tmp_path / "glossary.sqlite3") as store:
        glosser = Glosser(store)
        analysis = analysed("Les enfants fatigués dormaient dans la voiture.")
        info = glosser.explain(analysis, token(analysis, "fatigués").index)
        entry = store.glossary.save(glosser.draft(info))
        assert (entry.lemma, entry.pos, entry.word) == ("fatigué", "ADJ", "fatigués")
        assert entry.translation.startswith("tired")


# Round 14: participles after a body part, tagged as adverbs or nouns, and present participles.


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "sense"),
    [
        # after a body part a gesture moves: the verb's participle, not the adjective's tense
        ("Elle avança vers lui, la main tendue.", "tendue", "tendre", "held out"),
        # a past participle the tagger calls an adverb, between commas
        ("Les enfants, effrayés, se cachèrent.", "effrayés", "effrayé", "frightened"),
        # a "noun" in -ant after a comma that takes what a verb takes: the present participle
        ("Elle répondit sans bouger, tournant seulement la tête.", "tournant", "tourner", "turn"),
        # a present participle where an adjective stands, with no complement: the adjective
        ("Un homme souriant entra dans la boutique.", "souriant", "souriant", "smiling"),
        (
            "Le malade, de plus en plus souffrant, ne sortait plus.",
            "souffrant",
            "souffrant",
            "unwell",
        ),
        # a posture verb's participle set off by a comma: the posture, not étendre's "spread"
        ("Charles, étendu sur un canapé, toussait.", "étendu", "étendre", "lying"),
    ],
)
def test_participles_read_by_their_use(
    glosser: Glosser, sentence: str, word: str, lemma: str, sense: str
) -> None:
    assert lemma_and_sense(glosser, sentence, word) == (lemma, sense)


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # a determiner before: the noun (le tournant de la route), not the verb
        ("Au tournant de la route, il aperçut la ferme.", "tournant", "tournant"),
        # a noun in apposition, with its de: the noun (X, dirigeant d'une société)
        ("Il a rencontré Paul Martin, dirigeant d'une grande société.", "dirigeant", "dirigeant"),
        # a complement after: the verb's participle (souffrant de), not the adjective
        ("Une femme souffrant de la tête se reposait.", "souffrant", "souffrir"),
    ],
)
def test_the_other_readings_stay(glosser: Glosser, sentence: str, word: str, lemma: str) -> None:
    analysis = analysed(sentence)
    assert glosser.explain(analysis, token(analysis, word).index).lemma == lemma


def test_a_posture_verb_before_a_or_par_keeps_its_other_senses(glosser: Glosser) -> None:
    analysis = analysed("Le projet, appuyé par le maire, avance lentement.")
    info = glosser.explain(analysis, token(analysis, "appuyé").index)
    assert info.best_translation is not None and info.best_translation.senses[0] != "leaning"


def test_a_finite_form_after_avoir_l_air_is_the_adjective(glosser: Glosser) -> None:
    """elle avait l'air inquiète: the tagger's present of inquiéter is the adjective inquiet,
    with the adjective's note, not a participle's."""
    analysis = analysed("Elle avait l'air inquiète ce soir-là.")
    info = glosser.explain(analysis, token(analysis, "inquiète").index)
    assert info.lemma == "inquiet"
    assert info.best_translation is not None and info.best_translation.senses[0] == "worried"
    assert "feminine singular" in info.grammar and "participle" not in info.grammar
