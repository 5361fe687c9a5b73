"""Parts of speech settled by a word's role in the parse: participles and finite forms the
tagger took for nouns or adjectives, and nouns it attached as adjectives.

Runs after the retagging (retagging), on the same fields. Each rule changes a word's part of
speech and lemma only where the parse leaves no doubt and the new reading is known: the Lefff
conjugates the verb to the form, or Lexique lists the form as that noun or adjective. Each was
kept because it raised content-word lemmas or UPOS on UD dev (scripts/evaluate_ud.py
--without NAME):

- a participle with an agent (reprises par les chansonniers) is the verb's participle: nouns
  and adjectives take no agent;
- an "adjective" that is a past participle with a complement of its own (une explosion due
  au gaz, relativement isolé au sein du parti), without être as its copula, is the participle;
- a participle after et / ou, with no determiner, whose clause's last verb is a participle
  (organisées par … et coordonnées, né le … et mort le …), is a participle of its own;
- after a comma, a "noun" with no determiner nor preposition that is the participle of a verb
  conjugated with être (SYRIZA, arrivée deuxième; la loi, entrée en vigueur) is that participle;
- a word the tagger made an adjective that Lexique knows as no adjective, right after a noun,
  and that is the verb's present in that noun's number (l'air manque) is the verb;
- a "verb" with a determiner of its own, no auxiliary, subject or object, and not in a
  superlative (les plus connues), that Lexique knows as a noun, is the noun (l'interdit qui
  frappe, à l'est), unless the "determiner" is a gérondif's object after en (en le voyant);
- a "noun" the parser attached as an adjective to an adjective or a noun (une élégance
  tapageuse, un peu commune), that Lexique knows as an adjective, is that adjective;
- a bare "noun" joined by et / ou to a finite verb, with no determiner, preposition,
  adjective or complement of its own (elle chante et danse, groupe une commune et compte 500
  habitants), is a finite verb in that verb's person and number.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from reader.core.analysis.corrections.rule_switches import is_enabled, register
from reader.core.analysis.corrections.tag_contexts import PRENOMINAL
from reader.core.grammar.conjugation import ETRE_VERBS, closest_reading
from reader.core.grammar.lefff_verbs import form_readings

Fields = list[dict[str, Any]]

AGENT = register("agent-participle", "a participle with an agent is a verb: reprises par")
COMPLEMENT = register(
    "complement-participle", "a participle with its own complement is a verb: due au gaz"
)
COORDINATED = register(
    "coordinated-participle", "et + a participle after a participle: né … et mort -> mourir"
)
ABSOLUTE = register(
    "absolute-participle", "after a comma, an être verb's bare participle: , arrivée deuxième"
)
DETERMINED = register(
    "determined-verb", "a 'verb' with its own determiner is a noun: l'interdit qui frappe"
)
AMOD = register("amod-adjective", "a noun attached as an adjective is one: un peu commune")
NOUN_VERB = register("noun-verb", "a non-adjective after its subject noun is a verb: l'air manque")
COORDINATED_VERB = register(
    "coordinated-verb", "a bare 'noun' after et, coordinated with a finite verb: chante et danse"
)

# Dependents only a verb has: auxiliaries, subjects, objects.
VERBAL_DEPENDENTS = ("aux", "nsubj", "obj", "iobj", "expl")
# Dependents only a noun has: a determiner, a preposition, an adjective, a noun complement.
NOUN_DEPENDENTS = frozenset({"det", "case", "amod", "nmod"})
COMPARATIVES = frozenset({"plus", "moins", "mieux"})
COORDINATORS = frozenset({"et", "ou", "puis"})
NOMINAL = frozenset({"NOUN", "ADJ"})
# Articles and possessives that give a word a noun phrase of its own (not de, des: j'en avais
# de mauvaises, an adjective whose noun is understood).
OWN_ARTICLES = frozenset(
    "le la l' l’ les un une mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs "
    "ce cet cette ces".split()
)


class Verbs(Protocol):
    """The verbs a form belongs to (tag_changes.Verbs)."""

    def readings(self, form: str) -> Mapping[str, tuple[str, ...]]:
        """Lexique's and the model's readings: part of speech -> lemmas, verbs checked."""


def fix_roles(fields: Fields, verbs: Verbs) -> None:
    """Correct the fields of one doc's tokens in place (pos, lemma, morph)."""
    tags = {values["_spacy"].i: values["pos"] for values in fields}
    by_token = {values["_spacy"].i: values for values in fields}
    for index, values in enumerate(fields):
        if is_enabled(DETERMINED) and (noun := _determined_noun(values, verbs, tags)):
            values.update(lemma=noun, pos="NOUN", morph=_agreement(values["morph"]))
            continue
        if values["pos"] not in NOMINAL or not values["is_word"]:
            continue
        if is_enabled(COORDINATED_VERB) and (person := _coordinated_verb(values, by_token)):
            _to_agreeing(values, verbs, person)
            if values["pos"] == "VERB":
                continue
        if _verbal_participle(fields, index, verbs):
            _to_participle(values, verbs)
        elif is_enabled(NOUN_VERB) and _after_subject_noun(fields, index, verbs):
            _to_present(values, verbs, fields[index - 1]["morph"].get("Number", ""))
        elif is_enabled(AMOD) and (adjective := _attached_adjective(values, verbs)):
            values.update(lemma=adjective, pos="ADJ", morph=_agreement(values["morph"]))


