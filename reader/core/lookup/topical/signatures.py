"""Automatic topic signatures: resources/senses/sense_signatures.tsv gives, for frequent
polysemous nouns and verbs with no written cue rows, the French lemmas that call for each of
their senses, built offline from the dictionaries' glosses translated back into French and the
word vectors (scripts/build_sense_signatures.py). The card's first sense is a strong default:
another sense leads only where its signature clearly wins in the clicked word's sentence and
paragraph, over every other sense and over the first one.

Only set lookups at click time: topics.py counts the signature lemmas with the written cues."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reader.core.errors import DictionaryError
from reader.core.paths import resources_dir

PATH = ("senses", "sense_signatures.tsv")
HEADER = ("lemma", "pos", "english", "signature")
NONE = "-"  # the first sense's row where it has no signature of its own
# Weights of a signature lemma among a verb's partners, in the sentence, in the paragraph.
WEIGHTS = (4.0, 2.0, 1.0)
# A sense other than the first leads with at least this score (one lemma in the sentence) and
# RATIO times every other's.
MIN_SCORE = 2.0
RATIO = 2.0


@dataclass(frozen=True, slots=True)
class Signature:
    """One sense of a word and the lemmas that call for it."""

    sense: str
    lemmas: frozenset[str]


@functools.cache
def signatures() -> dict[tuple[str, str], tuple[Signature, ...]]:
    """(lemma, UPOS) -> its senses with their signatures, the card's first sense first."""
    path = resources_dir().joinpath(*PATH)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise DictionaryError(
            f"The sense signatures file {path} cannot be read ({error})."
        ) from None
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    found: dict[tuple[str, str], list[Signature]] = {}
    for fields in rows[1:]:
        if len(fields) == len(HEADER) and all(fields):
            lemma, pos, sense, words = fields
            lemmas = frozenset(words.split()) - {NONE, lemma}
            found.setdefault((lemma, pos), []).append(Signature(sense, lemmas))
    return {key: tuple(senses) for key, senses in found.items() if len(senses) > 1}


@functools.cache
def signature_lemmas() -> frozenset[str]:
    """Every lemma of some signature: the words a paragraph's count must keep."""
    return frozenset(word for senses in signatures().values() for s in senses for word in s.lemmas)


def signature_sense(
    lemma: str, pos: str, places: tuple[frozenset[str], frozenset[str], frozenset[str]]
) -> tuple[str, str] | None:
    """(the card's first sense, the sense to lead with) where a sense other than the first
    clearly wins among the lemmas of the word's partners, sentence and paragraph; else None."""
    senses = signatures().get((lemma, pos))
    if senses is None:
        return None
    scores = [
        sum(w * len(s.lemmas & p) for w, p in zip(WEIGHTS, places, strict=True)) for s in senses
    ]
    best = max(range(len(senses)), key=lambda i: scores[i])
    runner_up = max(score for i, score in enumerate(scores) if i != best)
    if best == 0 or scores[best] < MIN_SCORE or scores[best] < RATIO * runner_up:
        return None
    return senses[0].sense, senses[best].sense
