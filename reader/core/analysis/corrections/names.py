"""Which capitalised words are names: a word is greyed out as a name only when that is sure.

The tagger calls many capitalised common words names (PROPN): Papillon in a title, Ligue des
champions, Police, Somme toute. A word it tags PROPN stays a name only if the dictionaries do
not know it in lower case as a noun or an adjective, or know it capitalised as a name (Marie,
Paris, Nice); otherwise it is the common word, with its lemma and card (papillon, ligue).

The other way round, a capitalised word inside a sentence that no dictionary knows in any
case (Pierrotte, Eyssette, York), which the tagger took for a noun, is a name. At a sentence
start the capital proves nothing, so the tag stays.

Two cardinal points, though the dictionaries know them capitalised, are common nouns inside a
sentence (le Sud, Afrique du Nord: sud, nord), as UD French-GSD lemmatises them.

A person's first name that is also a common word (Madeleine, Rose, Pierre) is often tagged as
that word. Without a determiner it is the name (bare_name): inside a sentence (vers Madeleine,
épouser Madeleine Forestier), and at a sentence start when a verb, a clitic or a comma follows
(Madeleine ouvrit, Rose, fâchée, ...); with one, even inside du or au, it is the common word
or a place (une madeleine, la Madeleine, du Soleil). Only names the dictionaries know
capitalised, or that the project's main senses list as names (the given names Rose, Marcel:
resources/senses/main_senses.tsv), and never a title (Monsieur, Madame). After a title any
capitalised word is a name (Mme de Marelle: not hopscotch; M. Rival).

A few names are common words in lower case with another meaning, and French writes them with
a capital right after their article: le Midi (the South of France, not noon), le Monde (the
newspaper, not the world). There the capital is sure (article_name); after a capitalised word
(la Coupe du Monde, Artisans du Monde) the word is part of a longer name and keeps the common
word's meaning, as UD French-GSD lemmatises it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from reader.core.analysis.corrections.accents import restore_accents
from reader.core.analysis.corrections.lemmas import ACCENTS
from reader.core.analysis.corrections.rule_switches import is_enabled, register
from reader.core.dictionaries.lexicon.leading import leading

COMMON = register("common-word", "a 'name' the dictionaries know as a common word: Papillon")
START = register("start-adverb", "a sentence start tagged as a name may be an adverb: Autrefois")
KNOWN = register("known-name", "a known name that is no word in lower case: Algérie, Bruxelles")
START_UNKNOWN = register(
    "start-unknown", "a sentence start unknown in every case is a name too: Boisrenard l'a dit"
)
UNKNOWN = register("unknown-capital", "an unknown capitalised word inside a sentence is a name")
ARTICLE_NAME = register("article-name", "le Midi, du Monde: the name, not noon or the world")
CARDINAL = register("cardinal-point", "le Sud, Amérique du Nord: the noun sud, nord")
BARE_NAME = register(
    "bare-name", "a first name without a determiner is the name: Madeleine ouvrit, vers Rose"
)
LOWER_CASE = register(
    "lower-case-name", "a lower-case 'name' the dictionaries know is that word: il la serra"
)

# The cardinal points, capitalised inside a sentence when they name a region (le Sud, vers
# le Nord, Afrique du Sud): the common noun, whatever the dictionaries' capitalised entries;
# beside another capitalised word they stay part of a name (Pôle Nord). Not l'Est, l'Ouest,
# which often name a bloc or a company (nos voisins de l'Ouest, les Chemins de fer de
# l'Ouest: names in UD French-GSD and Sequoia alike).
CARDINAL_POINTS = frozenset({"Nord", "Sud"})

# Names that are common words of another meaning in lower case (see the docstring).
ARTICLE_NAMES = frozenset({"Midi", "Monde"})
NAME_ARTICLES = frozenset({"le", "du", "au"})
# What opens a quotation or a line of dialogue: the word after it is written capitalised.
LINE_OPENINGS = frozenset({"«", "“", '"', "—", "–"})

# Known capitalised, but a title or a form of address (Monsieur: sir), or a common noun
# capitalised by custom (chef d'État), not a name.
TITLES = frozenset(
    {"Monsieur", "Madame", "Mademoiselle", "Messieurs", "Mesdames", "Mme", "Mlle", "Mgr"}
    | {"Seigneur", "État", "Etat"}
)
# What stands between a subject and its verb: ne and the object clitics.
BEFORE_VERB = frozenset("ne n' se s' lui leur le la les l' me m' y en".split())
# What may follow a first name opening a sentence: its verb, a clitic before it, a comma.
NAME_FOLLOWERS = frozenset({",", *BEFORE_VERB})
BARE_NAME_POS = frozenset({"NOUN", "VERB"})  # not ADJ: la capitale Espagnole
# Titles a surname follows, with or without de: Mme de Marelle, le comte de Vaudrec, M. Walter.
NAME_TITLES = frozenset(
    {"M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "monsieur", "madame"}
    | {"mademoiselle", "comte", "comtesse", "baron", "baronne", "marquis", "marquise"}
    | {"vicomte", "vicomtesse", "duc", "duchesse", "prince", "princesse", "abbé", "général"}
)
# Words before a name that make it a common noun or a place: an article inside them (du Soleil,
# au Brabant), a number (le 3 Mars).
DETERMINING = frozenset({"du", "au", "aux", "des"})

# Parts of speech a word tagged as a name may turn out to be, the likelier first.
COMMON_POS = ("NOUN", "ADJ")
# What the tagger may call an unknown capitalised word (Bel-Ami: a verb).
UNKNOWN_POS = frozenset({*COMMON_POS, "VERB"})
# A lower-case word's parts of speech, the tagger's likeliest slip first.
LOWER_CASE_POS = ("VERB", "NOUN", "ADJ", "ADV")


class Lexique(Protocol):
    """What the decision asks of the lexicon."""

    def readings(self, form: str) -> Mapping[str, tuple[str, ...]]:
        """Lexique's readings of a form spelled so: part of speech -> lemmas."""

    def is_word(self, word: str) -> bool:
        """Whether the lexicon knows the word spelled exactly so."""

    def is_headword(self, word: str, pos: str) -> bool:
        """Whether a dictionary has the word, spelled so, as a headword of that POS."""

    def is_name(self, word: str) -> bool:
        """Whether a dictionary knows the word, capitalised so, as a name (Marie, Paris)."""


