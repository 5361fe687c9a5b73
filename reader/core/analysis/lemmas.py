"""Corrections to spaCy's French lemmas, for cases checked against real sentences.

The rule lemmatizer gives `lui` -> luire, `elle`/`eux` -> lui, keeps `M.` and capitalised
sentence starts as they are, and leaves typographic apostrophes in elided forms.
"""

from __future__ import annotations

from collections.abc import Callable

ELIDED = {
    "l'": "le",
    "d'": "de",
    "qu'": "que",
    "j'": "je",
    "n'": "ne",
    "s'": "se",
    "c'": "ce",
    "m'": "me",
    "t'": "te",
    "jusqu'": "jusque",
    "lorsqu'": "lorsque",
    "puisqu'": "puisque",
    "quoiqu'": "quoique",
    "presqu'": "presque",
}

PERSONAL_PRONOUNS = frozenset(
    "je me moi tu te toi il elle lui le la les leur eux nous vous ils elles se soi y en on".split()
)

ABBREVIATIONS = {
    "m.": "monsieur",
    "mm.": "messieurs",
    "mme": "madame",
    "mmes": "mesdames",
    "mlle": "mademoiselle",
    "mlles": "mesdemoiselles",
    "dr": "docteur",
    "pr": "professeur",
    "me": "maître",
    "st": "saint",
    "ste": "sainte",
    "etc.": "et cetera",
    "cf.": "confer",
    "av.": "avenue",
    "bd": "boulevard",
}

# The model gives leur -> son; a possessive's lemma is its masculine singular.
POSSESSIVES = {
    form: lemma
    for lemma, forms in {
        "mon": "mon ma mes",
        "ton": "ton ta tes",
        "son": "son sa ses",
        "notre": "notre nos",
        "votre": "votre vos",
        "leur": "leur leurs",
    }.items()
    for form in forms.split()
}

# Words the model sometimes lemmatises to another word: their lemma is themselves.
FIXED_LEMMAS = {
    "aujourd'hui": "aujourd'hui",
    "c'est-à-dire": "c'est-à-dire",
    "peut-être": "peut-être",
    "quelqu'un": "quelqu'un",
    "quelqu'une": "quelqu'un",
    "rendez-vous": "rendez-vous",
    "-t-il": "il",
    "-t-elle": "elle",
    "-t-on": "on",
    "-t-ils": "ils",
    "-t-elles": "elles",
    "-t'en": "te",
}

# The model tags these units unreliably once they are one token; their part of speech is fixed.
FIXED_POS = {
    "aujourd'hui": "ADV",
    "c'est-à-dire": "ADV",
    "peut-être": "ADV",
    "quelqu'un": "PRON",
    "quelqu'une": "PRON",
    "rendez-vous": "NOUN",
}

VERB_ENDINGS = ("er", "ir", "re", "ïr")

Relemmatise = Callable[[str, str], str]
"""Lemmatise a lower-cased form for a POS tag (the model's own lookup tables)."""


def fix_lemma(text: str, lemma: str, pos: str, relemmatise: Relemmatise) -> str:
    """The dictionary form a learner should see for this token."""
    lower = text.lower()
    bare = lower.lstrip("-")  # -il, -le, -nous after a hyphenated verb
    if lower in FIXED_LEMMAS:
        return FIXED_LEMMAS[lower]
    if bare in ELIDED and pos in ("DET", "PRON", "ADP", "SCONJ", "ADV", "CCONJ"):
        return ELIDED[bare]
    if lower in ABBREVIATIONS:
        return ABBREVIATIONS[lower]
    if pos == "PRON" and bare in PERSONAL_PRONOUNS:
        return bare
    if pos == "DET" and lower in POSSESSIVES:
        return POSSESSIVES[lower]
    if pos == "PROPN" or _is_acronym(text) or _is_capitalised_compound(text):
        return text
    if lemma == text and text[:1].isupper():
        # Capitalised words (sentence starts, titles) miss the lower-case lookup tables.
        return relemmatise(lower, pos)
    if pos in ("ADP", "CCONJ", "SCONJ") and lemma.endswith(VERB_ENDINGS):
        return lower  # entre -> entrer: the lemma of a verb given to a preposition
    if pos in ("VERB", "AUX") and not lemma.endswith(VERB_ENDINGS):
        return relemmatise(lower, "VERB")  # indique -> indique: the rules were not applied
    if "-" in lemma and pos in ("NOUN", "ADJ"):
        return _compound_lemma(lower, pos, relemmatise)
    return lemma if _is_acronym(lemma) else lemma.lower()


def _compound_lemma(lower: str, pos: str, relemmatise: Relemmatise) -> str:
    """militaro-technique: lemmatise each part, as the rules mangle the whole (-techniqu)."""
    return "-".join(relemmatise(part, pos) if part else part for part in lower.split("-"))


def _is_capitalised_compound(word: str) -> bool:
    """Asie-Pacifique, États-Unis: names, whatever the tagger says."""
    parts = word.split("-")
    return len(parts) > 1 and all(part[:1].isupper() for part in parts)


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def fix_pos(text: str, pos: str) -> str:
    """Fixed units and hyphenated pronouns (-il, -t-il, -t'en) have a known part of speech."""
    lower = text.lower()
    if lower in FIXED_POS:
        return FIXED_POS[lower]
    if lower.startswith("-") and (lower in FIXED_LEMMAS or lower[1:] in PERSONAL_PRONOUNS):
        return "PRON"
    return pos
