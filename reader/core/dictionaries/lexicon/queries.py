"""Questions asked of whichever dictionaries a learner has, answered by the bundled lexicon
where it can: a token's translations, the fixed phrases around a word, a noun's gender, a
word's IPA."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import replace

from reader.core.dictionaries.dictionary import Dictionary, normalise, translate
from reader.core.dictionaries.lexicon.lexicon import Lexicon
from reader.core.models import Translation

# Parts of speech whose words mean little alone and much in a fixed phrase (lors de).
PHRASE_POS = frozenset({"ADV", "ADP", "SCONJ", "CCONJ"})
ELIDED = {"qu'": "que", "d'": "de", "l'": "le", "s'": "se", "j'": "je", "n'": "ne"}
CONTRACTED = {"du": "de", "des": "de", "au": "à", "aux": "à"}


def translations_of(dictionary: Dictionary, lemma: str, form: str, pos: str) -> list[Translation]:
    """A dictionary's translations of a token: the lexicon ranks its own; others as before."""
    if isinstance(dictionary, Lexicon):
        return list(dictionary.translate(lemma, form, pos))
    found = translate(dictionary, lemma, form, pos)
    return [found] if found is not None else []


def phrase_offsets(pos: str, *, known: bool) -> tuple[int, ...]:
    """The `before` values (0 to 2) for which phrase_translations looks for a phrase: none
    for most words, so a caller spares gathering the words around them."""
    if not known:
        return (0, 1, 2)
    return (0,) if pos in PHRASE_POS else ()


def phrase_translations(
    dictionaries: Iterable[Dictionary],
    words: Sequence[str],
    pos: str,
    *,
    known: bool,
    before: int = 0,
) -> tuple[Translation, ...]:
    """The fixed phrase a token belongs to ("afin" in "afin de": "in order to"), translated.

    Used for a grammar word or adverb that starts one (lors de, quant à, tandis que), and
    for any word the dictionaries do not know alone (`known` False), which may also end one
    (à travers). `words` start `before` words ahead of the token.
    """
    if before not in phrase_offsets(pos, known=known):
        return ()
    words = [_phrase_word(word) for word in words]
    uncontracted = _uncontracted(words)
    for dictionary in dictionaries:
        if not isinstance(dictionary, Lexicon):
            continue
        for variant in dict.fromkeys((tuple(words), tuple(uncontracted))):
            if found := dictionary.phrase(variant, before=before):
                phrase, translations = found
                return tuple(replace(t, origin=f"{t.origin} · «{phrase}»") for t in translations)
    return ()


@functools.lru_cache(maxsize=16_384)  # ~3,000 distinct words per 20,000 of text
def _phrase_word(word: str) -> str:
    """A text's word as the phrases spell it (normalised, lower case, d' as de); a text
    asks again for the same few words around each grammar word."""
    return ELIDED.get(normalise(word).lower(), word)


def _uncontracted(words: Sequence[str]) -> list[str]:
    """ "lors des réunions" is "lors de" + "les": the phrase is written with "de" and ends
    there, since the article stays outside it ("du jour de" is not the phrase "de jour")."""
    for position, word in enumerate(words):
        if word.lower() in CONTRACTED:
            return [*words[:position], CONTRACTED[word.lower()]]
    return list(words)


# What most often follows the first word of a fixed phrase (afin de, afin que, quant à, lors de):
# looking a lone word up with each finds the phrases it starts without scanning the lexicon.
_PHRASE_NEXT_WORDS = ("de", "que", "à", "en", "du", "au", "par", "pour", "sur", "le", "la")


def phrases_starting(
    dictionaries: Iterable[Dictionary], word: str
) -> list[tuple[str, tuple[Translation, ...]]]:
    """The bundled lexicon's fixed phrases that start with a word the dictionaries do not know
    alone ("afin": afin de, afin que), each with its translations, in the order found."""
    word = ELIDED.get(normalise(word).lower(), word)
    found: dict[str, tuple[Translation, ...]] = {}
    for dictionary in dictionaries:
        if not isinstance(dictionary, Lexicon):
            continue
        for following in _PHRASE_NEXT_WORDS:
            if (match := dictionary.phrase((word, following))) and match[1]:
                found.setdefault(match[0], match[1])
    return list(found.items())


def lexicon_gender(dictionaries: Iterable[Dictionary], lemma: str, context: str = "") -> str:
    """A noun's gender from the first dictionary that gives one, in the learner's order;
    `context` (spaCy's) decides for a noun the lexicon knows with both genders."""
    for dictionary in dictionaries:
        if isinstance(dictionary, Lexicon):
            gender = dictionary.gender(lemma, context)
        else:
            entries = dictionary.lookup(lemma)
            gender = next((e.gender for e in entries if e.pos == "NOUN" and e.gender), "")
        if gender:
            return gender
    return ""


def lexicon_ipa(dictionaries: Iterable[Dictionary], *words: str) -> str:
    """The first IPA the bundled lexicon has for any of the words (lemma, then form)."""
    for dictionary in dictionaries:
        if isinstance(dictionary, Lexicon):
            return next((ipa for word in words if (ipa := dictionary.ipa(word))), "")
    return ""