def common_pos(
    text: str, pos: str, beside_capital: bool, sentence_start: bool, lexique: Lexique
) -> str:
    """The common part of speech of a word tagged as a name that is not surely one (Papillon
    -> NOUN, Rouge -> ADJ; at a sentence start Viens -> VERB, Autrefois -> ADV), or "" where
    it stays a name:
    known as a name, not a dictionary headword in lower case (Tarzan, Perpignan are in
    Lexique's word list), or beside another capitalised word (New York, Carnegie Hall). A
    cardinal point inside a sentence is the noun even though known as a name (le Sud: sud)."""
    if pos == "PROPN" and text[:1].islower() and is_enabled(LOWER_CASE):
        return _lower_case_pos(text, lexique)
    if not is_enabled(COMMON) or pos != "PROPN" or beside_capital or not _capitalised(text):
        return ""
    if text in CARDINAL_POINTS and not sentence_start and is_enabled(CARDINAL):
        return "NOUN"
    if lexique.is_name(text):
        return ""
    lower = text.lower()
    readings = lexique.readings(lower)
    # at a sentence start the capital proves nothing: Tenez, Autrefois
    adverb = ("ADV",) if is_enabled(START) else ()
    tags = (*COMMON_POS, "VERB", *adverb) if sentence_start else COMMON_POS
    found = next((tag for tag in tags if _headword(lower, tag, readings, lexique)), "")
    if not found and sentence_start and adverb and _adverb_of_adjective(lower, lexique):
        return "ADV"  # Contractuellement, which no dictionary lists: contractuelle + -ment
    return found


def _adverb_of_adjective(lower: str, lexique: Lexique) -> bool:
    """An adverb made regularly from a known adjective: its feminine + -ment
    (contractuellement), or -amment / -emment from -ant / -ent (couramment, récemment)."""
    if not lower.endswith("ment") or len(lower) < 9:
        return False
    stems = [lower[:-4]]
    if lower.endswith(("amment", "emment")):
        stems.append(lower[:-5] + "nt")
    return any("ADJ" in lexique.readings(stem) for stem in stems)


def _lower_case_pos(text: str, lexique: Lexique) -> str:
    """A word written in lower case is no name unless the dictionaries know no word so
    spelled (il la serra dans ses bras: the verb serrer; but iPhone, eBay stay names), or the
    project's main senses have it as a noun (deux louis: gold coins)."""
    readings = lexique.readings(text)
    found = next((tag for tag in LOWER_CASE_POS if _headword(text, tag, readings, lexique)), "")
    return found or ("NOUN" if leading(text, "NOUN") else "")


