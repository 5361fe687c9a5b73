"""Count the clicks whose first sense the topic cues (resources/senses/sense_cues.tsv) change,
on the repository's corpus (tests/data/corpus/), and print a random sample of them to check
by hand.

    .venv/bin/python scripts/count_topic_changes.py [--sample 30] [--seed 12] [--novel-lines N]
        [--pos VERB,ADJ] [--words bout,fond] [--derived | --classes] [--news-before ID]
        [--out changed.tsv]

Each paragraph (one line of a corpus file) is analysed as the window does; every word a
sense_cues.tsv row names is clicked (Glosser.explain) with the cues and without them, and the
first sense shown is compared; --pos keeps only the words whose rows have those parts of
speech (the verbs and adjectives their partners decide), --words only the lemmas named (the rows
of one round, say); --derived compares the card with and without the derived cues
(sense_cue_neighbours.tsv) instead of with and without all cues; --classes with and without
the partner classes' words (a row's @MONEY read as nothing: resources/senses/
partner_classes.tsv); --news-before leaves out the news texts from that id on (the held-out
news, 44336-44489, and texts whose clicks a check half holds); --out writes every changed
click (not only the sample) to a TSV file, for judging a seeded sample by hand. Reads only the
repository.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.lookup import card, classes, topics  # noqa: E402
from reader.core.lookup.card import Glosser  # noqa: E402
from reader.core.models import Analysis, Token, Translation  # noqa: E402
from scripts.audit_main_senses import (  # noqa: E402
    clicks,
    compared,
    corpus_files,
    first_sense,
)
from scripts.audit_main_senses import paragraphs as paragraphs_of  # noqa: E402


def paragraphs(novel_lines: int) -> list[tuple[str, str]]:
    """(file name, paragraph) for every news paragraph and the novels' first lines."""
    found: list[tuple[str, str]] = []
    for path in corpus_files():
        found.extend(paragraphs_of([path], None if path.parent.name == "news" else novel_lines))
    return found


def unchanged(analysis: Analysis, token: Token, found: object) -> tuple[Translation, ...]:
    return tuple(found)  # type: ignore[call-overload]


@contextlib.contextmanager
def without_cues() -> Iterator[None]:
    """The card without the topic's sense, until the block ends."""
    card.by_topic = unchanged
    try:
        yield
    finally:
        card.by_topic = topics.by_topic


@contextlib.contextmanager
def without_derived() -> Iterator[None]:
    """The card with the written cues only (the derived ones weigh nothing), until the block
    ends."""
    weight = topics.DERIVED_WEIGHT
    topics.DERIVED_WEIGHT = 0
    try:
        yield
    finally:
        topics.DERIVED_WEIGHT = weight


@contextlib.contextmanager
def without_classes() -> Iterator[None]:
    """The cues with their class cues (@MONEY) read as no words, until the block ends."""
    expand = classes.expand
    classes.expand = lambda words: ([w for w in words if classes.CLASS_MARK not in w], [])
    topics.sense_cues.cache_clear()
    try:
        yield
    finally:
        classes.expand = expand
        topics.sense_cues.cache_clear()


def changes(
    texts: list[tuple[str, str]],
    glosser: Glosser,
    pos: frozenset[str] | None = None,
    words: frozenset[str] | None = None,
    without: Callable[[], contextlib.AbstractContextManager[None]] = without_cues,
) -> tuple[int, list[str]]:
    """How many words with cues were clicked, and each click whose first sense the cues
    changed (or with `without_derived`, the derived cues): file, word, the sense without and
    with them, the sentence."""
    cued = {
        lemma
        for lemma, tag in topics.sense_cues()
        if (pos is None or tag in pos) and (words is None or lemma in words)
    }
    clicked = 0
    changed: list[str] = []
    for name, analysis, token in clicks(texts, lambda _, t: t.is_word and t.lemma.lower() in cued):
        clicked += 1
        if without is without_cues and topics.topic_sense(analysis, token) is None:
            continue  # no cue calls for a sense: the card is as without them
        info, plain = compared(analysis, token, without, (glosser, glosser))
        with_cues = first_sense(info)
        if with_cues != plain:
            sentence = analysis.sentence_text(token).strip()
            changed.append(f"{name}\t{token.text}\t{plain} -> {with_cues}\t{sentence}")
    return clicked, changed


def main() -> None:
    parser = audit_parser(__doc__, sample=30, seed=12)
    parser.add_argument("--pos", help="only words of these parts of speech, e.g. VERB,ADJ")
    parser.add_argument("--words", help="only these lemmas, comma-separated")
    parser.add_argument(
        "--derived", action="store_true", help="compare with and without the derived cues only"
    )
    parser.add_argument(
        "--classes", action="store_true", help="compare with and without the partner classes"
    )
    parser.add_argument("--news-before", type=int, help="leave out news texts from this id on")
    args = parser.parse_args()
    pos = frozenset(args.pos.split(",")) if args.pos else None
    words = frozenset(args.words.split(",")) if args.words else None
    without = without_derived if args.derived else without_classes if args.classes else without_cues
    texts = [
        (name, text)
        for name, text in paragraphs(args.novel_lines)
        if args.news_before is None or not name[:5].isdigit() or int(name[:5]) < args.news_before
    ]
    clicked, changed = changes(texts, Glosser(), pos, words, without)
    which = "derived cues" if args.derived else "partner classes" if args.classes else "cues"
    print(
        f"{clicked} clicks on words with cues; the {which} change the first sense of", len(changed)
    )
    report(changed, args)


def audit_parser(description: str | None, *, sample: int, seed: int) -> argparse.ArgumentParser:
    """The options every click audit takes: a seeded sample's size, the novels' length, and
    a file for every changed click."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--sample", type=int, default=sample)
    parser.add_argument("--seed", type=int, default=seed)
    parser.add_argument("--novel-lines", type=int, default=100_000)
    parser.add_argument("--out", type=Path, help="write every changed click to this TSV file")
    return parser


def dump_compare_parser(
    description: str | None, *, sample: int, seed: int, novel_lines: bool = True
) -> argparse.ArgumentParser:
    """The two commands of an audit run once per version: `dump OUT [--novel-lines N]` saves
    every click of one version, `compare BEFORE AFTER [--sample] [--seed] [--out]` reads two
    such files and prints what changed."""
    parser = argparse.ArgumentParser(description=description)
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    if novel_lines:  # the audits of a fixed list of texts have no such option
        dumping.add_argument("--novel-lines", type=int, default=None)
    comparing = commands.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    comparing.add_argument("--sample", type=int, default=sample)
    comparing.add_argument("--seed", type=int, default=seed)
    comparing.add_argument("--out", type=Path, help="write every changed click to this file")
    return parser


def report(changed: list[str], args: argparse.Namespace, by_kind: str = "") -> None:
    """The changed clicks counted by their kind (the rule before the colon) when `by_kind`
    names it, a seeded sample to judge by hand, and every one in --out."""
    if by_kind:
        kinds = Counter(line.split("\t")[2].split(":")[0] for line in changed)
        print(f"  by {by_kind}: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    for line in random.Random(args.seed).sample(changed, min(args.sample, len(changed))):
        print(line)
    if args.out is not None:
        write(args.out, changed)


def write(path: Path, changed: list[str]) -> None:
    """Every changed click, one a line under a header, for a seeded sample to judge by hand."""
    rows = ["file\tword\tsenses\tsentence", *changed]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
