"""Which words a class at a CEFR level knows, for handouts: a documented rule on frequency bands.

A lemma's rank is its frequency rank among French lemmas in Lexique 3.83, the better of its rank
in film subtitles (everyday, spoken French) and in books (resources/levels/, built by
scripts/build_levels.py). A learner at a level is taken to know the lemmas up to that level's
band; a handout for the level lists the words beyond it:

    A1 1,200 · A2 1,700 · B1 2,400 · B2 3,500 · C1 5,000 · C2 8,000 lemmas

A1 to B1 are the mean French vocabulary sizes Milton and Alexiou measured per CEFR level
(X-Lex, lemmas among the 5,000 most frequent: 1,160, 1,650 and 2,422; "Vocabulary size and the
Common European Framework of Reference for Languages", 2009), rounded. Their B2 to C2 figures
(2,630 to 3,525) are held down by the test's 5,000-word ceiling, so the bands go on at the
same pace instead. A word's band is the first level whose vocabulary holds it.

Calibrated on tests/data/levels/everyday-a1-a2.txt (250 everyday lemmas of the CEFR's A1-A2
themes: family, food, clothes, town, weather...): 92 % of them are known at B1 by this rule,
against 61 % by wordfreq's ranks of written forms (which put *stylo* at 8,785 and *pomme* at
4,518), and on the graded texts of tests/core/analysis/test_difficulty.py (a B1 handout of the
A1 and A2 texts lists nearly nothing). The test tests/core/teaching/test_levels.py checks both.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from reader.core.errors import InputError
from reader.core.paths import resources_dir

LEVEL_VOCABULARY: Final = {
    "A1": 1_200,
    "A2": 1_700,
    "B1": 2_400,
    "B2": 3_500,
    "C1": 5_000,
    "C2": 8_000,
}
RARE: Final = "C2+"  # the band of a word beyond every level's vocabulary
UNRANKED: Final = 1_000_000  # a lemma Lexique does not rank among its first 20,000
RANKS_FILE: Final = "levels/fra.lemma-ranks.tsv"
_PARTS = re.compile(r"[-'’\s]+")


def lemma_rank(lemma: str, form: str = "") -> int:
    """The rank of a lemma (1: the most frequent); its form's when the lemma is not ranked
    (an odd lemma from the tagger), a compound's rarest part's, else UNRANKED."""
    ranks = _ranks()
    for word in (lemma, form):
        key = _key(word)
        if key in ranks:
            return ranks[key]
    parts = [part for part in _PARTS.split(_key(lemma)) if part]
    if len(parts) > 1 and all(part in ranks for part in parts):
        return max(ranks[part] for part in parts)
    return UNRANKED


def band(rank: int) -> str:
    """The first level whose vocabulary holds a word of this rank: A1 ... C2, or C2+."""
    for level, size in LEVEL_VOCABULARY.items():
        if rank <= size:
            return level
    return RARE


def is_beyond(rank: int, level: str) -> bool:
    """Whether a class at this level is unlikely to know a word of this rank."""
    return rank > LEVEL_VOCABULARY[check_level(level)]


def band_reason(rank: int) -> str:
    """One line for the teacher: why a word is in a handout."""
    if rank >= UNRANKED:
        return "Not among the 20,000 most frequent French lemmas (Lexique 3): a rare word."
    level = band(rank)
    where = f"frequency rank {rank:,} among French lemmas (Lexique 3, films and books)"
    if level == RARE:
        return f"Beyond every level's vocabulary: {where}."
    return f"In the {level} vocabulary (its {LEVEL_VOCABULARY[level]:,} lemmas): {where}."


def check_level(level: str) -> str:
    level = level.strip().upper()
    if level not in LEVEL_VOCABULARY:
        raise InputError(f"Unknown level {level!r}: choose one of {', '.join(LEVEL_VOCABULARY)}.")
    return level


def _key(word: str) -> str:
    # Lexique spells œ as "oe" (coeur, oeuvre).
    return word.strip().lower().replace("œ", "oe").replace("’", "'")


@cache
def _ranks() -> dict[str, int]:
    path = resources_dir() / RANKS_FILE
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(f"The app's word ranks are missing ({path}): reinstall it.") from error
    ranks: dict[str, int] = {}
    for line in lines:
        if line and not line.startswith("#"):
            lemma, _, rank = line.partition("\t")
            ranks.setdefault(lemma, int(rank))
    return ranks
