"""A word is a name (greyed out, not counted as vocabulary) only when that is sure."""

from __future__ import annotations

import pytest

from reader.core.analysis.analyser import analyse
from reader.core.analysis.corrections.rule_switches import rules_disabled
from reader.core.learning.statuses import StatusIndex
from reader.core.lookup.card import Glosser
from reader.core.models import Status
from tests.core.analysed import analysed, token
from tests.core.lookup.clicks import first_sense


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # common words the tagger takes for names: the dictionaries know them in lower case
        ("Le Papillon de nuit vole vers la lampe.", "Papillon", "papillon"),
        ("Il a vu la Police arriver hier.", "Police", "police"),
        ("Somme toute, le résultat est bon.", "Somme", "somme"),
        ("Le match de la Ligue des champions est fini.", "Ligue", "ligue"),
        ("« Tenez, dit-il, prenez ceci. »", "Tenez", "tenir"),
        # cardinal points inside a sentence, though the dictionaries know them capitalised
        ("Il vit dans le Sud depuis dix ans.", "Sud", "sud"),
        ("Cette plante vient d'Amérique du Nord.", "Nord", "nord"),
        # a lower-case word the tagger took for a name (lower-case-name)
        ("Il avait sonné à la porte, puis il la serra dans ses bras.", "serra", "serrer"),
    ],
)
def test_common_words_are_not_names(sentence: str, word: str, lemma: str) -> None:
    found = token(analysed(sentence), word)
    assert found.pos != "PROPN"
    assert found.lemma == lemma


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Hier, il a vu Marie au marché.", "Marie"),  # the dictionaries know Marie as a name
        ("Il habite à Paris depuis un an.", "Paris"),
        ("Il a vu Pierrotte et Eyssette hier.", "Pierrotte"),  # unknown, inside a sentence
        ("Le New York Times a publié l'article.", "New"),  # part of a longer name
    ],
)
def test_sure_names_stay_names(sentence: str, word: str) -> None:
    found = token(analysed(sentence), word)
    assert found.pos == "PROPN"
    assert found.lemma == word
    assert "name" in found.grammar  # the card says it is a name


def test_only_sure_names_are_greyed_out() -> None:
    """Unmarked, a name shows as ignored and a common word as new; marking wins."""
    analysis = analysed("Il a vu Pierrotte et la Police hier.")
    index = StatusIndex(analysis)
    statuses = index.statuses({})
    assert statuses[token(analysis, "Pierrotte").index] is Status.IGNORED
    assert statuses[token(analysis, "Police").index] is Status.NEW
    marked = index.statuses({"pierrotte": Status.KNOWN})
    assert marked[token(analysis, "Pierrotte").index] is Status.KNOWN


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Comme dans toutes les villes du Midi, il fait chaud.", "Midi"),  # not noon
        ("Il passe l'hiver dans le Midi avec sa sœur.", "Midi"),
        ("Il lit le Monde tous les matins au café.", "Monde"),  # the newspaper, not the world
        ("Avec le partenariat du Monde, la fête a eu lieu.", "Monde"),
        # the capital of a sentence's first word makes no longer name
        ("Dans le Midi, il fait chaud.", "Midi"),
        ("Selon le Monde, le projet est abandonné.", "Monde"),
        ("« Selon le Monde, rien n'est joué », dit-il.", "Monde"),
        ("Il part demain. Selon le Monde, rien n'est joué.", "Monde"),
    ],
)
def test_a_name_written_capitalised_after_its_article_is_the_name(sentence: str, word: str) -> None:
    found = token(analysed(sentence), word)
    assert (found.pos, found.lemma) == ("PROPN", word)


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("La Coupe du Monde commence demain.", "Monde", "monde"),  # part of a longer name
        ("Il est midi et il a faim.", "midi", "midi"),  # in lower case, noon
        ("Tout le monde est venu.", "monde", "monde"),
    ],
)
def test_the_common_word_stays_elsewhere(sentence: str, word: str, lemma: str) -> None:
    found = token(analysed(sentence), word)
    assert found.pos != "PROPN"
    assert found.lemma == lemma


