"""The word classes the contexts share (clitics, object pronouns, articles, negations, subject
clitics, a verb's dependents) and the test of an object clitic, kept in one place so every
family reads the same sets."""

from __future__ import annotations

from typing import Any

CLITICS = frozenset({"se", "s'", "me", "m'", "te", "t'"})
# Object pronouns that stand between en and its participle (en le regardant, en s'en allant).
OBJECTS = frozenset("le la les l' lui leur se s' me m' te t' nous vous y en".split())
ARTICLES = frozenset("le la les l'".split())

NEGATION_ADVERBS = frozenset({"pas", "point", "plus", "jamais", "guère", "nullement"})

# Subject clitics and the person and number of the verb they take (elle, elles: not after a
# preposition, where they are stressed pronouns).
SUBJECT_CLITICS = {
    "je": ("1", "Sing"),
    "j'": ("1", "Sing"),
    "tu": ("2", "Sing"),
    "il": ("3", "Sing"),
    "elle": ("3", "Sing"),
    "on": ("3", "Sing"),
    "ils": ("3", "Plur"),
    "elles": ("3", "Plur"),
}


def _object_clitic(values: dict[str, Any]) -> bool:
    """An object pronoun; le, la, les, l' also when tagged as articles (French has no
    en + the definite article: en le regardant is the pronoun)."""
    lower = values["text"].lower().replace("’", "'")
    if values["pos"] == "DET":
        return lower in ARTICLES
    return values["pos"] == "PRON" and lower in OBJECTS


# Dependents a verb has and an adjective never has: a subject, an object, an auxiliary (the
# parser may hang the next clause on the word, so a clause does not tell).
VERB_DEPENDENTS = ("nsubj", "obj", "iobj", "expl", "aux", "cop")
