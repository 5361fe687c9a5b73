"""Prepositions whose English the words around them decide, as a grammar book states it: pour
before an infinitive (pour gagner sa vie: to, in order to), à before a place name (un hôtel à
Kaboul, À Porto: in, at), par before a unit with no article (une fois par semaine: a, per), de
after a verb of leaving or before où (en sortant du collège, d'où: from), and du ... au
between two numbers or days (du 22 au 24 juin: from ... to); and comme before a noun with its
article (il boit comme un templier: like)."""

from __future__ import annotations

from reader.core.lookup.function_words.pronouns import LEAVING, grammar, verb_lemma
from reader.core.lookup.surroundings import neighbour, plain
from reader.core.models import Analysis, Token, Translation

# -- pour + infinitive ---------------------------------------------------------------------------


def purpose(analysis: Analysis, token: Token) -> Translation | None:
    """pour gagner sa vie, pour ne pas tomber, pour le voir: to, in order to; not pour avoir
    fini (for having) nor pour lui (for)."""
    if plain(token.text) != "pour":
        return None
    verb = neighbour(analysis, token, 1, skip=("PRON", "ADV", "PART"))
    if verb is None or verb.pos not in ("VERB", "AUX") or verb.morph.get("VerbForm") != "Inf":
        return None
    if verb.lemma in ("avoir", "être"):
        after = neighbour(analysis, verb, 1, skip=("ADV",))
        if after is not None and after.morph.get("VerbForm") == "Part":
            return None  # pour avoir vu, pour être venu: for having
    return grammar("to", "in order to", "so as to")


# -- de + infinitive -------------------------------------------------------------------------------


def infinitive_de(analysis: Analysis, token: Token) -> Translation | None:
    """convaincre quelqu'un de s'équiper, le temps de les regarder, il est facile de dire: to;
    not il vient de partir (venir de: just), de avoir (the tagger's slip) nor de la ville."""
    if plain(token.text) not in ("de", "d'"):
        return None
    verb = neighbour(analysis, token, 1, skip=("PRON", "ADV", "PART"))
    if verb is None or verb.pos not in ("VERB", "AUX") or verb.morph.get("VerbForm") != "Inf":
        return None
    before = neighbour(analysis, token, -1)
    if before is not None and before.lemma == "venir":
        return None  # il vient de partir: the verb group's recent past
    return grammar("to")


# -- à before a place name -----------------------------------------------------------------------

# Verbs of being, living and happening somewhere, after which à before a place name is "in"
# or "at" (né à Lyon, il vit à Paris, tué à Kaboul); after others (aller à Paris, écrire à
# Pierre) the name may be a goal or a person, and the list's "to" stands.
LOCATED = frozenset(
    {
        *"être naître mourir décéder vivre habiter résider séjourner demeurer rester travailler "
        "étudier enseigner jouer arriver atterrir tuer attaquer blesser arrêter manifester "
        "réunir ouvrir installer organiser construire fonder inaugurer présenter signer "
        "enregistrer publier imprimer élire".split(),
        *"se trouver se dérouler se tenir se réunir s'installer se marier avoir lieu".split(),
    }
)


def place(analysis: Analysis, token: Token) -> Translation | None:
    """un hôtel à Kaboul, né à Lyon, À Porto, ...: in, at; not aller à Paris, écrire à
    Pierre (the list's to)."""
    if plain(token.text) != "à":
        return None
    name = neighbour(analysis, token, 1)
    if name is None or name.pos != "PROPN" or not name.text[:1].isupper():
        return None
    before = neighbour(analysis, token, -1, skip=("ADV",))
    if before is None:
        return grammar("in", "at")
    if before.pos in ("NOUN", "NUM"):
        return None if _given(analysis, before) else grammar("in", "at")
    if before.pos not in ("VERB", "AUX"):
        return None
    expression = analysis.expression_of(before)
    located = verb_lemma(analysis, before) in LOCATED or (
        expression is not None and expression.lemma in LOCATED
    )
    return grammar("in", "at") if located else None


# Verbs that give or say something to someone: after their object, à before a name is "to"
# (elle passa le papier à Duroy, il donna le livre à Marie).
GIVING = frozenset(
    "donner passer envoyer offrir remettre rendre montrer dire écrire présenter tendre "
    "apporter confier demander prêter vendre payer expliquer annoncer raconter adresser "
    "apprendre enseigner proposer promettre répondre permettre laisser lancer jeter".split()
)


def _given(analysis: Analysis, noun: Token) -> bool:
    """Whether the verb before the noun (a few words back) is one of giving or saying, whose
    object the noun may be."""
    for word in reversed(analysis.tokens[max(0, noun.index - 6) : noun.index]):
        if word.sentence != noun.sentence:
            break
        if word.pos in ("VERB", "AUX"):
            lemma = verb_lemma(analysis, word)
            return lemma.removeprefix("se ").removeprefix("s'") in GIVING
    return False


# -- par before a unit ---------------------------------------------------------------------------

# Units par counts by (une fois par semaine, dix euros par personne): a, per.
UNITS = frozenset(
    "seconde minute heure jour semaine mois an année siècle personne tête habitant élève "
    "enfant kilomètre kilo litre mètre".split()
)


