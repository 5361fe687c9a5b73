"""A click on a verb group's helper word (an auxiliary, aller or venir before an infinitive,
a negation word): the card names that word and what it does there, keeps the group's note
and the main verb's senses, and saving keeps the group's lemma."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.lookup.card import GROUP_ORIGIN, Glosser
from reader.core.lookup.gloss import gloss_text
from reader.core.lookup.teacher import with_teacher
from reader.core.models import WordInfo
from reader.core.store import Database, ListWord, TeacherWord
from tests.core.analysed import analysed, token


@pytest.fixture(scope="module")
def glosser() -> Glosser:
    return Glosser(None)


def card(glosser: Glosser, text: str, word: str, occurrence: int = 0) -> WordInfo:
    analysis = analysed(text)
    return glosser.explain(analysis, token(analysis, word, occurrence).index)


def first(info: WordInfo) -> str:
    best = info.best_translation
    assert best is not None
    return best.senses[0]


@pytest.mark.parametrize(
    ("text", "word", "lemma", "sense"),
    [
        ("Nous allons voir ce film ce soir.", "allons", "aller", "are going to"),
        ("Elle allait partir quand il arriva.", "allait", "aller", "was going to"),
        ("Je venais de finir mon travail.", "venais", "venir", "had just"),
        ("Le train vient d'arriver en gare.", "vient", "venir", "has just"),
        ("Elle avait mangé toute la tarte.", "avait", "avoir", "had"),
        ("Mes cousins ont vendu leur maison.", "ont", "avoir", "have"),
        ("Elles sont arrivées hier soir.", "sont", "être", "have"),
        ("Les ponts seront construits l'an prochain.", "seront", "être", "will be"),
        ("Les ponts ont été construits l'an dernier.", "été", "être", "been"),
        ("comme si la nouvelle eût surpris tout le monde", "eût", "avoir", "had"),
        # the same tense in a main clause is a past conditional
        ("Sans la pluie, la fête eût réussi.", "eût", "avoir", "would have"),
        # avoir été of a copula, outside any verb group: has/had ... and been
        ("Mon oncle avait déjà été soldat.", "avait", "avoir", "had"),
        ("Ces journées ont été courtes.", "été", "être", "been"),
    ],
)
def test_an_auxiliary_or_aller_venir_shows_itself_and_its_function(
    glosser: Glosser, text: str, word: str, lemma: str, sense: str
) -> None:
    info = card(glosser, text, word)
    assert (info.lemma, info.headword, info.pos_label) == (lemma, lemma, "verb")
    assert first(info) == sense
    assert info.translations[0].origin == GROUP_ORIGIN


def test_the_card_keeps_the_group_its_note_and_the_main_verbs_senses(glosser: Glosser) -> None:
    text = "Nous allons voir ce film ce soir."
    info = card(glosser, text, "allons")
    assert info.form == "allons voir"
    assert [text[s:e] for s, e in info.unit] == ["allons", "voir"]
    assert "futur proche" in info.grammar and "«allons voir» (voir: see)" in info.grammar
    verb = info.translations[1]
    assert verb.origin.endswith("· voir") and "see" in verb.senses
    # The main verb's own card is the group's, as before.
    main = card(glosser, text, "voir")
    assert (main.lemma, first(main), main.group_lemma) == ("voir", "see", "")


def test_avoir_alone_and_the_summer_keep_their_own_senses(glosser: Glosser) -> None:
    assert first(card(glosser, "Il a un chien.", "a")) == "have"
    assert first(card(glosser, "Cet été, il a plu.", "été")) == "summer"


def test_the_main_verb_keeps_the_sense_its_context_chose(glosser: Glosser) -> None:
    """a fait ... blessés: "has", then faire's "leave" (a count of the wounded)."""
    info = card(glosser, "L'accident a fait près de vingt blessés hier.", "a")
    assert first(info) == "has"
    assert info.translations[1].senses[0] == "leave"


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Il ne travaille plus ici.", "plus", "no longer"),
        ("Il ne travaille plus ici.", "ne", "no longer"),
        ("Je ne le crois point.", "point", "not"),
        ("Tu ne sais donc point lire ?", "point", "not"),  # tagged poindre
        ("Il ne boit jamais de vin.", "jamais", "never"),
        ("Ils ne disent rien.", "rien", "nothing"),
        ("Elle n'a guère dormi cette nuit.", "guère", "hardly"),
        ("Il ne lit que des romans.", "que", "only"),
        ("Il ne mange ni viande ni poisson.", "ni", "neither ... nor"),
        ("Je ne vois personne dans la rue.", "personne", "nobody"),
    ],
)
def test_a_negation_word_shows_itself_and_its_meaning_there(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    info = card(glosser, text, word)
    assert info.lemma == word
    assert first(info) == sense


def test_ne_alone_is_not_unless_expletive(glosser: Glosser) -> None:
    literary = card(glosser, "Je ne saurais vous le dire.", "ne")
    assert (literary.lemma, first(literary)) == ("ne", "not")
    expletive = card(glosser, "Il est plus fort qu'on ne croit.", "ne")
    assert expletive.lemma == "ne"
    assert first(expletive).startswith("no negative meaning")


def test_saving_a_helper_words_card_saves_its_verb_group(tmp_path: Path) -> None:
    """The text colours and selects «allons voir» as one unit, by voir: the entry is voir,
    with voir's senses, and the card shows it saved."""
    text = "Nous allons voir ce film ce soir."
    with Database(tmp_path / "glossary.sqlite3") as store:
        glosser = Glosser(store)
        info = card(glosser, text, "allons")
        assert info.entry_lemma == "voir"
        draft = glosser.draft(info)
        assert (draft.lemma, draft.word, draft.pos) == ("voir", "allons voir", "VERB")
        assert draft.translation.startswith("see")
        entry = store.glossary.save(draft)
        again = card(glosser, text, "allons")
        assert again.saved is not None and again.saved.id == entry.id
        assert card(glosser, text, "voir").saved is not None


def test_a_teachers_word_goes_after_the_helper_words_function(glosser: Glosser) -> None:
    info = card(glosser, "Nous allons voir ce film ce soir.", "allons")
    word = TeacherWord(1, "Semaine 1", ListWord("allons voir", "voir", translation="watch"))
    shown = with_teacher(info, [word]).translations
    assert [t.senses[0] for t in shown[:3]] == ["are going to", "watch", "see"]


def test_the_whole_text_gloss_explains_a_group_by_its_main_verb() -> None:
    glossed = gloss_text(analysed("Les ponts ont été construits l'an dernier."), None)
    assert "ont été construits — construire, verb" in glossed


@pytest.mark.parametrize(("word", "sense"), [("a", "have"), ("été", "be")])
def test_saving_avoir_ete_of_a_copula_stores_the_verbs_sense_not_its_function(
    glosser: Glosser, word: str, sense: str
) -> None:
    """il a été malade: the card leads with has / been, but avoir and être are saved with
    their own senses, as a helper word's group is (not "has" as avoir's meaning)."""
    info = card(glosser, "Il a été malade.", word)
    assert info.translations[0].origin == GROUP_ORIGIN
    assert glosser.draft(info).translation.split("; ")[0] == sense


def test_etre_before_a_graded_participle_is_a_copula_as_the_participles_card_says(
    tmp_path: Path,
) -> None:
    """il est très posé: posé's card reads an adjective (no passive), so est's card is être's
    own, not a passive auxiliary saving poser with posé's adjective sense."""
    text = "Il est très posé."
    with Database(tmp_path / "glossary.sqlite3") as store:
        glosser = Glosser(store)
        adjective = card(glosser, text, "posé")
        assert (adjective.lemma, first(adjective)) == ("posé", "calm")
        info = card(glosser, text, "est")
        assert (info.lemma, info.group_lemma, info.entry_lemma) == ("être", "", "être")
        assert first(info) == "be" and "passive" not in info.grammar
        assert glosser.draft(info).lemma == "être"
        # a passive the card keeps (est très aimé) still explains est as its auxiliary
        passive = card(glosser, "Il est très aimé.", "est")
        assert (passive.group_lemma, first(passive)) == ("aimer", "is")


@pytest.mark.parametrize(
    ("text", "word"),
    [("Allez voir ça.", "Allez"), ("Va voir !", "Va"), ("J'irais voir.", "irais")],
)
def test_aller_in_the_imperative_or_conditional_is_no_near_future(
    glosser: Glosser, text: str, word: str
) -> None:
    """Allez voir ça, Va voir ! (tagged a present), j'irais voir: go and see, never "are going
    to"; no near future is grouped, so aller has its own card: go."""
    info = card(glosser, text, word)
    senses = {sense for t in info.translations for sense in t.senses}
    assert not any("going to" in sense for sense in senses)
    assert (info.lemma, info.group_lemma, first(info)) == ("aller", "", "go")


def test_aller_after_its_subject_or_before_an_inverted_one_is_a_near_future(
    glosser: Glosser,
) -> None:
    assert first(card(glosser, "Vous allez voir.", "allez")) == "are going to"
    assert first(card(glosser, "Va-t-il partir ?", "Va")) == "is going to"
