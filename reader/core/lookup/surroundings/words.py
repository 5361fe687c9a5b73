"""The helpers every rule module shares: a word as the rules' lists spell it (plain), the
next word on one side (neighbour), the lemma of a token's verb (_verb) and the grammar
words' sense (_grammar); other lookup modules use plain and neighbour too."""

from __future__ import annotations

from reader.core.models import Analysis, Token, Translation, TranslationSource

GRAMMAR_ORIGIN = "French Reader grammar words"


def _grammar(senses: tuple[str, ...]) -> Translation:
    return Translation(senses, TranslationSource.DICTIONARY, GRAMMAR_ORIGIN)


def _verb(analysis: Analysis, token: Token) -> tuple[str, Token, Token]:
    """The lemma of the token's verb group (or its own), its main verb and its first word."""
    group = analysis.group_of(token)
    if group is None:
        return token.lemma.lower(), token, token
    tokens = analysis.tokens
    return group.lemma.lower(), tokens[group.head], tokens[group.tokens[0]]


def plain(text: str) -> str:
    """A word in lower case with a straight apostrophe, as the rules' word lists spell it:
    c’ and d’ are c' and d'."""
    return text.lower().replace("’", "'")


def neighbour(
    analysis: Analysis, token: Token, step: int, skip: tuple[str, ...] = ()
) -> Token | None:
    """The next word on one side in the same sentence, passing over words of the skip tags."""
    index = token.index + step
    while 0 <= index < len(analysis.tokens):
        other = analysis.tokens[index]
        if other.sentence != token.sentence or not other.is_word:
            return None
        if other.pos not in skip:
            return other
        index += step
    return None
