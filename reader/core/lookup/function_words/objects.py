"""Pronouns read by the verb after them or the noun before them, as a grammar book states it:
le, la, l', les right before a sure verb are its object, not the article the tagger read
(prit deux louis, les posa: them; Mme Forestier le reconduisait: him, it); nous between a
subject and its verb is the object (il nous donne: us); leur right before a verb is the
pronoun (un document leur permettant de: them), not the possessive; the relative qui after a
thing is "which" (le mot qui figurait), after a person the list's "who"; en before a person
with no article is "as" (en homme qui a droit: as a man), à between a person and a part of
the body or a described noun is "with" (un petit homme à longs cheveux).

Why: the grammar words' list glosses these forms out of context (l': the; la: her; nous: we;
leur: their; qui: who), and the tagger reads some object pronouns as articles (prit deux
louis, les posa). Each rule reads only the neighbouring words and the tags, and returns None
where they do not settle it."""

from __future__ import annotations

from reader.core.lookup.function_words.pronouns import grammar
from reader.core.lookup.subjects import BODY, PERSON, THING, noun_kind, phrase_kind
from reader.core.lookup.surroundings import neighbour, plain
from reader.core.models import Analysis, Token, Translation

# The object pronouns and what they stand for, a person first: in the novels the object of
# le, la, l' is more often someone than something (a sample of 40 clicks, round fifteen).
OBJECTS = {
    "le": ("him", "it"),
    "la": ("her", "it"),
    "l'": ("him", "her", "it"),
    "les": ("them",),
}
# Clitics that may stand between the object pronoun and its verb (je le lui donne, il les y
# mène).
CLITICS = frozenset("lui leur y en".split())
VERBS = ("VERB", "AUX")


def object_pronoun(analysis: Analysis, token: Token) -> Translation | None:
    """prit deux louis, les posa; Mme Forestier le reconduisait, where the tagger read an
    article: them, him (the list's order for a pronoun it tagged so); not l'attaque, les
    enfants, l'un, l'autre (articles)."""
    text = plain(token.text)
    if text not in OBJECTS or token.pos != "DET":
        return None
    verb = _verb_after(analysis, token)
    if verb is None:
        return None
    if verb.morph.get("VerbForm") not in ("Fin", "Inf"):
        return None  # before a word the tagger calls a verb: only a sure one
    return grammar(*OBJECTS[text])


def _verb_after(analysis: Analysis, token: Token) -> Token | None:
    """The verb right after the pronoun, past the clitics that may stand between them."""
    after = neighbour(analysis, token, 1)
    while after is not None and plain(after.text) in CLITICS:
        after = neighbour(analysis, after, 1)
    return after if after is not None and after.pos in VERBS else None


# Words that are a clause's subject right before an object nous (il nous donne, qu'on nous
# a dit, ce qui nous reste).
SUBJECTS = frozenset("je j' tu il elle on ils elles qui cela ça ce c' ne n'".split())


def object_nous(analysis: Analysis, token: Token) -> Translation | None:
    """qu'il nous donne, on nous a dit, cela nous plaît: us; not nous donnons (we)."""
    if plain(token.text) != "nous" or token.pos != "PRON":
        return None
    before, after = neighbour(analysis, token, -1), neighbour(analysis, token, 1)
    if after is None or (after.pos not in VERBS and plain(after.text) not in CLITICS):
        return None
    if before is None or (
        plain(before.text) not in SUBJECTS and before.pos not in ("NOUN", "PROPN")
    ):
        return None
    return grammar("us", "to us")


def leur_pronoun(analysis: Analysis, token: Token) -> Translation | None:
    """qui leur offre, un document leur permettant de, il leur a dit: them, to them; not
    leur maison (their)."""
    if plain(token.text) != "leur":
        return None
    after = neighbour(analysis, token, 1)
    while after is not None and plain(after.text) in ("en", "y"):
        after = neighbour(analysis, after, 1)
    if after is None or after.pos not in VERBS:
        return None
    return grammar("them", "to them")


def relative_which(analysis: Analysis, token: Token) -> Translation | None:
    """le mot « indépendante », qui figurait; le plus drôle de mélange qui soit: which, that
    (a thing before qui); l'homme qui passait keeps the list's who."""
    if plain(token.text) != "qui" or token.pos != "PRON":
        return None
    index = token.index - 1
    while index >= 0 and not analysis.tokens[index].is_word:
        index -= 1  # la loi, qui ...: the noun before the comma
    if index < 0 or analysis.tokens[index].sentence != token.sentence:
        return None
    noun = analysis.tokens[index]
    if noun.pos != "NOUN" or noun_kind(noun) != THING:
        return None  # ce qui, celui qui, à qui, Marie qui, un lithographe qui, l'air triste
    return grammar("which", "that") if phrase_kind(analysis, index + 1) == THING else None


def en_as(analysis: Analysis, token: Token) -> Translation | None:
    """avançait vite, en homme qui a droit à la considération; parler en ami: as, like (en
    before a person with no article); not en habit noir, en ville (in)."""
    if plain(token.text) != "en" or token.pos != "ADP":
        return None
    noun = neighbour(analysis, token, 1)
    if noun is None or noun.pos != "NOUN" or noun_kind(noun) != PERSON:
        return None
    if noun.lemma.lower() in GROUPS:
        return None  # en famille, en foule, en groupe: a way of going, not a role
    return grammar("as", "like", "as a")


# People in numbers, after which en is a way of being together (en famille: as a family; en
# foule: in crowds), not a role.
GROUPS = frozenset(
    "famille foule groupe bande troupe troupes équipe public monde peuple armée régiment "
    "bataillon colonne escadron compagnie cortège procession assistance couple masse".split()
)


def with_feature(analysis: Analysis, token: Token) -> Translation | None:
    """un petit homme à longs cheveux, une blonde aux cheveux rouges, une brune à l'œil noir:
    with (à after a person, before a part of the body or a described noun); not parler à
    l'homme, la femme à sa fenêtre."""
    if plain(token.text) not in ("à", "au", "aux"):
        return None
    person = neighbour(analysis, token, -1, skip=("ADJ",))
    if person is None or person.pos != "NOUN" or noun_kind(person) != PERSON:
        return None
    words: list[Token] = []
    after = neighbour(analysis, token, 1)
    while after is not None and after.pos in ("DET", "ADJ", "NUM") and len(words) < 3:
        words.append(after)
        after = neighbour(analysis, after, 1)
    if after is None or after.pos != "NOUN":
        return None
    described = any(w.pos in ("ADJ", "NUM") for w in words) or _adjective_after(analysis, after)
    if after.lemma.lower() not in FEATURES and not described:
        return None
    if any(plain(w.text) in POSSESSIVES for w in words):
        return None  # la femme à sa fenêtre: a possessive, a place
    return grammar("with")


# What a person is described by: a part of the body, hair and its cut.
FEATURES = BODY | frozenset("cheveu cheveux barbe moustache favoris chevelure air".split())
POSSESSIVES = frozenset("mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs".split())


def _adjective_after(analysis: Analysis, noun: Token) -> bool:
    after = neighbour(analysis, noun, 1)
    return after is not None and after.pos == "ADJ"
