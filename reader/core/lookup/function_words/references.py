"""Words that point at something, read by the words after them, as a grammar book states it:
ce before a relative (ce qui, ce que: what, which), un after l' (l'un, l'une:
one), que asking before an inverted verb (qu'allais-je faire ?: what), le standing for a
whole clause with a verb of knowing, saying or wanting (je le sais, sans le vouloir: it), and
quelque before a noun (quelque île: some)."""

from __future__ import annotations

from reader.core.lookup.function_words.pronouns import grammar, verb_lemma
from reader.core.lookup.surroundings import neighbour, plain
from reader.core.models import Analysis, Token, Translation

RELATIVES = frozenset("qui que qu' dont".split())


def what(analysis: Analysis, token: Token) -> Translation | None:
    """il ne savait pas ce que c'était, tout ce qu'il fallait, Pour ta gouverne, ce que je
    faisais ...: what (which after a clause: la bonne partit, ce qui me parut ...; a comma
    does not tell them apart); not ce livre, c'est."""
    if plain(token.text) != "ce" or token.pos != "PRON":
        return None
    after = neighbour(analysis, token, 1)
    if after is None or plain(after.text) not in RELATIVES:
        return None
    return grammar("what", "which", "that which")


def one(analysis: Analysis, token: Token) -> Translation | None:
    """l'un de l'autre, l'une et l'autre, l'un d'eux: one; not un homme."""
    if plain(token.text) not in ("un", "une"):
        return None
    before = neighbour(analysis, token, -1)
    return grammar("one", "the one") if before is not None and plain(before.text) == "l'" else None


# Words that may stand before an asking que at the head of its clause.
CLAUSE_OPENERS = frozenset("et mais or donc alors".split())


def asking(analysis: Analysis, token: Token) -> Translation | None:
    """Et maintenant, qu'allais-je faire ?, Que veut-on ?, Qu'en sais-tu ?: what (an
    inverted subject after the verb); not le livre que lit Paul."""
    if plain(token.text) not in ("que", "qu'"):
        return None
    before = neighbour(analysis, token, -1)
    if before is not None and plain(before.text) not in CLAUSE_OPENERS:
        return None
    verb = neighbour(analysis, token, 1, skip=("PRON",))
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return None
    subject = neighbour(analysis, verb, 1)
    inverted = subject is not None and subject.text.startswith("-") and subject.pos == "PRON"
    return grammar("what") if inverted else None


# Verbs whose le may stand for a whole clause or idea (je le sais, je te le jure, sans le
# vouloir, il le faut): it, so.
CLAUSE_TAKING = frozenset(
    "savoir ignorer dire jurer promettre penser espérer vouloir falloir affirmer répéter "
    "avouer deviner".split()
)


def neuter_le(analysis: Analysis, token: Token) -> Translation | None:
    """je le sais, je te le jure, sans le vouloir, il le faut: it, so; not je le vois (him,
    it: the list's)."""
    if plain(token.text) not in ("le", "l'"):
        return None
    if token.pos != "PRON" and not _pronoun_before_verb(analysis, token):
        return None
    verb = neighbour(analysis, token, 1, skip=("PRON",))
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return None
    if verb_lemma(analysis, verb) not in CLAUSE_TAKING:
        return None
    return grammar("it", "so")


# Words before which le, right before a verb, can only be its object (sans le vouloir, je le
# sais), whatever the tagger read; not le savoir, le devoir (nouns, after anything else).
BEFORE_OBJECT = frozenset("sans pour ne n' je j' tu il elle on nous vous ils elles".split())


def _pronoun_before_verb(analysis: Analysis, token: Token) -> bool:
    before, after = neighbour(analysis, token, -1), neighbour(analysis, token, 1)
    if before is None or plain(before.text) not in BEFORE_OBJECT:
        return False
    return after is not None and after.pos in ("VERB", "AUX")


def some(analysis: Analysis, token: Token) -> Translation | None:
    """quelque île, quelque temps, quelque chose de terrible: some; quelque cent personnes:
    the list's roughly."""
    if plain(token.text) != "quelque":
        return None
    after = neighbour(analysis, token, 1)
    if after is None or after.pos == "NUM" or after.text.isdigit():
        return None  # quelque cent personnes: roughly
    if after.pos not in ("NOUN", "ADJ") and token.pos != "DET":
        return None  # quelque peu: somewhat
    return grammar("some", "a")