def per_unit(analysis: Analysis, token: Token) -> Translation | None:
    """une fois par semaine, 100 km par heure, vingt euros par personne: a, per; not par
    la fenêtre, par jour de pluie (a noun after the unit)."""
    if plain(token.text) != "par":
        return None
    unit = neighbour(analysis, token, 1)
    if unit is None or unit.pos != "NOUN" or unit.lemma.lower() not in UNITS:
        return None
    after = neighbour(analysis, unit, 1)
    if after is not None and plain(after.text) in ("de", "d'"):
        return None  # par jour de pluie, par personne d'âge
    before = neighbour(analysis, token, -1)
    if before is not None and before.lemma.lower() == unit.lemma.lower():
        return None  # jour par jour, mois par mois: by
    return grammar("a", "per", "every")


# -- de: from ------------------------------------------------------------------------------------

FROM_WORDS = frozenset("de d' du des".split())
# Days that du ... au spans, like numbers (du lundi au vendredi).
DAYS = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche".split())


def source(analysis: Analysis, token: Token) -> Translation | None:
    """d'où: from; en sortant du collège, il partit de Lyon: from (a verb of leaving); du 22
    au 24 juin: from; not il vient de partir (just), le livre de Paul."""
    text = plain(token.text)
    if text not in FROM_WORDS:
        return None
    if text in ("du", "de") and _span_after(analysis, token):
        return grammar("from")
    after = neighbour(analysis, token, 1)
    if after is None:
        return None
    if text == "d'" and plain(after.text) == "où":
        return grammar("from", "from where")
    before = neighbour(analysis, token, -1)
    if before is None or before.pos != "VERB" or after.morph.get("VerbForm") == "Inf":
        return None
    return grammar("from", "out of") if verb_lemma(analysis, before) in LEAVING else None


def until(analysis: Analysis, token: Token) -> Translation | None:
    """du 22 au 24 juin, du lundi au vendredi, de 3 h à 5 h: to, until."""
    if plain(token.text) not in ("au", "à"):
        return None
    for step in (-2, -3, -4):
        start = _next(analysis, token, step)
        if start is not None and plain(start.text) in ("du", "de"):
            return grammar("to", "until", "till") if _span_after(analysis, start) else None
    return None


def _span_after(analysis: Analysis, start: Token) -> bool:
    """Whether a number or a day after du or de opens a span that au or à closes a few
    tokens later (du 22 au 24 juin, de 3 h à 5 h; not du 22 juin, une hausse de 3 %)."""
    first = _next(analysis, start, 1)
    if first is None or not _countable(first):
        return False
    for step in (1, 2, 3):
        end = _next(analysis, first, step)
        if end is None:
            return False
        if plain(end.text) in ("au", "à"):
            closing = _next(analysis, end, 1)
            return closing is not None and _countable(closing)
    return False


def _next(analysis: Analysis, token: Token, step: int) -> Token | None:
    """The token step places away in the same sentence, figures included (neighbour passes
    over them: 22 is not a word)."""
    index = token.index + step
    if not 0 <= index < len(analysis.tokens):
        return None
    other = analysis.tokens[index]
    return other if other.sentence == token.sentence else None


def _countable(word: Token) -> bool:
    return word.pos == "NUM" or word.text.isdigit() or word.text.lower() in DAYS


# -- comme before a noun with its article: like ----------------------------------------------------

ARTICLES = frozenset("un une des le la l' les du de d'".split())


def likeness(analysis: Analysis, token: Token) -> Translation | None:
    """il boit comme un templier, frêle comme les autres: like; not comme le dit la loi (as,
    a verb after the noun), je viens comme maître d'étude (as: no article), Comme il pleuvait
    (since)."""
    if plain(token.text) != "comme":
        return None
    article = neighbour(analysis, token, 1)
    if article is None or plain(article.text) not in ARTICLES or article.pos != "DET":
        return None
    noun = neighbour(analysis, article, 1, skip=("ADJ",))
    if noun is None or noun.pos not in ("NOUN", "PROPN"):
        return None
    if neighbour(analysis, token, -1) is None:
        return None  # Comme un enfant qui ..., at the head of a clause: as
    following = neighbour(analysis, noun, 1, skip=("ADJ", "ADV", "PRON"))
    if following is not None and following.pos in ("VERB", "AUX"):
        return None  # comme le veut la loi, comme le journaliste le reconduisait
    return grammar("like", "as")


def named_example(analysis: Analysis, token: Token) -> Translation | None:
    """des compositeurs comme Francisco Guerrero: like, such as (a noun, then names as its
    examples); not Comme Pierre le disait (a verb after the name: as)."""
    if plain(token.text) != "comme":
        return None
    name = neighbour(analysis, token, 1)
    if name is None or name.pos != "PROPN":
        return None
    noun = neighbour(analysis, token, -1)
    if noun is None or noun.pos != "NOUN":
        return None
    following = neighbour(analysis, name, 1, skip=("PROPN", "ADV", "PRON"))
    if following is not None and following.pos in ("VERB", "AUX"):
        return None
    return grammar("like", "such as")
