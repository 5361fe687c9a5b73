"""Corrections to spaCy's French lemmas: each rule fires only where it is sure.

The rule lemmatizer gives `lui` -> luire, `elle`/`eux` -> lui, keeps `M.` and capitalised
sentence starts as they are, strips a final -s from singular nouns (fois -> foi), mangles
hyphenated words (sous-officier -> sou-officier) and leaves typographic apostrophes in elided
forms. The rules below fix those; then the lexicon check (lexicon_check) corrects a lemma that
Lexique contradicts (it also settles plurals: parties -> partie, fois stays fois; a plural
rule here added nothing on UD dev). Each rule has a name, so that scripts/evaluate_ud.py can
measure what it does (`--without NAME`). The word tables the rules read are in lemma_tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Protocol

from reader.core.analysis.corrections.accents import restore_accents
from reader.core.analysis.corrections.lemma_tables import (
    ABBREVIATIONS,
    ELIDED,
    FIXED_LEMMAS,
    FIXED_POS,
    FUNCTION_POS,
    INDEFINITES,
    OBJECT_PRONOUNS,
    PERSONAL_PRONOUNS,
    POSSESSIVES,
    TITLE_POS,
    VERB_ENDINGS,
)
from reader.core.analysis.corrections.rule_switches import is_enabled, register
from reader.core.analysis.corrections.unknown_words import unknown_lemma
from reader.core.dictionaries.lexicon.guesses import PREFIXES, visible

# Ordinals written with figures or Roman numerals: 1er, 1ère, 24e, XIXe, 2ème, Ve (not Le, Me).
_ORDINAL = re.compile(
    r"\d+(?:er|re|ère|e|ème|eme|è|nd|nde)s?|(?:[IVX]+|[IVXLCDM]{2,})(?:e|ème)|I(?:er|re|ère)"
)
# Words glued to a noun by a hyphen that are not part of it: ces imbéciles-là, ce jour-ci.
DEMONSTRATIVE_SUFFIXES = ("-là", "-ci")
# First parts of a compound that never take the plural's -s (sous-officiers, après-midi).
INVARIABLE_PARTS = frozenset(
    {*PREFIXES, "ex", "après", "avant", "arrière", "sans", "hors", "non", "mi", "demi", "semi"}
)
# grand' before a feminine noun: the spelling French used before grand-mère, grand-rue.
OLD_GRAND = "grand'"
_ACCENTED_CAPITALS = {"E": "éèê", "A": "àâ", "I": "îï", "O": "ô", "U": "ûù", "C": "ç"}


@dataclass(frozen=True, slots=True)
class Word:
    """What the rules know of one token."""

    text: str  # as the model read it (straight apostrophes)
    lemma: str  # the model's lemma
    pos: str  # Universal POS tag, after fix_pos
    number: str = ""  # the model's Number feature: Sing, Plur or ""
    before_capital: bool = False  # the next word starts with a capital (Me Dupont)
    person: str = ""  # the model's Person feature: 1, 2, 3 or ""
    sentence_start: bool = False  # first word of a sentence, quotation or dialogue line
    after_capital: bool = False  # inside a sentence, right after a capitalised word


class Sources(Protocol):
    """What the rules ask: the model's lemma rules, and the lexicon's forms."""

    def relemmatise(self, word: str, pos: str) -> str:
        """Lemmatise a lower-cased form as if the model had tagged it pos."""

    def is_verb(self, lemma: str) -> bool:
        """Whether the word is an infinitive the model or the Lefff knows."""

    def readings(self, form: str) -> Mapping[str, tuple[str, ...]]:
        """Lexique's readings of a form spelled so: part of speech -> lemmas."""

    def is_word(self, word: str) -> bool:
        """Whether the lexicon knows the word spelled exactly so."""


Rule = Callable[[Word, Sources], str | None]


def fix_lemma(word: Word, sources: Sources) -> tuple[str, bool]:
    """The dictionary form a learner should see for this token, and whether the lexicon may
    still check it (not for the fixed tables, titles, pronouns, ordinals, names, acronyms)."""
    text = visible(word.text)  # pre­mier: a soft hyphen copied from a web page
    if text != word.text:
        word = replace(word, text=text)
    for name, rule in RULES:
        if is_enabled(name) and (found := rule(word, sources)) is not None:
            return found, name not in FINAL
    return _default(word), True


def _lemma(word: Word, sources: Sources) -> str:
    return fix_lemma(word, sources)[0]


