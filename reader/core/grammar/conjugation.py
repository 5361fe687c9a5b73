"""Tense names, and the full conjugation of the verbs that build compound forms.

The model often mislabels the auxiliaries (`aurions` as present indicative, `vont` as future),
and the name of a compound tense depends on exactly those forms, so they are looked up here.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.grammar.conjugator import ETRE_VERBS as CONJUGATED_WITH_ETRE
from reader.core.grammar.lefff_verbs import PERSONS, form_readings


@dataclass(frozen=True, slots=True)
class FiniteForm:
    mood: str  # UD Mood: Ind, Sub, Cnd, Imp
    tense: str  # UD Tense: Pres, Imp, Past (passé simple), Fut
    person: str
    number: str


# Six forms per (mood, tense), in the order je, tu, il, nous, vous, ils.
_PARADIGMS: dict[str, dict[tuple[str, str], str]] = {
    "avoir": {
        ("Ind", "Pres"): "ai as a avons avez ont",
        ("Ind", "Imp"): "avais avais avait avions aviez avaient",
        ("Ind", "Past"): "eus eus eut eûmes eûtes eurent",
        ("Ind", "Fut"): "aurai auras aura aurons aurez auront",
        ("Cnd", "Pres"): "aurais aurais aurait aurions auriez auraient",
        ("Sub", "Pres"): "aie aies ait ayons ayez aient",
        ("Sub", "Imp"): "eusse eusses eût eussions eussiez eussent",
    },
    "être": {
        ("Ind", "Pres"): "suis es est sommes êtes sont",
        ("Ind", "Imp"): "étais étais était étions étiez étaient",
        ("Ind", "Past"): "fus fus fut fûmes fûtes furent",
        ("Ind", "Fut"): "serai seras sera serons serez seront",
        ("Cnd", "Pres"): "serais serais serait serions seriez seraient",
        ("Sub", "Pres"): "sois sois soit soyons soyez soient",
        ("Sub", "Imp"): "fusse fusses fût fussions fussiez fussent",
    },
    "aller": {
        ("Ind", "Pres"): "vais vas va allons allez vont",
        ("Ind", "Imp"): "allais allais allait allions alliez allaient",
        ("Ind", "Past"): "allai allas alla allâmes allâtes allèrent",
        ("Ind", "Fut"): "irai iras ira irons irez iront",
        ("Cnd", "Pres"): "irais irais irait irions iriez iraient",
        ("Sub", "Pres"): "aille ailles aille allions alliez aillent",
    },
    "venir": {
        ("Ind", "Pres"): "viens viens vient venons venez viennent",
        ("Ind", "Imp"): "venais venais venait venions veniez venaient",
    },
}


def _index() -> dict[str, dict[str, list[FiniteForm]]]:
    table: dict[str, dict[str, list[FiniteForm]]] = {}
    for lemma, paradigm in _PARADIGMS.items():
        forms = table.setdefault(lemma, {})
        for (mood, tense), spelled in paradigm.items():
            for form, (person, number) in zip(spelled.split(), PERSONS, strict=True):
                forms.setdefault(form, []).append(FiniteForm(mood, tense, person, number))
    return table


_FORMS = _index()


def finite_forms(lemma: str, form: str) -> list[FiniteForm]:
    """Every reading of a conjugated avoir / être / aller / venir form (empty if unknown)."""
    return _FORMS.get(lemma, {}).get(form.lower(), [])


FUTURE_ENDINGS = dict(zip("ai as a ons ez ont".split(), PERSONS, strict=True))
CONDITIONAL_ENDINGS = dict(zip("ais ais ait ions iez aient".split(), PERSONS, strict=True))


def regular_future(lemma: str, form: str) -> FiniteForm | None:
    """partirons, prendrait: future and conditional are the infinitive plus an ending.

    The model reads many of them as presents; their shape settles it for regular stems.
    """
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    lower = form.lower()
    if not stem.endswith("r") or not lower.startswith(stem):
        return None
    ending = lower[len(stem) :]
    if ending in FUTURE_ENDINGS:
        return FiniteForm("Ind", "Fut", *FUTURE_ENDINGS[ending])
    if ending in CONDITIONAL_ENDINGS:
        return FiniteForm("Cnd", "Pres", *CONDITIONAL_ENDINGS[ending])
    return None


def correct_finite(lemma: str, form: str, morph: dict[str, str]) -> dict[str, str]:
    """The model's features for a verb, corrected against the real conjugation: the
    auxiliaries' own tables, then the Lefff's (resta is a passé simple, aperçus a plural)."""
    readings = finite_forms(lemma, form)
    tabled = bool(readings)  # every person the form can have (a regular future's ending: one)
    if not readings and morph.get("VerbForm") == "Fin":
        future = regular_future(lemma, form)
        readings = [future] if future else []
    if not readings:
        return closest_reading(morph, form_readings(lemma, form))
    same = [r for r in readings if (r.mood, r.tense) == (morph.get("Mood"), morph.get("Tense"))]
    if same:
        return _with_person(morph, same) if tabled else morph
    reading = readings[0]
    fixed = dict(morph)
    fixed.update(Mood=reading.mood, Tense=reading.tense, VerbForm="Fin")
    fixed.update(Person=reading.person, Number=reading.number)
    return fixed


def _with_person(morph: dict[str, str], readings: list[FiniteForm]) -> dict[str, str]:
    """The model's features, with a person and number the form can have: tu as, tu es are
    never a first person, nor j'avais a third, whatever the model said (297 such auxiliaries in
    the corpus novels). Of the form's persons, one of the model's number first."""
    persons = [(r.person, r.number) for r in readings]
    if "Person" not in morph or (morph["Person"], morph.get("Number")) in persons:
        return morph
    same_number = [p for p in persons if p[1] == morph.get("Number")]
    person, number = (same_number or persons)[0]
    return {**morph, "Person": person, "Number": number}


# The features that say which form of a verb a word is, and how much each counts when the
# model's reading is not one the form can have: its person and number come from the subject,
# which the model sees; its tense and mood from the ending, which it often misreads.
AGREEMENT = ("Gender", "Number")
READING_WEIGHTS = {"VerbForm": 3, "Person": 2, "Number": 2, "Mood": 1, "Tense": 1, "Gender": 1}


def closest_reading(morph: dict[str, str], readings: list[dict[str, str]]) -> dict[str, str]:
    """The model's features if the form can have them, else the form's reading nearest them
    (other features, such as Voice, kept). No readings: the model's features unchanged."""
    if not readings or any(_agrees(morph, reading) for reading in readings):
        return morph
    best = max(readings, key=lambda reading: _likeness(morph, reading))
    kept = {key: value for key, value in morph.items() if key not in READING_WEIGHTS}
    return {**kept, **_unmarked(best, morph)}


