"""A word's sense its neighbours decide (by_neighbours): a title before a name, monsieur after
a determiner, heure on the clock, aussi opening a sentence, a partner of ne, the partitive
du; then the rules of surroundings/, function_words/, contexts.py and constructions.py."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from reader.core.analysis.expressions.lists import GOVERNED, entries_by_lemma
from reader.core.lookup.constructions import by_construction
from reader.core.lookup.contexts import by_context
from reader.core.lookup.function_words import by_function_word
from reader.core.lookup.nouns.genders import by_gender
from reader.core.lookup.surroundings import GRAMMAR_ORIGIN, by_surroundings, neighbour, plain
from reader.core.models import Analysis, Token, Translation, TranslationSource

TIME_UNITS = frozenset(
    "seconde minute heure jour nuit semaine mois an année siècle décennie instant".split()
)

QUANTITIES = frozenset("un une quelques plusieurs deux trois quatre cinq six sept huit dix".split())


def _is_duration(words: Sequence[Token]) -> bool:
    """deux ans, trente jours, quelques minutes, une heure: a number and a unit of time."""
    if len(words) < 2:
        return False
    number, unit = words[0], words[1]
    counted = number.pos == "NUM" or number.text.lower() in QUANTITIES
    return counted and unit.lemma.lower() in TIME_UNITS


# -- function words read by their neighbours -----------------------------------------------------

# A title before a name: M. Dupont is Mr Dupont, not "gentleman".
TITLES = {
    "m.": "Mr",
    "mm.": "Messrs",
    "mme": "Mrs",
    "mmes": "Mesdames",
    "mlle": "Miss",
    "monsieur": "Mr",
    "madame": "Mrs",
    "mademoiselle": "Miss",
}
# Monsieur with a determiner is a man (ce monsieur: gentleman); alone, an address, the row of
# main_senses.tsv (sir). Messieurs is "gentlemen" either way (Messieurs, ces messieurs).
DETERMINED = {"monsieur": ("gentleman", "man")}
GENTLEMEN = ("gentlemen", "sirs")
# The time of day: à six heures, il est dix heures, vers une heure, neuf heures du soir
# (o'clock); not pendant deux heures, trois heures plus tard, une heure et demie (hours).
CLOCK_BEFORE = frozenset("à vers est sont était étaient dès jusqu'à sur".split())
CLOCK_AFTER = frozenset("du moins un précises sonnaient sonnèrent sonna sonnait".split())
HOURS_COUNTED = frozenset("une deux trois quatre cinq six sept huit neuf dix onze douze".split())
CLOCK = ("o'clock", "hour")
# An abbreviated title is one wherever it stands (M. de Marelle, M. et Mme Walter).
ABBREVIATED = frozenset({"m.", "mm.", "mme", "mmes", "mlle"})
# Aussi first in its sentence, without a comma after it, is "so": Aussi ma mémoire est-elle
# reconnaissante (so my memory is grateful).
AUSSI_FIRST = ("so", "therefore", "and so")


# The literary partners of ne, whose own senses as nouns or adverbs lead otherwise (point:
# "dot"), when the analysis read them as the negation (Polarity=Neg: ne point, ne ... guère).
NEGATION_PARTNERS = {
    "point": ("not", "not at all"),
    "guère": ("hardly", "scarcely", "barely"),
    "nullement": ("not at all", "in no way"),
}


def by_neighbours(analysis: Analysis, token: Token) -> Translation | None:
    """A word whose sense its neighbours decide: a title before a name, monsieur after a
    determiner, heure on the clock, aussi opening its sentence, a partner of ne, the
    partitive du."""
    text = token.text.lower()
    negation = token.morph.get("Polarity") == "Neg" and analysis.group_of(token) is None
    if text in NEGATION_PARTNERS and negation:
        return Translation(NEGATION_PARTNERS[text], TranslationSource.DICTIONARY, GRAMMAR_ORIGIN)
    following = neighbour(analysis, token, 1)
    if text in TITLES and (text in ABBREVIATED or _before_name(following)):
        return Translation((TITLES[text],), TranslationSource.DICTIONARY, GRAMMAR_ORIGIN)
    if (senses := _person(analysis, token, text, following)) is not None:
        return Translation(senses, TranslationSource.DICTIONARY, GRAMMAR_ORIGIN)
    if text in ("heure", "heures") and _on_the_clock(analysis, token, following):
        return Translation(CLOCK, TranslationSource.DICTIONARY, GRAMMAR_ORIGIN)
    if text == "aussi" and following is not None and neighbour(analysis, token, -1) is None:
        return Translation(AUSSI_FIRST, TranslationSource.DICTIONARY, GRAMMAR_ORIGIN)
    if text in ("voici", "voilà") and _is_duration(_following(analysis, token)):
        return Translation(("ago",), TranslationSource.DICTIONARY, GRAMMAR_ORIGIN)
    if text in EXCLAMATIVE and _is_exclamation(analysis, token):
        return Translation(EXCLAMATIVE[text], TranslationSource.DICTIONARY, GRAMMAR_ORIGIN)
    return (
        by_surroundings(analysis, token)
        or by_gender(analysis, token)
        or by_function_word(analysis, token)
        or by_context(analysis, token)
        or by_construction(analysis, token)
        or partitive(analysis, token)
    )


def _on_the_clock(analysis: Analysis, token: Token, following: Token | None) -> bool:
    """Heure after a number that tells the time: a word before the number puts it on the
    clock (à six heures), or one after it (six heures du soir, et demie, moins le quart)."""
    if token.index == 0 or (following is not None and plain(following.text) == "de"):
        return False  # deux heures de marche: how long
    number = analysis.tokens[token.index - 1]  # a figure (14 heures) is not a word
    if number.sentence != token.sentence:
        return False
    if not (number.pos == "NUM" or plain(number.text) in HOURS_COUNTED):
        return False
    if following is not None and plain(following.text) in CLOCK_AFTER:
        return True
    before = neighbour(analysis, number, -1)
    return before is not None and plain(before.text) in CLOCK_BEFORE


def _before_name(following: Token | None) -> bool:
    """A name after a title, or et and the next title (Monsieur et Madame Walter)."""
    return following is not None and (following.pos == "PROPN" or plain(following.text) == "et")


def _person(
    analysis: Analysis, token: Token, text: str, following: Token | None
) -> tuple[str, ...] | None:
    """Monsieur after a determiner (gentleman), messieurs (gentlemen); None for every other
    word."""
    if token.pos != "NOUN":
        return None
    if text == "messieurs":
        return GENTLEMEN
    before = neighbour(analysis, token, -1, skip=("ADJ", "ADV"))  # un gros monsieur
    if before is None:
        return None
    if text in DETERMINED and before.pos == "DET":
        return DETERMINED[text]
    return None


# quel in an exclamation (Quel dommage ! Quelle belle journée !) is "what (a)", not "which".
EXCLAMATIVE = dict.fromkeys(("quel", "quelle", "quels", "quelles"), ("what", "what a"))


def _is_exclamation(analysis: Analysis, token: Token) -> bool:
    sentence = analysis.sentence_of(token)
    return analysis.text[sentence.start : sentence.end].rstrip(' »"”.…').endswith("!")


def _following(analysis: Analysis, token: Token) -> list[Token]:
    """The next words in the token's sentence (at most four): voici quatre ans."""
    after = analysis.tokens[token.index + 1 : token.index + 5]
    return [t for t in after if t.sentence == token.sentence]