def _fixed(word: Word, sources: Sources) -> str | None:
    return FIXED_LEMMAS.get(word.text.lower())


def _elided(word: Word, sources: Sources) -> str | None:
    """l' -> le, qu' -> que; s' -> se, but si where it is the conjunction (s'il pleut)."""
    bare = word.text.lower().lstrip("-")
    if bare == "s'" and word.pos in ("SCONJ", "CCONJ") and is_enabled(SI):
        return "si"
    return ELIDED.get(bare) if word.pos in FUNCTION_POS else None


def _abbreviation(word: Word, sources: Sources) -> str | None:
    """M. -> monsieur, Me Dupont -> maître: spelled exactly so, never a pronoun (Me voici)."""
    if word.text == "Me" and not word.before_capital:
        return None
    return ABBREVIATIONS.get(word.text) if word.pos in TITLE_POS or "." in word.text else None


def _pronoun(word: Word, sources: Sources) -> str | None:
    bare = word.text.lower().lstrip("-")  # -il, -le, -nous after a hyphenated verb
    return bare if word.pos == "PRON" and bare in PERSONAL_PRONOUNS else None


def _possessive(word: Word, sources: Sources) -> str | None:
    return POSSESSIVES.get(word.text.lower()) if word.pos == "DET" else None


def _indefinite(word: Word, sources: Sources) -> str | None:
    """« Nulle part », aucune, toutes, Quelle folie !: the masculine singular of a determiner,
    a pronoun or an adjective (the tagger calls some of them adjectives)."""
    return INDEFINITES.get(word.text.lower()) if word.pos in ("DET", "PRON", "ADJ") else None


def _ordinal(word: Word, sources: Sources) -> str | None:
    """XIXe, 24e, 1ère -> 1er: the number as written (the rules make xix of XIXe)."""
    if not _ORDINAL.fullmatch(word.text):
        return None
    singular = word.text.removesuffix("s")
    for feminine, masculine in (("ère", "er"), ("re", "er"), ("nde", "nd")):
        if singular.endswith(feminine):
            return singular.removesuffix(feminine) + masculine
    return singular


def _name(word: Word, sources: Sources) -> str | None:
    """A name keeps its spelling; Asie-Pacifique and États-Unis are names whatever the tag."""
    if word.pos == "PROPN" and word.text[:1].isupper():
        return word.text
    return word.text if _is_capitalised_compound(word.text) else None


def _acronym(word: Word, sources: Sources) -> str | None:
    """CD, ONG, SUV keep their capitals; a word of a heading in capitals (MÉDICAMENT) does not."""
    if not _is_acronym(word.text):
        return None
    return None if heading_word(word.text, word.pos, sources) else word.text


def _demonstrative_suffix(word: Word, sources: Sources) -> str | None:
    """ces imbéciles-là: the lemma of imbéciles."""
    lower = word.text.lower()
    for suffix in DEMONSTRATIVE_SUFFIXES:
        rest = word.text[: -len(suffix)]
        if lower.endswith(suffix) and word.pos in ("NOUN", "ADJ") and rest.isalpha():
            inner = Word(rest, sources.relemmatise(rest.lower(), word.pos), word.pos, word.number)
            return _lemma(inner, sources)
    return None


def _old_elision(word: Word, sources: Sources) -> str | None:
    """grand'mère, grand'rues: the old spelling of grand-mère, grand-rue (the lexicon's),
    common in 19th-century novels."""
    lower = word.text.lower()
    if not lower.startswith(OLD_GRAND) or word.pos not in ("NOUN", "ADJ"):
        return None
    modern = "grand-" + lower.removeprefix(OLD_GRAND)
    lemma = _lemma(Word(modern, modern, word.pos, word.number), sources)
    return lemma if sources.readings(lemma).get(word.pos) else None


def _capitalised(word: Word, sources: Sources) -> str | None:
    """Sentence starts, headings and titles: Tenez, Lancement, Etat -> état (capitals often
    drop their accent), PETITS; the model leaves some as written. A word tagged X (foreign:
    The Church of the Redeemer) keeps its spelling."""
    if not word.text[:1].isupper():
        return None
    if word.pos == "X":
        return word.text
    lower = dictionary_case(word.text, sources)
    if lower == word.text or (lower == word.text.lower() and word.lemma != word.text):
        return None  # unknown in lower case, or the model lemmatised it in lower case itself
    inner = Word(lower, sources.relemmatise(lower, word.pos), word.pos, word.number)
    return _lemma(inner, sources)


