"""The retagging chain's rules, one function each: it tests the word's context (tag_contexts,
closed_class, names) and makes the change (tag_changes), and says whether it did. retagging's
CHAIN lists them in order with the words and shapes each may fire on."""

from __future__ import annotations

from typing import Any, NamedTuple

from reader.core.analysis.corrections.chain.switches import (
    ARTICLE_PRONOUN,
    SUBJECT,
    SUBJECT_NE,
    SUBJECT_PROPN,
)
from reader.core.analysis.corrections.closed_class import (
    etre_avoir_adverb,
    fixed_word,
    funny,
    interjection,
    negation_pronoun,
    pronoun,
    towards,
)
from reader.core.analysis.corrections.names import article_name, bare_name
from reader.core.analysis.corrections.tag_changes import (
    Fields,
    Verbs,
    make_verb,
    participle_morph,
    to_agreeing_verb,
    to_finite_verb,
    to_gerund,
    to_imperative,
    to_noun,
    to_object_pronoun,
    to_participle,
    to_participle_noun,
    to_verb,
)
from reader.core.analysis.corrections.tag_contexts import (
    ARTICLES,
    NEGATION_PRONOUNS,
    OBJECTS,
    PRENOMINAL,
    SUBJECT_CLITICS,
    adjective_before_noun,
    after_avoir,
    after_clitic,
    after_en,
    after_ne,
    after_noun_determiner,
    after_object,
    after_subject,
    after_subject_ne,
    article_noun,
    bare_participle_adjective,
    before_subject_clitic,
    conjugated_with_auxiliary,
    coordinated_adjective,
    copula_participle,
    en_clitic,
    etre_participle,
    fils_of_thread,
    heading_noun,
    imperative_start,
    incise,
    indefinite_adjective,
    issu_de,
    literary_form,
    negation_after_verb,
    nominal_adjective,
    nominal_after_ne,
    nominal_participle,
    noun_after_adjective,
    participle_after_adverbs,
    participle_with_auxiliary,
    second_coordinated_adjective,
    standing_adjective,
    swapped_adjective,
    tacher_imperative,
    trait_noun,
    tu_reading,
    verb_of_verbless,
    verse_noun,
)
from reader.core.grammar.lefff_verbs import form_readings

Values = dict[str, Any]
AGREEMENT = ("Gender", "Number")  # an adjective's features, its noun's
# What stands between a subject clitic and its verb: ne and object pronouns.
BETWEEN = frozenset({"ne", "n'", *OBJECTS, *ARTICLES})


class Doc(NamedTuple):
    """What a rule reads besides the word's index: the doc's fields, the verbs' readings and
    the rule switches."""

    fields: Fields
    verbs: Verbs
    on: dict[str, bool]


def _article_before_verb(fields: Fields, index: int) -> bool:
    """il la regarde, je ne les vois: le, la, les tagged as an article between a subject
    clitic (and ne) and a finite verb."""
    values = fields[index]
    after = index + 1
    if values["pos"] != "DET" or values["text"].lower() not in ARTICLES or after >= len(fields):
        return False
    if index == 0:
        return False  # no clitic before the first word (fields[-1] is the doc's last)
    verb = fields[after]
    if verb["pos"] not in ("VERB", "AUX") or verb["morph"].get("VerbForm") != "Fin":
        return False
    before = index - 1
    while before > 0 and fields[before]["text"].lower().replace("’", "'") in BETWEEN:
        before -= 1
    clitic = fields[before]["text"].lower().replace("’", "'")
    return before < index and fields[before]["pos"] == "PRON" and clitic in SUBJECT_CLITICS


def _articles_to_pronouns(fields: Fields, index: int) -> None:
    """il la ferme, je ne les vois: the le, la, les the tagger took for articles between a
    subject clitic and its verb are object pronouns."""
    before = index - 1
    while before > 0 and fields[before]["text"].lower().replace("’", "'") in BETWEEN:
        if fields[before]["pos"] == "DET" and fields[before]["text"].lower() in ARTICLES:
            to_object_pronoun(fields[before])
        before -= 1


def _subject_person(fields: Fields, index: int, on: dict[str, bool]) -> tuple[str, str] | None:
    """The person and number of the subject clitic the word follows, by one of three rules:
    right after it (il entre; il lit, tagged as a name), or after it and ne (je ne pus)."""
    if on[SUBJECT] and (person := after_subject(fields, index)):
        return person
    values = fields[index]
    if on[SUBJECT_PROPN] and values["pos"] == "PROPN" and values["text"].islower():
        return after_subject(fields, index, any_pos=True)  # plus il lit: no name in lower case
    return after_subject_ne(fields, index) if on[SUBJECT_NE] else None