# -- the partitive article ----------------------------------------------------------------------

PARTITIVE_SENSES = ("some", "any")
# Verbs that take du as "from the" (sortir du bois) though no list governs them, and the two
# the governed list names whose du is mostly partitive all the same (c'est du vin, faire du
# sport).
ORIGIN_VERBS = frozenset("sortir partir descendre tomber sauter tirer retirer extraire".split())
PARTITIVE_VERBS = frozenset({"être", "faire", "avoir"})


def partitive(analysis: Analysis, token: Token) -> Translation | None:
    """du as the partitive article (il boit du vin: some wine): after a verb (adverbs may
    stand between) that does not take de itself, and before a noun or an adjective."""
    if token.text.lower() != "du" or _governed_preposition(analysis, token):
        return None
    following = neighbour(analysis, token, 1)
    if following is None or following.pos not in ("NOUN", "ADJ"):
        return None
    verb = neighbour(analysis, token, -1, skip=("ADV", "PART"))
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return None
    group = analysis.group_of(verb)
    lemma = (group.lemma if group is not None else verb.lemma).lower()
    if lemma in ORIGIN_VERBS or lemma in _de_verbs():
        return None
    return Translation(PARTITIVE_SENSES, TranslationSource.DICTIONARY, GRAMMAR_ORIGIN)


def _governed_preposition(analysis: Analysis, token: Token) -> bool:
    """Whether a verb's governed de found in the text is this du (parler du film)."""
    # Only the governed expressions around the token: scanning all of a text's for each du
    # grew with the square of its length.
    return any(
        e.source == GOVERNED
        and token.index in e.tokens
        and e.head != token.index
        and e.lemma.rsplit(" ", 1)[0] in _de_verbs()
        for e in analysis.governed_around(token)
    )


@functools.cache
def _de_verbs() -> frozenset[str]:
    """The verbs the governed list says take de before a noun (parler de, venir de), not
    only before an infinitive (demander de partir); être, faire and avoir left out."""
    found = frozenset(
        entry.lemma.rsplit(" ", 1)[0]
        for (source, _), entry in entries_by_lemma().items()
        if source == GOVERNED and entry.lemma.endswith(" de") and not entry.infinitive
    )
    return found - PARTITIVE_VERBS