def _function_word(word: Word, sources: Sources) -> str | None:
    """entre -> entrer, Cela -> celer: the lemma of a verb given to a preposition, a
    conjunction, a pronoun or a determiner."""
    if word.pos in ("ADP", "CCONJ", "SCONJ", "PRON", "DET") and word.lemma.endswith(VERB_ENDINGS):
        return word.text.lower()
    return None


def _verb(word: Word, sources: Sources) -> str | None:
    """indique -> indique, montre -> montre: the rules were not applied to a verb."""
    if word.pos in ("VERB", "AUX") and not sources.is_verb(word.lemma):
        return sources.relemmatise(word.text.lower(), "VERB")
    return None


def _compound(word: Word, sources: Sources) -> str | None:
    """sous-officiers -> sous-officier, états-majors -> état-major, franco-tunisienne ->
    franco-tunisien: only the parts that carry the plural (or an adjective's feminine) change;
    the rules mangle the whole (sou-officier, militaro-techniqu)."""
    lower = word.text.lower()
    if "-" not in lower.strip("-") or word.pos not in ("NOUN", "ADJ"):
        return None
    parts = lower.split("-")
    model = word.lemma.lower().split("-")  # the model's lemma of each part, when it kept them
    if word.number == "Plur":
        if len(model) != len(parts):
            model = parts
        parts = [
            _singular_part(part, mine, sources) for part, mine in zip(parts, model, strict=True)
        ]
    if word.pos == "ADJ":
        parts[-1] = _masculine(parts[-1], sources)
    return "-".join(parts)


def _unknown(word: Word, sources: Sources) -> str | None:
    """zolédronique, melvillienne -> melvillien, a singular bolus: words no lexicon lists."""
    text = word.text
    if not text.islower():
        return None
    return unknown_lemma(
        text, word.lemma.lower(), word.pos, word.number, sources.readings, sources.is_word
    )


def _letter(word: Word, sources: Sources) -> str | None:
    """vitamine D, hépatite C, annexe B: a lone capital letter keeps its capital."""
    text = word.text
    lone = len(text) == 1 and text.isupper() and not word.sentence_start
    return text if lone and word.pos in ("NOUN", "PROPN", "ADJ", "X") else None


SI = register("elided-si", "s' is si where it is the conjunction: s'il pleut")

RULES: tuple[tuple[str, Rule], ...] = (
    (
        register("fixed", "fixed units and relative pronouns: aujourd'hui, desquels -> lequel"),
        _fixed,
    ),
    (register("elided", "elided function words: l' -> le, qu' -> que"), _elided),
    (
        register("abbreviation", "titles spelled exactly so: M. -> monsieur, Me Dupont"),
        _abbreviation,
    ),
    (register("pronoun", "personal pronouns are their own lemma: elle, lui, eux"), _pronoun),
    (register("possessive", "possessives: leur -> leur, sa -> son"), _possessive),
    (register("indefinite", "indefinite determiners, pronouns: Nulle -> nul"), _indefinite),
    (register("ordinal", "ordinals as written: XIXe, 24e, 1ère -> 1er"), _ordinal),
    (register("name", "capitalised names keep their spelling"), _name),
    (register("letter", "a lone capital letter keeps its capital: vitamine D"), _letter),
    (
        register("acronym", "acronyms keep their capitals; heading words in capitals do not"),
        _acronym,
    ),
    (register("demonstrative-suffix", "imbéciles-là -> imbécile"), _demonstrative_suffix),
    (register("old-elision", "grand'mère, grand'rue -> grand-mère, grand-rue"), _old_elision),
    (
        register(
            "capitalised",
            "sentence starts and headings in lower case, accents restored: Etat -> état",
        ),
        _capitalised,
    ),
    (register("function-word", "no verb lemma for a preposition: entre -> entre"), _function_word),
    (register("verb", "a verb's lemma is an infinitive: montre -> montrer"), _verb),
    (
        register("compound", "compounds keep their prefixes: sous-officiers -> sous-officier"),
        _compound,
    ),
    (
        register("unknown-word", "unlisted words by their endings: melvillienne -> melvillien"),
        _unknown,
    ),
)
ACCENTS = register("accents", "accents put back: NECESSAIRE -> nécessaire, connaitre")
LEXICON = register("lexicon", "the lexicon check: Lexique's forms correct the lemma")
# Rules whose answer the lexicon check leaves alone: Lexique lists no pronouns or titles.
FINAL = frozenset(
    {
        "fixed",
        "elided",
        "abbreviation",
        "pronoun",
        "possessive",
        "indefinite",
        "ordinal",
        "name",
        "letter",
        "acronym",
    }
)


