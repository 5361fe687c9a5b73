"""Counts: sur between two of them (un sur trois: out of), avoir before a count and ans (il
avait vingt ans: be), a round number before de (une vingtaine de: about twenty) and faire with
a count of the dead (a fait dix morts: left)."""

from __future__ import annotations

from reader.core.lookup.surroundings.words import _grammar, _verb, neighbour, plain
from reader.core.models import Analysis, Token, Translation

# -- sur between two numbers ------------------------------------------------------------------

OUT_OF = ("out of", "in")
# Counts the tagger may call determiners or adjectives (un Français sur trois, neuf fois sur dix).
ARTICLES = frozenset({"un", "une"})  # a count before sur, never the number after it
NUMBER_WORDS = frozenset(
    "deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt cent".split()
)


def out_of(analysis: Analysis, token: Token) -> Translation | None:
    """un Français sur trois, neuf fois sur dix: out of; not sur dix kilomètres (over)."""
    if token.text.lower() != "sur":
        return None
    index = token.index + 1
    if index >= len(analysis.tokens) or not _is_number(analysis.tokens[index]):
        return None
    number = analysis.tokens[index]
    after = neighbour(analysis, number, 1)
    if after is not None and after.pos == "NOUN" and after.morph.get("Number") == "Plur":
        return None  # sur trois ans, sur dix kilomètres: over
    counted = analysis.tokens[max(0, token.index - 4) : token.index]
    if not any(t.sentence == token.sentence and _is_count(t) for t in counted):
        return None
    return _grammar(OUT_OF)


def _is_count(word: Token) -> bool:
    return _is_number(word) or word.text.lower() in ARTICLES


def _is_number(word: Token) -> bool:
    text = word.text.lower()
    return word.pos == "NUM" or text.isdigit() or text in NUMBER_WORDS


# -- avoir and an age: il avait vingt-six ans --------------------------------------------------

AGE = ("be", "be aged", "be ... years old")


def age(analysis: Analysis, token: Token) -> Translation | None:
    """Lucien avait vingt-six ans, elle a trente ans à peine: be (an age), not have (novel17);
    only a count right after the verb, then an or ans."""
    if token.lemma.lower() != "avoir":
        return None
    following = analysis.tokens[token.index + 1 : token.index + 3]  # 20 is no word: no neighbour
    if len(following) < 2 or not _is_number(following[0]):
        return None
    years = following[1]
    if years.sentence != token.sentence or years.text.lower() not in ("an", "ans"):
        return None
    after = neighbour(analysis, years, 1)
    if after is not None and plain(after.text) in ("pour", "devant", "de", "d'", "à"):
        peine = neighbour(analysis, after, 1)
        if plain(after.text) != "à" or peine is None or plain(peine.text) != "peine":
            return None  # nous avons dix ans pour agir: a time one has; à peine is an age's
    return _grammar(AGE)


# -- counts: une vingtaine de, des milliers de, faire dix morts ---------------------------------

# A noun of a round number before de is an approximate count (une quarantaine de personnes:
# about forty people), not its other senses (quarantine, fortnight); in the plural, many of
# them (des dizaines de civils: dozens of civilians).
APPROXIMATE = {
    "dizaine": "ten",
    "douzaine": "a dozen",
    "quinzaine": "fifteen",
    "vingtaine": "twenty",
    "trentaine": "thirty",
    "quarantaine": "forty",
    "cinquantaine": "fifty",
    "soixantaine": "sixty",
    "centaine": "a hundred",
    "millier": "a thousand",
}
MANY = {"dizaine": "dozens", "douzaine": "dozens", "centaine": "hundreds", "millier": "thousands"}


def approximate_number(analysis: Analysis, token: Token) -> Translation | None:
    """une vingtaine de morts: about twenty; des centaines de: hundreds."""
    noun = token.text.lower()
    singular = noun.removesuffix("s")
    after = neighbour(analysis, token, 1)
    if singular not in APPROXIMATE or after is None or plain(after.text) not in ("de", "d'"):
        return None
    number = APPROXIMATE[singular]
    senses: tuple[str, ...] = (f"about {number}", f"some {number.split()[-1]}", f"{number} or so")
    if noun != singular:
        senses = (MANY.get(singular, "dozens"),)
    return _grammar(senses)


# faire with a count of the dead or wounded as its object is "leave" or "kill" (l'attaque a
# fait dix morts), not "do" or "make".
CASUALTIES = frozenset({"mort", "morts", "blessé", "blessés", "victime", "victimes"})
CASUALTY_SENSES = ("leave", "kill", "cause")
# The prepositions of a count: au moins dix, près de vingt, plus de cent, des dizaines de.
COUNT_PREPOSITIONS = frozenset({"de", "d'", "au", "près"})


def casualties(analysis: Analysis, token: Token) -> Translation | None:
    """L'attaque a fait au moins dix morts: leave, kill; il fait ses devoirs: not this."""
    lemma, verb, _ = _verb(analysis, token)
    if lemma != "faire" or verb.pos not in ("VERB", "AUX"):
        return None
    for word in analysis.tokens[verb.index + 1 : verb.index + 7]:
        if word.sentence != verb.sentence or not (word.is_word or word.pos == "NUM"):
            return None
        if word.text.lower() in CASUALTIES and word.pos == "NOUN":
            return _grammar(CASUALTY_SENSES)
        if word.pos in ("VERB", "CCONJ", "SCONJ", "PRON") or (
            word.pos == "ADP" and plain(word.text) not in COUNT_PREPOSITIONS
        ):
            return None
    return None