def _take(values: Values, reading: tuple[str, str, dict[str, str]] | None) -> bool:
    if reading is None:
        return False
    values.update(pos=reading[0], lemma=reading[1], morph=reading[2])
    return True


def _neighbours(fields: Fields, index: int) -> tuple[Values | None, Values | None]:
    before = fields[index - 1] if index else None
    return before, fields[index + 1] if index + 1 < len(fields) else None


def try_tu(doc: Doc, index: int) -> bool:
    return _take(doc.fields[index], tu_reading(doc.fields, index))


def try_interjection(doc: Doc, index: int) -> bool:
    return _take(doc.fields[index], interjection(doc.fields, index))


def try_pronoun(doc: Doc, index: int) -> bool:
    return _take(doc.fields[index], pronoun(doc.fields, index))


def try_fixed_word(doc: Doc, index: int) -> bool:
    values = doc.fields[index]
    return _take(
        values, fixed_word(values) or funny(doc.fields, index) or towards(doc.fields, index)
    )


def try_negation_pronoun(doc: Doc, index: int) -> bool:
    return _take(doc.fields[index], negation_pronoun(doc.fields, index))


def try_auxiliary_adverb(doc: Doc, index: int) -> bool:
    values = doc.fields[index]
    if not etre_avoir_adverb(values):
        return False
    make_verb(values, values["lemma"], "Fin")
    return True


def try_article_name(doc: Doc, index: int) -> bool:
    if not article_name(doc.fields, index):
        return False
    values = doc.fields[index]
    values.update(pos="PROPN", lemma=values["text"])
    return True


def try_bare_name(doc: Doc, index: int) -> bool:
    if not bare_name(doc.fields, index, doc.verbs.is_name):
        return False
    values = doc.fields[index]
    morph = {k: v for k, v in values["morph"].items() if k in AGREEMENT}
    values.update(pos="PROPN", lemma=values["text"], morph=morph)
    return True


def try_issu(doc: Doc, index: int) -> bool:
    if not (number := issu_de(doc.fields, index)):
        return False
    morph = {"Gender": "Fem", "Number": number}
    doc.fields[index].update(pos="ADJ", lemma="issu", morph=morph)
    return True


def try_trait(doc: Doc, index: int) -> bool:
    if not trait_noun(doc.fields, index):
        return False
    morph = {"Gender": "Masc", "Number": "Sing"}
    doc.fields[index].update(pos="NOUN", lemma="trait", morph=morph)
    return True


def try_verse(doc: Doc, index: int) -> bool:
    if not verse_noun(doc.fields, index):
        return False
    doc.fields[index].update(pos="NOUN", lemma="vers", morph={"Gender": "Masc"})
    return True


def try_indefinite_adjective(doc: Doc, index: int) -> bool:
    adjective = indefinite_adjective(doc.fields, index, doc.verbs)
    if not adjective:
        return False
    doc.fields[index].update(pos="ADJ", lemma=adjective, morph={"Gender": "Masc", "Number": "Sing"})
    return True


def try_en_clitic(doc: Doc, index: int) -> bool:
    if not en_clitic(doc.fields, index):
        return False
    doc.fields[index].update(pos="PRON", lemma="en", morph={"Person": "3", "PronType": "Prs"})
    return True


def try_nominal_adjective(doc: Doc, index: int) -> bool:
    if not (noun := nominal_adjective(doc.fields, index, doc.verbs)):
        return False
    values = doc.fields[index]
    kept = {k: v for k, v in values["morph"].items() if k in ("Gender", "Number")}
    values.update(pos="NOUN", lemma=noun, morph=kept)
    before = doc.fields[index - 1]
    if before["pos"] == "NOUN" and before["text"].lower() in PRENOMINAL:
        # une vieille ferme: the tagger's noun vieille is the adjective before it
        adjectives = doc.verbs.readings(before["text"].lower()).get("ADJ", ())
        if adjectives:
            agreeing = {k: v for k, v in before["morph"].items() if k in ("Gender", "Number")}
            before.update(pos="ADJ", lemma=adjectives[0], morph=agreeing)
    return True


def try_inversion(doc: Doc, index: int) -> bool:
    values = doc.fields[index]
    if not before_subject_clitic(values, _neighbours(doc.fields, index)[1]):
        return False
    make_verb(values, doc.verbs.relemmatise(values["_spacy"].text.lower(), "VERB"), "Fin")
    return True


def try_gerund_after_en(doc: Doc, index: int) -> bool:
    if not after_en(doc.fields, index):
        return False
    to_gerund(doc.fields[index], doc.verbs)
    return True


def try_gerund_after_object(doc: Doc, index: int) -> bool:
    if not after_object(doc.fields, index, doc.verbs):
        return False
    to_gerund(doc.fields[index], doc.verbs)
    return True


