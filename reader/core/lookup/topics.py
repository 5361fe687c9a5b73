"""The sense a text's topic calls for: resources/senses/sense_cues.tsv lists, for French words
with two or more frequent senses, the French lemmas that call for each (piste: "runway" near
avion, atterrir; "track" near course, athlète). A clicked word whose sense's cues clearly win
in its sentence and paragraph leads with that sense; elsewhere the main-senses order stands.
A cue among a verb's or an adjective's close partners weighs most (gagner de l'argent: earn;
une voix grave: deep): the words it goes with decide its sense more than the topic does, and
the rest of the paragraph does not count for them. A cue written subj:temps or obj:temps counts
only as the verb's subject or only as a word of its clause after it (le temps passe: go by;
passer le temps: spend), never as a topic word.

Only the lemmas of nouns, verbs and adjectives are counted (no spaCy, no vectors): one set
lookup per word of the paragraph, counted once per paragraph and kept for the next click in
the same text."""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader.core.errors import DictionaryError
from reader.core.lookup import classes
from reader.core.lookup.english import past_participle
from reader.core.lookup.participles import is_past_participle
from reader.core.lookup.surroundings import neighbour
from reader.core.models import Analysis, Token, Translation, TranslationSource
from reader.core.paths import resources_dir

FOLDER = "senses"
NAME = "sense_cues.tsv"
HEADER = ("lemma", "pos", "english", "cues")
# Cues derived from word vectors (scripts/build_cue_neighbours.py): a row's neighbours.
NEIGHBOURS = "sense_cue_neighbours.tsv"
NEIGHBOURS_HEADER = ("lemma", "pos", "english", "neighbours")
# A cue in the clicked word's sentence weighs more than one elsewhere in its paragraph.
SENTENCE_WEIGHT = 2
PARAGRAPH_WEIGHT = 1
# A cue the verb or adjective goes with (its object, subject or noun) outweighs two elsewhere
# in the sentence: one partner leads against one other cue in the sentence, not against two.
PARTNER_WEIGHT = 4
# Cues that count only in one role of a verb's partners: its subject, or its clause after it.
SUBJECT = "subj:"
OBJECT = "obj:"
# Parts of speech whose partners decide their sense: the rest of the paragraph is too far.
PARTNERED = frozenset({"VERB", "ADJ"})
# The parts of speech a cue is counted in: the possessive son (sound), the ton of ton livre
# (tone), the pas and point of a negation (walk, score) are not the words the rows mean.
COUNTED = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
# A sense leads when its cues score at least this, and at least RATIO times the runner-up's:
# one cue in the sentence, or two in the paragraph, and never a close call.
MIN_SCORE = 2
RATIO = 2
# A derived cue (a vector neighbour of a row's cues, sense_cue_neighbours.tsv) weighs half a
# written one, and is read only where the written cues call for no sense. A sense it calls
# for then needs DERIVED_MIN_SCORE: one derived cue in the sentence (or two in the paragraph)
# leads alone, but not against a written cue of another sense, even one in the paragraph.
DERIVED_WEIGHT = 0.5
DERIVED_MIN_SCORE = 1.0
# The clicked words derived cues are read for: a noun by its topic, a verb by its partners.
# An adjective's derived partners misled (une sensation douce read as soft, a figure grave
# as deep).
DERIVED_TAGS = frozenset({"NOUN", "VERB"})


@dataclass(frozen=True, slots=True)
class SenseCues:
    """One sense of a word and the lemmas that call for it: anywhere (cues), or only as the
    verb's subject or a word of its clause after it."""

    sense: str
    cues: frozenset[str]
    subject: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    derived: frozenset[str] = frozenset()  # vector neighbours of the cues, weighed less


