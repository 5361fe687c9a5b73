"""A pronominal verb's gloss chosen by its subject: a person or a thing.

Some pronominal verbs mean one thing of a person and another of a thing: la lumière s'éteint
(goes out), le vieil homme s'est éteint (died); cette solution s'impose (is essential), il
faut s'imposer (assert oneself). The phrase lists mark such glosses with the hint "(of a
person)" or "(of a thing)" (resources/phrases/SPEC.md); the card puts first the glosses whose
hint fits the subject, and last those whose hint does not. The subject is the word before the
reflexive pronoun (ne aside): a name, a personal pronoun, a noun of the PEOPLE list, or a verb
(il faut s'imposer: the infinitive's subject is someone) is a person; another noun or a
demonstrative (cela, ça) a thing; anything else (qui, a relative) leaves the order as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.models import Analysis, Expression, Token

PERSON_HINT = "(of a person)"
THING_HINT = "(of a thing)"
REFLEXIVES = frozenset("se s' s’ me m' m’ te t' t’ nous vous".split())
PERSONAL = frozenset("je j' j’ tu il elle on nous vous ils elles".split())
THINGS = frozenset("cela ça ceci ce c' c’".split())
NEGATION = frozenset({"ne", "n'", "n’"})
# Nouns for people that most often govern such verbs in news and fiction.
PEOPLE = frozenset(
    "homme femme enfant père mère fils fille frère sœur mari époux épouse ami amie roi reine "
    "président présidente ministre candidat candidate joueur joueuse auteur artiste chanteur "
    "chanteuse acteur actrice patron patronne maire député juge médecin vieillard malade "
    "personne gens peuple".split()
)


def by_subject(
    senses: tuple[str, ...], expression: Expression, analysis: Analysis
) -> tuple[str, ...]:
    """The glosses with those whose hint fits the subject first, those whose hint does not
    last; unchanged when no gloss has a hint or the subject is unknown."""
    if not any(PERSON_HINT in s or THING_HINT in s for s in senses):
        return senses
    person = _subject_is_person(expression, analysis)
    if person is None:
        return senses
    fits, other = (PERSON_HINT, THING_HINT) if person else (THING_HINT, PERSON_HINT)
    first = [s for s in senses if fits in s]
    last = [s for s in senses if other in s]
    middle = [s for s in senses if s not in first and s not in last]
    return (*first, *middle, *last)


def _subject_is_person(expression: Expression, analysis: Analysis) -> bool | None:
    reflexive = _reflexive(expression, analysis)
    if reflexive is None:
        return None
    before = _word_before(analysis, reflexive)
    if before is None:
        return None
    text = before.text.lower()
    if before.pos == "PROPN" or text in PERSONAL:
        return True
    if before.pos in ("VERB", "AUX") or text in ("à", "de", "d'", "d’", "pour", "sans"):
        return True  # il faut s'imposer, décidé à s'imposer: someone's infinitive
    if before.pos == "NOUN":
        return before.lemma.lower() in PEOPLE
    return False if text in THINGS else None


def _reflexive(expression: Expression, analysis: Analysis) -> Token | None:
    words: Sequence[Token] = [analysis.tokens[i] for i in expression.tokens]
    return next((w for w in words if w.text.lower() in REFLEXIVES), None)


def _word_before(analysis: Analysis, token: Token) -> Token | None:
    """The word before the token in its sentence, ne and punctuation aside."""
    index = token.index - 1
    while index >= 0:
        word = analysis.tokens[index]
        if word.sentence != token.sentence:
            return None
        if word.is_word and word.text.lower() not in NEGATION:
            return word
        index -= 1
    return None
