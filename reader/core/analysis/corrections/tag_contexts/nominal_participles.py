"""The contexts of a participle used as a noun or an adjective: in an apposition or a list
(Dupont, correspondant local; déportés, internés et victimes), or a present participle right
after its noun (un regard perçant)."""

from __future__ import annotations

from typing import Any

from reader.core.analysis.corrections.tag_changes import Fields, Verbs
from reader.core.analysis.corrections.tag_contexts.words import VERB_DEPENDENTS

# What may stand beside a noun in a list of nouns (déportés, internés et victimes).
LIST_LINKS = frozenset({",", "et", "ou"})


def nominal_participle(fields: Fields, index: int, verbs: Verbs) -> str:
    """Pierre Dupont, correspondant local du journal; déportés, internés et victimes: a word
    tagged as a participle (present or past) that Lexique also reads as a noun, standing
    where a noun stands: after a noun and a comma with an adjective after it (its
    apposition), or in a list of nouns (a noun, then a comma or et, before it; or et, a comma
    then a noun after it), with no subject, object or auxiliary of its own (the parser may
    make the adjective after it its object). A past participle only in the plural (the
    people of a list: déportés, internés), not a thing's state (un plan établi, validé
    et publié). The noun's lemma, or ""."""
    values = fields[index]
    if values["pos"] != "VERB" or values["morph"].get("VerbForm") != "Part" or index < 2:
        return ""
    if not (_apposition(fields, index) or _listed(fields, index)):
        return ""
    if values["morph"].get("Tense") == "Past" and not values["text"].endswith("s"):
        return ""  # un plan établi, validé et publié: the people of a list are plural
    if any(_verb_dependent(child) for child in values["_spacy"].children):
        return ""
    form = values["text"].lower()
    nouns = verbs.lexique.readings(form).get("NOUN", ())
    if nouns:
        return nouns[0]
    masculine = _participle_masculine(form)
    return masculine if verbs.is_headword(masculine, "NOUN") else ""


def _participle_masculine(form: str) -> str:
    """retraitées -> retraité, correspondantes -> correspondant: a participle's masculine
    singular, which a dictionary lists as the noun where Lexique has only the verb."""
    singular = form.removesuffix("s")
    feminine = singular.endswith(("ée", "ante", "ente"))
    return singular.removesuffix("e") if feminine else singular


def _apposition(fields: Fields, index: int) -> bool:
    """A noun or name, a comma (or et, ou), the word, then an adjective: Dupont, correspondant
    local; professeur de jardinage et correspondant local."""
    link = fields[index - 1]["text"].lower()
    if link not in LIST_LINKS or fields[index - 2]["pos"] not in ("NOUN", "PROPN"):
        return False
    if index + 1 >= len(fields) or fields[index + 1]["pos"] != "ADJ":
        return False
    if link != ",":
        return True  # et correspondant local: coordinated with the noun before
    # after a comma, the adjective qualifies the word (amod, or the parser's obj), not the
    # way it is done (dans la rue, parlant seul, parlant haut: advmod, xcomp of the verb)
    adjective, word = fields[index + 1]["_spacy"], fields[index]["_spacy"]
    return adjective.head.i == word.i and adjective.dep_ in ("amod", "obj")


def _listed(fields: Fields, index: int) -> bool:
    """Between nouns in a list: déportés, internés et victimes."""
    before = fields[index - 1]["text"].lower() in LIST_LINKS and fields[index - 2]["pos"] == "NOUN"
    if index + 2 >= len(fields):
        return False
    after = fields[index + 1]["text"].lower() in LIST_LINKS and fields[index + 2]["pos"] == "NOUN"
    return before and after


def _verb_dependent(child: Any) -> bool:
    """A subject, object or auxiliary; an 'object' tagged an adjective is the parser's
    reading of the adjective that qualifies the noun (correspondant local)."""
    if child.dep_ == "obj" and child.pos_ == "ADJ":
        return False
    return bool(child.dep_.startswith(VERB_DEPENDENTS))


def bare_participle_adjective(fields: Fields, index: int, verbs: Verbs) -> str:
    """un regard perçant, un nœud coulant: a present participle right after the noun
    the parse makes it qualify, with no dependent at all (no object, complement or adverb:
    les élèves sortant de l'école stays the verb), that Lexique also reads as an adjective, is
    that adjective. Its lemma, or ""."""
    values = fields[index]
    if values["pos"] != "VERB" or values["morph"].get("Tense") != "Pres" or index < 1:
        return ""
    if values["morph"].get("VerbForm") != "Part" or fields[index - 1]["pos"] != "NOUN":
        return ""
    word = values["_spacy"]
    if word.head.i != fields[index - 1]["_spacy"].i or word.dep_ not in ("acl", "amod"):
        return ""
    if any(child.dep_ != "punct" for child in word.children):
        return ""
    adjectives = verbs.lexique.readings(values["text"].lower()).get("ADJ", ())
    return adjectives[0] if adjectives else ""
