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
class Expression:
    """A multi-word expression found in the text, read as one unit: a fixed phrase (au sein
    de), a verbal idiom (ont eu lieu), a pronominal verb (s'est rendu compte), a verb and the
    preposition it governs (conviennent d'), a split construction (ne ... que)."""

    id: int
    tokens: tuple[int, ...]  # the token indices of its own words, in text order
    unit: tuple[int, ...]  # the tokens selected with it: its words and its verb's group
    head: int  # the token carrying it: the verb of a verbal idiom, else the first word
    lemma: str  # its dictionary form: avoir lieu, ne ... que, se rendre compte, convenir de
    form: str  # as written, with … where other words stand between its parts
    source: str  # the list it comes from (expressions, pronominal, governed, lexicon, glossary)
    pos: str  # what the unit does in the sentence: ADV, ADP, VERB, NOUN ...
    pattern: tuple[str, ...] = ()  # the learner's own expression (source glossary): its lemmas


@dataclass(frozen=True, slots=True)
class Analysis:
    """The analysed text: the original string, its sentences, tokens, verb groups and
    expressions."""

    text: str
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    groups: tuple[VerbGroup, ...] = ()
    expressions: tuple[Expression, ...] = ()
    _starts: list[int] = field(default_factory=list, compare=False, repr=False)
    _expression_at: dict[int, int] = field(default_factory=dict, compare=False, repr=False)
    # Token index -> the governed expressions whose unit holds it, in order: a click asks,
    # and a whole-text gloss asks for every token (a scan of all expressions each time was
    # quadratic in the text's length).
    _governed_at: dict[int, list[int]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._starts.extend(token.start for token in self.tokens)
        self._expression_at.update(expression_index(self.expressions))
        for position, expression in enumerate(self.expressions):
            if expression.source in SENSE_ONLY:
                for index in expression.unit:
                    self._governed_at.setdefault(index, []).append(position)

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

    def expression_of(self, token: Token) -> Expression | None:
        """The expression a token belongs to (a word of it, or of its verb's group)."""
        found = self._expression_at.get(token.index)
        return None if found is None else self.expressions[found]

    def governing(self, token: Token) -> Expression | None:
        """The verb (or adjective, noun) and preposition a token is the head of, or a word of
        the head's verb group (ont porté sur: porter sur)."""
        for position in self._governed_at.get(token.index, ()):
            expression = self.expressions[position]
            if token.index not in expression.tokens or token.index == expression.head:
                return expression
        return None

    def governed_around(self, token: Token) -> tuple[Expression, ...]:
        """The governed expressions (verb + preposition) whose unit holds the token, in
        order: every governed expression with the token among its words is one of them."""
        return tuple(self.expressions[p] for p in self._governed_at.get(token.index, ()))

    def unit_tokens(self, token: Token) -> tuple[Token, ...]:
        """The tokens selected together with this one: its expression, its verb group, or
        itself."""
        expression = self.expression_of(token)
        if expression is not None:
            return tuple(self.tokens[i] for i in expression.unit)
        group = self.group_of(token)
        if group is None:
            return (token,)
        return tuple(self.tokens[i] for i in group.tokens)

    @property
    def words(self) -> tuple[Token, ...]:
        return tuple(token for token in self.tokens if token.is_word)


# A verb and the preposition it governs (convenir de) choose the verb's sense, but the verb
# stays a word of its own: clicked, hovered, coloured and saved as itself.
SENSE_ONLY = frozenset({"governed"})


def expression_index(expressions: tuple[Expression, ...]) -> dict[int, int]:
    """Token index -> the position of its expression: a word of an expression belongs to it
    before a word of another's verb group (the pas of il n'y a pas is ne ... pas)."""
    found: dict[int, int] = {}
    units = [(p, e) for p, e in enumerate(expressions) if e.source not in SENSE_ONLY]
    for position, expression in units:
        found.update((index, position) for index in expression.unit)
    for position, expression in units:
        found.update((index, position) for index in expression.tokens)
    return found


class TranslationSource(StrEnum):
    GLOSSARY = "glossary"
    DICTIONARY = "dictionary"
    COGNATE = "cognate"
    MACHINE = "machine"  # an offline Argos model: marked as machine translation
    TEACHER = "teacher"  # a teacher's list imported from a list file; origin: the list's title


# Where a helper word of a verb group gets its meaning there (allons voir: are going to;
# il a été malade: has, been): what the word does, never what saving stores.
GROUP_ORIGIN = "French Reader grammar · verb group"


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
    pattern: tuple[str, ...] = ()  # a learner's own expression: its words' lemmas (own.py)


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
    pattern: tuple[str, ...] = ()  # a learner's own expression: its words' lemmas, … for a gap


@dataclass(frozen=True, slots=True)
class WordInfo:
    """Everything the word card shows for one clicked token."""

    token: Token
    form: str  # as written; the whole group for a verb group (ont été menées)
    lemma: str  # the word's dictionary form: mener, se rencontrer
    headword: str  # lemma with its article for nouns (la coopération); an expression's lemma
    pos_label: str  # plain English: noun, verb, adjective ...
    grammar: str
    translations: tuple[Translation, ...]
    sentence: str
    sentence_start: int  # offset of the sentence in the text, to highlight the word in it
    unit: tuple[tuple[int, int], ...]  # (start, end) spans of the selected tokens
    saved: GlossaryEntry | None = None
    expression: Expression | None = None  # the expression the word was read in
    # A helper word's card (allons in «allons voir»: aller): its verb group's lemma (voir),
    # which saving and statuses use, as the text colours the group as one unit.
    group_lemma: str = ""

    @property
    def best_translation(self) -> Translation | None:
        return self.translations[0] if self.translations else None

    @property
    def entry_translation(self) -> Translation | None:
        """The translation saving starts from: the best past a helper word's function (il a
        été malade: avoir's "have", not "has"; été: "be", not "been"); for a helper word's
        card, the first of its group's main verb (marked «… · voir»), not "are going to"."""
        if not self.group_lemma:
            return next((t for t in self.translations if t.origin != GROUP_ORIGIN), None)
        mark = f" · {self.group_lemma}"
        return next((t for t in self.translations if t.origin.endswith(mark)), None)

    @property
    def entry_lemma(self) -> str:
        """What saving the card stores as the lemma: its expression's, else its verb group's
        for a helper word's card, else the word's."""
        if self.expression is not None:
            return self.expression.lemma
        return self.group_lemma or self.lemma


@dataclass(frozen=True, slots=True)
class Article:
    """A text to read: its title, the whole decoded text, and where it came from."""

    title: str
    text: str
    path: str = ""
    headings: tuple[int, ...] = ()  # where chapter headings start in the text
