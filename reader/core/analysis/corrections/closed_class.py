"""The commonest closed-class words the tagger gives a content word's part of speech.

Found by frequency in the corpus (scripts/list_suspicious_forms.py): interjections read as
adverbs, nouns or names (Oh ! 194 times, Ah 124, Bah, Hein, Parbleu greyed as names, Hélas as
héler's passé simple); stressed and object pronouns read as adverbs, nouns or adjectives (Moi,
je…; malgré soi; Je te le jure), celui and celle read as nouns; rien and personne of a
negation read as nouns; tu es read as an adverb; voilà, voici and là-haut read as adjectives.
Each reading here is (pos, lemma, morph), or None where the word keeps its own.
"""

from __future__ import annotations

from typing import Any

from reader.core.analysis.corrections.tag_contexts import SUBJECT_CLITICS
from reader.core.grammar.lefff_verbs import form_readings

Fields = list[dict[str, Any]]
Reading = tuple[str, str, dict[str, str]]

# Words that are only interjections in running text (hélas is never héler's passé simple in a
# modern text; chut is choir's only in a grammar book).
INTERJECTIONS = frozenset(
    "ah oh eh hé ô bah hein hélas parbleu ouf zut chut holà aïe pouah bigre sapristi".split()
)
# Words that are interjections only alone before their punctuation at a sentence's start
# (« Bon ! voilà », « Adieu, monsieur », « Dame ! il faut »), but not in bon voyage, dire adieu.
STANDALONE_INTERJECTIONS = frozenset("bon adieu dame bravo".split())
PUNCTUATION_AFTER = frozenset({",", "!", "?", ".", "…", "...", "!...", "?..."})
STRESSED_PRONOUNS = {
    "moi": {"Number": "Sing", "Person": "1", "PronType": "Prs"},
    "toi": {"Number": "Sing", "Person": "2", "PronType": "Prs"},
    "soi": {"Person": "3", "PronType": "Prs", "Reflex": "Yes"},
    "lui": {"Gender": "Masc", "Number": "Sing", "Person": "3", "PronType": "Prs"},
    "eux": {"Gender": "Masc", "Number": "Plur", "Person": "3", "PronType": "Prs"},
}
# The demonstrative pronoun celui, which the tagger sometimes reads as a noun (est celle à
# laquelle: the one).
DEMONSTRATIVES = {
    "celui": {"Gender": "Masc", "Number": "Sing", "PronType": "Dem"},
    "celle": {"Gender": "Fem", "Number": "Sing", "PronType": "Dem"},
    "ceux": {"Gender": "Masc", "Number": "Plur", "PronType": "Dem"},
    "celles": {"Gender": "Fem", "Number": "Plur", "PronType": "Dem"},
}
OBJECT_CLITICS = {
    "me": ("me", {"Number": "Sing", "Person": "1", "PronType": "Prs"}),
    "m'": ("me", {"Number": "Sing", "Person": "1", "PronType": "Prs"}),
    "te": ("te", {"Number": "Sing", "Person": "2", "PronType": "Prs"}),
    "t'": ("te", {"Number": "Sing", "Person": "2", "PronType": "Prs"}),
}
NEGATION_WORDS = frozenset({"rien", "personne"})
CONTENT_POS = frozenset({"NOUN", "ADJ", "ADV", "PROPN"})
# What stands before a noun personne or rien (la personne, une jeune personne, un rien).
NOUN_BEFORE = frozenset({"DET", "ADJ", "NUM"})
# personne after these is the noun: en personne (in person), par personne (per person).
NOUN_PREPOSITIONS = frozenset({"en", "par"})
# Every form a rule here starts from: retagging's skip test.
FORMS = frozenset(
    {*INTERJECTIONS, *STANDALONE_INTERJECTIONS, *STRESSED_PRONOUNS, *OBJECT_CLITICS}
    | set(DEMONSTRATIVES)
    | NEGATION_WORDS
    | {"voilà", "voici", "là-bas", "là-haut", "là-dessus", "là-dessous", "là-dedans", "debout"}
    | {"drôle", "envers"}
    | {"jadis", "naguère", "autrefois"}
)


