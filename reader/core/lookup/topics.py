"""The sense a text's topic calls for: resources/senses/sense_cues.tsv lists, for French words
with two or more frequent senses, the French lemmas that call for each (piste: "runway" near
avion, atterrir; "track" near course, athlète). A clicked word whose sense's cues clearly win
in its sentence and paragraph leads with that sense; elsewhere the main-senses order stands.

Only lemmas are counted (no spaCy, no vectors): one set lookup per word of the paragraph,
counted once per paragraph and kept for the next click in the same text."""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader.core.errors import DictionaryError
from reader.core.lookup.english import past_participle
from reader.core.models import Analysis, Token, Translation, TranslationSource
from reader.core.paths import resources_dir

FOLDER = "senses"
NAME = "sense_cues.tsv"
HEADER = ("lemma", "pos", "english", "cues")
# A cue in the clicked word's sentence weighs more than one elsewhere in its paragraph.
SENTENCE_WEIGHT = 2
PARAGRAPH_WEIGHT = 1
# A sense leads when its cues score at least this, and at least RATIO times the runner-up's:
# one cue in the sentence, or two in the paragraph, and never a close call.
MIN_SCORE = 2
RATIO = 2


@dataclass(frozen=True, slots=True)
class SenseCues:
    """One sense of a word and the lemmas that call for it."""

    sense: str
    cues: frozenset[str]


@functools.cache
def sense_cues() -> dict[tuple[str, str], tuple[SenseCues, ...]]:
    """(lemma, UPOS) -> its senses with their cue lemmas, in the file's order."""
    path = resources_dir() / FOLDER / NAME
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise DictionaryError(f"The sense cues file {path} cannot be read ({error}).") from None
    found: dict[tuple[str, str], list[SenseCues]] = {}
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    for fields in rows[1:]:  # the first is the header
        if len(fields) == len(HEADER) and all(fields):
            lemma, pos, sense, cues = fields
            entry = SenseCues(sense, frozenset(cues.split()) - {lemma})
            found.setdefault((lemma, pos), []).append(entry)
    return {key: tuple(senses) for key, senses in found.items() if len(senses) > 1}


@functools.cache
def cue_lemmas() -> frozenset[str]:
    """Every lemma that is a cue of some sense: the only words a paragraph's count keeps."""
    return frozenset(cue for senses in sense_cues().values() for s in senses for cue in s.cues)


@dataclass(frozen=True, slots=True)
class _Counts:
    """The cue lemmas of one analysed text: per sentence, and per paragraph (a line)."""

    analysis: Analysis
    sentences: tuple[frozenset[str], ...]
    paragraphs: tuple[frozenset[str], ...]
    paragraph_of: tuple[int, ...]  # sentence index -> paragraph index


_last: list[_Counts] = []
_lock = threading.Lock()


def _counts(analysis: Analysis) -> _Counts:
    """The text's cue lemmas, counted once: a click, then the next, reads the same text."""
    with _lock:
        if _last and _last[0].analysis is analysis:
            return _last[0]
    counts = _count(analysis)
    with _lock:
        _last[:] = [counts]
    return counts


def _count(analysis: Analysis) -> _Counts:
    wanted = cue_lemmas()
    per_sentence: list[set[str]] = [set() for _ in analysis.sentences]
    for token in analysis.tokens:
        lemma = token.lemma.lower()
        if token.is_word and lemma in wanted and token.sentence < len(per_sentence):
            per_sentence[token.sentence].add(lemma)
    paragraph_of = _paragraphs(analysis)
    paragraphs: list[set[str]] = [set() for _ in range(max(paragraph_of, default=-1) + 1)]
    for index, lemmas in enumerate(per_sentence):
        paragraphs[paragraph_of[index]].update(lemmas)
    return _Counts(
        analysis,
        tuple(frozenset(s) for s in per_sentence),
        tuple(frozenset(p) for p in paragraphs),
        paragraph_of,
    )


def _paragraphs(analysis: Analysis) -> tuple[int, ...]:
    """Each sentence's paragraph: a new one after every line break between sentences (the
    window analyses a whole page, one paragraph a line)."""
    found: list[int] = []
    paragraph = 0
    previous_end = 0
    for sentence in analysis.sentences:
        if found and "\n" in analysis.text[previous_end : sentence.start]:
            paragraph += 1
        found.append(paragraph)
        previous_end = sentence.end
    return tuple(found)


def topic_sense(analysis: Analysis, token: Token) -> str | None:
    """The sense the cues around the token clearly call for, or None."""
    group = analysis.group_of(token)
    head = analysis.tokens[group.head] if group is not None else token
    lemma = (group.lemma if group is not None else token.lemma).lower()
    senses = sense_cues().get((lemma, head.pos))
    if senses is None:
        return None
    counts = _counts(analysis)
    if token.sentence >= len(counts.sentences):
        return None
    near = counts.sentences[token.sentence]
    around = counts.paragraphs[counts.paragraph_of[token.sentence]] - near
    scores = sorted(((_score(s.cues, near, around), s.sense) for s in senses), key=lambda p: -p[0])
    (best, sense), (second, _) = scores[0], scores[1]
    return sense if best >= MIN_SCORE and best >= RATIO * second else None


def _score(cues: frozenset[str], near: frozenset[str], around: frozenset[str]) -> int:
    return SENTENCE_WEIGHT * len(cues & near) + PARAGRAPH_WEIGHT * len(cues & around)


def by_topic(
    analysis: Analysis, token: Token, translations: Sequence[Translation]
) -> tuple[Translation, ...]:
    """The translations with the sense the topic calls for first in the first dictionary
    translation of the word itself (the learner's own and a teacher's stay ahead; a phrase's,
    marked «…», is left alone)."""
    found = tuple(translations)
    sense = topic_sense(analysis, token)
    if sense is None:
        return found
    for position, translation in enumerate(found):
        if translation.source is not TranslationSource.DICTIONARY or "«" in translation.origin:
            continue
        sense = _worded(sense, translation.senses, _is_participle(analysis, token))
        senses = (sense, *(s for s in translation.senses if s != sense))
        chosen = replace(translation, senses=senses)
        return (*found[:position], chosen, *found[position + 1 :])
    return found


def _is_participle(analysis: Analysis, token: Token) -> bool:
    """A past participle the card shows in English participles (levé: raised), alone or in a
    passive: the sense leads in that wording too."""
    group = analysis.group_of(token)
    if group is not None and not group.passive:
        return False
    head = analysis.tokens[group.head] if group is not None else token
    return head.morph.get("VerbForm") == "Part" and head.morph.get("Tense") == "Past"


def _worded(sense: str, shown: tuple[str, ...], participle: bool) -> str:
    """The sense as the card words the others: "raised" where it shows participles."""
    if sense in shown:
        return sense
    return past_participle(sense) if participle or past_participle(sense) in shown else sense
