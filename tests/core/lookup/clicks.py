"""A click on a word, as the lookup tests make it: the first sense the card shows."""

from __future__ import annotations

from reader.core.lookup.card import Glosser
from tests.core.analysed import analysed, token


def first_sense(glosser: Glosser, text: str, word: str, occurrence: int = 0) -> str:
    """The first sense of the card for the n-th token written as word in text."""
    analysis = analysed(text)
    best = glosser.explain(analysis, token(analysis, word, occurrence).index).best_translation
    assert best is not None, f"no translation for {word!r} in {text!r}"
    return best.senses[0]


def lemma_and_sense(glosser: Glosser, text: str, word: str) -> tuple[str, str | None]:
    """The card's lemma and first sense for the first token written as word in text."""
    analysis = analysed(text)
    info = glosser.explain(analysis, token(analysis, word).index)
    best = info.best_translation
    return info.lemma, best.senses[0] if best is not None and best.senses else None