@pytest.mark.parametrize(
    ("sentence", "word", "sense"),
    [
        ("Il passe l'hiver dans le Midi avec sa sœur.", "Midi", "the South of France"),
        ("Il lit le Monde tous les matins au café.", "Monde", "Le Monde (newspaper)"),
        ("Il est midi et il a faim.", "midi", "noon"),
    ],
)
def test_the_names_card_leads_with_the_name(sentence: str, word: str, sense: str) -> None:
    assert first_sense(Glosser(None), sentence, word) == sense


def test_a_lower_case_word_no_dictionary_knows_stays_a_name() -> None:
    found = token(analysed("Il a vendu sa vieille montre sur eBay hier soir."), "eBay")
    assert found.pos == "PROPN"


def test_without_the_rule_the_lower_case_verb_is_the_taggers_name() -> None:
    sentence = "Il avait sonné à la porte, puis il la serra dans ses bras."
    with rules_disabled({"lower-case-name"}):
        found = token(analyse(sentence), "serra")
    assert found.pos == "PROPN"  # the model's slip the rule mends


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # Bel-Ami: the tagger read the first name as the cake or the flower
        ("Madeleine ouvrit la porte et sourit.", "Madeleine"),
        ("Il se tourna vers Madeleine et se tut.", "Madeleine"),
        ("Il allait épouser Madeleine Forestier au printemps.", "Madeleine"),
        ("Rose sourit à son frère.", "Rose"),
        ("Rose, fâchée, leur tourna le dos.", "Rose"),
        ("Marguerite conserva le domaine à titre de douaire.", "Marguerite"),
        # after a title, any capitalised word: Mme de Marelle is no hopscotch
        ("Mme de Marelle souriait en le regardant.", "Marelle"),
        # a hyphenated word unknown to the dictionaries, every part capitalised
        ("Il pensait à Laurine qui l'appelait Bel-Ami.", "Bel-Ami"),
    ],
)
def test_a_first_name_without_a_determiner_is_the_name(sentence: str, word: str) -> None:
    found = token(analysed(sentence), word)
    assert (found.pos, found.lemma) == ("PROPN", word)


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Elle mangea une madeleine trempée dans le thé.", "madeleine", "madeleine"),
        ("Rose et blanche, la fleur s'ouvrait au soleil.", "Rose", "rose"),  # no verb after
        ("Monsieur, vous êtes servi.", "Monsieur", "monsieur"),  # a form of address
        ("La lumière du Soleil met huit minutes à nous parvenir.", "Soleil", "soleil"),
        ("Il est devenu chef d'État à trente ans.", "État", "état"),
    ],
)
def test_a_common_word_or_a_title_is_no_first_name(sentence: str, word: str, lemma: str) -> None:
    found = token(analysed(sentence), word)
    assert found.pos != "PROPN"
    assert found.lemma.lower() == lemma


def test_without_the_rule_the_first_name_is_the_cake() -> None:
    with rules_disabled({"bare-name"}):
        found = token(analyse("Madeleine ouvrit la fenêtre du salon."), "Madeleine")
    assert (found.pos, found.lemma) == ("NOUN", "madeleine")


@pytest.mark.parametrize(
    ("sentence", "word", "sense"),
    [
        # a name no dictionary translates is written the same in English
        ("L'entrée de Clotilde fit sensation.", "Clotilde", "Clotilde"),
        ("Mme Walter entra dans le salon.", "Walter", "Walter"),
        # a name that spells a common word: the name first
        ("Rose sourit à son frère.", "Rose", "Rose"),
        ("Mme Forestier entra dans le salon.", "Forestier", "Forestier"),
        ("Jacques Rival entra dans le salon.", "Rival", "Rival"),
        # the dictionaries' own name, or the common word where the capital proves nothing
        ("Il est allé en Russie l'an dernier.", "Russie", "Russia"),
        ("Il travaille pour la Compagnie Transatlantique.", "Compagnie", "company"),
        # a given name: the name as written, not its English form (John) or a common word
        ("Jean pleurait dans sa chambre.", "Jean", "Jean"),
        ("Marcel entra dans la pièce.", "Marcel", "Marcel"),
        ("Il porte un marcel blanc.", "marcel", "tank top"),
        # louis in lower case: the gold coin, which the tagger reads as a name
        ("Il prit deux louis et les posa devant lui.", "louis", "louis (gold coin)"),
    ],
)
def test_a_names_card_shows_the_name(sentence: str, word: str, sense: str) -> None:
    assert first_sense(Glosser(None), sentence, word) == sense
