"""Homographs the tagger reads as the commoner word: the noun pas (nos pas: our steps), the
noun sous (cent sous: a hundred sous), suivre's suis (je te suis: I follow you), the nouns
êtres (beings) and été (l'été dernier: summer), and plaire's passé simple plut (cela lui
plut: it pleased him) and participle plu (il lui avait plu) against pleuvoir's (il plut: it
rained), told apart by the words
around them. (vit, vivre's present or voir's passé simple, is decided with the narration's
tense in corrections/moods.py.)"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reader.core.analysis.corrections.rule_switches import is_enabled, register

PLAIRE = register("plut-plaire", "plut is plaire's except after an impersonal il: cela lui plut")

Fields = dict[str, Any]  # a token's fields as the analyser builds them (text, lemma, pos ...)

# Words that make the next one a noun: determiners and numbers (deux pas, des sous).
NUMBER_WORDS = frozenset(
    "deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente quarante "
    "cinquante soixante cent cents mille quelques plusieurs".split()
)
# Object pronouns before suis make it suivre: être takes none of these (le may be its
# attribute: je le suis, I am).
SUIVRE_OBJECTS = frozenset({"te", "t'", "la", "les", "vous", "nous", "me", "m'"})
# After je te suis as être comes its attribute: an adjective, a noun, a participle.
ATTRIBUTE_POS = frozenset({"ADJ", "NOUN", "PROPN", "VERB", "DET", "NUM", "PRON"})
# Words after which été is the season: determiners, plein, d' (vacances d'été).
SUMMER_BEFORE = frozenset("l' le un cet ce chaque tout plein d' bel".split())
# Clitics before plut that name whom something pleased (cela lui plut): plaire's.
PLAIRE_DATIVES = frozenset("me m' te t' lui nous vous leur".split())


def resolve_homographs(fields: list[Fields]) -> None:
    """Correct pos and lemma in place where the neighbours decide (one parsed paragraph)."""
    for at, values in enumerate(fields):
        rule = _RULES.get(values["text"].lower().replace("’", "'"))
        if rule is not None and values["is_word"]:
            rule(fields, at)


def _previous(fields: list[Fields], at: int) -> Fields | None:
    if at == 0 or fields[at - 1]["sentence"] != fields[at]["sentence"]:
        return None
    return fields[at - 1]


def _next(fields: list[Fields], at: int) -> Fields | None:
    if at + 1 >= len(fields) or fields[at + 1]["sentence"] != fields[at]["sentence"]:
        return None
    return fields[at + 1]


def _after_quantity(fields: list[Fields], at: int) -> bool:
    previous = _previous(fields, at)
    if previous is None:
        return False
    return previous["pos"] in ("DET", "NUM") or previous["text"].lower() in NUMBER_WORDS


def _noun(values: Fields, lemma: str) -> None:
    values["pos"], values["lemma"] = "NOUN", lemma


def _pas(fields: list[Fields], at: int) -> None:
    """nos pas, deux pas, ses pas: a noun (step), never the negation after a determiner."""
    if _after_quantity(fields, at):
        _noun(fields[at], "pas")


def _sous(fields: list[Fields], at: int) -> None:
    """cent sous, des sous: the old coin; else the preposition, whose lemma the model
    sometimes gives as the coin's (sous la table: sou)."""
    if _after_quantity(fields, at):
        _noun(fields[at], "sou")
    elif fields[at]["pos"] == "ADP":
        fields[at]["lemma"] = "sous"


def _suis(fields: list[Fields], at: int) -> None:
    """je te suis (I follow you): an object pronoun before suis and no attribute after it,
    adverbs passed over (je te suis très reconnaissant: am). me before it is the reflexive
    of être's compound tenses (je me suis finalement abstenue) except after tu (tu me suis:
    you follow me)."""
    previous = _previous(fields, at)
    if previous is None:
        return
    pronoun = previous["text"].lower().replace("’", "'")
    if pronoun not in SUIVRE_OBJECTS:
        return
    if pronoun in ("me", "m'") and not _after_tu(fields, at - 1):
        return
    after = at + 1
    while _next(fields, after - 1) is not None and fields[after]["pos"] == "ADV":
        after += 1
    following = _next(fields, after - 1)
    if following is not None and following["pos"] in ATTRIBUTE_POS:
        return
    values = fields[at]
    values["pos"], values["lemma"] = "VERB", "suivre"
    values["morph"] = {**values["morph"], "VerbForm": "Fin", "Mood": "Ind", "Tense": "Pres"}


def _after_tu(fields: list[Fields], at: int) -> bool:
    before = _previous(fields, at)
    return before is not None and before["text"].lower() == "tu"


def _etres(fields: list[Fields], at: int) -> None:
    """êtres: only ever the noun (beings)."""
    _noun(fields[at], "être")


def _ete(fields: list[Fields], at: int) -> None:
    """l'été dernier, un été pluvieux, en plein été, vacances d'été: the noun (summer), never
    être's participle after a determiner, plein or d'."""
    previous = _previous(fields, at)
    if previous is not None and _plain(previous) in SUMMER_BEFORE:
        values = fields[at]
        values["pos"], values["lemma"] = "NOUN", "été"
        values["morph"] = {"Gender": "Masc", "Number": "Sing"}


def _plut(fields: list[Fields], at: int) -> None:
    """cela lui plut, le livre plut: plaire; il plut (toute la nuit): pleuvoir, the impersonal
    il right before it, with no one pleased (il plut à la reine: plaire)."""
    values = fields[at]
    if not is_enabled(PLAIRE) or values["pos"] not in ("VERB", "AUX"):
        return
    previous, following = _previous(fields, at), _next(fields, at)
    impersonal = previous is not None and _plain(previous) == "il"
    pleased = following is not None and _plain(following) in ("à", "au", "aux")
    rained = impersonal and not pleased
    if previous is not None and _plain(previous) in PLAIRE_DATIVES:
        rained = False
    values["lemma"] = "pleuvoir" if rained else "plaire"


def _plu(fields: list[Fields], at: int) -> None:
    """il lui avait plu, cela m'a beaucoup plu, le film a plu: plaire's participle (the model
    said pleuvoir for all); il a plu toute la nuit, a-t-il plu: pleuvoir's, the impersonal il
    before its auxiliary with no one pleased (il a plu à la reine: plaire)."""
    values = fields[at]
    if not is_enabled(PLAIRE) or values["pos"] not in ("VERB", "AUX"):
        return
    before, auxiliary = at - 1, False
    while before >= 0 and fields[before]["sentence"] == values["sentence"]:
        word = fields[before]
        if word["lemma"] == "avoir" and word["pos"] in ("AUX", "VERB"):
            auxiliary = True
        elif word["pos"] != "ADV" and _plain(word) not in ("ne", "n'"):
            break
        before -= 1
    if not auxiliary or before < 0 or fields[before]["sentence"] != values["sentence"]:
        return
    following = _next(fields, at)
    pleased = following is not None and _plain(following) in ("à", "au", "aux")
    subject = _plain(fields[before]).removeprefix("-t").lstrip("-")
    values["lemma"] = "pleuvoir" if subject == "il" and not pleased else "plaire"


def _plain(values: Fields) -> str:
    return str(values["text"]).lower().replace("’", "'")


_RULES: dict[str, Callable[[list[Fields], int], None]] = {
    "pas": _pas,
    "sous": _sous,
    "suis": _suis,
    "êtres": _etres,
    "plut": _plut,
    "plu": _plu,
    "été": _ete,
}
