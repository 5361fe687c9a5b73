"""The words a learner gathers to save as one expression of their own: Shift+click adds or
removes a word (apart ones too), Shift+→ / Shift+← extend from the focused word, and a
dragged selection of the text takes every word it touches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the models come with the analysis, after the first paint (issue 14)
    from reader.core.models import Analysis, Expression, Token


class WordSelection:
    """The gathered words (token indices in text order) of the article shown."""

    def __init__(self) -> None:
        self._indices: list[int] = []

    @property
    def indices(self) -> tuple[int, ...]:
        return tuple(self._indices)

    def __bool__(self) -> bool:
        return bool(self._indices)

    def clear(self) -> None:
        self._indices = []

    def toggle(self, analysis: Analysis, token: Token, start_from: Token | None) -> None:
        """Shift+click: the first gathers the word already selected too; then each adds
        or removes the word clicked (with its verb group or expression, as one)."""
        if not self._indices and start_from is not None and start_from != token:
            self._indices = [t.index for t in analysis.unit_tokens(start_from)]
        unit = [t.index for t in analysis.unit_tokens(token)]
        if token.index in self._indices:
            self._indices = [i for i in self._indices if i not in unit]
        else:
            self._indices = sorted({*self._indices, *unit})

    def extend(self, words: Sequence[Token], start_from: Token | None, step: int) -> int | None:
        """Shift+→ / Shift+←: add the next word on that side; returns it (None at the end)."""
        if not words:
            return None
        if not self._indices and start_from is not None:
            self._indices = [start_from.index]
        if not self._indices:
            return None
        edge = self._indices[-1] if step > 0 else self._indices[0]
        following = [w for w in words if (w.index > edge if step > 0 else w.index < edge)]
        if not following:
            return None
        chosen = following[0] if step > 0 else following[-1]
        self._indices = sorted({*self._indices, chosen.index})
        return chosen.index

    def take_span(self, analysis: Analysis, start: int, end: int) -> None:
        """A dragged selection from text offset start to end: every word it touches."""
        self._indices = [
            token.index
            for token in analysis.tokens
            if token.is_word and token.start < end and token.end > start
        ]


def unit_of(analysis: Analysis, terms: Sequence[Expression], token: Token) -> tuple[Token, ...]:
    """The tokens selected with a word: a learner's own expression it belongs to first, then
    the analysis' unit (expression, verb group, or itself)."""
    for term in terms:
        if token.index in term.unit:
            return tuple(analysis.tokens[i] for i in term.unit)
    return analysis.unit_tokens(token)
