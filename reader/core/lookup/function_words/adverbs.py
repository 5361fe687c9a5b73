"""Adverbs and quantifiers whose sense the verb or the word next to them decides: toujours
with a state that goes on (il attend toujours: still), encore between avoir and its participle
(il a encore perdu: again), déjà ending a question (c'était quand, déjà ?: again), plus
between two amounts (trois euros plus le port: plus), tout or toute before autre or a bare
noun (toute autre forme: any other; toute personne: any), nul and aucun standing alone (nul
ne sait: no one; aucun ne vient: none), and que after ne ... plus with an adverb between (il
n'y a plus aujourd'hui que trois: only)."""

from __future__ import annotations

from reader.core.lookup.function_words.pronouns import grammar
from reader.core.lookup.surroundings import neighbour, plain
from reader.core.models import Analysis, Token, Translation

# -- toujours: still with a state that goes on -----------------------------------------------------

# Verbs of waiting, staying and lasting, whose toujours in the present or the imperfect says
# the state goes on (il attend toujours, le suspect court toujours, il vit toujours à Paris).
LASTING = frozenset(
    "attendre rester demeurer exister subsister persister durer courir rechercher ignorer "
    "manquer espérer vivre habiter".split()
)
# What follows être when its toujours is "still": a place or a state one is in
# (il est toujours là, toujours en vie, toujours en cours).
STILL_AFTER_ETRE = frozenset("là ici vivant vivante vivants vivantes debout".split())
STATES_WITH_EN = frozenset(
    "vie cours fuite poste place attente activité service détention prison liberté vigueur "
    "tête fonction fonctions discussion négociation négociations suspens".split()
)


def still(analysis: Analysis, token: Token) -> Translation | None:
    """il attend toujours, il est toujours là, toujours en cours: still; il pleut toujours en
    novembre, pas toujours, il a toujours aimé: the list's always."""
    if token.text.lower() != "toujours":
        return None
    verb = neighbour(analysis, token, -1)
    if verb is None or verb.pos not in ("VERB", "AUX") or not _present_or_imperfect(verb):
        return None
    if verb.lemma in LASTING:
        return grammar("still")
    after = neighbour(analysis, token, 1)
    if verb.lemma != "être" or after is None:
        return None
    if after.text.lower() in STILL_AFTER_ETRE:
        return grammar("still")
    state = neighbour(analysis, after, 1)
    if after.text.lower() == "en" and state is not None and state.text.lower() in STATES_WITH_EN:
        return grammar("still")
    return None


def _present_or_imperfect(verb: Token) -> bool:
    return verb.morph.get("VerbForm") == "Fin" and verb.morph.get("Tense") in ("Pres", "Imp")


# -- encore between avoir and its participle, déjà ending a question -------------------------------


def again(analysis: Analysis, token: Token) -> Translation | None:
    """il a encore perdu ses clés: again; il n'a encore rien dit (yet), il a encore des amis
    (still): the list's."""
    if token.text.lower() != "encore":
        return None
    auxiliary, participle = neighbour(analysis, token, -1), neighbour(analysis, token, 1)
    if auxiliary is None or participle is None or auxiliary.lemma != "avoir":
        return None
    if auxiliary.pos != "AUX" or participle.morph.get("VerbForm") != "Part":
        return None
    before = analysis.tokens[max(0, auxiliary.index - 4) : auxiliary.index]
    if any(w.sentence == token.sentence and plain(w.text) in ("ne", "n'") for w in before):
        return None  # il n'a encore jamais vu: yet
    return grammar("again")


def asking_again(analysis: Analysis, token: Token) -> Translation | None:
    """Comment s'appelle-t-il, déjà ?: again (asking to be reminded); il est déjà parti:
    already."""
    if token.text.lower() != "déjà":
        return None
    after = analysis.tokens[token.index + 1 : token.index + 2]
    if not after or after[0].text != "?":
        return None  # tu as déjà fini ? (already)
    sentence = analysis.tokens[max(0, token.index - 8) : token.index]
    asking = any(w.sentence == token.sentence and plain(w.text) in ASKING for w in sentence)
    return grammar("again") if asking else None


# The question words of a question déjà asks again (c'était quand, déjà ?); tu as fini déjà ?
# asks no reminder.
ASKING = frozenset("comment quand qui où quel quelle quels quelles combien quoi".split())