def _default(word: Word) -> str:
    return word.lemma if _is_acronym(word.lemma) else word.lemma.lower()


def _singular_part(part: str, model: str, sources: Sources) -> str:
    """états -> état, beaux -> beau, petites -> petite; sous, après, levis stay. A part
    Lexique does not know loses its -s where the model's lemma of it did (festivals)."""
    if part in INVARIABLE_PARTS or not part.endswith(("s", "x")):
        return part
    plural = sources.readings(part)
    if any(pos in plural for pos in ("ADP", "ADV")):
        return part  # sous, après, hors: prepositions never take a plural
    if not plural:
        return model if model == part[:-1] else part
    lemmas = {lemma for found in plural.values() for lemma in found}
    for singular in (part[:-1], part[:-3] + "al"):
        found = sources.readings(singular)
        same = {lemma for lemmas_ in found.values() for lemma in lemmas_}
        if len(singular) > 1 and found and (singular in lemmas or same == lemmas):
            return singular
    return part


def _masculine(part: str, sources: Sources) -> str:
    """tunisienne -> tunisien: the adjective's lemma when Lexique gives exactly one."""
    found = sources.readings(part).get("ADJ", ())
    return found[0] if len(found) == 1 else part


def dictionary_case(text: str, sources: Sources) -> str:
    """A word as a dictionary writes it: Tenez -> tenez, Etat -> état (French capitals often
    drop their accent), NECESSAIRE -> nécessaire, connaitre -> connaître (accents.py);
    unchanged where the lexicon does not know it so."""
    lower = text.lower()
    if sources.readings(lower):
        return lower
    restored = [
        accented + lower[1:]
        for accented in _ACCENTED_CAPITALS.get(text[:1], "")
        if sources.readings(accented + lower[1:])
    ]
    if len(restored) == 1:
        return restored[0]
    # NECESSAIRE, connaitre, hopital; only the capital's accent in a name (Rene is no René)
    whole_word = text.islower() or text.isupper()
    if (
        is_enabled(ACCENTS)
        and whole_word
        and (accented := restore_accents(lower, sources.readings))
    ):
        return accented
    return lower if sources.is_word(lower) or not _is_acronym(text) else text


def heading_word(text: str, pos: str, sources: Sources) -> bool:
    """A word written in capitals in a heading (PETITS, ADMINISTRATION, NECESSAIRE), not an
    acronym."""
    if len(text) < 4 or pos in ("PROPN", "X"):
        return False
    return bool(sources.readings(dictionary_case(text, sources).lower()))


def _is_capitalised_compound(word: str) -> bool:
    """Asie-Pacifique, États-Unis: names, whatever the tagger says."""
    parts = word.split("-")
    return len(parts) > 1 and all(part[:1].isupper() for part in parts)


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def fix_pos(text: str, pos: str, before_capital: bool = False) -> str:
    """Fixed units and hyphenated pronouns (-il, -t-il, -t'en) have a known part of speech, and
    so has a pronoun the tagger took for a noun at a sentence start (Me voici, not Me Dupont)
    and a lower-case noun with -ci or -là it took for a name (ce livre-ci)."""
    lower = text.lower()
    if lower in FIXED_POS:
        return FIXED_POS[lower]
    if lower in OBJECT_PRONOUNS and pos in TITLE_POS and not before_capital:
        return "PRON"
    if lower.startswith("-") and (lower in FIXED_LEMMAS or lower[1:] in PERSONAL_PRONOUNS):
        return "PRON"
    if pos == "PROPN" and _demonstrative_noun(text):
        return "NOUN"  # ce livre-ci, cette fois-là: a noun, not a name
    return pos


def _demonstrative_noun(text: str) -> bool:
    """A lower-case word with -ci or -là glued to it (livre-ci, jour-là), which no name is;
    not par-ci, par-là, de-ci, de-là (adverbs)."""
    rest = text[:-3]
    if not text[:1].islower() or rest.lower() in NOT_NOUNS_BEFORE_SUFFIX:
        return False
    return text.lower().endswith(DEMONSTRATIVE_SUFFIXES) and rest.isalpha()


NOT_NOUNS_BEFORE_SUFFIX = frozenset("par de ce celui celle ceux celles là ci ici".split())
