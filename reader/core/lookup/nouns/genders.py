"""Nouns whose sense follows their gender: le livre is a book, la livre a pound; le poste a
job, la poste the post office; le somme a nap, la somme a sum. French writes the gender in
the determiner, so a learner's card can read it there: the determiner before the noun
(adjectives between: un petit somme), or de la, à la. Plurals (les, des) and an elided l'
tell nothing, and the card keeps its usual order.

resources/senses/gendered_senses.tsv lists the pairs (the textbook list of nouns whose two
genders are two words) with the senses each gender leads with."""

from __future__ import annotations

import functools

from reader.core.models import Analysis, Token, Translation, TranslationSource
from reader.core.paths import resource_rows

FOLDER = "senses"
NAME = "gendered_senses.tsv"
HEADER = ("lemma", "gender", "english")
ORIGIN = "French Reader grammar · gender"
MASCULINE = frozenset("le un ce cet du au quel aucun".split())
FEMININE = frozenset("la une cette quelle aucune ma ta sa".split())
# Possessives that are masculine only before a consonant (son livre; son âme is feminine).
MASCULINE_BEFORE_CONSONANT = frozenset("mon ton son".split())
VOWELS = tuple("aeiouyhàâéèêëîïôöùûœ")
# Nouns that are adjectives too, which the tagger may call nouns before their noun.
ADJECTIVES_TOO = frozenset("vague faux rose physique critique mort".split())
# How many adjectives may stand between the determiner and the noun (un petit somme).
BETWEEN = 2


@functools.cache
def gendered_senses() -> dict[tuple[str, str], tuple[str, ...]]:
    """(lemma, Masc or Fem) -> the senses that gender leads with."""
    rows = resource_rows(FOLDER, NAME, len(HEADER), "gendered senses")
    return {
        (lemma, gender): tuple(s.strip() for s in english.split("|"))
        for lemma, gender, english in rows
    }


@functools.cache
def _lemmas() -> frozenset[str]:
    return frozenset(lemma for lemma, _ in gendered_senses())


def by_gender(analysis: Analysis, token: Token) -> Translation | None:
    """The senses the noun's gender, read from its determiner, leads with, or None."""
    if token.pos != "NOUN" or token.lemma.lower() not in _lemmas():
        return None
    if token.lemma.lower() in ADJECTIVES_TOO and _before_noun(analysis, token):
        return None  # un vague sourire: an adjective the tagger took for a noun
    gender = _determiner_gender(analysis, token)
    senses = gendered_senses().get((token.lemma.lower(), gender))
    return Translation(senses, TranslationSource.DICTIONARY, ORIGIN) if senses else None


def _before_noun(analysis: Analysis, token: Token) -> bool:
    """Whether a noun, or a word the tagger took for a verb (sourire), follows."""
    at = token.index + 1
    following = analysis.tokens[at] if at < len(analysis.tokens) else None
    return following is not None and (
        following.pos == "NOUN" or following.morph.get("VerbForm") == "Inf"
    )


def _determiner_gender(analysis: Analysis, token: Token) -> str:
    """Masc or Fem as the determiner before the noun writes it, or "" (les, l', none)."""
    index = token.index - 1
    tokens = analysis.tokens
    while index >= 0 and token.index - index <= BETWEEN and tokens[index].pos == "ADJ":
        index -= 1
    if index < 0 or tokens[index].sentence != token.sentence:
        return ""
    word = tokens[index].text.lower()
    if word in MASCULINE:
        return "Masc"
    if word in FEMININE:
        return "Fem"
    if word in MASCULINE_BEFORE_CONSONANT and not tokens[index + 1].text.lower().startswith(VOWELS):
        return "Masc"
    return ""
