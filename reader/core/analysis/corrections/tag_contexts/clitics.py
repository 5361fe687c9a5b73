"""The contexts of the little words that stand before a verb: a hyphenated subject after
the word, a clitic, en, an object pronoun, a subject clitic or ne before it; pas, point, guère
after a verb that ne precedes; en read as the clitic before a conjugated verb."""

from __future__ import annotations

from typing import Any

from reader.core.analysis.corrections.tag_changes import Fields, Verbs
from reader.core.analysis.corrections.tag_contexts.words import (
    CLITICS,
    NEGATION_ADVERBS,
    SUBJECT_CLITICS,
    _object_clitic,
)

NEGATION_PRONOUNS = frozenset({"rien", "personne"})
# What follows y and is no verb: y compris, n'y point toucher, il n'y a rien.
NOT_AFTER_Y = frozenset({"compris", *NEGATION_ADVERBS, *NEGATION_PRONOUNS})
NOMINAL = frozenset({"NOUN", "ADJ", "PROPN", "INTJ", "X"})


def before_subject_clitic(values: dict[str, Any], after: dict[str, Any] | None) -> bool:
    """A-t-il, dit-il: the word before a hyphenated pronoun is a verb."""
    if after is None or not values["is_word"] or values["pos"] in ("VERB", "AUX", "PRON"):
        return False  # allez-vous-en: -vous before -en is a pronoun itself
    return bool(after["text"].startswith("-") and after["pos"] == "PRON")


def after_clitic(values: dict[str, Any], before: dict[str, Any] | None) -> bool:
    """on se mouche, sans y goûter: a clitic pronoun stands only before a verb (or another
    clitic); y too, but in y compris and before ne's partner."""
    if before is None or values["pos"] not in NOMINAL:
        return False
    clitic = before["text"].lower().replace("’", "'")
    if clitic == "y":  # not y compris, nor the partner of ne (n'y point toucher)
        word = values["text"].lower()
        return before["pos"] == "PRON" and word not in NOT_AFTER_Y
    return before["pos"] == "PRON" and clitic in CLITICS


def after_en(fields: Fields, index: int) -> bool:
    """en grandissant, en le regardant, en s'en allant: en + object pronouns + a present
    participle."""
    values = fields[index]
    if values["pos"] in ("VERB", "AUX") or not values["text"].endswith("ant"):
        return False
    before = index - 1
    while before > 0 and _object_clitic(fields[before]):
        before -= 1
    return before >= 0 and fields[before]["text"].lower() == "en"


def after_object(fields: Fields, index: int, verbs: Verbs) -> bool:
    """puis, le regardant des pieds à la tête: an object pronoun + a form in -ant that is
    only a verb's (not le passant, le restaurant, which are nouns too). After the reflexive se
    a verb's form is enough, an adjective's too (sa maîtresse, s'étonnant souvent; se sentant
    trembler): no noun or adjective follows se."""
    values = fields[index]
    if index == 0 or values["pos"] in ("VERB", "AUX") or not values["text"].endswith("ant"):
        return False
    before = fields[index - 1]
    if not _object_clitic(before):
        return False
    readings = set(verbs.readings(values["text"].lower()))
    if before["text"].lower().replace("’", "'") in ("se", "s'"):
        return "VERB" in readings
    return readings == {"VERB"}


def after_ne(values: dict[str, Any], before: dict[str, Any] | None) -> bool:
    """ne point, n'… pas: the word right after ne is its partner, never a verb or a noun."""
    if before is None or before["text"].lower().replace("’", "'") not in ("ne", "n'"):
        return False
    lower = values["text"].lower()
    return lower in NEGATION_ADVERBS | NEGATION_PRONOUNS and values["pos"] not in ("ADV",)


