"""The contexts of one word each, whose readings the tagger confuses: issue de, taire's tu,
avoir trait à, vers (verse), fils (wires)."""

from __future__ import annotations

from reader.core.analysis.corrections.tag_changes import Fields

# issue(s) de: the adjective issu's feminine forms (born of, resulting from) -> its Number.
ISSU_FORMS = {"issue": "Sing", "issues": "Plur"}
OF = frozenset({"de", "d'", "d’", "du", "des"})


def issu_de(fields: Fields, index: int) -> str:
    """une famille issue de la noblesse, Issue d'une famille, les chansons issues des concerts:
    issue before de is the adjective issu, unless a determiner, a number or an adjective
    stands before it (l'issue de la saison, une issue de secours, la seule issue de la crise).
    The adjective's Number, or "" where issue is the noun."""
    values = fields[index]
    number = ISSU_FORMS.get(values["text"].lower(), "")
    if not number or values["pos"] != "NOUN" or index + 1 >= len(fields):
        return ""
    if fields[index + 1]["text"].lower() not in OF:
        return ""
    before = fields[index - 1] if index else None
    if before is not None and before["pos"] in ("DET", "NUM", "ADJ"):
        return ""
    return number


# taire's past participles, which only follow an auxiliary (il s'est tu, elle s'était tue).
TAIRE_PARTICIPLES = {"tu": "Sing", "tue": "Sing", "tus": "Plur", "tues": "Plur"}
SUBJECT_TU_MORPH = {"Number": "Sing", "Person": "2", "PronType": "Prs"}


def tu_reading(fields: Fields, index: int) -> tuple[str, str, dict[str, str]] | None:
    """tu, tue, tus, tues after an auxiliary, adverbs aside, are taire's participle (il s'est
    tu, s'était aussitôt tue: fell silent); anywhere else tu is the subject pronoun, whatever
    the tagger said (« Tu es bien pâle »: not taire, not a noun, not a first person). The
    (pos, lemma, morph) to give the word, or None where it already has it or is neither."""
    values = fields[index]
    lower = values["text"].lower()
    if lower not in TAIRE_PARTICIPLES:
        return None
    before = index - 1
    while before >= 0 and fields[before]["pos"] == "ADV":
        before -= 1
    same = before >= 0 and fields[before]["sentence"] == values["sentence"]
    if same and fields[before]["lemma"].lower() in ("être", "avoir"):
        if values["lemma"] == "taire":
            return None
        number = TAIRE_PARTICIPLES[lower]
        gender = "Fem" if lower.startswith("tue") else "Masc"
        morph = {"Gender": gender, "Number": number, "Tense": "Past", "VerbForm": "Part"}
        return ("VERB", "taire", morph)
    if lower != "tu" or (values["pos"] == "PRON" and values["morph"] == SUBJECT_TU_MORPH):
        return None
    return ("PRON", "tu", dict(SUBJECT_TU_MORPH))


# avoir trait à (to relate to): trait is the noun, not traire's participle.
TO = frozenset({"à", "au", "aux"})


def trait_noun(fields: Fields, index: int) -> bool:
    """qui a trait au respect: trait between avoir and à is the noun of avoir trait à."""
    values = fields[index]
    if values["text"].lower() != "trait" or values["pos"] not in ("VERB", "AUX") or index < 1:
        return False
    if fields[index - 1]["lemma"] != "avoir" or index + 1 >= len(fields):
        return False
    return fields[index + 1]["text"].lower() in TO


def verse_noun(fields: Fields, index: int) -> bool:
    """les quatre premiers vers, des vers de Hugo, un beau vers: vers right after a
    determiner or a number, or after an adjective that one precedes, is the noun (a line of
    verse, worms), not the preposition towards."""
    values = fields[index]
    if values["text"].lower() != "vers" or values["pos"] != "ADP" or index < 1:
        return False
    before = fields[index - 1]
    if before["pos"] == "ADJ" and index >= 2:
        before = fields[index - 2]
    return before["pos"] in ("DET", "NUM") and before["sentence"] == values["sentence"]


# fils (sons or threads) before what only threads and wires are made of or carry: fil.
THREAD_MATERIALS = frozenset("fer soie laine coton cuivre acier lin nylon".split())
THREAD_KINDS = frozenset("électriques barbelés téléphoniques conducteurs".split())


def fils_of_thread(fields: Fields, index: int) -> bool:
    """les fils de fer, des fils électriques: fils is fil's plural (wires, threads), not fils
    (sons), before de + a material or an adjective only wires take."""
    values = fields[index]
    if values["text"].lower() != "fils" or values["pos"] != "NOUN" or index + 1 >= len(fields):
        return False
    after = fields[index + 1]["text"].lower()
    if after in THREAD_KINDS:
        return True
    if after not in ("de", "d'", "d’") or index + 2 >= len(fields):
        return False
    return fields[index + 2]["text"].lower() in THREAD_MATERIALS
