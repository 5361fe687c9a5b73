"""Words the bundled lexicon's sources lack as the text spells or tags them: found through the
œ spelling, the verb a re- verb repeats, or the project's main senses of any part of speech."""

from __future__ import annotations

import pytest

from reader.core.dictionaries.lexicon.guesses import (
    adjective_stems,
    ligatured,
    repeated,
    roman_ordinal,
)
from reader.core.dictionaries.lexicon.lexicon import Lexicon, bundled_lexicon
from reader.core.lookup.card import Glosser
from tests.core.analysed import analysed, token


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return bundled_lexicon()


def card_senses(sentence: str, word: str) -> tuple[str, ...]:
    """The first translation's senses on the card of a word clicked in the sentence."""
    analysis = analysed(sentence)
    info = Glosser(None).explain(analysis, token(analysis, word).index)
    assert info.best_translation is not None, f"{word}: no translation"
    return info.best_translation.senses


@pytest.mark.parametrize(
    ("word", "spelled"),
    [("choeur", "chœur"), ("Oeuvre", "Œuvre"), ("chef-d'oeuvre", "chef-d'œuvre"), ("mer", "")],
)
def test_oe_is_also_tried_as_the_ligature(word: str, spelled: str) -> None:
    assert ligatured(word) == spelled


def test_a_word_written_with_oe_finds_the_sources_oe_ligature() -> None:
    assert card_senses("Le choeur de l'église chantait.", "choeur")[0] == "choir"


def test_a_word_with_oe_in_its_own_right_keeps_its_senses(lexicon: Lexicon) -> None:
    [translation, *_] = lexicon.translate("moelle", "moelle", "NOUN")
    assert "marrow" in translation.senses[:3]


@pytest.mark.parametrize(
    ("verb", "base"),
    [
        ("refermer", "fermer"),
        ("redevenir", "devenir"),
        ("réapprendre", "apprendre"),
        ("rouvrir", "ouvrir"),
        ("ressortir", "sortir"),
    ],
)
def test_the_verb_a_re_verb_repeats(verb: str, base: str) -> None:
    assert base in repeated(verb)


@pytest.mark.parametrize("word", ["parler", "rue", "reine", "ré", "roser"])
def test_no_verb_is_repeated_where_there_is_no_re_verb(word: str) -> None:
    assert repeated(word) == []


@pytest.mark.parametrize(
    ("sentence", "word", "sense"),
    [
        ("Il referma la porte derrière lui.", "referma", "close again"),
        ("Après la fête, elle redevint sérieuse.", "redevint", "become again"),
        ("Ils retraversèrent la place en courant.", "retraversèrent", "cross again"),
    ],
)
def test_a_re_verb_no_source_has_is_its_verb_again(sentence: str, word: str, sense: str) -> None:
    assert card_senses(sentence, word)[0] == sense


def test_a_re_verb_the_sources_have_keeps_its_own_senses(lexicon: Lexicon) -> None:
    [translation, *_] = lexicon.translate("remarquer", "remarqua", "VERB")
    assert not any(sense.endswith(" again") for sense in translation.senses)


def test_a_lemmas_own_main_senses_lead_before_another_words(lexicon: Lexicon) -> None:
    """vêtu has no senses in the sources; its form is also the verb vêtir's participle."""
    [translation, *_] = lexicon.translate("vêtu", "vêtue", "ADJ")
    assert translation.senses[:2] == ("dressed", "clad")


def test_main_senses_of_a_word_no_source_has_serve_whatever_its_tag(lexicon: Lexicon) -> None:
    """The tagger calls là-dessus a noun or an adjective as often as an adverb."""
    for pos in ("ADV", "ADJ", "NOUN"):
        [translation, *_] = lexicon.translate("là-dessus", "là-dessus", pos)
        assert translation.senses[0] == "on that"


@pytest.mark.parametrize(
    ("sentence", "word", "sense"),
    [
        ("Elle le regardait, souriante et frémissante.", "souriante", "smiling"),
        ("Elle le regardait, souriante et frémissante.", "frémissante", "shuddering"),
        ("Des visages souriants l'accueillirent.", "souriants", "smiling"),
    ],
)
def test_an_ant_adjective_no_source_has_is_its_verb_in_ing(
    sentence: str, word: str, sense: str
) -> None:
    assert card_senses(sentence, word)[0] == sense