@functools.cache
def sense_cues() -> dict[tuple[str, str], tuple[SenseCues, ...]]:
    """(lemma, UPOS) -> its senses with their cue lemmas, in the file's order."""
    path = resources_dir() / FOLDER / NAME
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise DictionaryError(f"The sense cues file {path} cannot be read ({error}).") from None
    rows: dict[tuple[str, str], list[tuple[str, list[str], list[str]]]] = {}
    for lemma, pos, sense, cues in _rows(lines, len(HEADER)):
        rows.setdefault((lemma, pos), []).append((sense, *classes.expand(cues.split())))
    found = {key: _entries(key[0], senses) for key, senses in rows.items()}
    derived = neighbour_cues()
    return {
        key: _with_derived(key, senses, derived) for key, senses in found.items() if len(senses) > 1
    }


def _entries(lemma: str, rows: list[tuple[str, list[str], list[str]]]) -> list[SenseCues]:
    """A word's rows with their class cues (@MONEY) read as the class's words, less the words
    another row of the word names by hand (gagner's reach lists port: no class makes it earn)."""
    named = {word.rpartition(":")[2] for _, written, _ in rows for word in written}
    return [
        _entry(sense, written + [w for w in added if w.rpartition(":")[2] not in named], lemma)
        for sense, written, added in rows
    ]


def _rows(lines: list[str], width: int) -> list[list[str]]:
    """A TSV file's rows of `width` non-empty fields, after its header and comments."""
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return [fields for fields in rows[1:] if len(fields) == width and all(fields)]


def _with_derived(
    key: tuple[str, str],
    senses: list[SenseCues],
    derived: dict[tuple[str, str, str], frozenset[str]],
) -> tuple[SenseCues, ...]:
    """The word's senses with their derived cues, less any lemma a written row of the word
    names (a written cue keeps its own sense and weight)."""
    written = {key[0]}.union(*(s.cues | s.subject | s.objects for s in senses))
    return tuple(
        replace(s, derived=derived.get((*key, s.sense), frozenset()) - written) for s in senses
    )


@functools.cache
def neighbour_cues() -> dict[tuple[str, str, str], frozenset[str]]:
    """(lemma, UPOS, english) -> the derived cues of that sense row."""
    path = resources_dir() / FOLDER / NEIGHBOURS
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise DictionaryError(f"The sense cues file {path} cannot be read ({error}).") from None
    return {
        (lemma, pos, sense): frozenset(words.split())
        for lemma, pos, sense, words in _rows(lines, len(NEIGHBOURS_HEADER))
    }


def _entry(sense: str, words: list[str], lemma: str) -> SenseCues:
    """A row's cues sorted by role: obj:temps counts only after the verb, subj:temps only
    before it, temps anywhere."""

    def role(prefix: str) -> frozenset[str]:
        return frozenset(w.removeprefix(prefix) for w in words if w.startswith(prefix))

    anywhere = frozenset(w for w in words if not w.startswith((SUBJECT, OBJECT)))
    return SenseCues(sense, anywhere - {lemma}, role(SUBJECT) - {lemma}, role(OBJECT) - {lemma})


@functools.cache
def cue_lemmas() -> frozenset[str]:
    """Every lemma that is a cue of some sense: the only words a paragraph's count keeps."""
    return frozenset(
        cue for senses in sense_cues().values() for s in senses for cue in s.cues | s.derived
    )


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
        counted = token.is_word and token.pos in COUNTED
        if counted and lemma in wanted and token.sentence < len(per_sentence):
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
    subject, objects, others = _roles(analysis, head)
    close = subject | objects | others
    near = counts.sentences[token.sentence] - close
    around = counts.paragraphs[counts.paragraph_of[token.sentence]] - near - close
    if head.pos in PARTNERED:
        # A verb's or an adjective's sense is local: a cue a sentence away is about something
        # else (les larmes le gagnaient, with argent in the paragraph, is not earn).
        around = frozenset()
    if head.pos == "ADJ" and close:
        # An adjective's noun alone decides it: une grosse larme near joue is not fat.
        near = around = frozenset()
    written = [
        _score(s.cues, close, near, around)
        + PARTNER_WEIGHT * (len(s.subject & subject) + len(s.objects & objects))
        for s in senses
    ]
    chosen = _leader(written, senses, MIN_SCORE)
    if chosen is not None or head.pos not in DERIVED_TAGS or not DERIVED_WEIGHT:
        return chosen
    if head.pos in PARTNERED:
        # Only a verb's partners: a neighbour elsewhere in its sentence misled (remplir ses
        # lettres is not fill in, voir passer la fête not spend).
        near = around = frozenset()
    return _by_derived(senses, written, (close, near, around))


