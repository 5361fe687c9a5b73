"""The words of a phrase-list entry and their normalised forms, as resources/phrases/SPEC.md
defines them ("Words, forms and matching"): the same cutting and the same forms on the entry
and on the text, so an expression is found by comparing forms."""

from __future__ import annotations

import functools
import re
import unicodedata

# An elided word stands for its full form (SPEC.md, rule 2).
ELIDED = {
    "j'": "je", "m'": "me", "t'": "te", "s'": "se", "n'": "ne", "c'": "ce", "l'": "le",
    "d'": "de", "qu'": "que", "jusqu'": "jusque", "lorsqu'": "lorsque",
    "puisqu'": "puisque", "quoiqu'": "quoique",
}  # fmt: skip
# A contraction stands for its two words: au sein du parti starts with "au sein de".
CONTRACTED = {"au": ("à", "le"), "aux": ("à", "les"), "du": ("de", "le"), "des": ("de", "les")}
# The relative lequel contracts too: au cours desquelles, à l'issue duquel, grâce auquel
# hold the de or à that ends au cours de, à l'issue de, grâce à (SPEC.md, rule 2).
RELATIVES = {
    "duquel": ("de", "lequel"), "desquels": ("de", "lesquels"),
    "desquelles": ("de", "lesquelles"), "auquel": ("à", "lequel"),
    "auxquels": ("à", "lesquels"), "auxquelles": ("à", "lesquelles"),
}  # fmt: skip
# Words spaCy splits at an apostrophe that the app keeps whole (analysis/tokenizer.py).
WHOLE = frozenset(
    {"aujourd'hui", "quelqu'un", "quelqu'une", "c'est-à-dire", "presqu'île", "prud'homme"}
)
# An entry's se, son and soi stand for every person (SPEC.md, rule 3).
PERSONS = {
    "se": frozenset("me te se nous vous".split()),
    "son": frozenset("mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs".split()),
    "soi": frozenset("moi toi soi lui elle nous vous eux elles".split()),
}
PERSONS["sa"] = PERSONS["ses"] = PERSONS["son"]
# In a verbal entry, the object pronoun le, la, l' stands for le, la, l', les.
OBJECT_PRONOUNS = frozenset({"le", "la", "les"})
GAP = "..."
_INVERTED = re.compile(r"^(.+?)(-ce|-il|-elle|-on|-t-il)$")
_ELIDED_START = re.compile(r"^([^']*')(.+)$")


def words(written: str) -> list[str]:
    """An entry's words: spaces separate words; an elided word (d', l', jusqu') is a word of
    its own; an inverted pronoun (est-ce) is cut before its hyphen; `...` marks a gap."""
    found: list[str] = []
    for chunk in written.replace("’", "'").split():
        found.extend(_pieces(chunk))
    return found


def _pieces(chunk: str) -> list[str]:
    if chunk.lower() in WHOLE or chunk == GAP:
        return [chunk]
    cut = _ELIDED_START.match(chunk)
    if cut:
        return [cut.group(1), *_pieces(cut.group(2))]
    inverted = _INVERTED.match(chunk)
    return [inverted.group(1), inverted.group(2)] if inverted else [chunk]


@functools.lru_cache(maxsize=65_536)
def key(word: str) -> tuple[str, ...]:
    """The normalised form of one written word: one form, or two for a contraction (au)."""
    word = unicodedata.normalize("NFC", word.lower().replace("’", "'"))
    word = word.replace("œ", "oe").replace("æ", "ae")
    if word in ELIDED:
        return (ELIDED[word],)
    return CONTRACTED.get(word) or RELATIVES.get(word) or (word,)


def match_key(written: str) -> tuple[str, ...]:
    """The normalised words of a written entry or text."""
    return tuple(part for word in words(written) for part in key(word))


def is_same_word(entry: str, text: str) -> bool:
    """An entry's normalised word and a text's: equal, or the text's is in the entry's set."""
    return entry == text or text in PERSONS.get(entry, ())
