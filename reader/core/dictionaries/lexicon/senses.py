"""Ranking the lexicon's senses: what several sources agree on first, the token's POS first.

Each lexicon file ranks its own senses when it is built (by agreement within the file, then
short and common English). Here the rows of all files for one word are merged: senses with
the same English key (lexicon_format.english_key) are one sense whose sources add up.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader.core.dictionaries.cognates import FALSE_FRIENDS, strip_accents
from reader.core.dictionaries.dictionary import BROADER_POS
from reader.core.dictionaries.english import english_zipf
from reader.core.dictionaries.lexicon.format import Row, english_key
from reader.core.dictionaries.lexicon.leading import leading
from reader.core.dictionaries.lexicon.noise import (
    VULGAR,
    in_force,
    is_fragment,
    participles,
    register,
)

PIVOT = "P"
OWN = "X"  # the project's own judgment (resources/senses)
MAX_SENSES = 8
# A lone English function word is seldom the meaning of a French content word or phrase
# ("afin de": "in order to", not "to"): such senses go after the others.
FUNCTION_WORDS = frozenset(
    "a an the to of for in on at by with from as so per and or but if than that this "
    "it its be is are was were up out off over into onto about".split()
)
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", ""})
# English words rarer than this (wordfreq's Zipf scale: 1 is once per hundred million words)
# are stray entries of a source (malade: "enfermo", a Spanish word) or odd senses: after the
# others. Names and glosses with capitals are left alone.
RARE_ZIPF = 1.5


@dataclass(frozen=True, slots=True)
class RankedSense:
    text: str
    sources: frozenset[str]
    same_pos: bool
    position: int  # best position in a file: the file's own ranking
    lookalike: bool = False  # a false friend's sense spelled like it (is_lookalike)
    marked: bool = False  # of a marked register, with a plain sense beside it (_marked)

    @property
    def is_pivot_only(self) -> bool:
        return self.sources == {PIVOT}

    @property
    def is_rare(self) -> bool:
        return is_rare_english(self.text)


def main_pos(pos: str) -> str:
    """The part of speech whose main senses (leading.py) a token of this one takes: a name's
    none (Bordeaux is the city, not the row's "claret"; Marc not "grounds")."""
    return pos if pos == "PROPN" else BROADER_POS.get(pos, pos)


def same_pos(row_pos: str, wanted: str) -> bool:
    wanted = BROADER_POS.get(wanted, wanted)
    return BROADER_POS.get(row_pos, row_pos) == wanted


def merge(rows: Sequence[Row], pos: str) -> list[RankedSense]:
    """Every sense of the rows, merged by English key and ranked."""
    found: dict[str, RankedSense] = {}
    spellings: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for row in rows:
        matches = same_pos(row.pos, pos)
        for position, sense in enumerate(row.senses):
            key = english_key(sense.text)
            if not key:
                continue
            if matches:  # a pivot language's spelling counts half (reservation: booking)
                spellings[key][sense.text] += sum(0.5 if c == PIVOT else 1 for c in sense.sources)
            known = found.get(key)
            if known is None:
                found[key] = RankedSense(sense.text, frozenset(sense.sources), matches, position)
                continue
            if known.same_pos and not matches:
                continue  # another part of speech's sources do not vouch for this one's sense
            if matches and not known.same_pos:  # the token's part of speech starts afresh
                found[key] = RankedSense(sense.text, frozenset(sense.sources), True, position)
                continue
            found[key] = RankedSense(
                _shorter(known.text, sense.text),
                known.sources | frozenset(sense.sources),
                known.same_pos,
                min(known.position, position),
            )
    phrase = any(" " in row.headword for row in rows)
    headword = rows[0].headword if rows else ""
    ranked = [_spelled(sense, spellings.get(key)) for key, sense in found.items()]
    if in_force() and BROADER_POS.get(pos, pos) == "VERB":
        ranked = _without_participles(ranked)
    if headword.lower() in FALSE_FRIENDS:
        ranked = [replace(s, lookalike=is_lookalike(headword, s.text)) for s in ranked]
    if in_force():
        ranked = _marked(ranked)
    ranked.sort(key=lambda sense: _order(sense, pos, phrase))
    return _main_first(ranked, leading(headword, main_pos(pos)))[:MAX_SENSES]


def _main_first(ranked: list[RankedSense], main: tuple[str, ...]) -> list[RankedSense]:
    """The word's main senses (leading.py) first, in their order and their wording (a row's
    "feeling" is not the lexicon's "feel"), vouched for by the project (so never only a pivot
    language's), then the others."""
    if not main:
        return ranked
    keys = {english_key(text): text for text in main}
    known = {english_key(sense.text): sense for sense in ranked}
    first = [
        replace(known[key], text=text, sources=known[key].sources | {OWN}, same_pos=True)
        if key in known
        else own_sense(text)
        for key, text in keys.items()
    ]
    return first + [sense for sense in ranked if english_key(sense.text) not in keys]


def _without_participles(ranked: list[RankedSense]) -> list[RankedSense]:
    """A verb's senses without those that are an English participle of another ("had" of
    "have", "lost" of "lose": a source listed the inflected form), whose sources vouch for
    the verb itself."""
    verbs = participles({sense.text for sense in ranked if sense.same_pos})
    forms = {s.text: s for s in ranked if s.same_pos and s.text in verbs}
    if not forms:
        return ranked
    extra: dict[str, frozenset[str]] = {}
    for text, sense in forms.items():
        extra[verbs[text]] = extra.get(verbs[text], frozenset()) | sense.sources
    return [
        replace(s, sources=s.sources | extra[s.text]) if s.text in extra else s
        for s in ranked
        if s.text not in forms
    ]


def _marked(ranked: list[RankedSense]) -> list[RankedSense]:
    """The senses of a marked register (noise.register) marked to go after the plain ones,
    when a plain sense of the token's part of speech is vouched for well enough: a vulgar
    sense (baiser's "fuck") by two sources, since a vulgar French word's plain senses are
    often one source's stray words (salaud: "asshole", not the lone "pervert"); a derogatory
    or dated one (putain's "whore", "harlot") by two or by as many sources as it has."""
    plain = [s for s in ranked if s.same_pos and not s.is_rare and not register(s.text)]
    most = max((len(s.sources) for s in plain), default=0)
    return [replace(s, marked=True) if _outranked(s, most) else s for s in ranked]


def _outranked(sense: RankedSense, most: int) -> bool:
    label = register(sense.text)
    if not label or not most:
        return False
    return most >= 2 or (label != VULGAR and most >= len(sense.sources))


def own_sense(text: str) -> RankedSense:
    """A sense only the project gives (resources/senses)."""
    return RankedSense(text, frozenset({OWN}), True, 0)


def is_lookalike(french: str, english: str) -> bool:
    """Whether a one-word sense is spelled like the French word (procès: process, assister:
    assist): for a known false friend, the sense that goes after its others."""
    if " " in english or " " in french or not (english.isalpha() and english.islower()):
        return False
    a, b = strip_accents(french.lower()), english.lower()
    shared = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return shared >= max(4, min(len(a), len(b)) - 2)


def _shorter(first: str, second: str) -> str:
    """Of two spellings of one sense, the one without notes in brackets, else the shorter."""
    return min(first, second, key=lambda text: ("(" in text, len(text)))


def _spelled(sense: RankedSense, votes: dict[str, float] | None) -> RankedSense:
    """The sense in the spelling most sources use: the English key merges "news" with "new"
    and "evening" with "even", which one pivot language's stray word must not spell."""
    if not votes or len(votes) < 2:
        return sense
    most = max(votes.values())
    best = min(
        (text for text, count in votes.items() if count == most),
        key=lambda text: ("(" in text, len(text)),
    )
    return sense if best == sense.text else replace(sense, text=best)


def _order(sense: RankedSense, pos: str, phrase: bool) -> tuple[int, ...]:
    function_word = (pos in CONTENT_POS or phrase) and english_key(sense.text) in FUNCTION_WORDS
    fragment = pos == "NOUN" and sense.same_pos and not phrase and is_fragment(sense.text)
    demoted = in_force() and (sense.marked or fragment)
    return (
        not sense.same_pos,
        sense.is_rare,
        sense.lookalike,
        demoted,
        -len(sense.sources),
        sense.is_pivot_only,
        int(function_word),
        _is_long(sense.text),
        sense.position,
    )


def _is_long(text: str) -> int:
    return int(len(text.split()) > 3 or any(char in text for char in '():"='))


@functools.lru_cache(maxsize=65_536)
def is_rare_english(text: str) -> bool:
    """A one-word lower-case gloss English hardly uses (wordfreq's list), not a word at all."""
    words = text.split()
    if len(words) != 1 or not text.islower() or not words[0].isalpha():
        return False
    return english_zipf(words[0]) < RARE_ZIPF
