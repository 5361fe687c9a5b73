"""What a word the retagging rules correct becomes: the verbs a form belongs to (Verbs, from
Lexique and the model's rules, checked against the Lefff's conjugation), and the new part of
speech, lemma and features written into its fields (a finite verb, a gérondif, a participle,
a noun or adjective, an imperative)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from reader.core.grammar.conjugation import closest_reading, correct_finite
from reader.core.grammar.lefff_verbs import form_readings

Fields = list[dict[str, Any]]


class Lexique(Protocol):
    """What the rules ask of the lexicon."""

    def readings(self, form: str) -> Mapping[str, tuple[str, ...]]:
        """Lexique's readings of a form spelled so: part of speech -> lemmas."""

    def is_name(self, word: str) -> bool:
        """Whether a dictionary knows the word, capitalised so, as a name (Marie, Paris)."""

    def gender_of(self, noun: str) -> str:
        """The noun's gender: Masc, Fem, both ("Fem,Masc") or "" when unknown."""

    def is_headword(self, word: str, pos: str) -> bool:
        """Whether a dictionary has the word, spelled so, as a headword of that POS."""

    def is_own_adjective(self, word: str) -> bool:
        """Whether the project's main senses have the word as an adjective (informe)."""


Relemmatise = Callable[[str, str], str]
VerbReadings = Mapping[str, tuple[str, ...]]
# The answers of Verbs.readings for the latest sources (a new Verbs is made for each doc, and
# most words were asked on an earlier doc: ~6,000 asks per 20,000 words, issue 14): pure
# results of the sources, shared, so never changed by a caller.
_answers: tuple[Any, dict[str, VerbReadings]] = (None, {})
ANSWERS_KEPT = 65_536


def _answers_for(sources: tuple[Any, Any]) -> dict[str, VerbReadings]:
    global _answers
    owner, answers = _answers
    if owner != sources or len(answers) > ANSWERS_KEPT:
        answers = {}
        _answers = (sources, answers)
    return answers


class Verbs:
    """The verbs a form belongs to: Lexique's, and the model's rules' (mouche -> moucher,
    which Lexique lists as a noun only), each checked against the Lefff's conjugation."""

    def __init__(self, lexique: Lexique, relemmatise: Relemmatise) -> None:
        self.lexique = lexique
        self.is_name = lexique.is_name
        self.gender_of = lexique.gender_of
        self.is_headword = lexique.is_headword
        self.relemmatise = relemmatise
        self._answers = _answers_for((lexique, relemmatise))

    def readings(self, form: str) -> VerbReadings:
        found = self._answers.get(form)
        if found is None:
            found = self._answers[form] = self._readings(form)
        return found

    def _readings(self, form: str) -> VerbReadings:
        found = dict(self.lexique.readings(form))
        guessed = self.relemmatise(form, "VERB")
        candidates = (*found.get("VERB", ()), guessed)
        verbs = tuple(dict.fromkeys(v for v in candidates if form_readings(v, form)))
        if verbs:
            found["VERB"] = verbs
        else:
            found.pop("VERB", None)
        return found


def to_agreeing_verb(values: dict[str, Any], verbs: Verbs, person: tuple[str, str]) -> None:
    """The verb whose finite form, in the subject's person and number, the word is."""
    form = values["text"].lower()
    for verb in verbs.readings(form).get("VERB", ()):
        for reading in form_readings(verb, form):
            if (reading.get("Person"), reading.get("Number")) == person:
                values.update(lemma=verb, pos="VERB", morph=reading)
                return


def participle_morph(values: dict[str, Any], verb: str) -> dict[str, str]:
    """The participle's reading nearest the adjective's gender and number (née: Fem Sing)."""
    form = values["text"].lower()
    past = [r for r in form_readings(verb, form) if r.get("VerbForm") == "Part"]
    return closest_reading(values["morph"], past)


def verb_readings(form: str, verbs: Verbs) -> list[dict[str, str]]:
    return [
        reading
        for verb in verbs.readings(form).get("VERB", ())
        for reading in form_readings(verb, form)
    ]


def imperative_verbs(form: str, verbs: Verbs) -> list[str]:
    return [
        verb
        for verb in verbs.readings(form).get("VERB", ())
        if any(
            reading["Mood"] == "Imp" for reading in form_readings(verb, form) if "Mood" in reading
        )
    ]


