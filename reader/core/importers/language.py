"""A cheap check that a text is French: the share of its words that are common French words."""

from __future__ import annotations

import re
from functools import lru_cache

SAMPLE_WORDS = 3_000  # spread over the whole text: a long book needs no more
MIN_WORDS = 20  # fewer words than this say nothing reliable
# Zipf 3 is once per million words: "maison" is 5.3, "pendaison" 2.9, "the" in French 3.4.
COMMON = 3.0
# Measured: the corpus's news and novels score 0.92-0.99; English 0.10, Spanish 0.40,
# Italian 0.39, German 0.29 (shared words like "de", "la", "a" make up the rest).
MIN_FRENCH_SHARE = 0.6
_WORD = re.compile(r"[^\W\d_]+")


def language_warning(text: str) -> str | None:
    """A sentence for the learner when the text seems not to be French, else None."""
    words = _sample(text)
    if len(words) < MIN_WORDS:
        return None
    french = sum(1 for word in words if _is_french(word)) / len(words)
    if french >= MIN_FRENCH_SHARE:
        return None
    english = sum(1 for word in words if _is_english(word)) / len(words)
    language = "English" if english > french else "another language"
    return (
        f"This text seems to be in {language}, not French: only {round(french * 100)} % of "
        "its words are common French words."
    )


def zipf_frequency(word: str, language: str) -> float:
    """wordfreq's frequency, imported on the first check: wordfreq takes ~0.6 s to import,
    and the window's first screen imports this module's package without checking a text."""
    from wordfreq import zipf_frequency as frequency

    return float(frequency(word, language))


def _sample(text: str) -> list[str]:
    words = [match.group().lower() for match in _WORD.finditer(text)]
    step = max(1, len(words) // SAMPLE_WORDS)
    return words[::step]


@lru_cache(maxsize=50_000)
def _is_french(word: str) -> bool:
    french = zipf_frequency(word, "fr")
    return french >= COMMON and french >= zipf_frequency(word, "en") - 1.0


@lru_cache(maxsize=50_000)
def _is_english(word: str) -> bool:
    english = zipf_frequency(word, "en")
    return english >= COMMON and english > zipf_frequency(word, "fr")