def try_after_clitic(doc: Doc, index: int) -> bool:
    values = doc.fields[index]
    if not after_clitic(values, _neighbours(doc.fields, index)[0]):
        return False
    to_verb(values, doc.verbs)
    return True


def try_auxiliary(doc: Doc, index: int) -> bool:
    values = doc.fields[index]
    if not conjugated_with_auxiliary(values, doc.verbs):
        return False
    to_noun(values, doc.verbs)
    return True


def try_participle(doc: Doc, index: int) -> bool:
    values = doc.fields[index]
    if not (participle_with_auxiliary(values) or after_avoir(doc.fields, index)):
        return False
    to_participle(values, doc.verbs)
    return True


def try_copula_participle(doc: Doc, index: int) -> bool:
    values = doc.fields[index]
    if not copula_participle(values, doc.verbs):
        return False
    to_participle(values, doc.verbs)
    return True


def try_adverbs_participle(doc: Doc, index: int) -> bool:
    if not participle_after_adverbs(doc.fields, index, doc.verbs):
        return False
    to_participle(doc.fields[index], doc.verbs)
    return True


def try_negation(doc: Doc, index: int) -> bool:
    values = doc.fields[index]
    if not after_ne(values, _neighbours(doc.fields, index)[0]):
        return False
    lower = values["text"].lower()
    values["pos"] = "PRON" if lower in NEGATION_PRONOUNS else "ADV"
    values["lemma"] = lower
    values["morph"] = {"Polarity": "Neg"} if values["pos"] == "ADV" else {}
    return True


def try_imperative(doc: Doc, index: int) -> bool:
    values = doc.fields[index]
    if not imperative_start(values, *_neighbours(doc.fields, index), doc.verbs):
        return False
    to_imperative(values, doc.verbs)
    return True


def try_incise(doc: Doc, index: int) -> bool:
    if not incise(doc.fields, index, doc.verbs):
        return False
    to_finite_verb(doc.fields[index], doc.verbs)
    return True


def try_subject(doc: Doc, index: int) -> bool:
    if not (person := _subject_person(doc.fields, index, doc.on)):
        return False
    values = doc.fields[index]
    to_agreeing_verb(values, doc.verbs, person)
    if values["pos"] == "VERB" and doc.on[ARTICLE_PRONOUN]:
        _articles_to_pronouns(doc.fields, index)
    return True


def try_article_pronoun(doc: Doc, index: int) -> bool:
    if not _article_before_verb(doc.fields, index):
        return False
    to_object_pronoun(doc.fields[index])
    return True


def try_ne_verb(doc: Doc, index: int) -> bool:
    values = doc.fields[index]
    if not nominal_after_ne(values, _before_clitics(doc.fields, index)):
        return False
    to_finite_verb(values, doc.verbs)
    if doc.fields[index - 1]["text"].lower() not in ("ne", "n'", "n’"):
        _clitics_of_verb(doc.fields, index)
    return True


def _clitics_of_verb(fields: Fields, index: int) -> None:
    """personne ne les aide: the articles between ne and the verb are its object pronouns,
    and with no je before ne, the verb's first person is its third (novel18)."""
    at = index - 1
    while at > 0 and fields[at]["text"].lower().replace("’", "'") in OBJECTS:
        if fields[at]["pos"] == "DET" and fields[at]["text"].lower() in ARTICLES:
            to_object_pronoun(fields[at])
        at -= 1
    values = fields[index]
    morph = values["morph"]
    subject = fields[at - 1]["text"].lower() if at > 0 else ""
    if morph.get("Person") != "1" or subject in ("je", "j'", "j’"):
        return
    same = ("VerbForm", "Mood", "Tense", "Number")
    for reading in form_readings(values["lemma"], values["text"].lower()):
        if reading.get("Person") == "3" and all(reading.get(k) == morph.get(k) for k in same):
            values["morph"] = reading
            return


# The second words of a negation, which may follow ne and clitics (n'y point toucher).
NEGATION_PARTNERS = frozenset(
    "pas point plus jamais rien guère personne nullement aucun aucune".split()
)


def _before_clitics(fields: Fields, index: int) -> dict[str, Any] | None:
    """The word before the object clitics right before this one (ne vous en faites pas: ne),
    else the word right before it (novel18)."""
    at = index - 1
    while at > 0 and fields[at]["text"].lower().replace("’", "'") in OBJECTS:
        at -= 1
    if at < index - 1 and fields[index]["text"].lower() in NEGATION_PARTNERS:
        return fields[index - 1]  # n'y point toucher: the negation's point, no verb
    return fields[at] if at >= 0 else None


def try_determined(doc: Doc, index: int) -> bool:
    values = doc.fields[index]
    if not after_noun_determiner(values, _neighbours(doc.fields, index)[0], doc.verbs):
        return False
    to_noun(values, doc.verbs)
    return True