def test_an_ant_adjective_the_sources_have_keeps_its_own_senses(lexicon: Lexicon) -> None:
    [translation, *_] = lexicon.translate("charmant", "charmante", "ADJ")
    assert translation.senses[0] == "charming"


@pytest.mark.parametrize(
    ("lemma", "form", "pos", "sense"),
    [
        ("se toiser", "toisèrent", "VERB", "look up and down"),  # the verb without se's row
        ("sacrebleu", "sacrebleu", "NOUN", "good heavens"),  # an adverb's row, tagged a noun
        ("PDG", "PDG", "NOUN", "chief executive"),  # rows are written in lower case
        ("déchirant", "déchirante", "ADJ", "heartbreaking"),  # a row before the verb's -ing
    ],
)
def test_main_senses_of_a_candidate_word_when_no_source_has_any(
    lexicon: Lexicon, lemma: str, form: str, pos: str, sense: str
) -> None:
    [translation, *_] = lexicon.translate(lemma, form, pos)
    assert translation.senses[0] == sense


@pytest.mark.parametrize(
    ("adverb", "stem"),
    [
        ("piteusement", "piteux"),
        ("éperdument", "éperdu"),
        ("savamment", "savant"),
        ("prudemment", "prudent"),
        ("énormément", "énorme"),
        ("précisément", "précis"),
    ],
)
def test_the_adjective_an_adverb_in_ment_is_made_from(adverb: str, stem: str) -> None:
    assert stem in adjective_stems(adverb)


@pytest.mark.parametrize(
    ("sentence", "word", "sense"),
    [
        ("Il répondit piteusement, puis s'enfuit frénétiquement.", "frénétiquement", "frantically"),
        ("Il répondit piteusement, puis s'enfuit frénétiquement.", "piteusement", "miserably"),
    ],
)
def test_an_adverb_in_ment_no_source_has_is_its_adjective_in_ly(
    sentence: str, word: str, sense: str
) -> None:
    assert card_senses(sentence, word)[0] == sense


def test_an_adverb_of_an_adjective_in_ly_is_said_so(lexicon: Lexicon) -> None:
    [translation, *_] = lexicon.translate("lâchement", "lâchement", "ADV")
    assert translation.senses[0] == "in a cowardly way"


def test_a_noun_in_ment_is_not_read_as_an_adverb(lexicon: Lexicon) -> None:
    assert not any(
        sense.endswith("ly")
        for translation in lexicon.translate("balancement", "balancement", "NOUN")
        for sense in translation.senses
    )


def test_a_participle_tagged_an_adverb_takes_its_adjectives_main_senses() -> None:
    """spaCy reads vêtu after a comma as an adverb with the lemma vêtir."""
    assert card_senses("Il entra, vêtu de noir, et s'assit.", "vêtu")[0] == "dressed"


@pytest.mark.parametrize(
    ("word", "name"),
    [("Marc", ("Marc", "Mark")), ("Bordeaux", ("Bordeaux",))],
)
def test_a_name_takes_no_main_senses_of_the_common_noun(word: str, name: tuple[str, ...]) -> None:
    """marc (grounds) and bordeaux (claret) have rows; Marc and Bordeaux are names (a given
    name as written first, then its English form)."""
    assert card_senses("Marc est parti à Bordeaux.", word)[: len(name)] == name


@pytest.mark.parametrize(
    ("word", "ordinal"),
    [
        ("XIXe", "19th"),
        ("XVIIIème", "18th"),
        ("IIIè", "3rd"),
        ("Ier", "1st"),
        ("XXIe", "21st"),
        ("XIIe", "12th"),
        ("XXIIe", "22nd"),
        ("Xe", "10th"),
        ("XIX", ""),  # a cardinal: roman_value's
        ("Me", ""),
        ("IIIIe", ""),
    ],
)
def test_a_roman_ordinal_reads_as_the_english_ordinal(word: str, ordinal: str) -> None:
    assert roman_ordinal(word) == ordinal


def test_a_century_in_roman_ordinal_is_translated() -> None:
    assert card_senses("Au XIXe siècle, Paris grandit.", "XIXe")[0].startswith("19th")


@pytest.mark.parametrize(("word", "has"), [("maison", True), ("gars", False), ("vêtu", False)])
def test_has_senses_says_whether_a_source_translates_the_word(
    lexicon: Lexicon, word: str, has: bool
) -> None:
    """gars and vêtu have only the project's main senses: no source translates them."""
    assert lexicon.has_senses(word) is has
