"""Merging and ranking the lexicon's senses (used by build_lexicon.py only).

A SenseTable collects English senses per (French headword, part of speech) from any number
of sources, keyed by reader.core.dictionaries.lexicon.format.english_key so that "to
strengthen" from one source and "strengthen" from another count as one sense given by two
sources. Pivot translations (French -> X -> English) are kept only when two different pivot
languages X reach the same English sense.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from wordfreq import zipf_frequency

from reader.core.dictionaries.lexicon.format import Row, Sense, english_key

_LABELS = re.compile(r"\[[^\]]*\]|\{[^}]*\}|<[^>]*>")
_SKIPPED_LINES = ("see:", "synonym", "note:", '"', "→")
MAX_SENSES = 12
MAX_PIVOT_SENSES = 4
PIVOT_FANOUT = 6  # English words taken from each pivot word: more is mostly noise


def plain_ipa(ipa: str) -> str:
    """One IPA style for every source: no stress marks, syllable dots or liaison ties."""
    for mark in "ˈˌ.‿-/[]":
        ipa = ipa.replace(mark, "")
    return " ".join(ipa.replace("ʀ", "ʁ").replace("ɡ", "g").split())


def clean(text: str) -> str:
    """A sense as the card shows it: no domain labels, tags or cross-references."""
    text = _LABELS.sub(" ", text).replace("\t", " ").replace("|", "/")
    return " ".join(text.split()).strip(" ,;")


def split_translations(text: str) -> list[str]:
    """ "abandon, give up; leave (sth)" -> three senses; commas inside brackets stay."""
    parts, depth, current = [], 0, []
    for char in text:
        depth += char in "([{"
        depth -= char in ")]}"
        if char in ",;" and depth <= 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [cleaned for part in parts if (cleaned := clean(part))]


def translation_lines(senses: Iterable[tuple[str, ...]], *, first_only: bool) -> list[str]:
    """The English lines of a dictd article's senses (WikDict: the first line of each)."""
    lines: list[str] = []
    for sense in senses:
        chosen = sense[:1] if first_only else sense
        lines.extend(line for line in chosen if not line.casefold().startswith(_SKIPPED_LINES))
    return lines


@dataclass
class Entry:
    gender: str = ""
    ipa: str = ""
    senses: dict[str, list[object]] = field(default_factory=dict)  # key -> [text, codes, rank]


class SenseTable:
    """Senses per (headword, pos), each with the set of sources that give it."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], Entry] = {}

    def add(self, headword: str, pos: str, english: str, code: str, rank: int = 0) -> None:
        key = english_key(english)
        if not headword or not key or (key == english_key(headword) and len(key) < 3):
            return
        entry = self.entries.setdefault((headword, pos), Entry())
        found = entry.senses.setdefault(key, [english, set(), rank])
        found[0] = min(str(found[0]), english, key=lambda text: ("(" in text, len(text), text))
        codes = found[1]
        assert isinstance(codes, set)
        codes.add(code)
        found[2] = min(int(str(found[2])), rank)

    def facts(self, headword: str, pos: str, *, gender: str = "", ipa: str = "") -> None:
        entry = self.entries.setdefault((headword, pos), Entry())
        entry.gender = entry.gender or gender
        entry.ipa = entry.ipa or plain_ipa(ipa)

    def rows(self) -> list[Row]:
        rows = [
            Row(word, pos, entry.gender, entry.ipa, (), ranked(word, entry.senses))
            for (word, pos), entry in self.entries.items()
        ]
        return sorted(rows, key=lambda row: (row.headword.casefold(), row.headword, row.pos))


def ranked(headword: str, senses: dict[str, list[object]]) -> tuple[Sense, ...]:
    """Most sources first; then the same word in English (synopsis: synopsis, rather than
    "pitch", which is more common); then short, common English; then the source's order."""
    same = plain(headword)

    def order(item: list[object]) -> tuple[int, int, int, float, int]:
        text, codes, rank = str(item[0]), item[1], int(str(item[2]))
        assert isinstance(codes, set)
        cognate = plain(text) == same
        return (-len(codes), -cognate, is_long(text), -commonness(text), rank)

    chosen = sorted(senses.values(), key=order)[:MAX_SENSES]
    return tuple(Sense(str(item[0]), "".join(sorted(item[1]))) for item in chosen)  # type: ignore[arg-type]


def plain(word: str) -> str:
    """Lower case without accents or a final e: "synopsis", "arable", "pharaon" alike."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    letters = "".join(char for char in decomposed if not unicodedata.combining(char))
    return letters.removesuffix("e")


def is_long(text: str) -> int:
    """A whole explanation rather than a word or a short phrase: shown after the others."""
    return int(len(text.split()) > 3 or any(char in text for char in '():"='))


def commonness(text: str) -> float:
    return zipf_frequency(english_key(text), "en")


def pivot_senses(
    to_pivot: dict[str, dict[tuple[str, str], set[str]]],
    to_english: dict[str, dict[str, list[tuple[str, str]]]],
) -> dict[tuple[str, str], list[tuple[str, int]]]:
    """(French word, pos) -> [(English, number of pivot languages)] reached by two or more.

    to_pivot[language][(french, pos)] is the set of words of that language; to_english
    [language][word] its English translations with their part of speech.
    """
    reached: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    surface: dict[str, Counter[str]] = defaultdict(Counter)
    for language, pairs in to_pivot.items():
        english = to_english[language]
        for (french, pos), words in pairs.items():
            for word in sorted(words):
                for text, english_pos in english.get(word, ())[:PIVOT_FANOUT]:
                    if english_pos and pos and english_pos != pos:
                        continue
                    key = english_key(text)
                    if key:
                        reached[(french, pos)][key].add(language)
                        surface[key][text] += 1
    found: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for entry, keys in reached.items():
        agreed = [(key, len(langs)) for key, langs in keys.items() if len(langs) >= 2]
        agreed.sort(key=lambda item: (-item[1], -commonness(item[0]), item[0]))
        if agreed:
            found[entry] = [
                (surface[key].most_common(1)[0][0], count)
                for key, count in agreed[:MAX_PIVOT_SENSES]
            ]
    return found