def interjection(fields: Fields, index: int) -> Reading | None:
    """Oh ! que c'est beau; Bah, il viendra; Hélas, elle était partie: an interjection, not an
    adverb, a noun, a name or a verb."""
    values = fields[index]
    lower = _lower(values)
    if values["pos"] == "INTJ":
        return None
    if lower in INTERJECTIONS or (lower in STANDALONE_INTERJECTIONS and _alone(fields, index)):
        return ("INTJ", lower, {})
    return None


def _alone(fields: Fields, index: int) -> bool:
    """The word opens its sentence and punctuation follows it (« Bon ! », « Adieu, »)."""
    sentence = fields[index]["sentence"]
    opens = (
        index == 0
        or fields[index - 1]["sentence"] != sentence
        or not _is_word_before(fields, index)
    )
    after = fields[index + 1] if index + 1 < len(fields) else None
    return opens and after is not None and after["text"] in PUNCTUATION_AFTER


def _is_word_before(fields: Fields, index: int) -> bool:
    """Whether a word (not a quotation mark or a dash) comes before, in the same sentence."""
    sentence = fields[index]["sentence"]
    before = index - 1
    while before >= 0 and fields[before]["sentence"] == sentence:
        if fields[before]["is_word"]:
            return True
        before -= 1
    return False


def pronoun(fields: Fields, index: int) -> Reading | None:
    """Moi, je songeais; malgré soi; Je te le jure; est celle à laquelle: a pronoun the tagger
    read as an adverb, a noun or an adjective (never after a determiner: le chez-soi, un
    moi)."""
    values = fields[index]
    lower = _lower(values)
    if values["pos"] not in CONTENT_POS or _after_determiner(fields, index):
        return None
    if lower in STRESSED_PRONOUNS:
        return ("PRON", lower, dict(STRESSED_PRONOUNS[lower]))
    if lower in DEMONSTRATIVES:
        return ("PRON", "celui", dict(DEMONSTRATIVES[lower]))
    if lower in OBJECT_CLITICS and not _title(fields, index):
        lemma, morph = OBJECT_CLITICS[lower]
        return ("PRON", lemma, dict(morph))
    return None


def funny(fields: Fields, index: int) -> Reading | None:
    """drôle read as a pronoun or as a noun with no determiner or before de is the adjective
    (c'est drôle; quelle drôle d'idée; un drôle de sourire), not un drôle (a rascal)."""
    values = fields[index]
    if _lower(values) != "drôle" or values["pos"] not in ("NOUN", "PRON"):
        return None
    after = fields[index + 1] if index + 1 < len(fields) else None
    before_de = after is not None and _lower(after) in ("de", "d'")
    if values["pos"] == "NOUN" and _after_determiner(fields, index) and not before_de:
        return None
    gender = {"Gender": values["morph"]["Gender"]} if "Gender" in values["morph"] else {}
    return ("ADJ", "drôle", {**gender, "Number": "Sing"})  # the model's plurals are its PRON's


def towards(fields: Fields, index: int) -> Reading | None:
    """envers is the preposition (gentil envers elle, sa haine envers les Anglais), which the
    tagger reads as an adjective (UD dev: 3 of 3); after a determiner it is the noun (l'envers
    du décor, à l'envers)."""
    values = fields[index]
    if _lower(values) != "envers" or values["pos"] == "ADP":
        return None
    before = fields[index - 1] if index else None
    if before is not None and before["sentence"] == values["sentence"] and before["pos"] == "DET":
        return None
    return ("ADP", "envers", {})


