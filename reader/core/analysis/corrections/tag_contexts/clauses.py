"""The contexts read from the word's place in its sentence or clause: an imperative opening
it, an incise, a heading, a clause with no finite verb; and the literary verb endings that
no noun has."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reader.core.analysis.corrections.tag_changes import (
    Fields,
    Verbs,
    imperative_verbs,
    verb_readings,
)
from reader.core.analysis.corrections.tag_contexts.words import _object_clitic
from reader.core.grammar.lefff_verbs import form_readings

# Endings of the passé simple's and the imperfect subjunctive's plurals, found in no noun
# or adjective that Lexique does not also list as one (âmes, flûtes, infâmes).
LITERARY_ENDINGS = tuple(
    "èrent irent urent inrent âmes îmes ûmes âtes îtes ûtes assent issent ussent inssent".split()
)
ARTICLE_GENDERS = {"le": "Masc", "la": "Fem"}
PARTITIVES = frozenset({"de", "d'", "d’"})
RELATIVES = frozenset({"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle"})

DETERMINERS = frozenset("le la les l' un une son sa ses leur leurs ce cet cette ces".split())
CLOSING = frozenset({",", "!", "?", "…", "."})
OPENING = frozenset({"«", "—", "–", "-", '"', "“", ":"})


def imperative_start(
    values: dict[str, Any],
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    verbs: Verbs,
) -> bool:
    """« Tiens, Forestier ! », Tenez, Voyons, Entre donc: a capitalised imperative alone before a
    comma or donc; never a name the dictionaries know (« Marie, viens ! », not marier)."""
    if values["pos"] in ("VERB", "AUX") or not values["text"][:1].isupper():
        return False
    if verbs.is_name(values["_spacy"].text):
        return False
    starts = before is None or before["sentence"] != values["sentence"] or before["text"] in OPENING
    ends = after is not None and (after["text"] in CLOSING or after["text"].lower() == "donc")
    return starts and ends and bool(imperative_verbs(values["text"].lower(), verbs))


def incise(fields: Fields, index: int, verbs: Verbs) -> bool:
    """« … », note le communiqué: a noun without a determiner between a comma and a short
    subject (a determiner and a noun ending the clause), that is a verb's third person."""
    values = fields[index]
    window = fields[index - 1 : index + 4]
    if values["pos"] != "NOUN" or index == 0 or len(window) < 4:
        return False
    comma, _, determiner, noun, *end = window
    if comma["text"] != "," or determiner["text"].lower() not in DETERMINERS:
        return False
    if noun["pos"] not in ("NOUN", "PROPN") or (end and end[0]["is_word"]):
        return False
    if any(child.dep_ == "det" for child in values["_spacy"].children):
        return False
    return any(
        reading.get("Person") == "3" and reading.get("Mood") == "Ind"
        for reading in verb_readings(values["text"].lower(), verbs)
    )


def heading_noun(fields: Fields, index: int, verbs: Verbs) -> str:
    """« High-tech : annonce de la console »: a third-person "verb" with no subject that
    opens the sentence or follows a colon, before de + a determiner, is the noun Lexique
    knows; or ""."""
    values = fields[index]
    morph = values["morph"]
    if values["pos"] != "VERB" or morph.get("VerbForm") != "Fin" or morph.get("Person") != "3":
        return ""
    if not _before_determined_complement(fields, index):
        return ""
    before = fields[index - 1] if index else None
    if before is not None and before["sentence"] == values["sentence"] and before["text"] != ":":
        return ""
    if any(child.dep_.startswith(("nsubj", "expl")) for child in values["_spacy"].children):
        return ""
    nouns = verbs.readings(values["text"].lower()).get("NOUN", ())
    return nouns[0] if nouns else ""


def _before_determined_complement(fields: Fields, index: int) -> bool:
    """annonce de la console, hausse des prix (not « Reste de marbre ! », an imperative)."""
    following = [other["text"].lower() for other in fields[index + 1 : index + 3]]
    if not following:
        return False
    if following[0] in ("du", "des"):
        return True
    return following[0] in PARTITIVES and len(following) > 1 and fields[index + 2]["pos"] == "DET"


def literary_form(values: dict[str, Any], verbs: Verbs) -> bool:
    """ricanèrent tagged as an adverb, accourûmes as an adjective: a form in -èrent, -irent,
    -urent, -âmes, -îmes, -assent... that Lexique knows only as a verb's (not âmes, flûtes)."""
    if values["pos"] in ("VERB", "AUX", "PROPN") or not values["is_word"]:
        return False
    form = values["text"].lower()
    if not form.endswith(LITERARY_ENDINGS):
        return False
    return set(verbs.readings(form)) == {"VERB"}


