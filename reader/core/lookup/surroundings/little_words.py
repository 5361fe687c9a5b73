"""Little words their neighbours decide: de quoi before an infinitive (enough to), tout
before an adjective (very) and dont (including, whose, of which, in which)."""

from __future__ import annotations

from reader.core.lookup.surroundings.counts import _is_number
from reader.core.lookup.surroundings.words import _grammar, _verb, neighbour, plain
from reader.core.models import Analysis, Token, Translation

# -- de quoi before an infinitive -------------------------------------------------------------

ENOUGH_TO = ("enough to", "something to", "the means to")
INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")


def enough_to(analysis: Analysis, token: Token) -> Translation | None:
    """de quoi vivre, il y a de quoi rire: enough to, something to; not the question's "what"
    (de quoi parles-tu ?)."""
    if token.text.lower() != "quoi":
        return None
    before = neighbour(analysis, token, -1)
    after = neighbour(analysis, token, 1)
    if before is None or plain(before.text) not in ("de", "d'") or after is None:
        return None
    return _grammar(ENOUGH_TO) if _infinitive(after) else None


def _infinitive(word: Token) -> bool:
    """An infinitive, or one the tagger took for a noun: no noun stands bare after de quoi
    (de quoi rire)."""
    if word.morph.get("VerbForm") == "Inf":
        return True
    return word.pos == "NOUN" and word.text.lower().endswith(INFINITIVE_ENDINGS)


# -- tout before an adjective ----------------------------------------------------------------

VERY = ("very", "quite", "completely")
QUITE = ("quite", "really", "very")  # tout simplement: quite simply


def tout_as_adverb(analysis: Analysis, token: Token) -> Translation | None:
    """tout petit, toute blanche, les toutes dernières minutes, parler tout bas: tout before
    an adjective or an adverb is "very", not "all"; tous never is."""
    if token.text.lower() not in ("tout", "toute", "toutes"):
        return None
    after = neighbour(analysis, token, 1)
    if after is None or after.pos not in ("ADJ", "ADV"):
        return None
    if after.text.lower() in ("le", "la", "les", "ce", "cet", "cette", "ces"):
        return None  # a determiner the tagger called an adverb: toute la journée
    if after.text.lower() == "autre" and _any_other(analysis, token, after):
        return None  # toute autre forme: any other (function_words), not une tout autre
    return _grammar(VERY if after.pos == "ADJ" else QUITE)


def _any_other(analysis: Analysis, token: Token, autre: Token) -> bool:
    """toute autre forme, with no article before and a noun after: any other."""
    before, noun = neighbour(analysis, token, -1), neighbour(analysis, autre, 1)
    return (before is None or before.pos != "DET") and noun is not None and noun.pos == "NOUN"


# -- dont: including, whose, in which --------------------------------------------------------

INCLUDING = ("including", "of whom", "of which")
WHOSE = ("whose", "of which")
IN_WHICH = ("in which", "how")
# one of them: which for things, whom for people; the analysis cannot tell them apart
PART_OF = ("of which", "of whom")
PARTS = frozenset({"l'un", "l'une", "l' un", "l' une", "la plupart"})
DEFINITE = frozenset({"le", "la", "les", "l'"})
# Nouns of manner whose dont is "in which" (la façon dont il parle: the way he speaks).
MANNER = frozenset({"manière", "façon"})


def relative_dont(analysis: Analysis, token: Token) -> Translation | None:
    """dont by the word after it or the noun before it; elsewhere (dont il parle: of which,
    about which) the grammar words' list stands."""
    if plain(token.text) != "dont":
        return None
    before = neighbour(analysis, token, -1)
    if before is not None and before.lemma.lower() in MANNER:
        return _grammar(IN_WHICH)
    after = neighbour(analysis, token, 1)
    if after is None:
        return None
    if _is_number(after) or plain(after.text) in ("plusieurs", "certains", "certaines"):
        return _grammar(INCLUDING)  # 40 blessés, dont 12 enfants
    following = neighbour(analysis, after, 1)
    if following is not None and plain(after.text + " " + following.text) in PARTS:
        return _grammar(PART_OF)  # trois livres, dont l'un en anglais; dont la plupart
    if plain(after.text) in DEFINITE:
        # l'homme dont la femme est partie: whose; plusieurs pays, dont la France, ...: a
        # list with no verb of its own before the next punctuation
        return _grammar(WHOSE if _verb_before_punctuation(analysis, after) else INCLUDING)
    return _grammar(WHOSE) if _owned_object(analysis, after) else None


# Subject pronouns after dont, before the verb whose object may be the antecedent's.
SUBJECTS = frozenset("il elle on je j' tu nous vous ils elles".split())


def _owned_object(analysis: Analysis, subject: Token) -> bool:
    """dont il payait l'éducation, dont j'ai oublié le nom: a subject, its verb and an object
    with the definite article, which the antecedent owns (whose); not dont il parle."""
    if plain(subject.text) not in SUBJECTS:
        return False
    verb = neighbour(analysis, subject, 1, skip=("PRON", "ADV", "PART"))
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return False
    article = neighbour(analysis, _verb(analysis, verb)[1], 1, skip=("ADV",))
    noun = neighbour(analysis, article, 1) if article is not None else None
    if article is None or plain(article.text) not in DEFINITE or noun is None:
        return False
    return noun.pos == "NOUN" and analysis.expression_of(noun) is None


def _verb_before_punctuation(analysis: Analysis, start: Token) -> bool:
    """Whether a verb comes after the token, in its sentence, before any punctuation."""
    for other in analysis.tokens[start.index + 1 :]:
        if other.sentence != start.sentence or other.pos == "PUNCT":
            return False
        if other.pos in ("VERB", "AUX"):
            return True
    return False
