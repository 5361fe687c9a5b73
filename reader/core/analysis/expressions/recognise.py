"""The expressions of an analysed text: the words of each parsed paragraph handed to the one
Matcher of the process, and its matches turned into Expression records."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from reader.core.analysis.expressions.lists import VERBAL, all_entries
from reader.core.analysis.expressions.matcher import Matcher
from reader.core.analysis.expressions.positions import Match, Word
from reader.core.dictionaries.lexicon.lexicon import bundled_lexicon
from reader.core.models import Expression, Token, VerbGroup

Syntax = tuple[int, str]
"""A token's syntactic head (a token index) and its dependency relation."""


@functools.cache
def shared_matcher() -> Matcher:
    """The lists and the lexicon's phrases, read once per process (about half a second)."""
    return Matcher(all_entries(), entry_lemmas)


@functools.lru_cache(maxsize=16_384)
def entry_lemmas(word: str) -> frozenset[str]:
    """The lemmas a written word of an entry may have in a text: Lexique's (soit: être)."""
    return frozenset(lemma.lower() for lemma in bundled_lexicon().lemmas_of(word))


def find_expressions(
    text: str,
    tokens: Sequence[Token],
    syntax: Sequence[Syntax],
    groups: Sequence[VerbGroup],
    *,
    first_id: int = 0,
    matcher: Matcher | None = None,
) -> list[Expression]:
    """The expressions among tokens (one parsed paragraph: their syntax, their groups), with
    ids from first_id. Tokens and groups carry the analysis' own indices."""
    by_id = {group.id: group for group in groups}
    words = [
        _word(token, head, dep, by_id) for token, (head, dep) in zip(tokens, syntax, strict=True)
    ]
    matches = (matcher or shared_matcher()).find(words)
    at = {token.index: token for token in tokens}
    return [
        _expression(text, at, match, by_id, first_id + number)
        for number, match in enumerate(matches)
    ]


def _word(token: Token, head: int, dep: str, groups: dict[int, VerbGroup]) -> Word:
    group = groups.get(token.group) if token.group is not None else None
    reflexive = group is not None and group.lemma.startswith(("se ", "s'"))
    return Word(  # by position: index, text, lemma, pos, sentence, head, dep, group, ...
        token.index,
        token.text,
        token.lemma,
        token.pos,
        token.sentence,
        head,
        dep,
        token.group,
        group is None or group.head == token.index,  # is_group_head
        reflexive,
        token.is_word,
    )


def _expression(
    text: str, at: dict[int, Token], match: Match, groups: dict[int, VerbGroup], number: int
) -> Expression:
    head = at[match.head]
    unit = set(match.tokens)
    if match.entry.kind == VERBAL and head.group is not None and head.group in groups:
        unit.update(groups[head.group].tokens)
    ordered = tuple(sorted(index for index in unit if index in at))
    return Expression(
        id=number,
        tokens=match.tokens,
        unit=ordered,
        head=match.head,
        lemma=match.entry.lemma,
        form=written_form(text, [at[index] for index in ordered]),
        source=match.entry.source,
        pos=match.entry.pos,
    )


def written_form(text: str, tokens: Sequence[Token]) -> str:
    """The tokens as written, with … where other words stand between them."""
    parts: list[str] = []
    for previous, token in zip([None, *tokens], tokens, strict=False):
        if previous is None:
            parts.append(token.text)
        elif token.index == previous.index + 1:
            parts.append(text[previous.end : token.end])
        else:
            parts.append(" … " + token.text)
    return "".join(parts)