def try_negation_after_verb(doc: Doc, index: int) -> bool:
    if not negation_after_verb(doc.fields, index):
        return False
    values = doc.fields[index]
    values.update(lemma=values["text"].lower(), pos="ADV", morph={"Polarity": "Neg"})
    return True


def try_etre_verb(doc: Doc, index: int) -> bool:
    values = doc.fields[index]
    if not (verb := etre_participle(values, doc.verbs)):
        return False
    values.update(lemma=verb, pos="VERB", morph=participle_morph(values, verb))
    return True


def try_heading(doc: Doc, index: int) -> bool:
    if not (noun := heading_noun(doc.fields, index, doc.verbs)):
        return False
    doc.fields[index].update(lemma=noun, pos="NOUN", morph={"Number": "Sing"})
    return True


def try_literary(doc: Doc, index: int) -> bool:
    values = doc.fields[index]
    if not literary_form(values, doc.verbs):
        return False
    to_finite_verb(values, doc.verbs)
    return True


def try_verbless(doc: Doc, index: int) -> bool:
    if not (reading := verb_of_verbless(doc.fields, index, doc.verbs)):
        return False
    doc.fields[index].update(pos="VERB", lemma=reading[0], morph=reading[1])
    return True


def try_clitic_verbless(doc: Doc, index: int) -> bool:
    if not (reading := verb_of_verbless(doc.fields, index, doc.verbs, clitic=True)):
        return False
    doc.fields[index].update(pos="VERB", lemma=reading[0], morph=reading[1])
    to_object_pronoun(doc.fields[index - 1])
    return True


def _agreeing_adjective(doc: Doc, index: int, adjective: str) -> bool:
    """The word is the adjective, agreeing with the noun before it."""
    if not adjective:
        return False
    fields = doc.fields
    agreeing = {k: v for k, v in fields[index - 1]["morph"].items() if k in AGREEMENT}
    fields[index].update(pos="ADJ", lemma=adjective, morph=agreeing)
    return True


def _own_features(doc: Doc, index: int, pos: str, lemma: str) -> bool:
    """The word is the lemma in that part of speech, keeping its gender and number."""
    if not lemma:
        return False
    values = doc.fields[index]
    kept = {k: v for k, v in values["morph"].items() if k in AGREEMENT}
    values.update(pos=pos, lemma=lemma, morph=kept)
    return True


def try_coordinated(doc: Doc, index: int) -> bool:
    if doc.fields[index]["pos"] == "ADV":  # bourru mais juste: agreeing with the first
        adjective = second_coordinated_adjective(doc.fields, index, doc.verbs)
        return _own_features(doc, index, "ADJ", adjective)
    return _agreeing_adjective(doc, index, coordinated_adjective(doc.fields, index, doc.verbs))


def try_article_noun(doc: Doc, index: int) -> bool:
    return _own_features(doc, index, "NOUN", article_noun(doc.fields, index, doc.verbs))


def try_standing(doc: Doc, index: int) -> bool:
    return _agreeing_adjective(doc, index, standing_adjective(doc.fields, index, doc.verbs))


def try_nominal_participle(doc: Doc, index: int) -> bool:
    if not (noun := nominal_participle(doc.fields, index, doc.verbs)):
        return False
    to_participle_noun(doc.fields[index], noun, doc.verbs)
    return True


def try_bare_participle(doc: Doc, index: int) -> bool:
    adjective = bare_participle_adjective(doc.fields, index, doc.verbs)
    return _agreeing_adjective(doc, index, adjective)


def try_tacher(doc: Doc, index: int) -> bool:
    if not tacher_imperative(doc.fields, index):
        return False
    values = doc.fields[index]
    make_verb(values, "tâcher", "Fin")
    values["morph"] = {**values["morph"], "Mood": "Imp", "Tense": "Pres"}
    return True


def try_thread(doc: Doc, index: int) -> bool:
    if not fils_of_thread(doc.fields, index):
        return False
    doc.fields[index].update(lemma="fil", morph={"Gender": "Masc", "Number": "Plur"})
    return True


def try_prenominal(doc: Doc, index: int) -> bool:
    return _own_features(doc, index, "ADJ", adjective_before_noun(doc.fields, index, doc.verbs))


def try_prenominal_noun(doc: Doc, index: int) -> bool:
    """ce pauvre garçon: the noun after det + adjective; un brave garçon, which the tagger
    read as a noun and an adjective: both swapped back."""
    if adjective := swapped_adjective(doc.fields, index, doc.verbs):
        _own_features(doc, index - 1, "ADJ", adjective)
        noun = doc.verbs.lexique.readings(doc.fields[index]["text"].lower())["NOUN"][0]
        return _own_features(doc, index, "NOUN", noun)
    return _own_features(doc, index, "NOUN", noun_after_adjective(doc.fields, index, doc.verbs))