def _title(fields: Fields, index: int) -> bool:
    """Me Dupont: maître's abbreviation before a name, not the pronoun."""
    after = fields[index + 1] if index + 1 < len(fields) else None
    return fields[index]["text"] == "Me" and after is not None and after["text"][:1].isupper()


def negation_pronoun(fields: Fields, index: int) -> Reading | None:
    """Rien de plus; il n'avait vu personne; Personne ne bougea: the pronoun, not the noun (un
    rien, une jeune personne, en personne keep it). personne needs a ne in its sentence or
    sans, que before it, since « dix euros par personne » is the noun."""
    values = fields[index]
    lower = _lower(values)
    if lower not in NEGATION_WORDS or values["pos"] not in CONTENT_POS:
        return None
    if _after_determiner(fields, index):
        return None
    if lower == "personne" and not _negated(fields, index):
        return None
    return ("PRON", lower, {})


def _negated(fields: Fields, index: int) -> bool:
    """ne or n' right after the word (personne ne vint), or before it in its sentence (il
    n'avait vu personne) unless sans or que stands right before it, which also make nouns;
    sans further back, a verb between (partit sans prévenir personne)."""
    before = fields[index - 1] if index else None
    if before is not None and _lower(before) in NOUN_PREPOSITIONS:
        return False
    after = fields[index + 1] if index + 1 < len(fields) else None
    if after is not None and _lower(after) in ("ne", "n'"):
        return True  # personne ne vint; sans que personne ne le sache
    if before is not None and _lower(before) in ("sans", "que", "qu'"):
        return False  # une personne sans personne à charge: UD Sequoia dev lost a noun
    sentence, earlier = fields[index]["sentence"], index - 1
    verb = False  # a verb between sans and personne: sans prévenir personne
    while earlier >= 0 and fields[earlier]["sentence"] == sentence:
        if _lower(fields[earlier]) in ("ne", "n'"):
            return True  # il n'avait vu personne
        if _lower(fields[earlier]) == "sans" and verb:
            return True  # sans prévenir personne, sans rien dire à personne: anyone
        if fields[earlier]["text"] == ",":
            verb = False  # Sans réfléchir, elle répondit, personne âgée ...: another clause
        verb = verb or fields[earlier]["pos"] in ("VERB", "AUX")
        earlier -= 1
    return False


def _after_determiner(fields: Fields, index: int) -> bool:
    before = fields[index - 1] if index else None
    same = before is not None and before["sentence"] == fields[index]["sentence"]
    return same and before is not None and before["pos"] in NOUN_BEFORE


def etre_avoir_adverb(values: dict[str, Any]) -> bool:
    """Tu es fou: a form of être or avoir the tagger called an adverb (its lemma is the verb's)."""
    return values["pos"] == "ADV" and values["lemma"] in ("être", "avoir")


def _lower(values: dict[str, Any]) -> str:
    return str(values["text"]).lower().replace("’", "'")


# voilà, voici: the dictionaries' part of speech (the tagger says ADJ, 218 times in the corpus,
# and the card said "adjective, plural").
PRESENTATIVES = frozenset({"voilà", "voici"})
PRESENTATIVE_POS = "ADV"  # UD dev: VERB, ADP score the same; the card then says "adverb"
# là-bas, là-haut, là-dessus: adverbs, read as adjectives, nouns or names 60 times.
THERE_ADVERBS = frozenset({"là-bas", "là-haut", "là-dessus", "là-dessous", "là-dedans"})
# jadis, naguère, autrefois: adverbs of time, read as adjectives or nouns (Jadis ils honoraient;
# ayant jadis existé), whose cards then led with another part of speech's senses (ever).
TIME_ADVERBS = frozenset({"jadis", "naguère", "autrefois"})


