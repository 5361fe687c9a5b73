"""How common an English word is, on wordfreq's Zipf scale: the app's own copy of wordfreq's
English list for words of lower-case ASCII letters (resources/english, built by
scripts/build_english_frequency.py; read in ~50 ms where wordfreq takes ~0.3 s), wordfreq
itself for any other spelling."""

from __future__ import annotations

import functools

from reader.core.paths import resources_dir

# The file holds every word at this Zipf value or above; below, a word counts as 0. No
# threshold the app compares with is lower (lexicon/senses.py: RARE_ZIPF).
FLOOR = 1.5
FILE = ("english", "en.zipf.tsv")


def english_zipf(word: str) -> float:
    """wordfreq's `zipf_frequency(word, "en")`, or 0.0 for a word of lower-case ASCII
    letters below FLOOR."""
    if word.isascii() and word.isalpha() and word.islower():
        return _table().get(word, 0.0)
    # Only for other spellings (café, Paris): wordfreq's English list takes ~0.3 s to load.
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


@functools.cache
def _table() -> dict[str, float]:
    """word -> Zipf value, from the lines "value<TAB>word word ..."."""
    table: dict[str, float] = {}
    with resources_dir().joinpath(*FILE).open(encoding="utf-8") as lines:
        for line in lines:
            value, _, words = line.partition("\t")
            table.update(dict.fromkeys(words.split(), float(value)))
    return table


def load() -> None:
    """Read the file now (off the GUI thread), not on the first word that needs it."""
    _table()


def ing_form(gloss: str) -> str:
    """A verb's sense as its English -ing form, for a French present participle used as an
    adjective (souriant: smiling): the first word's spelling English uses most (stopping,
    smiling, dying, being), the rest as it is ("shake with fear": shaking with fear)."""
    verb, space, rest = gloss.partition(" ")
    if verb.endswith("ing") or not (verb.isalpha() and verb.islower()):
        return gloss
    spellings = [verb + "ing"]
    if verb.endswith("ie"):
        spellings.append(verb[:-2] + "ying")
    elif verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        spellings.insert(0, verb[:-1] + "ing")  # the rule when no spelling is known
    if len(verb) > 2 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou":
        spellings.append(verb + verb[-1] + "ing")
    best = max(spellings, key=english_zipf)  # the first of equals: the rule's spelling
    return best + space + rest


def ly_form(adjective: str) -> str:
    """An English adjective's adverb in -ly, the spelling English uses most (softly, angrily,
    gently, frantically, truly); "in a cowardly way" for an adjective in -ly; "" when English
    has none (a phrase, a spelling no text uses)."""
    if not (adjective.isalpha() and adjective.islower()):
        return ""
    if adjective.endswith("ly"):
        return f"in a {adjective} way"
    spellings = [adjective + "ly"]
    if adjective.endswith("y"):
        spellings.append(adjective[:-1] + "ily")
    if adjective.endswith(("le", "ue")):
        spellings.append(adjective[:-1] + ("y" if adjective.endswith("le") else "ly"))
    if adjective.endswith("ic"):
        spellings.append(adjective + "ally")
    if adjective.endswith("ll"):
        spellings.append(adjective + "y")
    best = max(spellings, key=english_zipf)
    return best if english_zipf(best) > 0 else ""
