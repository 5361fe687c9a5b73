"""Choosing the senses a card leads with in context: an expression's meaning before its words'
(from the phrase lists or the lexicon), and, when a translation model is installed, the sense
the machine translation of the sentence uses."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from reader.core.analysis.expressions.lists import LEXICON, entries_by_lemma
from reader.core.dictionaries.lexicon.lexicon import Lexicon
from reader.core.dictionaries.registry import DictionarySet
from reader.core.models import Expression, Translation, TranslationSource

PHRASES_ORIGIN = "French Reader phrase lists"
_WORD = re.compile(r"[a-z][a-z'-]*")
_PARENTHESES = re.compile(r"\([^()]*\)")
# English endings a translated sentence may add to a sense's words (agree: agreed, agrees).
_ENDINGS = ("ing", "ied", "ies", "ed", "es", "s", "d")
_UNTOLD = frozenset(
    "a an the to of be is are was were been do does did have has had it its one oneself "
    "someone something sb sth".split()
)


def expression_translations(
    expression: Expression, dictionaries: DictionarySet
) -> tuple[Translation, ...]:
    """An expression's meaning: its phrase list's glosses, or the lexicon's senses of the
    headword; marked with the expression, so the card says what is translated."""
    if expression.source == LEXICON:
        return _lexicon_senses(expression, dictionaries)
    entry = entries_by_lemma().get((expression.source, expression.lemma))
    if entry is None or not entry.english:
        return ()
    origin = f"{PHRASES_ORIGIN} · «{expression.lemma}»"
    return (Translation(entry.english, TranslationSource.DICTIONARY, origin),)


def _lexicon_senses(expression: Expression, dictionaries: DictionarySet) -> tuple[Translation, ...]:
    pos = "" if expression.pos == "X" else expression.pos
    for dictionary in dictionaries:
        if isinstance(dictionary, Lexicon):
            found = dictionary.translate(expression.lemma, expression.lemma, pos)
            mark = f"«{expression.lemma}»"
            return tuple(
                replace(t, senses=senses, origin=f"{t.origin} · {mark}")
                for t in found
                if (senses := tuple(s for s in t.senses if not s.startswith("-")))
            )
    return ()


def of_word(translations: Iterable[Translation], lemma: str) -> tuple[Translation, ...]:
    """A word's own translations on an expression's card, marked with the word's lemma."""
    return tuple(replace(t, origin=f"{t.origin} · {lemma}") for t in translations)


# -- the sentence's machine translation ----------------------------------------------------------


def stems(text: str) -> list[str]:
    """The words of an English text without their inflections (agreed, agrees: agre)."""
    found = []
    for word in _WORD.findall(text.lower().replace("’", "'")):
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                word = word[: -len(ending)]
                break
        found.append(word.rstrip("e"))
    return found


def is_in(sense: str, sentence: Sequence[str]) -> bool:
    """Whether the sense's own words stand in a row in the (stemmed) English sentence."""
    wanted = [word for word in stems(_PARENTHESES.sub(" ", sense)) if word not in _UNTOLD]
    if not wanted:
        return False
    size = len(wanted)
    return any(list(sentence[i : i + size]) == wanted for i in range(len(sentence) - size + 1))


def prefer_translated(
    translations: tuple[Translation, ...], english: str
) -> tuple[Translation, ...]:
    """The card's translations with the first sense the machine translation of the sentence
    uses moved to the front of its translation, and that translation first among the
    dictionaries' (the learner's own and the teacher's stay ahead)."""
    sentence = stems(english)
    if not sentence:
        return translations
    for position, translation in enumerate(translations):
        if translation.source is not TranslationSource.DICTIONARY:
            continue
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