def fixed_word(values: dict[str, Any]) -> Reading | None:
    """voilà, voici and là-bas, là-haut, jadis: each has one part of speech whatever the tagger
    said; debout is an adverb, never the noun or pronoun the tagger says 17 times (il demeura
    debout)."""
    lower = _lower(values)
    if lower == "debout" and values["pos"] in ("NOUN", "PRON"):
        return ("ADV", lower, {})
    if lower in PRESENTATIVES and values["pos"] != PRESENTATIVE_POS:
        return (PRESENTATIVE_POS, lower, {})
    if lower in THERE_ADVERBS | TIME_ADVERBS and values["pos"] != "ADV":
        return ("ADV", lower, {})
    return None


PLURAL_SUBJECTS = {"nous": ("1", "Plur"), "vous": ("2", "Plur")}
# What stands between a subject clitic and its verb: ne and the object pronouns.
BETWEEN = frozenset("ne n' me m' te t' se s' le la les l' lui leur y en nous vous".split())


def subject_reading(fields: Fields, index: int) -> dict[str, str] | None:
    """tu sais, je vous le jure, vous nous aimez: a finite verb after its subject clitic (ne
    and object pronouns between) has the clitic's person and number, where the model gave
    another (tu sais as a first person 45 times in the corpus, je prie as a third) and the form
    can have it. The verb's features so corrected, or None."""
    values = fields[index]
    morph = values["morph"]
    if values["pos"] == "VERB" and morph.get("VerbForm") == "Part":
        return _finite_participle(fields, index)
    if values["pos"] not in ("VERB", "AUX") or morph.get("VerbForm") != "Fin":
        return None
    person = _subject_of(fields, index)
    if person is None or (morph.get("Person"), morph.get("Number")) == person:
        return None
    readings = form_readings(values["lemma"], _lower(values))
    if not any((r.get("Person"), r.get("Number")) == person for r in readings):
        return None  # a form the subject cannot have: the model's reading stays
    return {**morph, "Person": person[0], "Number": person[1]}


# Inverted subject clitics after a verb (Que faites-vous ?).
INVERTED_SUBJECTS = {"-vous": ("2", "Plur"), "-nous": ("1", "Plur"), "-tu": ("2", "Sing")}


def _finite_participle(fields: Fields, index: int) -> dict[str, str] | None:
    """« Vous faites ce métier ?, Que faites-vous ?: a form read as a participle (faites,
    dites) right after its subject clitic or before an inverted one, with no auxiliary, is the
    present the form also is for that person (novel18). Its features, or None."""
    values = fields[index]
    after = fields[index + 1] if index + 1 < len(fields) else None
    person = INVERTED_SUBJECTS.get(_lower(after)) if after is not None else None
    if person is None:
        person = _subject_of(fields, index)
    if person is None:
        return None
    readings = [
        r
        for r in form_readings(values["lemma"], _lower(values))
        if r.get("VerbForm") == "Fin" and (r.get("Person"), r.get("Number")) == person
    ]
    if len({r.get("Tense") for r in readings}) != 1:
        return None  # elle lui dit: present or passé simple, the participle's reading stays
    return next((r for r in readings if r.get("Mood") == "Ind"), readings[0])


def _subject_of(fields: Fields, index: int) -> tuple[str, str] | None:
    """The person and number of the verb's subject clitic, before ne and object pronouns; of
    the first nous or vous among these when no other clitic comes before (vous nous aimez)."""
    sentence, before = fields[index]["sentence"], index - 1
    plural = None
    while before >= 0 and fields[before]["sentence"] == sentence:
        lower = _lower(fields[before])
        if lower in PLURAL_SUBJECTS and fields[before]["pos"] == "PRON":
            plural = PLURAL_SUBJECTS[lower]
        if lower not in BETWEEN:
            break
        before -= 1
    if before >= 0 and fields[before]["sentence"] == sentence:
        subject = fields[before]
        if subject["pos"] == "PRON" and _lower(subject) in SUBJECT_CLITICS:
            return SUBJECT_CLITICS[_lower(subject)]
    return plural