def _verbal_participle(fields: Fields, index: int, verbs: Verbs) -> bool:
    """Whether the parse makes the word a participle used as a verb, by one of four rules."""
    values = fields[index]
    return (
        (is_enabled(AGENT) and _has_agent(values))
        or (is_enabled(COMPLEMENT) and _with_complement(values))
        or (is_enabled(COORDINATED) and _coordinated(fields, index))
        or (is_enabled(ABSOLUTE) and _absolute(fields, index, verbs))
    )


def _has_agent(values: dict[str, Any]) -> bool:
    return any(child.dep_ == "obl:agent" for child in values["_spacy"].children)


def _with_complement(values: dict[str, Any]) -> bool:
    """due au gaz: an adjective with an oblique complement (not one with de) and no copula."""
    if values["pos"] != "ADJ":
        return False
    children = list(values["_spacy"].children)
    if any(child.dep_ == "cop" for child in children):
        return False
    return any(child.dep_.startswith("obl") and not _after_de(child) for child in children)


def _after_de(word: Any) -> bool:
    """crue de la lampe: a complement with de is as often a noun's, attached wrongly."""
    return any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’") for c in word.children)


def _coordinated(fields: Fields, index: int) -> bool:
    """et coordonnées: right after et / ou, no determiner of its own, and the last verb of the
    sentence before it is a past participle (no finite verb nor adjective between)."""
    values = fields[index]
    if index == 0 or fields[index - 1]["text"].lower() not in COORDINATORS:
        return False
    if any(child.dep_ == "det" for child in values["_spacy"].children):
        return False
    for before in reversed(fields[: index - 1]):
        if before["sentence"] != values["sentence"]:
            return False
        if before["pos"] == "ADJ":
            return False  # éclatante et crue: coordinated adjectives
        if before["pos"] in ("VERB", "AUX"):
            morph = before["morph"]
            return bool(
                before["pos"] == "VERB"
                and morph.get("VerbForm") == "Part"
                and morph.get("Tense") == "Past"
            )
    return False


def _absolute(fields: Fields, index: int, verbs: Verbs) -> bool:
    """, arrivée deuxième: a bare noun after a comma that is an être verb's past participle."""
    values = fields[index]
    if values["pos"] != "NOUN" or index == 0 or fields[index - 1]["text"] != ",":
        return False
    if any(child.dep_ in ("det", "case") for child in values["_spacy"].children):
        return False
    form = values["text"].lower()
    return any(
        verb in ETRE_VERBS
        and any(
            r.get("VerbForm") == "Part" and r.get("Tense") == "Past"
            for r in form_readings(verb, form)
        )
        for verb in verbs.readings(form).get("VERB", ())
    )


def _after_subject_noun(fields: Fields, index: int, verbs: Verbs) -> bool:
    """l'air manque, le conflit dure: a word tagged as an adjective that Lexique knows as a
    verb, and not as an adjective that could agree with the determined noun right before it
    (dure is feminine, conflit masculine), with no determiner of its own, and no participle."""
    values = fields[index]
    if values["_spacy"].pos_ != "ADJ" or index == 0:  # the lexicon check made manque a noun
        return False
    if any(child.dep_ == "det" for child in values["_spacy"].children):
        return False
    noun = fields[index - 1]
    if noun["pos"] != "NOUN" or not any(c.dep_ == "det" for c in noun["_spacy"].children):
        return False
    form = values["text"].lower()
    found = verbs.readings(form)
    if "VERB" not in found or ("ADJ" in found and not _gender_clash(form, found["ADJ"], noun)):
        return False
    # un taux réduit: a participle after its noun is an adjective's use, not a present
    return not any(
        reading.get("VerbForm") == "Part"
        for verb in found["VERB"]
        for reading in form_readings(verb, form)
    )


def _coordinated_verb(
    values: dict[str, Any], by_token: Mapping[int, dict[str, Any]]
) -> tuple[str, str] | None:
    """Elle chante et danse, groupe une commune et compte 500 habitants: a "noun" with no
    determiner, joined by et / ou to a finite verb, is that verb's fellow; the verb's person
    and number, or None."""
    token = values["_spacy"]
    if values["pos"] != "NOUN" or token.dep_ != "conj" or not values["text"].islower():
        return None
    children = list(token.children)
    if any(child.dep_ in NOUN_DEPENDENTS for child in children):
        return None  # et zone industrielle: a noun's own determiner, adjective, complement
    if any(child.dep_.startswith("aux") for child in children):
        return None  # et qui a trait à: the noun of avoir trait à, which takes the auxiliary
    if not any(child.dep_ == "cc" and child.lower_ in COORDINATORS for child in children):
        return None
    head = by_token.get(token.head.i)
    if head is None or head["pos"] != "VERB" or head["morph"].get("VerbForm") != "Fin":
        return None
    return head["morph"].get("Person", "3"), head["morph"].get("Number", "Sing")


