"""A thing as the verb's subject, not a person (mon étude ne marchait pas: work; cela
sentait la misère: smell of; cela tient à peu de chose: be due to), a rumour (le bruit
courait: go round), a shot (le coup partit: go off), a negated aller of a thing (les
affaires ne vont pas: go well), nothing understood (n'entendre rien à)."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.lookup.kinds.words import DATIVES, _at
from reader.core.lookup.partners import (
    Verb,
    after_verb,
    clitic_index,
    is_past,
    object_of,
    phrase_at,
    subject_of,
)
from reader.core.lookup.subjects import PERSON, RELATIVE_SUBJECT, THING, before_verb, subject_kind
from reader.core.lookup.surroundings import plain
from reader.core.models import Analysis, Token

# What goes round (la rumeur court, le bruit courait que: bruit only before que, since des
# bruits qui courent dans le vent are sounds).
RUMOURS = frozenset("bruit rumeur nouvelle légende on-dit".split())


def _subject_lemma(analysis: Analysis, verb: Verb) -> str:
    """The lemma of the noun before the verb (or before qui), or ""."""
    index = before_verb(analysis, verb.first)
    if index >= 0 and plain(analysis.tokens[index].text) in RELATIVE_SUBJECT:
        phrase = subject_of(analysis, index)
    else:
        phrase = subject_of(analysis, verb.first)
    return "" if phrase is None else phrase.head.lemma.lower()


def thing_subject(analysis: Analysis, verb: Verb) -> bool:
    """Mon étude ne marchait pas, ça marche, une affaire qui marche: work; not il marchait,
    le vieillard marchait, les troupes marchaient (walk)."""
    return subject_kind(analysis, verb) == THING


def is_scheduled(analysis: Analysis, verb: Verb) -> bool:
    """La réunion devait se tenir jeudi, le texte devait être voté en mai: was due to (what was
    planned for a thing); not il devait partir, a person's obligation (had to), nor a dû, the
    passé composé (l'avion a dû atterrir: had to)."""
    return (
        verb.lemma == "devoir"
        and verb.head.morph.get("Tense") == "Imp"
        and is_past(analysis, verb)
        and subject_kind(analysis, verb) == THING
    )


# Object pronouns before a verb: il m'a lâché, on l'a lâché (let go of, drop).
HELD_CLITICS = frozenset("le la les l' l’ me m' m’ te t' t’".split())


def gives_up(analysis: Analysis, verb: Verb) -> bool:
    """On n'a jamais lâché, nous ne lâcherons rien, ils n'ont rien lâché, les grévistes ne
    désarment pas: give up (the verb holds nothing, or rien); not il lâcha la corde, on l'a
    lâché (let go of, drop), nor a thing as the subject (la corde a lâché: give way), nor a
    passive (il a été lâché), nor a participle alone (le mot lâché)."""
    if verb.lemma not in ("lâcher", "désarmer") or verb.passive:
        return False
    if subject_kind(analysis, verb) == THING:
        return False
    if verb.head.morph.get("VerbForm") == "Part" and verb.first == verb.head.index:
        return False  # a participle alone, after its noun: le grand mot lâché (let out)
    clitic = clitic_index(analysis, verb)
    if clitic >= 0 and plain(analysis.tokens[clitic].text) in HELD_CLITICS:
        return False
    after = after_verb(analysis, verb)
    return after is None or plain(after.text) == "rien"


def goes_badly(analysis: Analysis, verb: Verb) -> bool:
    """Les affaires ne vont pas, ça ne va pas, le réveillon ne va pas ;: go well (negated); a
    thing as the subject, ne before and nothing after the verb but pas, plus or point (not il
    ne va pas à Paris, ça ne va pas durer, cette robe ne lui va pas: suit)."""
    if subject_kind(analysis, verb) != THING:
        return False
    tokens = analysis.tokens
    if any(plain(t.text) in DATIVES for t in tokens[max(0, verb.first - 2) : verb.head.index]):
        return False
    before = tokens[max(0, verb.first - 1) : verb.head.index]
    if not any(plain(t.text) in ("ne", "n'") for t in before):
        return False
    index = verb.last + 1
    while index < len(tokens) and plain(tokens[index].text) in NEGATION_PARTNERS:
        index += 1
    return index == len(tokens) or not tokens[index].is_word


NEGATION_PARTNERS = frozenset("pas plus point jamais trop donc".split())


# What a person smells of (un vieux député qui sentait le tabac, il sentait le vin: smell of),
# where a person's sentir is otherwise feel (il sentait la fatigue).
SMELLS = frozenset(
    "tabac pipe cigare cigarette vin alcool eau-de-vie absinthe bière ail oignon sueur "
    "moisi renfermé parfum musc savon cuir fumée graisse friture écurie étable fumier "
    "vinaigre poisson marée rance".split()
)


def smells_of(analysis: Analysis, verb: Verb) -> bool:
    """Cela sentait la misère, la chambre sentait le tabac, un homme qui sentait le vin:
    smell of; not je sentais le froid, il sentit sa main (feel), cela sentait bon (no noun
    after it)."""
    kind = subject_kind(analysis, verb)
    if kind not in (THING, PERSON):
        return False
    phrase = object_of(analysis, verb)
    if phrase is None or phrase.determiner == "" or phrase.head.pos != "NOUN":
        return False
    if kind == PERSON and not _smells_of_itself(analysis, verb, phrase.head):
        return False
    following = analysis.tokens[phrase.head.index + 1 : phrase.head.index + 2]
    return not following or following[0].morph.get("VerbForm") != "Inf"  # sentit son cœur battre


# Subjects who smell what is around them (on sentait le renfermé, je sentais le tabac: smell),
# not what they smell of.
PERCEIVERS = frozenset("on je j' tu nous vous".split())


def _smells_of_itself(analysis: Analysis, verb: Verb, noun: Token) -> bool:
    """A person who smells of a smell (le député sentait le tabac), not one who smells
    something (on sentait le renfermé) or someone's smell (il sentait le parfum de sa voisine)."""
    if noun.lemma.lower() not in SMELLS:
        return False
    index = before_verb(analysis, verb.first)
    if index >= 0 and plain(analysis.tokens[index].text) in PERCEIVERS:
        return False
    following = analysis.tokens[noun.index + 1 : noun.index + 2]
    return not following or plain(following[0].text) not in ("de", "d'", "du", "des")


def subject_in(words: frozenset[str]) -> Callable[[Analysis, Verb], bool]:
    """A rule: the verb's subject is one of these nouns (le coup partit)."""

    def applies(analysis: Analysis, verb: Verb) -> bool:
        return _subject_lemma(analysis, verb) in words

    return applies


def goes_round(analysis: Analysis, verb: Verb) -> bool:
    """La rumeur court, le bruit courut qu'il était mort: go round; not des bruits qui courent
    dans le vent (sounds)."""
    lemma = _subject_lemma(analysis, verb)
    if lemma != "bruit":
        return lemma in RUMOURS
    following = analysis.tokens[verb.last + 1 : verb.last + 1 + 6]
    return any(plain(t.text) in ("que", "qu'") for t in following)


def is_attached(analysis: Analysis, verb: Verb) -> bool:
    """Le principal tenait beaucoup à cet élève, elle tient à sa réputation: be attached to,
    value; a person and à before a noun phrase (not an infinitive: tenir à partir)."""
    return subject_kind(analysis, verb) == PERSON and _before_noun(analysis, verb)


def is_due(analysis: Analysis, verb: Verb) -> bool:
    """Cela tient à peu de chose, son succès tient à sa voix: be due to, depend on."""
    return subject_kind(analysis, verb) == THING and _at(analysis, verb) is not None


def _before_noun(analysis: Analysis, verb: Verb) -> bool:
    """à, au, aux before a noun phrase or a name (à cet élève, à sa réputation)."""
    at = _at(analysis, verb)
    if at is None:
        return False
    phrase = phrase_at(analysis, at.index + 1)
    return phrase is not None and (plain(at.text) != "à" or phrase.determiner != "")


def understands_nothing(analysis: Analysis, verb: Verb) -> bool:
    """Je n'entendais rien à la politique, il n'y entend rien: understand; not je
    n'entendais rien (hear nothing)."""
    tokens = analysis.tokens
    after = tokens[verb.last + 1 : verb.last + 2]  # rien, which the tagger may call an adverb
    if not after or plain(after[0].text) != "rien":
        return False
    before = [plain(t.text) for t in tokens[max(0, verb.first - 2) : verb.head.index]]
    if "y" in before:  # n'y entend rien (the group may hold ne and y)
        return True
    if _relative_at(analysis, verb):
        return True  # la musique, à laquelle je n'entendais rien
    following = tokens[verb.last + 2 : verb.last + 3]
    return bool(following) and plain(following[0].text) in ("à", "au", "aux")


# Relatives that stand for à and what it governs: the thing one understands nothing of.
RELATIVES_AT = frozenset("auquel auxquels auxquelles quoi laquelle lesquels lesquelles".split())


def _relative_at(analysis: Analysis, verb: Verb) -> bool:
    """auquel, à laquelle, à quoi a few words before the verb in its clause."""
    tokens = analysis.tokens
    for index in range(verb.first - 1, max(-1, verb.first - 6), -1):
        word = tokens[index]
        if word.sentence != verb.head.sentence or word.text in (",", ";", ":"):
            return False
        text = plain(word.text)
        if text in ("auquel", "auxquels", "auxquelles"):
            return True
        if text in RELATIVES_AT and index > 0 and plain(tokens[index - 1].text) == "à":
            return True
    return False