# -- plus between two amounts ----------------------------------------------------------------------

# What opens the second amount after plus (trois euros plus les frais, plus quelques mots).
AMOUNT_STARTS = frozenset(
    "les des un une le la l' quelques deux trois quatre cinq dix cent".split()
)


def plus_amount(analysis: Analysis, token: Token) -> Translation | None:
    """deux euros plus trois euros, lire et écrire, plus quelques mots: plus, as well as; not
    plus les jours passent, plus ... (the more), il n'y a plus les ... (no longer)."""
    if token.text.lower() != "plus" or token.morph.get("Polarity") == "Neg":
        return None
    before, after = neighbour(analysis, token, -1), neighbour(analysis, token, 1)
    if after is None:
        return None
    amount = after.pos == "NUM" or plain(after.text) in AMOUNT_STARTS
    counted = _after_comma(analysis, token) or (
        before is not None and before.pos in ("NOUN", "NUM", "PROPN")
    )
    if not amount or not counted:
        return None
    sentence = [w for w in analysis.tokens[: token.index] if w.sentence == token.sentence]
    if any(plain(w.text) in ("ne", "n'") for w in sentence):
        return None  # il n'a plus les moyens: no longer
    if sentence and sentence[0].text.lower() == "plus":
        return None  # Plus les jours passent, plus les nuits sont longues: the more
    return grammar("plus", "as well as")


def _after_comma(analysis: Analysis, token: Token) -> bool:
    previous = analysis.tokens[token.index - 1 : token.index]
    return bool(previous) and previous[0].text == ","


# -- tout before autre or a bare noun; nul and aucun alone -----------------------------------------

ARTICLES_BEFORE = frozenset("un une le la l' les ce cette".split())


def any_other(analysis: Analysis, token: Token) -> Translation | None:
    """toute autre forme: any other; toute personne, tout citoyen: any, every; une tout
    autre histoire (quite), toute la journée (all): the others'."""
    text = token.text.lower()
    if text not in ("tout", "toute"):
        return None
    before, after = neighbour(analysis, token, -1), neighbour(analysis, token, 1)
    if after is None or (before is not None and plain(before.text) in ARTICLES_BEFORE):
        return None
    if after.text.lower() == "autre":
        return grammar("any other", "every other")
    noun_after = neighbour(analysis, after, 1)
    if token.pos != "DET" or after.pos != "NOUN" or after.morph.get("Number") == "Plur":
        return None
    if noun_after is not None and plain(noun_after.text) in ("de", "d'"):
        return None  # toute sorte de, tout genre de: all kinds
    return grammar("any", "every")


NO_ONE = frozenset("nul nulle".split())


def nobody(analysis: Analysis, token: Token) -> Translation | None:
    """Nul ne sait: no one; aucun ne viendra, il n'en a vu aucun: none; aucun homme, un
    match nul: the list's."""
    text = token.text.lower()
    after = neighbour(analysis, token, 1)
    if text in NO_ONE:
        if after is not None and plain(after.text) in ("ne", "n'"):
            return grammar("no one", "nobody")
        return None
    if text not in ("aucun", "aucune") or token.pos != "PRON":
        return None
    if after is not None and after.pos in ("NOUN", "ADJ"):
        return None
    return grammar("none", "not one")


# -- que after ne ... plus with an adverb between --------------------------------------------------

# Adverbs that may stand between plus and its que (il n'y a plus aujourd'hui que trois).
BETWEEN = frozenset("aujourd'hui guère désormais maintenant alors là ici déjà".split())


def only_left(analysis: Analysis, token: Token) -> Translation | None:
    """il n'y a plus aujourd'hui que trois élèves: only (ne ... plus que with an adverb
    between); il n'est plus grand que lui (than): the others'."""
    if plain(token.text) not in ("que", "qu'"):
        return None
    partner = neighbour(analysis, token, -1)
    steps = 0
    while partner is not None and plain(partner.text) in BETWEEN and steps < 2:
        partner, steps = neighbour(analysis, partner, -1), steps + 1
    if steps == 0 or partner is None or partner.text.lower() not in ("plus", "jamais"):
        return None
    before = analysis.tokens[max(0, partner.index - 5) : partner.index]
    if not any(w.sentence == token.sentence and plain(w.text) in ("ne", "n'") for w in before):
        return None
    return grammar("only", "nothing but")