def _by_derived(
    senses: tuple[SenseCues, ...],
    written: list[float],
    places: tuple[frozenset[str], frozenset[str], frozenset[str]],
) -> str | None:
    """The sense the derived cues call for where the written ones are silent or undecided:
    never one that overrules or blocks a sense the written cues call for. One derived cue in
    the sentence is enough, but not one against a written cue of another sense anywhere."""
    derived = [DERIVED_WEIGHT * _score(s.derived, *places) for s in senses]
    scores = [w + d for w, d in zip(written, derived, strict=True)]
    chosen = _leader(scores, senses, DERIVED_MIN_SCORE)
    if chosen is None:
        return None
    # The lower bar is for a sense its derived cues call for, not for written ones alone.
    return chosen if derived[[s.sense for s in senses].index(chosen)] else None


def _leader(scores: list[float], senses: tuple[SenseCues, ...], minimum: float) -> str | None:
    """The sense whose score is at least `minimum` and RATIO times the runner-up's."""
    ranked = sorted(zip(scores, (s.sense for s in senses), strict=True), key=lambda p: -p[0])
    (best, sense), (second, _) = ranked[0], ranked[1]
    return sense if best >= minimum and best >= RATIO * second else None


def _score(
    cues: frozenset[str], close: frozenset[str], near: frozenset[str], around: frozenset[str]
) -> float:
    return (
        PARTNER_WEIGHT * len(cues & close)
        + SENTENCE_WEIGHT * len(cues & near)
        + PARAGRAPH_WEIGHT * len(cues & around)
    )


# -- close partners: read from the tokens alone (the analysis keeps no dependency tree) -------

# How far a verb's clause is read after it, and its subject looked for before it, in words.
CLAUSE_AFTER = 8
SUBJECT_BEFORE = 5
# What a verb's object may be: a noun, or the adjective of rendre heureux, trouver fort.
OBJECT_TAGS = frozenset({"NOUN", "ADJ"})
# Words that end a verb's clause: another verb or a conjunction that opens a new clause.
CLAUSE_ENDS = frozenset({"VERB", "SCONJ"})
# Words between a subject noun and its verb: le club l'a enfin gagné.
BEFORE_VERB = frozenset({"AUX", "ADV", "PRON", "PART", "ADJ", "DET"})
# Words after which a noun before the verb is its object, not its subject: the subject
# pronouns and the relative que (les heures que j'ai passées, quelles heures il a passées).
FRONTING = frozenset({"je", "tu", "il", "elle", "on", "ils", "elles", "que"})
# The preposition a subject's noun hangs on another by: le ton de sa lettre, les frais du voyage.
OF = frozenset({"de", "du", "des"})
# Words between an adjective and its noun: un ton très sec, une si grave erreur.
BESIDE_ADJECTIVE = ("ADV", "DET")
# Copulas that tie an adjective to the subject before them: le ton était sec.
COPULAS = frozenset({"être", "sembler", "paraître", "devenir", "rester", "demeurer"})


def partners(analysis: Analysis, head: Token) -> frozenset[str]:
    """The lemmas a verb or an adjective goes with: a verb's nouns after it in its clause and
    its subject noun before it; an adjective's noun beside it, or the subject of its copula."""
    subject, objects, others = _roles(analysis, head)
    return subject | objects | others