def _headword(
    lower: str, tag: str, readings: Mapping[str, tuple[str, ...]], lexique: Lexique
) -> bool:
    """The word is a dictionary's headword with that part of speech (a verb: its infinitive)."""
    if tag not in readings:
        return False
    if tag == "VERB":
        return any(lexique.is_headword(verb, tag) for verb in readings[tag])
    return lexique.is_headword(lower, tag)


def is_unknown_capital(text: str, pos: str, sentence_start: bool, lexique: Lexique) -> bool:
    """Pierrotte, Eyssette, Bel-Ami: capitalised inside a sentence (every part of a hyphenated
    word), unknown to every dictionary; and
    Bruxelles, l'Algérie anywhere: a name the dictionaries know, no word in lower case.
    (Acronyms stay as tagged: making them names cost 0.15 point of UPOS on Sequoia dev.)"""
    hyphenated = "-" in text and all(_capitalised(part) for part in text.split("-"))
    if pos not in UNKNOWN_POS or not (_capitalised(text) or hyphenated):
        return False
    if not text.replace("-", "").isalpha():
        return False
    lower = text.lower()
    if lexique.readings(lower) or lexique.is_word(lower):
        return False
    if lexique.is_word(text):
        return is_enabled(KNOWN) and lexique.is_name(text)
    if not is_enabled(START_UNKNOWN if sentence_start else UNKNOWN):
        return False
    # Georgiens, Equipiers: a common word whose capital dropped an accent
    return not (is_enabled(ACCENTS) and restore_accents(lower, lexique.readings))


def article_name(fields: Sequence[Mapping[str, Any]], index: int) -> bool:
    """dans le Midi, du Monde: one of ARTICLE_NAMES, capitalised, right after le, du or au
    that no capitalised word inside a sentence precedes (not la Coupe du Monde; Dans le
    Midi, Selon le Monde are the names). fields are one doc's tokens."""
    values = fields[index]
    if values["text"] not in ARTICLE_NAMES or values["pos"] not in ("NOUN", "PROPN"):
        return False
    if index < 1 or fields[index - 1]["text"].lower() not in NAME_ARTICLES:
        return False
    return index < 2 or not fields[index - 2]["text"][:1].isupper() or _starts(fields, index - 2)


def bare_name(
    fields: Sequence[Mapping[str, Any]], index: int, is_name: Callable[[str], bool]
) -> bool:
    """Madeleine ouvrit, vers Madeleine, Rose, fâchée, Mme de Marelle: a first name the tagger
    read as a common word, with no determiner, or a surname after a title (see the
    docstring). is_name: the lexicon's test."""
    values = fields[index]
    text = values["text"]
    if not _capitalised(text) or not text.isalpha() or len(text) < 3:
        return False
    if _after_title(fields, index):
        return True
    if values["pos"] not in BARE_NAME_POS or text in TITLES or text in CARDINAL_POINTS:
        return False
    if not (is_name(text) or leading(text, "PROPN")):
        return False
    if any(child.dep_ == "det" for child in values["_spacy"].children):
        return False
    if _starts(fields, index):
        after = fields[index + 1] if index + 1 < len(fields) else None
        if after is None or after["sentence"] != values["sentence"]:
            return False
        following = after["text"].lower().replace("’", "'")
        return following in NAME_FOLLOWERS or after["pos"] in ("VERB", "AUX")
    before = fields[index - 1]
    return before["pos"] not in ("DET", "NUM") and before["text"].lower() not in DETERMINING


def _after_title(fields: Sequence[Mapping[str, Any]], index: int) -> bool:
    """Mme de Marelle, M. Rival, le comte de Vaudrec: right after a title, or after its de."""
    if index < 1 or _starts(fields, index):
        return False
    before = fields[index - 1]["text"]
    if before in ("de", "d'", "d’") and index >= 2:
        before = fields[index - 2]["text"]
    return before in NAME_TITLES


def _starts(fields: Sequence[Mapping[str, Any]], index: int) -> bool:
    """Whether the token opens its sentence, a quotation or a dialogue line (its capital
    proves nothing)."""
    if index == 0 or fields[index - 1]["sentence"] != fields[index]["sentence"]:
        return True
    return fields[index - 1]["text"] in LINE_OPENINGS


def _capitalised(text: str) -> bool:
    """Capital first letter, the rest in lower case (not an acronym such as ONU)."""
    return text[:1].isupper() and text[1:] == text[1:].lower()
