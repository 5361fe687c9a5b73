"""List the most frequent polysemous words of news and novels with the sense their card leads
with, to review them for resources/senses/main_senses.tsv and sense_cues.tsv (their README,
"Round 13", says how).

    .venv/bin/python scripts/rank_frequent_senses.py [--count 600] [--reviewed]
        [--counts counts.tsv]

The news (tests/data/corpus/news/) and the novels (the corpus's other texts, never ud/) are
analysed as the window does and their nouns, verbs, adjectives and adverbs counted by (lemma,
tag); a word's weight is its share of the news's words plus its share of the novels' words
(per 10,000), so the few news texts count as much as the two long novels. Words whose card,
with no context, shows senses of two or more meanings (rank_cue_candidates.meanings) are
listed, heaviest first; words that already have a row in main_senses.tsv or sense_cues.tsv
are left out unless --reviewed. --counts keeps the counts in a file (read if it exists,
written otherwise), since analysing the corpus takes minutes. Reads only the repository and
the counts file.

Each line: rank, weight, news count, novels count, lemma, tag, meanings, the first senses (a
"*" before them: main_senses.tsv leads; "~": sense_cues.tsv has rows).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.dictionaries.lexicon.leading import main_senses  # noqa: E402
from reader.core.lookup import topics  # noqa: E402
from reader.core.lookup.card import Glosser  # noqa: E402
from scripts.audit_main_senses import corpus_files, paragraphs  # noqa: E402
from scripts.rank_cue_candidates import SHOWN, counted, meanings  # noqa: E402

TAGS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
Counts = dict[str, collections.Counter[tuple[str, str]]]


def corpus_counts() -> Counts:
    """'news' and 'novels' -> (lemma, tag) -> how often."""
    files = corpus_files()
    news = [p for p in files if p.parent.name == "news"]
    novels = [p for p in files if p.parent.name != "news"]
    return {
        "news": counted(paragraphs(news), TAGS),
        "novels": counted(paragraphs(novels), TAGS),
    }


def cached(path: Path | None) -> Counts:
    """The counts, read from `path` if it exists, else counted (and written there)."""
    if path is not None and path.exists():
        found: Counts = {"news": collections.Counter(), "novels": collections.Counter()}
        for line in path.read_text(encoding="utf-8").splitlines():
            group, lemma, tag, count = line.split("\t")
            found[group][(lemma, tag)] = int(count)
        return found
    counts = corpus_counts()
    if path is not None:
        rows = (
            f"{group}\t{lemma}\t{tag}\t{n}\n"
            for group, counter in counts.items()
            for (lemma, tag), n in counter.items()
        )
        path.write_text("".join(rows), encoding="utf-8")
    return counts


def weights(counts: Counts) -> dict[tuple[str, str], float]:
    """(lemma, tag) -> its share of each group's counted words, summed, per 10,000."""
    found: dict[tuple[str, str], float] = collections.defaultdict(float)
    for counter in counts.values():
        total = sum(counter.values()) or 1
        for key, n in counter.items():
            found[key] += 10_000 * n / total
    return found


def listing(counts: Counts, glosser: Glosser, count: int, reviewed: bool) -> list[str]:
    mains = {lemma for lemma, _ in main_senses()}
    cued = {lemma for lemma, _ in topics.sense_cues()}
    lines: list[str] = []
    for (lemma, tag), weight in sorted(weights(counts).items(), key=lambda item: -item[1]):
        if len(lines) >= count:
            break
        if not reviewed and (lemma in mains or lemma in cued):
            continue
        translations = glosser.translations(lemma, lemma, tag)
        senses = translations[0].senses if translations else ()
        groups = meanings(senses)
        if groups < 2:
            continue
        mark = ("*" if lemma in mains else "") + ("~" if lemma in cued else "")
        news, novels = counts["news"][(lemma, tag)], counts["novels"][(lemma, tag)]
        shown = mark + " | ".join(senses[:SHOWN])
        lines.append(
            f"{len(lines) + 1}\t{weight:.1f}\t{news}\t{novels}\t{lemma}\t{tag}\t{groups}\t{shown}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=600, help="how many words to list")
    parser.add_argument("--reviewed", action="store_true", help="list words with rows too")
    parser.add_argument("--counts", type=Path, help="a file to keep the corpus counts in")
    args = parser.parse_args(argv)
    counts = cached(args.counts)
    print("\n".join(listing(counts, Glosser(), args.count, args.reviewed)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