def _roles(
    analysis: Analysis, head: Token
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """A verb's subject noun, and its direct objects (the words of its clause after it that
    no preposition but de governs, or an object put before it); the rest of its clause and
    an adjective's noun are partners in no role (only a row's unmarked cues match them)."""
    if head.pos == "VERB":
        subject, fronted = _before(analysis, head)
        direct, governed = _clause_after(analysis, head)
        return subject, direct | fronted, governed
    if head.pos == "ADJ":
        return frozenset(), frozenset(), _noun_of_adjective(analysis, head)
    return frozenset(), frozenset(), frozenset()


def _clause_after(analysis: Analysis, verb: Token) -> tuple[frozenset[str], frozenset[str]]:
    """The nouns and adjectives of the verb's clause after it: its direct objects (passer la
    soirée, gagner de l'argent), and the words a preposition governs (dans la nuit)."""
    direct: set[str] = set()
    governed: set[str] = set()
    preposition = noun_governed = False
    previous = ""
    for word in analysis.tokens[verb.index + 1 : verb.index + 1 + CLAUSE_AFTER]:
        if word.sentence != verb.sentence or not word.is_word or word.pos in CLAUSE_ENDS:
            break
        if word.pos in OBJECT_TAGS:
            (governed if preposition else direct).add(word.lemma.lower())
            noun_governed = preposition
            preposition = preposition and word.pos != "NOUN"  # dans la grande salle
        elif word.pos == "ADP" and word.lemma.lower() in OF and previous == "NOUN":
            # de ties a noun to the one before: devant la certitude du secret is governed.
            preposition = noun_governed
        elif word.pos == "ADP":
            preposition = word.lemma.lower() not in OF
        previous = word.pos
    return frozenset(direct), frozenset(governed)


def _subject_before(analysis: Analysis, verb: Token) -> frozenset[str]:
    return _before(analysis, verb)[0]


def _before(analysis: Analysis, verb: Token) -> tuple[frozenset[str], frozenset[str]]:
    """The verb's subject noun before it, and the one its de hangs on (le ton de sa lettre
    -> ton); or, when that noun is the verb's object put first, the object: les heures que
    j'ai passées (a subject pronoun or que stands between), une nuit passée sur un siège (a
    bare participle after its noun, a preposition after it). A bare participle after a noun
    otherwise just qualifies it (dix heures passées, la vie passée): neither."""
    found: set[str] = set()
    bare = is_past_participle(verb)
    fronted = False  # a subject pronoun or que between: the noun is the object
    linked = True  # the next noun is a subject: the first one, or one a de leads to
    for word in reversed(analysis.tokens[max(0, verb.index - SUBJECT_BEFORE) : verb.index]):
        if word.sentence != verb.sentence or not word.is_word:
            break
        lemma = word.lemma.lower()
        if word.pos == "NOUN":
            if not linked:
                break
            if fronted or (bare and _governs_after(analysis, verb)):
                return frozenset(), frozenset({lemma})
            if bare:
                break
            found.add(lemma)
            linked = False
        elif found and word.pos == "ADP" and lemma in OF:
            linked = True
        elif word.pos in BEFORE_VERB:
            bare = bare and word.pos != "AUX"
            fronted = fronted or (word.pos == "PRON" and lemma in FRONTING and not found)
        else:
            break
    return frozenset(found), frozenset()


def _governs_after(analysis: Analysis, verb: Token) -> bool:
    """A preposition other than de right after the participle: une nuit passée sur un siège
    (where the night went), not la vie passée de cette femme."""
    after = neighbour(analysis, verb, 1)
    return after is not None and after.pos == "ADP" and after.lemma.lower() not in OF


def _noun_of_adjective(analysis: Analysis, adjective: Token) -> frozenset[str]:
    found: set[str] = set()
    for step in (-1, 1):
        other = neighbour(analysis, adjective, step, skip=BESIDE_ADJECTIVE)
        if other is not None and other.pos == "NOUN":
            found.add(other.lemma.lower())
    before = neighbour(analysis, adjective, -1, skip=("ADV",))
    if not found and before is not None and before.lemma.lower() in COPULAS:
        found |= _subject_before(analysis, before)
    return frozenset(found)


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
    return is_past_participle(head)


def _worded(sense: str, shown: tuple[str, ...], participle: bool) -> str:
    """The sense as the card words the others: "raised" where it shows participles."""
    if sense in shown:
        return sense
    return past_participle(sense) if participle or past_participle(sense) in shown else sense
