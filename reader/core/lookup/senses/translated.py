"""The sense the machine translation of the sentence uses, when a translation model is
installed (prefer_translated): the first sense whose words stand in the English sentence,
stemmed, moved to the front."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.core.models import Translation, TranslationSource

_WORD = re.compile(r"[a-z][a-z'-]*")
_PARENTHESES = re.compile(r"\([^()]*\)")
# English endings a translated sentence may add to a sense's words (agree: agreed, agrees).
_ENDINGS = ("ing", "ied", "ies", "ed", "es", "s", "d")
_UNTOLD = frozenset(
    "a an the to of be is are was were been do does did have has had it its one oneself "
    "someone something sb sth".split()
)


# -- the sentence's machine translation ----------------------------------------------------------


def stems(text: str) -> list[str]:
    """The words of an English text without their inflections (agreed, agrees: agre)."""
    return [_stem(word) for word in _words(text)]


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    return word.rstrip("e")


def is_in(sense: str, sentence: Sequence[str]) -> bool:
    """Whether the sense's own words stand in a row in the (stemmed) English sentence; words
    any sense may hold (be, to, someone) are left out before stemming."""
    words = _words(_PARENTHESES.sub(" ", sense))
    wanted = [_stem(word) for word in words if word not in _UNTOLD]
    if not wanted:
        return False
    size = len(wanted)
    return any(list(sentence[i : i + size]) == wanted for i in range(len(sentence) - size + 1))


def prefer_translated(
    translations: tuple[Translation, ...], english: str, *, first_only: bool = False
) -> tuple[Translation, ...]:
    """The card's translations with the first sense the machine translation of the sentence
    uses moved to the front of its translation, and that translation first among the
    dictionaries' (the learner's own and the teacher's stay ahead). first_only: only the
    first dictionary translation may change (an expression's, which its words never pass)."""
    sentence = stems(english)
    if not sentence:
        return translations
    dictionaries = [
        position
        for position, translation in enumerate(translations)
        if translation.source is TranslationSource.DICTIONARY
    ]
    for position in dictionaries[:1] if first_only else dictionaries:
        translation = translations[position]
        chosen = next((s for s in translation.senses if is_in(s, sentence)), None)
        if chosen is None:
            continue
        senses = (chosen, *(s for s in translation.senses if s != chosen))
        return _lead(translations, position, replace(translation, senses=senses))
    return translations


def _lead(
    translations: tuple[Translation, ...], position: int, chosen: Translation
) -> tuple[Translation, ...]:
    """The chosen translation before the other dictionaries' answers."""
    ahead = [
        t
        for t in translations[:position]
        if t.source in (TranslationSource.GLOSSARY, TranslationSource.TEACHER)
    ]
    rest = [t for i, t in enumerate(translations) if i != position and t not in ahead]
    return (*ahead, chosen, *rest)
