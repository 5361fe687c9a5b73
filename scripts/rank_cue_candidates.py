"""Rank the words that may want rows in resources/senses/sense_cues.tsv: the content lemmas of
the repository's corpus (tests/data/corpus/), most frequent first, that have no cue row yet and
whose card lists senses with two or more different meanings.

    .venv/bin/python scripts/rank_cue_candidates.py [--count 800] [--min 3] [--all]

Each paragraph is analysed as the window does; every noun, verb and adjective is counted by
(lemma, tag). For each, the card's senses with no context (Glosser.translations, bundled
dictionaries and main senses) are split into meanings: two senses belong to one meaning when
they share a content word (office | office building), so "desk | office" counts two and
"tall | high | tall" (all one word apart) may count several; a word is listed when it has at
least two. The list is for reading by hand: the count only orders and filters it, the choice
of words and cues is the reader's. --all lists words with one meaning too. Reads only the
repository.

Each line: rank, corpus count, lemma, tag, number of meanings, the first senses.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.analysis import analyse  # noqa: E402
from reader.core.lookup import topics  # noqa: E402
from reader.core.lookup.card import Glosser  # noqa: E402
from scripts.audit_main_senses import corpus_files, paragraphs  # noqa: E402

TAGS = frozenset({"NOUN", "VERB", "ADJ"})
# Words that say nothing of a sense's meaning: to (verbs), articles, small prepositions.
EMPTY = frozenset(
    "to a an the of in on at by for with up out off one's oneself someone something be get"
    " make do have".split()
)
WORD = re.compile(r"[a-z]+")
# How many of the card's first senses are read: the ones a learner sees.
SHOWN = 8


def counted(
    texts: Iterable[tuple[str, str]], tags: frozenset[str] = TAGS
) -> collections.Counter[tuple[str, str]]:
    """(lemma, tag) -> how often the texts have it, for the words of those tags (nouns,
    verbs and adjectives)."""
    found: collections.Counter[tuple[str, str]] = collections.Counter()
    for _name, text in texts:
        for token in analyse(text).tokens:
            if token.is_word and token.pos in tags:
                found[(token.lemma.lower(), token.pos)] += 1
    return found


def words_of(sense: str) -> frozenset[str]:
    """A sense's content words, without what its brackets say (usage labels)."""
    plain = re.sub(r"\([^)]*\)", " ", sense.lower())
    return frozenset(w for w in WORD.findall(plain) if w not in EMPTY)


def meanings(senses: tuple[str, ...]) -> int:
    """How many groups the senses fall into when senses sharing a content word join."""
    groups: list[set[str]] = []
    for sense in senses[:SHOWN]:
        words = set(words_of(sense))
        if not words:
            continue
        joined = [g for g in groups if g & words]
        for group in joined:
            words |= group
            groups.remove(group)
        groups.append(words)
    return len(groups)


def ranked(
    counts: collections.Counter[tuple[str, str]],
    glosser: Glosser,
    *,
    count: int = 800,
    minimum: int = 3,
    every: bool = False,
) -> list[str]:
    """The listing's lines: the most frequent words without cue rows whose card's senses fall
    into two meanings or more (every: one meaning too)."""
    cued = set(topics.sense_cues())
    lines: list[str] = []
    for (lemma, tag), found in counts.most_common():
        if len(lines) >= count or found < minimum:
            break
        if (lemma, tag) in cued:
            continue
        translations = glosser.translations(lemma, lemma, tag)
        senses = translations[0].senses if translations else ()
        groups = meanings(senses)
        if groups >= 2 or every:
            shown = " | ".join(senses[:SHOWN])
            lines.append(f"{len(lines) + 1}\t{found}\t{lemma}\t{tag}\t{groups}\t{shown}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=800, help="how many words to list")
    parser.add_argument("--min", type=int, default=3, help="the fewest corpus occurrences")
    parser.add_argument("--all", action="store_true", help="list one-meaning words too")
    args = parser.parse_args(argv)
    counts = counted(paragraphs(corpus_files()))
    lines = ranked(counts, Glosser(), count=args.count, minimum=args.min, every=args.all)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