def verb_of_verbless(
    fields: Fields, index: int, verbs: Verbs, clitic: bool = False
) -> tuple[str, dict[str, str]] | None:
    """(verb, reading) of a bare noun that must be the verb of its sentence, or None; with
    clitic, of a "noun" after its subject, maybe ne, and an object pronoun the tagger took
    for an article (Bergman le visite en 1934: le is no article of the feminine visite's)."""
    values = fields[index]
    if values["pos"] != "NOUN" or index < 1 + clitic or not values["text"].islower():
        return None
    pronoun = fields[index - 1] if clitic else None
    if pronoun is not None and not (pronoun["pos"] == "DET" and _object_clitic(pronoun)):
        return None
    before = fields[index - 1 - clitic]
    if clitic and index > 2 and before["text"].lower().replace("’", "'") in ("ne", "n'"):
        before = fields[index - 3]  # Personne ne les aide
    subject = before["pos"] in ("NOUN", "PROPN") or before["lemma"] in ("personne", "rien")
    if not subject or before["sentence"] != values["sentence"]:
        return None  # (personne, rien: the pronouns of closed_class)
    after = fields[index + 1] if index + 1 < len(fields) else None
    ends = (
        after is None
        # a number in figures is no end: la ville compte 5000 habitants
        or not (after["is_word"] or after["text"][:1].isdigit())
        or after["sentence"] != values["sentence"]
    )
    if ends and pronoun is None:
        return None  # l'homme singe, règne: a noun in apposition before a comma
    own = pronoun["_spacy"].i if pronoun is not None else -1
    if any(child.dep_ == "det" and child.i != own for child in values["_spacy"].children):
        return None
    if pronoun is not None and _agrees_as_article(pronoun, values, verbs):
        return None  # Jean le boulanger vint: an apposition, the article agrees
    clause = list(_clause(fields, index))
    if any(o["pos"] in ("VERB", "AUX") and o["morph"].get("VerbForm") == "Fin" for o in clause):
        return None
    start = _clause_start(fields, index)
    if fields[start]["pos"] not in ("DET", "PROPN") and pronoun is None:
        return None  # passant devant les cafés d'un air crâne: no subject opens the clause
    number = before["morph"].get("Number", "")
    form = values["text"].lower()
    for verb in verbs.readings(form).get("VERB", ()):
        for reading in form_readings(verb, form):
            third = reading.get("Mood") == "Ind" and reading.get("Person") == "3"
            if third and reading.get("Number") == (number or "Sing"):
                return verb, reading
    return None


def _agrees_as_article(article: dict[str, Any], values: dict[str, Any], verbs: Verbs) -> bool:
    """Whether le, la, les could be the article of the word: Lexique knows it as a noun of
    the article's gender (le visite, le capture: visite and capture are feminine) and number
    (les aide: a plural noun ends in -s, -x or -z). Where the dictionaries know no gender,
    it could."""
    nouns = verbs.readings(values["text"].lower()).get("NOUN", ())
    if not nouns:
        return False
    lower = article["text"].lower()
    if lower == "les":
        return bool(values["text"].endswith(("s", "x", "z")))
    gender = ARTICLE_GENDERS.get(lower, "")
    genders = {found for noun in nouns for found in verbs.gender_of(noun).split(",")}
    return not gender or "" in genders or gender in genders


def _clause(fields: Fields, index: int) -> Iterator[dict[str, Any]]:
    """The words of the clause around index: up to a comma, a conjunction or a relative
    pronoun on either side, within the sentence (La commune compte 500 habitants, et le bourg
    est petit: est is another clause's verb)."""
    sentence = fields[index]["sentence"]
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(fields) and fields[other]["sentence"] == sentence:
            if _clause_boundary(fields[other]):
                break
            yield fields[other]
            other += step


def _clause_start(fields: Fields, index: int) -> int:
    start = index
    while start > 0 and fields[start - 1]["sentence"] == fields[index]["sentence"]:
        if _clause_boundary(fields[start - 1]):
            break
        start -= 1
    return start


def _clause_boundary(values: dict[str, Any]) -> bool:
    if values["text"] in (",", ";", ":", "(", ")", "«", "»") or values["pos"] in ("CCONJ", "SCONJ"):
        return True
    return values["pos"] == "PRON" and values["text"].lower() in RELATIVES


# tâcher's imperatives, which are also the noun tâche's forms or look like them (novel18).
TACHER_FORMS = frozenset({"tâche", "tâchez", "tâchons"})
# What may stand before an imperative that opens its clause: nothing, punctuation, et, mais.
COMMAND_OPENERS = frozenset({"et", "mais", "donc", "alors", "puis"})
# What may follow de before the infinitive: ne, an object or reflexive clitic.
BEFORE_ITS_INFINITIVE = frozenset(
    "ne n' n’ le la l' l’ les me m' m’ te t' t’ se s' s’ y en lui".split()
)


def tacher_imperative(fields: Fields, index: int) -> bool:
    """Et tâche de ne pas t'endormir, Tâchez donc d'être à l'heure: a form of tâche tagged a
    noun at the start of its clause, before de (donc between) and an infinitive, is tâcher's
    imperative; not la tâche de tous, une tâche d'huile (a determiner before, or a noun after
    de)."""
    values = fields[index]
    if values["text"].lower() not in TACHER_FORMS or values["pos"] != "NOUN":
        return False
    if index > 0:
        before = fields[index - 1]
        if before["pos"] != "PUNCT" and before["text"].lower() not in COMMAND_OPENERS:
            return False
    at = index + 1
    if at < len(fields) and fields[at]["text"].lower() == "donc":
        at += 1
    if at + 1 >= len(fields) or fields[at]["text"].lower() not in ("de", "d'", "d’"):
        return False
    following = fields[at + 1]
    return following["text"].lower() in BEFORE_ITS_INFINITIVE or (
        following["pos"] in ("VERB", "AUX") and following["morph"].get("VerbForm") == "Inf"
    )
