"""Lemmas of nouns and adjectives no lexicon lists: technical words, new demonyms, rare
derivations (zolédronique, melvillienne, bolus, cohabitantes).

The model's rules cut endings as if every word were a known kind (zolédronique -> zolédroniqu,
melvillienne -> melvillienn, a singular bolus -> bolu). For a form Lexique does not list, whose
model lemma is no word either, the rule steps in only where that lemma is surely wrong: a
singular noun in -us, -as, -is that lost its -s keeps it; an adjective whose lemma ends in a
way no French word does (-qu, -gu, a doubled consonant), or that kept a feminine ending, gets
the regular masculine singular (-ienne -> -ien, -euse -> -eux, -ive -> -if, -ée -> -é; -ique
stays); a present participle's feminine or plural (souriante, Lexique lists only souriant)
is the masculine singular. A lemma the model derived well (périurbaine -> périurbain) is left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

# Feminine adjective endings -> masculine, longest first; endings shared by both genders
# (-ique, -iste, -able, -ère) are left alone, and so are -que and -gue before -ue.
FEMININE_ENDINGS = (
    ("que", "que"),
    ("gue", "gue"),
    ("ienne", "ien"),
    ("éenne", "éen"),
    ("euse", "eux"),
    ("elle", "el"),
    ("ette", "et"),
    ("onne", "on"),
    ("ante", "ant"),
    ("ente", "ent"),
    ("aise", "ais"),
    ("oise", "ois"),
    ("ive", "if"),
    ("ale", "al"),
    ("ée", "é"),
    ("ie", "i"),
    ("ue", "u"),
)

VOWELS = frozenset("aeiouyéèêëàâîïôûù")

# Letters before the -s of singulars such as bolus, superamas, tennis (-és, -es are plurals).
SINGULAR_BEFORE_S = frozenset("aiouyâîôû")

Readings = Callable[[str], Mapping[str, tuple[str, ...]]]
IsWord = Callable[[str], bool]


def unknown_lemma(
    form: str, lemma: str, pos: str, number: str, readings: Readings, is_word: IsWord
) -> str | None:
    """The lemma of a lower-case noun or adjective Lexique does not list, where the model's
    is no word either and went wrong; None where the rule does not apply."""
    if pos not in ("NOUN", "ADJ") or not form.isalpha() or len(form) < 4:
        return None
    if readings(form) or readings(lemma) or is_word(lemma):
        return None
    if participle := _present_participle(form, readings):
        return participle  # souriante, ruisselants: the adjective of a verb's participle
    if pos == "NOUN":
        # bolus, superamas: a singular keeps its -s (not rbds, nor manufacturés, plurals the
        # tagger called singular)
        kept = number == "Sing" and lemma == form[:-1] and form[-2:-1] in SINGULAR_BEFORE_S
        return form if kept and form.endswith("s") else None
    if is_word(form):  # zolédronique: a dictionary's headword Lexique lacks
        return form if number == "Sing" and _broken(lemma) else None
    singular = form[:-1] if number != "Sing" and form.endswith("s") else form
    masculine = _masculine(singular)
    if _broken(lemma) or (lemma == singular and masculine != singular):
        return masculine  # anhédoniqu, melvillienn; sucessive kept feminine
    return None


def _present_participle(form: str, readings: Readings) -> str:
    """souriante -> souriant: a present participle's feminine or plural, where Lexique lists
    only the masculine singular (as a verb's form); "" otherwise."""
    for ending in ("antes", "ante", "ants"):
        masculine = form.removesuffix(ending) + "ant"
        if form.endswith(ending) and "VERB" in readings(masculine):
            return masculine
    return ""


def _broken(lemma: str) -> bool:
    """A lemma no French word ends so: -qu, -gu, a doubled consonant (melvillienn)."""
    doubled = len(lemma) > 2 and lemma[-1] == lemma[-2] and lemma[-1] not in VOWELS
    return doubled or lemma.endswith(("qu", "gu"))


def _masculine(singular: str) -> str:
    for feminine, masculine in FEMININE_ENDINGS:
        if singular.endswith(feminine) and len(singular) > len(feminine) + 2:
            return singular.removesuffix(feminine) + masculine
    return singular