def make_verb(values: dict[str, Any], lemma: str, verb_form: str) -> None:
    values["lemma"] = lemma
    values["pos"] = "AUX" if lemma in ("avoir", "être") else "VERB"
    values["morph"] = correct_finite(lemma, values["_spacy"].text, {"VerbForm": verb_form})


def to_finite_verb(values: dict[str, Any], verbs: Verbs) -> None:
    form = values["text"].lower()
    for verb in verbs.readings(form).get("VERB", ()):
        finite = [r for r in form_readings(verb, form) if r["VerbForm"] == "Fin"]
        if finite:
            values.update(lemma=verb, pos="VERB", morph=finite[0])
            return


def to_verb(values: dict[str, Any], verbs: Verbs) -> None:
    """The finite verb the form is (on se mouche), else the infinitive (sans y goûter)."""
    to_finite_verb(values, verbs)
    if values["pos"] == "VERB":
        return
    form = values["text"].lower()
    if form in verbs.readings(form).get("VERB", ()) and form_readings(form, form):
        values.update(lemma=form, pos="VERB", morph={"VerbForm": "Inf"})


def to_gerund(values: dict[str, Any], verbs: Verbs) -> None:
    form = values["text"].lower()
    for verb in verbs.readings(form).get("VERB", ()):
        if {"Tense": "Pres", "VerbForm": "Part"} in form_readings(verb, form):
            values.update(lemma=verb, pos="VERB", morph={"Tense": "Pres", "VerbForm": "Part"})
            return


def to_participle(values: dict[str, Any], verbs: Verbs) -> None:
    """The verb whose past participle the form is, if the Lefff says it is one."""
    form = values["text"].lower()
    for verb in verbs.readings(form).get("VERB", ()):
        participle = [r for r in form_readings(verb, form) if r["VerbForm"] == "Part"]
        if participle and participle[0].get("Tense") == "Past":
            values.update(lemma=verb, pos="VERB", morph=participle[0])
            return


def to_noun(values: dict[str, Any], verbs: Verbs) -> None:
    """avait envie: the noun; est content, est bien content: the adjective after être (not a
    passive)."""
    form = values["text"].lower()
    readings = verbs.readings(form)
    token = values["_spacy"]
    after_etre = any(c.dep_ in ("aux:pass", "cop") and c.lemma_ == "être" for c in token.children)
    pos = "ADJ" if "ADJ" in readings and (after_etre or "NOUN" not in readings) else "NOUN"
    number = values["morph"].get("Number", "")
    if pos == "ADJ":  # the adjective agrees with the subject (il est content: singular)
        subjects = [c for c in token.children if c.dep_.startswith("nsubj")]
        number = subjects[0].morph.get("Number", [number])[0] if subjects else number
    values.update(lemma=readings[pos][0], pos=pos, morph={"Number": number} if number else {})


def to_object_pronoun(values: dict[str, Any]) -> None:
    """le, la, les, l' taken for an article before a verb: the object pronoun."""
    lower = values["text"].lower().replace("’", "'")
    morph = {key: value for key, value in values["morph"].items() if key in ("Gender", "Number")}
    values.update(
        lemma="le" if lower == "l'" else lower,
        pos="PRON",
        morph={**morph, "Person": "3", "PronType": "Prs"},
    )


def to_imperative(values: dict[str, Any], verbs: Verbs) -> None:
    form = values["text"].lower()
    for verb in imperative_verbs(form, verbs):
        imperative = [r for r in form_readings(verb, form) if r.get("Mood") == "Imp"]
        values.update(lemma=verb, pos="VERB", morph=imperative[0])
        return


def to_participle_noun(values: dict[str, Any], noun: str, verbs: Verbs) -> None:
    """correspondant, correspondantes: the noun the participle spells, in its number, and in
    the feminine where the form adds an e the noun has not (correspondante)."""
    form = values["text"].lower()
    morph = {"Number": "Plur" if form.endswith(("s", "x")) else "Sing"}
    if form.removesuffix("s").endswith("e") and not noun.endswith("e"):
        morph["Gender"] = "Fem"
    elif (gender := verbs.gender_of(noun)) in ("Masc", "Fem"):
        morph["Gender"] = gender
    values.update(pos="NOUN", lemma=noun, morph=morph)