def _determined_noun(values: dict[str, Any], verbs: Verbs, tags: Mapping[int, str]) -> str:
    """The noun's lemma of a "verb" the parser gave a determiner (l'interdit), or "" (also
    where the retagging made that determiner an object pronoun: Bergman le visite)."""
    token = values["_spacy"]
    if values["pos"] not in ("VERB", "AUX"):  # à l'est: est taken for être
        return ""
    children = list(token.children)
    determiners = [
        child
        for child in children
        if child.dep_ == "det" and child.i < token.i and tags.get(child.i, "DET") == "DET"
    ]
    if not determiners or _gerund_object(token, determiners[0]):
        return ""
    if any(child.dep_.startswith(VERBAL_DEPENDENTS) for child in children):
        return ""
    if any(child.lower_ in COMPARATIVES for child in children):
        return ""  # les plus connues: a superlative
    found = verbs.readings(values["text"].lower()).get("NOUN", ())
    return found[0] if found else ""


def _gerund_object(token: Any, determiner: Any) -> bool:
    """en le voyant: the parser took the object pronoun of a gérondif for its determiner (no
    determiner follows en)."""
    before = token.doc[determiner.i - 1] if determiner.i > 0 else None
    return token.lower_.endswith("ant") and before is not None and before.lower_ == "en"


def _attached_adjective(values: dict[str, Any], verbs: Verbs) -> str:
    """The adjective's lemma of a noun the parser made an adjective's modifier (amod), or ""."""
    token = values["_spacy"]
    if values["pos"] != "NOUN" or token.dep_ != "amod" or token.head.pos_ not in NOMINAL:
        return ""
    if token.head.i == token.i - 1 and token.head.lower_ in PRENOMINAL:
        return ""  # une vieille ferme, une bonne nouvelle: the "noun" before is the adjective
    article = token.nbor(-1) if token.i > 0 else None
    if token.head.i < token.i and article is not None and _own_article(article):
        return ""  # la cheminée de la ferme: an article of its own makes it a noun (novel18)
    found = verbs.readings(values["text"].lower()).get("ADJ", ())
    return found[0] if found else ""


def _own_article(word: Any) -> bool:
    """An article or possessive determiner (not the noun ton: d'un ton bourru)."""
    return word.pos_ == "DET" and word.lower_ in OWN_ARTICLES


def _agreement(morph: dict[str, str]) -> dict[str, str]:
    return {key: value for key, value in morph.items() if key in ("Gender", "Number")}


def _gender_clash(form: str, adjectives: tuple[str, ...], noun: dict[str, Any]) -> bool:
    """A feminine adjective form (dure: dur + e) after a masculine noun cannot agree with it."""
    feminine = form.endswith("e") and all(adjective != form for adjective in adjectives)
    return feminine and noun["morph"].get("Gender") == "Masc"


def _to_participle(values: dict[str, Any], verbs: Verbs) -> None:
    """The verb whose past participle the form is, if the Lefff says it is one."""
    form = values["text"].lower()
    for verb in verbs.readings(form).get("VERB", ()):
        past = [
            r
            for r in form_readings(verb, form)
            if r.get("VerbForm") == "Part" and r.get("Tense") == "Past"
        ]
        if past:
            values.update(lemma=verb, pos="VERB", morph=closest_reading(values["morph"], past))
            return


def _to_agreeing(values: dict[str, Any], verbs: Verbs, person: tuple[str, str]) -> None:
    """The verb whose finite form, in that person and number, the form is (chante et danse)."""
    form = values["text"].lower()
    for verb in verbs.readings(form).get("VERB", ()):
        for reading in form_readings(verb, form):
            if reading.get("VerbForm") == "Fin" and (
                (reading.get("Person"), reading.get("Number")) == person
            ):
                values.update(lemma=verb, pos="VERB", morph=reading)
                return


def _to_present(values: dict[str, Any], verbs: Verbs, number: str) -> None:
    """The verb whose indicative present, third person, in the subject's number, the form is."""
    form = values["text"].lower()
    for verb in verbs.readings(form).get("VERB", ()):
        for reading in form_readings(verb, form):
            wanted = {"Mood": "Ind", "Person": "3", "Number": number or "Sing"}
            if all(reading.get(key) == value for key, value in wanted.items()):
                values.update(lemma=verb, pos="VERB", morph=reading)
                return
