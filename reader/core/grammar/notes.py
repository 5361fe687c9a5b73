"""Grammar notes in plain English, naming the French term so a learner can look it up."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.dictionaries.lexicon.articles import elides
from reader.core.grammar.conjugation import COMPOUND_TENSES, simple_tense
from reader.core.grammar.words import (
    ADVERBS,
    CONJUNCTIONS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    meaning_of,
)

POS_LABELS = {
    "NOUN": "noun",
    "PROPN": "proper noun",
    "VERB": "verb",
    "AUX": "verb",
    "ADJ": "adjective",
    "ADV": "adverb",
    "DET": "determiner",
    "ADP": "preposition",
    "PRON": "pronoun",
    "CCONJ": "conjunction",
    "SCONJ": "conjunction",
    "NUM": "number",
    "INTJ": "interjection",
    "PUNCT": "punctuation",
    "SYM": "symbol",
    "X": "word",
}
GENDERS = {"Masc": "masculine", "Fem": "feminine"}
NUMBERS = {"Sing": "singular", "Plur": "plural"}
ORDINALS = {"1": "1st", "2": "2nd", "3": "3rd"}


@dataclass(frozen=True, slots=True)
class WordFacts:
    """What the note for one word is made from."""

    text: str
    lemma: str
    pos: str
    morph: dict[str, str]
    after_en: bool = False  # en mettant: a gérondif
    participle_of: str = ""  # the verb an adjective comes from (affaiblie -> affaiblir)
    gender: str = ""  # Masc / Fem from the dictionary when the model gives none


@dataclass(frozen=True, slots=True)
class GroupFacts:
    """What the note for a verb group is made from."""

    form: str  # ont été menées
    lemma: str  # mener, se rencontrer
    auxiliary_tense: tuple[str, str] | None  # the first auxiliary's simple tense
    own_tense: tuple[str, str] | None  # the head verb's tense, when it has no auxiliary
    compound: bool = False  # avoir, or être of a verb conjugated with être: a compound tense
    periphrasis: str = ""  # aller / venir
    periphrasis_tense: str = ""  # Pres / Imp
    passive: bool = False
    pronominal: bool = False
    negation: str | None = None
    person: dict[str, str] = field(default_factory=dict)  # Person, Number of the finite verb
    agreement: dict[str, str] = field(default_factory=dict)  # Gender, Number of the participle
    agrees_with_subject: bool = False


def pos_label(pos: str) -> str:
    return POS_LABELS.get(pos, "word")


def with_article(lemma: str, gender: str) -> str:
    """la coopération, le ministère, l'intermédiaire, la hausse; the bare word if gender is
    unknown."""
    if elides(lemma):
        return f"l'{lemma}"
    article = {"Masc": "le", "Fem": "la"}.get(gender)
    return f"{article} {lemma}" if article else lemma


def person_text(morph: dict[str, str]) -> str:
    person = ORDINALS.get(morph.get("Person", ""), "")
    number = NUMBERS.get(morph.get("Number", ""), "")
    return f"{person} person {number}".strip() if person else number


def gender_number(morph: dict[str, str], gender: str = "") -> str:
    words = [GENDERS.get(morph.get("Gender", gender), ""), NUMBERS.get(morph.get("Number", ""), "")]
    return " ".join(word for word in words if word)


def group_tense(facts: GroupFacts) -> tuple[str, str]:
    """French term and English gloss of the whole group's tense."""
    if facts.periphrasis == "aller":
        past = facts.periphrasis_tense == "Imp"
        term = "futur proche dans le passé" if past else "futur proche"
        return term, "was going to ..." if past else "near future: going to ..."
    if facts.periphrasis == "venir":
        past = facts.periphrasis_tense == "Imp"
        term = "passé récent dans le passé" if past else "passé récent"
        return term, "had just ..." if past else "recent past: has just ..."
    if facts.auxiliary_tense is None:
        return facts.own_tense or ("", "")
    if not facts.compound:
        return facts.auxiliary_tense  # est mené: the présent of the passive
    return COMPOUND_TENSES.get(facts.auxiliary_tense[0], facts.auxiliary_tense)


def describe_group(facts: GroupFacts) -> str:
    """mener, passé composé (completed past action), passive voice; 3rd person plural; ..."""
    return f"{facts.lemma}, {describe_group_body(facts)}"


def describe_group_body(facts: GroupFacts) -> str:
    """The group's explanation without its lemma: tense, voice, negation, person, agreement."""
    term, gloss = group_tense(facts)
    parts = [f"{term} ({gloss})" if term else ""]
    if facts.passive:
        parts.append("passive voice (être + past participle: is/was done)")
    if facts.pronominal:
        parts.append(f"pronominal verb {facts.lemma}")
    if facts.negation and facts.negation.startswith("ne … que"):
        parts.append(f"restriction {facts.negation}, not a negation")
    elif facts.negation:
        parts.append(f"negative {facts.negation}")
    note = ", ".join(part for part in parts if part)
    person = person_text(facts.person)
    if person:
        note += f"; {person}"
    agreement = gender_number(facts.agreement)
    if facts.agrees_with_subject and agreement:
        note += f"; the participle agrees with the {agreement} subject"
    return note + "."