def _agrees(morph: dict[str, str], reading: dict[str, str]) -> bool:
    """The model's features fit the reading (été, mis: a participle left without gender and
    number, as one that does not agree, fits every one of its readings)."""
    return all(morph.get(key) == value for key, value in _unmarked(reading, morph).items())


def _unmarked(reading: dict[str, str], morph: dict[str, str]) -> dict[str, str]:
    """A participle's reading without the gender and number the model did not mark."""
    if reading.get("VerbForm") != "Part":
        return reading
    return {key: value for key, value in reading.items() if key in morph or key not in AGREEMENT}


def _likeness(morph: dict[str, str], reading: dict[str, str]) -> int:
    return sum(
        weight for key, weight in READING_WEIGHTS.items() if morph.get(key) == reading.get(key)
    )


# (Mood, Tense) of a finite verb -> (French term, English explanation)
SIMPLE_TENSES: dict[tuple[str, str], tuple[str, str]] = {
    ("Ind", "Pres"): ("présent de l'indicatif", "present"),
    ("Ind", "Imp"): ("imparfait", "imperfect: an ongoing or habitual past"),
    ("Ind", "Past"): ("passé simple", "simple past, mostly written narrative"),
    ("Ind", "Fut"): ("futur simple", "future"),
    ("Cnd", "Pres"): ("conditionnel présent", "conditional: would ..."),
    ("Sub", "Pres"): ("subjonctif présent", "subjunctive, after que with wishes, doubts, ..."),
    ("Sub", "Imp"): ("subjonctif imparfait", "past subjunctive, literary"),
    ("Imp", "Pres"): ("impératif", "imperative: an order or request"),
}

# The tense of the auxiliary names the compound tense.
COMPOUND_TENSES: dict[str, tuple[str, str]] = {
    "présent de l'indicatif": ("passé composé", "completed past action"),
    "imparfait": ("plus-que-parfait", "past perfect: had ..."),
    "passé simple": ("passé antérieur", "past anterior, literary: had ..."),
    "futur simple": ("futur antérieur", "future perfect: will have ..."),
    "conditionnel présent": ("conditionnel passé", "conditional perfect: would have ..."),
    "subjonctif présent": ("subjonctif passé", "past subjunctive"),
    "subjonctif imparfait": ("subjonctif plus-que-parfait", "literary past subjunctive"),
    "impératif": ("impératif passé", "past imperative"),
    "infinitif": ("infinitif passé", "past infinitive: to have ..."),
    "participe présent": ("participe passé composé", "having ..."),
}

# Verbs whose compound tenses take être in a text (with them, être + participle is not a
# passive): the conjugator's, and those that older texts still conjugate with être.
ETRE_VERBS = CONJUGATED_WITH_ETRE | frozenset({"accourir", "convenir", "disparaître"})


def simple_tense(morph: dict[str, str]) -> tuple[str, str] | None:
    """French term and English gloss of a verb form's own tense, or None if not finite."""
    form = morph.get("VerbForm")
    if form == "Inf":
        return ("infinitif", "infinitive")
    if form == "Part" and morph.get("Tense") == "Pres":
        return ("participe présent", "present participle: ...ing")
    if form == "Part":
        return ("participe passé", "past participle")
    return SIMPLE_TENSES.get((morph.get("Mood", "Ind"), morph.get("Tense", "Pres")))
