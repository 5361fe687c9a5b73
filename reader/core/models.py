"""Plain, frozen data passed between the core, the worker process and the window."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Token:
    """One unit a learner can click, with offsets into the original text."""

    index: int
    text: str
    start: int
    end: int
    lemma: str
    pos: str  # Universal POS tag: NOUN, VERB, AUX, ADJ, ...
    morph: dict[str, str]  # Universal Dependencies features: Gender, Number, ...
    sentence: int
    is_word: bool
    group: int | None = None
    grammar: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class VerbGroup:
    """A multi-word verb form explained as one thing (ont été menées, se sont rencontrés)."""

    id: int
    tokens: tuple[int, ...]  # token indices in text order
    head: int  # index of the token carrying the meaning (the main verb)
    form: str  # as written, with … where other words stand between its parts
    lemma: str  # mener, se rencontrer, s'en aller
    tense: str  # French term: passé composé, futur proche, ...
    passive: bool
    negation: str | None  # "ne ... pas", "ne ... que", ...
    note: str  # the whole explanation in plain English


@dataclass(frozen=True, slots=True)
class Analysis:
    """The analysed text: the original string, its sentences, tokens and verb groups."""

    text: str
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    groups: tuple[VerbGroup, ...] = ()
    _starts: list[int] = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._starts.extend(token.start for token in self.tokens)

    def token_at(self, offset: int) -> Token | None:
        """The token covering a character offset, as a mouse click lands on it."""
        position = bisect.bisect_right(self._starts, offset) - 1
        if position < 0:
            return None
        token = self.tokens[position]
        return token if token.start <= offset < token.end else None

    def sentence_of(self, token: Token) -> Sentence:
        return self.sentences[token.sentence]

    def sentence_text(self, token: Token) -> str:
        sentence = self.sentence_of(token)
        return self.text[sentence.start : sentence.end]

    def group_of(self, token: Token) -> VerbGroup | None:
        return None if token.group is None else self.groups[token.group]

    def unit_tokens(self, token: Token) -> tuple[Token, ...]:
        """The tokens selected together with this one: its verb group, or itself."""
        group = self.group_of(token)
        if group is None:
            return (token,)
        return tuple(self.tokens[i] for i in group.tokens)

    @property
    def words(self) -> tuple[Token, ...]:
        return tuple(token for token in self.tokens if token.is_word)


class TranslationSource(StrEnum):
    GLOSSARY = "glossary"
    DICTIONARY = "dictionary"
    COGNATE = "cognate"
    MACHINE = "machine"  # an offline Argos model: marked as machine translation
    TEACHER = "teacher"  # a teacher's list imported from a list file; origin: the list's title


@dataclass(frozen=True, slots=True)
class Translation:
    """Translations of one word and where they came from."""

    senses: tuple[str, ...]
    source: TranslationSource
    origin: str  # a readable name: "FreeDict French-English", "your glossary", ...
    ipa: str | None = None


class Status(StrEnum):
    """How well the learner knows a lemma."""

    NEW = "new"
    LEARNING_1 = "learning-1"
    LEARNING_2 = "learning-2"
    LEARNING_3 = "learning-3"
    LEARNING_4 = "learning-4"
    LEARNING_5 = "learning-5"
    KNOWN = "known"
    IGNORED = "ignored"


@dataclass(frozen=True, slots=True)
class Context:
    """A sentence in which the learner met a glossary word."""

    sentence: str
    word: str
    source_title: str = ""
    source_path: str = ""
    created: str = ""  # ISO 8601, UTC


@dataclass(frozen=True, slots=True)
class EntryDraft:
    """What the learner saves: the store turns it into a GlossaryEntry."""

    word: str
    lemma: str
    pos: str = ""
    gender: str = ""
    translation: str = ""
    grammar: str = ""
    context: Context | None = None
    tags: tuple[str, ...] = ()
    notes: str = ""
    status: Status = Status.LEARNING_1


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """A saved word: one per lemma, with every sentence it was met in."""

    id: int
    word: str
    lemma: str
    pos: str
    gender: str
    translation: str
    grammar: str
    contexts: tuple[Context, ...]
    tags: tuple[str, ...]
    notes: str
    status: Status
    created: str
    updated: str


@dataclass(frozen=True, slots=True)
class WordInfo:
    """Everything the word card shows for one clicked token."""

    token: Token
    form: str  # as written; the whole group for a verb group (ont été menées)
    lemma: str  # dictionary form: mener, se rencontrer
    headword: str  # lemma with its article for nouns: la coopération
    pos_label: str  # plain English: noun, verb, adjective ...
    grammar: str
    translations: tuple[Translation, ...]
    sentence: str
    sentence_start: int  # offset of the sentence in the text, to highlight the word in it
    unit: tuple[tuple[int, int], ...]  # (start, end) spans of the selected tokens
    saved: GlossaryEntry | None = None

    @property
    def best_translation(self) -> Translation | None:
        return self.translations[0] if self.translations else None


@dataclass(frozen=True, slots=True)
class Article:
    """A text to read: its title, the whole decoded text, and where it came from."""

    title: str
    text: str
    path: str = ""
    headings: tuple[int, ...] = ()  # where chapter headings start in the text