def describe_in_group(role: str, form: str, lemma: str, body: str) -> str:
    """One word of a verb group: its role, the group, and the group's explanation.

    past participle of mener in «ont été menées»: passé composé, passive voice; ...
    auxiliary avoir in «ont convenu» (convenir): passé composé; 3rd person plural.
    """
    verb = lemma.split()[-1].removeprefix("s'")
    named = verb in role.split()
    return f"{role} in «{form}»{'' if named else f' ({lemma})'}: {body}"


def describe_word(facts: WordFacts) -> str:
    """A one-line note for a word outside any verb group."""
    describe = _DESCRIBERS.get(facts.pos, _describe_other)
    return describe(facts)


def _describe_noun(facts: WordFacts) -> str:
    gender = facts.morph.get("Gender", facts.gender)
    details = gender_number(facts.morph, facts.gender)
    return f"noun, {details} ({with_article(facts.lemma, gender)})" if details else "noun"


def _describe_propn(facts: WordFacts) -> str:
    return "proper noun: a name (of a person, place, organisation ...)"


def _describe_verb(facts: WordFacts) -> str:
    tense = simple_tense(facts.morph)
    if tense is None:
        return f"verb {facts.lemma}"
    term, gloss = tense
    if term == "infinitif":
        return f"infinitive of {facts.lemma} (infinitif)"
    if term == "participe présent":
        if facts.after_en:
            return f"{facts.lemma}, gérondif (en + participe présent): while / by ...ing"
        return f"present participle of {facts.lemma} (participe présent): ...ing"
    if term == "participe passé":
        agreement = gender_number(facts.morph)
        return f"past participle of {facts.lemma} (participe passé), {agreement}".rstrip(", ")
    person = person_text(facts.morph)
    return f"{facts.lemma}, {term} ({gloss}), {person}".rstrip(", ")


def _describe_adjective(facts: WordFacts) -> str:
    note = f"adjective, {gender_number(facts.morph)}".rstrip(", ")
    if facts.text.lower() != facts.lemma:
        note += f" (masculine singular: {facts.lemma})"
    if facts.participle_of:
        note += f"; the past participle of {facts.participle_of} used as an adjective"
    return note


def _describe_adverb(facts: WordFacts) -> str:
    if facts.lemma in ("ne", "pas", "jamais"):
        return "part of a negation (ne … pas: not; ne … plus: no longer; ne … jamais: never)"
    if facts.lemma.endswith("ment") and len(facts.lemma) > 6:
        return "adverb of manner (-ment, like English -ly)"
    return f"adverb{meaning_of(facts.lemma, ADVERBS)}"


def _describe_determiner(facts: WordFacts) -> str:
    kind, meaning = DETERMINERS.get(facts.text.lower(), DETERMINERS.get(facts.lemma, ("", "")))
    if not kind:
        kind = "possessive determiner" if facts.morph.get("Poss") == "Yes" else "determiner"
    details = gender_number(facts.morph)
    return f"{kind}, {details} ({meaning})" if details else f"{kind} ({meaning})"


def _describe_preposition(facts: WordFacts) -> str:
    lower = facts.text.lower()
    if lower in PREPOSITIONS and " + " in PREPOSITIONS[lower]:
        return f"contracted preposition: {PREPOSITIONS[lower]}"
    return f"preposition{meaning_of(facts.lemma, PREPOSITIONS)}"


def _describe_pronoun(facts: WordFacts) -> str:
    bare = facts.text.lower().lstrip("-")
    kind, meaning = PRONOUNS.get(bare, PRONOUNS.get(facts.lemma, ("pronoun", "")))
    if facts.text.startswith("-"):
        kind += ", joined to the verb by a hyphen (inversion or imperative)"
    person = person_text(facts.morph) if facts.morph.get("Person") else ""
    details = ", ".join(part for part in (kind, person) if part)
    return f"{details} ({meaning})" if meaning else details


def _describe_conjunction(facts: WordFacts) -> str:
    kind = "coordinating" if facts.pos == "CCONJ" else "subordinating"
    return f"{kind} conjunction{meaning_of(facts.lemma, CONJUNCTIONS)}"


def _describe_other(facts: WordFacts) -> str:
    return pos_label(facts.pos)


_DESCRIBERS = {
    "NOUN": _describe_noun,
    "PROPN": _describe_propn,
    "VERB": _describe_verb,
    "AUX": _describe_verb,
    "ADJ": _describe_adjective,
    "ADV": _describe_adverb,
    "DET": _describe_determiner,
    "ADP": _describe_preposition,
    "PRON": _describe_pronoun,
    "CCONJ": _describe_conjunction,
    "SCONJ": _describe_conjunction,
}