def after_subject(fields: Fields, index: int, any_pos: bool = False) -> tuple[str, str] | None:
    """il entre, on note, qui siège: the person and number of the subject clitic (or the
    relative qui) right before a word the tagger did not take for a verb (any_pos: before
    ne), or None."""
    values = fields[index]
    if index == 0 or not values["is_word"]:
        return None
    if not any_pos and values["pos"] not in ("NOUN", "ADJ", "ADP"):
        return None
    before = fields[index - 1]
    clitic = before["text"].lower().replace("’", "'")
    if clitic == "qui" and before["pos"] == "PRON" and not any_pos:
        if index > 1 and fields[index - 2]["pos"] == "ADP":
            return None  # à qui, avec qui: no subject
        # l'adversaire qui siège dans l'opposition: the relative subject, a third person
        return ("3", "Plur" if values["text"].lower().endswith("nt") else "Sing")
    if before["pos"] != "PRON" or clitic not in SUBJECT_CLITICS:
        return None
    if clitic.startswith("elle") and index > 1 and fields[index - 2]["pos"] == "ADP":
        return None  # pour elle seule: a stressed pronoun
    return SUBJECT_CLITICS[clitic]


def after_subject_ne(fields: Fields, index: int) -> tuple[str, str] | None:
    """je ne pus, il n'osa, je le compris: after a subject clitic, ne and object pronouns
    comes a verb; the subject's person and number, or None."""
    values = fields[index]
    if index < 2 or not values["is_word"] or values["pos"] in ("VERB", "AUX", "PRON", "DET"):
        return None  # (je te le défends: the le the tagger took for an article is no verb)
    before = index - 1
    while before > 0 and _negation_or_object(fields[before]):
        before -= 1
    if before == index - 1:
        return None
    return after_subject(fields, before + 1, any_pos=True)


def _negation_or_object(values: dict[str, Any]) -> bool:
    """ne, n', or an object pronoun: what stands between a subject clitic and its verb."""
    return values["text"].lower().replace("’", "'") in ("ne", "n'") or _object_clitic(values)


def negation_after_verb(fields: Fields, index: int) -> bool:
    """il ne faut point, ne voyait guère: pas, point, guère after a verb that ne precedes."""
    values = fields[index]
    lower = values["text"].lower()
    if lower not in NEGATION_ADVERBS or values["pos"] == "ADV" or index < 2:
        return False
    verb = fields[index - 1]
    if verb["pos"] not in ("VERB", "AUX"):
        return False
    window = fields[max(0, index - 5) : index - 1]
    return any(
        other["text"].lower().replace("’", "'") in ("ne", "n'")
        and other["sentence"] == values["sentence"]
        for other in window
    )


def nominal_after_ne(values: dict[str, Any], before: dict[str, Any] | None) -> bool:
    """le film ne dure que deux heures, la réunion ne compte pas: only a verb or a clitic
    follows ne, so a "noun" or "adjective" right after it is a finite verb (ne ... pas, ne
    ... rien are the negation rule's, tried first)."""
    if before is None or values["pos"] not in NOMINAL or not values["text"].isalpha():
        return False
    return before["text"].lower().replace("’", "'") in ("ne", "n'")


def en_clitic(fields: Fields, index: int) -> bool:
    """La terre en valait le double, pour en estimer la valeur: en tagged a preposition right
    before a conjugated verb or an infinitive of its sentence is the clitic pronoun (of it,
    some); not the en of a gerund (en sautant) nor en before a noun (novel17)."""
    values = fields[index]
    if values["text"].lower() != "en" or values["pos"] != "ADP" or index + 1 >= len(fields):
        return False
    after = fields[index + 1]
    if after["sentence"] != values["sentence"] or after["pos"] not in ("VERB", "AUX"):
        return False
    if after["text"].lower() in PHRASE_INFINITIVES:
        return False  # il revoyait en souvenir la jolie femme: in memory, a noun after en
    return after["morph"].get("VerbForm") in ("Fin", "Inf")


# Infinitives that are nouns after the preposition en (en souvenir de, un talent en devenir).
PHRASE_INFINITIVES = frozenset({"souvenir", "devenir"})
