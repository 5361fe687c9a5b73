"""The contexts of a participle or a verb form by the auxiliary or copula before it (il avait
rougi, se sont félicités, il est mort, elle parut surprise, j'ai un peu trop bu), where the
tagger took it for a noun or an adjective, or the reverse."""

from __future__ import annotations

from typing import Any

from reader.core.analysis.corrections.tag_changes import Fields, Verbs, verb_readings
from reader.core.analysis.corrections.tag_contexts.words import CLITICS, NEGATION_ADVERBS
from reader.core.grammar.conjugation import ETRE_VERBS
from reader.core.grammar.lefff_verbs import form_readings


def conjugated_with_auxiliary(values: dict[str, Any], verbs: Verbs) -> bool:
    """avait envie, est content, est bien content: the tagger took a noun or an adjective
    for a conjugated verb after avoir or être (an auxiliary or, adverbs between, a copula)."""
    token = values["_spacy"]
    if values["pos"] != "VERB" or values["morph"].get("VerbForm") != "Fin":
        return False
    if not any(
        child.dep_ in ("aux:tense", "aux:pass") or (child.dep_ == "cop" and _adverbs_only(child))
        for child in token.children
    ):
        return False
    form = values["text"].lower()
    found = verbs.readings(form)
    participle = any(
        reading["VerbForm"] == "Part"
        for verb in found.get("VERB", ())
        for reading in form_readings(verb, form)
    )
    return ("NOUN" in found or "ADJ" in found) and not participle


def _adverbs_only(copula: Any) -> bool:
    """Whether only adverbs stand between a copula and the word it links (est bien content),
    not a subject (ce fut elle qui lui serra la main: a cleft's être)."""
    between = copula.doc[copula.i + 1 : copula.head.i]
    return copula.i < copula.head.i and all(word.pos_ == "ADV" for word in between)


def participle_with_auxiliary(values: dict[str, Any]) -> bool:
    """se sont félicités: the tagger took the participle of a compound tense for a noun."""
    if values["pos"] not in ("NOUN", "ADJ"):
        return False
    return any(child.dep_ in ("aux:tense", "aux:pass") for child in values["_spacy"].children)


def after_avoir(fields: Fields, index: int) -> bool:
    """Il avait rougi.: a noun or adjective right after a finite avoir (adverbs between: il a
    beaucoup rougi), where the parse gave the participle no auxiliary; avoir takes no bare
    adjective, so a form that is a past participle is the compound tense's (to_participle
    leaves faim, peur, raison alone: no verb's participle)."""
    values = fields[index]
    if values["pos"] not in ("NOUN", "ADJ") or values["text"].lower() in NEGATION_ADVERBS:
        return False  # n'avait point songé: point is the negation's, not poindre's participle
    at = index - 1
    while at >= 0 and fields[at]["sentence"] == values["sentence"] and fields[at]["pos"] == "ADV":
        at -= 1
    if at < 0 or fields[at]["sentence"] != values["sentence"]:
        return False
    word = fields[at]
    return bool(word["lemma"] == "avoir" and word["morph"].get("VerbForm") == "Fin")


def etre_participle(values: dict[str, Any], verbs: Verbs) -> str:
    """il est mort, elle est entrée: a participle tagged as an adjective, with être as its
    copula, of a verb whose compound tenses take être; "" otherwise (never a noun: elle est
    partie intégrante)."""
    if values["pos"] != "ADJ":
        return ""
    token = values["_spacy"]
    if not any(c.dep_ == "cop" and c.lemma_ == "être" for c in token.children):
        return ""
    form = values["text"].lower()
    for verb in verbs.readings(form).get("VERB", ()):
        if verb in ETRE_VERBS and any(
            r.get("VerbForm") == "Part" and r.get("Tense") == "Past"
            for r in form_readings(verb, form)
        ):
            return verb
    return ""


# Verbs that link their subject to an attribute as être does (elle parut surprise).
LINKING_VERBS = frozenset({"sembler", "paraître", "devenir", "rester", "demeurer"})


def copula_participle(values: dict[str, Any], verbs: Verbs) -> bool:
    """elle est surprise, elle parut surprise, la ville fut prise: a feminine past participle
    the tagger took for the noun it also spells (surprise, prise, vue), as the attribute of
    être or a linking verb, with no determiner of its own. Not a noun Lexique gives with a
    masculine lemma (elle est employée, députée: the noun employé stays)."""
    if values["pos"] != "NOUN" or not values["text"].lower().endswith(("e", "es")):
        return False
    token = values["_spacy"]
    children = [child.dep_ for child in token.children]
    if "det" in children or "case" in children:
        return False  # une surprise; à portée de la main, en vue: the noun after its preposition
    # a linking verb takes no object: the parse's object of one is its attribute
    linked = token.dep_ in ("xcomp", "obj") and token.head.lemma_ in LINKING_VERBS
    if "cop" not in children and not linked:
        return False
    form = values["text"].lower()
    noun = form[:-1] if form.endswith("s") else form
    found = verbs.readings(form)
    if found.get("NOUN") != (noun,) or not found.get("VERB"):
        return False
    return any(
        reading.get("VerbForm") == "Part" and reading.get("Tense") == "Past"
        for reading in verb_readings(form, verbs)
    )


def participle_after_adverbs(fields: Fields, index: int, verbs: Verbs) -> bool:
    """j'ai un peu trop bu: a form Lexique reads only as a verb's, tagged an adjective or a
    noun, with only adverbs (and the un of un peu) between it and a finite avoir before it,
    or a finite être after a reflexive pronoun (je me suis finalement abstenue), is the
    participle of the compound tense; the tagger reads un as an article."""
    values = fields[index]
    if values["pos"] not in ("ADJ", "NOUN") or index == 0 or not _adverbial(fields, index - 1):
        return False  # the adverbs first: most words have none before them (issue 14)
    if set(verbs.readings(values["text"].lower())) != {"VERB"}:
        return False
    position = index - 1
    while position >= 0 and _adverbial(fields, position):
        position -= 1
    if position in (index - 1, -1):
        return False
    before = fields[position]
    if before["morph"].get("VerbForm") != "Fin":
        return False
    if before["lemma"] == "être":  # je me suis finalement abstenue: a pronominal's être
        reflexive = CLITICS | {"nous", "vous"}
        return position > 0 and fields[position - 1]["text"].lower().replace("’", "'") in reflexive
    return bool(before["lemma"] == "avoir")


def _adverbial(fields: Fields, position: int) -> bool:
    word = fields[position]
    if word["pos"] == "ADV":
        return True
    return bool(word["text"].lower() == "un" and fields[position + 1]["text"].lower() == "peu")
