"""The rules' order (every_rule: the first answer wins) and their prefilter (may_apply: the
words the rules start from), behind by_surroundings, which the card asks."""

from __future__ import annotations

from reader.core.lookup.surroundings.adjectives import (
    ADVERBIAL,
    PLACED,
    adverbial_adjective,
    by_position,
)
from reader.core.lookup.surroundings.counts import (
    APPROXIMATE,
    age,
    approximate_number,
    casualties,
    out_of,
)
from reader.core.lookup.surroundings.interjections import (
    ASIDES,
    DISCOURSE,
    DOUBTS,
    OATHS,
    OPENERS,
    discourse_imperative,
    oath,
)
from reader.core.lookup.surroundings.little_words import enough_to, relative_dont, tout_as_adverb
from reader.core.lookup.surroundings.verbs import OBJECT_SENSES, arrive, with_object_pronoun
from reader.core.lookup.surroundings.words import _verb
from reader.core.models import Analysis, Token, Translation


def by_surroundings(analysis: Analysis, token: Token) -> Translation | None:
    """The sense the words around the token call for, or None when they call for none."""
    # A whole-text gloss asks for every word; most are none of the rules' words (issue 14).
    return every_rule(analysis, token) if may_apply(analysis, token) else None


def every_rule(analysis: Analysis, token: Token) -> Translation | None:
    """The first rule's answer, each rule tried in turn (by_surroundings without its
    prefilter)."""
    return (
        adverbial_adjective(analysis, token)
        or by_position(analysis, token)
        or approximate_number(analysis, token)
        or casualties(analysis, token)
        or enough_to(analysis, token)
        or discourse_imperative(analysis, token)
        or oath(analysis, token)
        or out_of(analysis, token)
        or with_object_pronoun(analysis, token)
        or tout_as_adverb(analysis, token)
        or arrive(analysis, token)
        or relative_dont(analysis, token)
        or age(analysis, token)
    )


# -- the prefilter ---------------------------------------------------------------------------

# The words the rules above start from, as written (lower case) or as the lemma of a verb or
# its group; a rule added above needs its first condition here, or it never runs
# (tests/core/lookup/test_sense_prefilters.py compares with every rule tried).
RULE_WORDS = frozenset(
    {
        "dont",  # relative_dont
        "quoi",  # enough_to
        "sur",  # out_of
        "tout",  # tout_as_adverb
        "toute",
        "toutes",
        *OPENERS,  # discourse_imperative
        *DISCOURSE,
        *ASIDES,
        *DOUBTS,
        *OATHS,  # oath
        *APPROXIMATE,  # approximate_number: the singular or its plural
        *(noun + "s" for noun in APPROXIMATE),
    }
)
RULE_VERBS = frozenset({"faire", "arriver", "avoir", *OBJECT_SENSES})  # casualties, arrive, age


def may_apply(analysis: Analysis, token: Token) -> bool:
    """Whether any rule may give the token a sense: its word, an adjective whose place
    decides (by_position) or that may stand as an adverb (adverbial_adjective), or its verb's
    lemma is one the rules start from."""
    if token.text.lower() in RULE_WORDS:
        return True
    if token.pos == "ADJ" and token.lemma.lower() in PLACED:
        return True
    if token.lemma.lower() in ADVERBIAL:
        return True
    return _verb(analysis, token)[0] in RULE_VERBS
