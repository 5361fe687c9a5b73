"""Word statuses in a text: every word takes its lemma's status, and per-article counts.

Status belongs to the lemma: knowing "aller" marks vais, irons and allé, and every word of a
verb group (ne se sont pas rencontrés) takes its group's lemma (se rencontrer). Names and
numbers are ignored unless the learner gives them a status.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from reader.core.analysis.analyser import analyse
from reader.core.analysis.normalise import normalise_for_analysis
from reader.core.errors import InputError
from reader.core.models import Analysis, Expression, Status, Token, expression_index
from reader.core.store import Database, StatusChange, lemma_key

# Names and numbers: nothing to learn, so they never count as new.
IGNORED_POS: Final = frozenset({"PROPN", "NUM"})
# The words around the one to learn: l'homme is about homme.
FUNCTION_POS: Final = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "PART", "AUX"})
LEARNING: Final = (
    Status.LEARNING_1,
    Status.LEARNING_2,
    Status.LEARNING_3,
    Status.LEARNING_4,
    Status.LEARNING_5,
)


def lemma_of(word: str) -> str:
    """The lemma a word's status belongs to, analysing it alone: vais -> aller,
    l'homme -> homme, ont été menées -> mener."""
    analysis = analyse(word)
    tokens = [token for token in analysis.tokens if token.is_word]
    if not tokens:
        raise InputError(f"«{word}» is not a French word.")
    found = word_token(analysis, tokens, word)
    return unit_lemma(analysis, found) if found else " ".join(word.split()).lower()


def word_token(analysis: Analysis, tokens: Sequence[Token], word: str) -> Token | None:
    """The token among tokens that stands for word: written so, else with it as lemma; for a
    word given alone, its verb group (ont été menées) or its one content word (l'homme).
    None for an expression of several words (pomme de terre)."""
    wanted = fold_word(word)
    for token in tokens:
        if fold_word(token.text) == wanted:
            return token
    for token in tokens:
        if fold_word(token.lemma) == wanted:
            return token
    groups = {token.group for token in tokens}
    if len(tokens) > 1 and len(groups) == 1 and None not in groups:
        return analysis.tokens[analysis.groups[tokens[0].group or 0].head]
    content = [token for token in tokens if token.pos not in FUNCTION_POS]
    if len(content) == 1:
        return content[0]
    return tokens[0] if len(tokens) == 1 else None


def fold_word(text: str) -> str:
    """For comparing words: apostrophes and spaces normalised, lower case."""
    return " ".join(normalise_for_analysis(text).lower().split())


def unit_lemma(analysis: Analysis, token: Token) -> str:
    """The lemma a token's status comes from: its verb group's, else its own."""
    group = analysis.group_of(token)
    return group.lemma if group is not None else token.lemma


def status_lemma(analysis: Analysis, token: Token, terms: Sequence[Expression] = ()) -> str:
    """The lemma a status key given to a word goes to: the expression the card shows (the
    learner's own first), else the word's unit lemma."""
    own = next((term for term in terms if token.index in term.unit), None)
    found = own or analysis.expression_of(token)
    return found.lemma if found is not None else unit_lemma(analysis, token)


def expression_keys(
    analysis: Analysis, terms: Sequence[Expression], words: Mapping[int, Status]
) -> dict[int, str]:
    """Word token index -> the lemma key of its expression: the analysis' expressions, then
    the learner's own over them."""
    found = {}
    for index in words:
        expression = analysis.expression_of(analysis.tokens[index])
        if expression is not None:
            found[index] = lemma_key(expression.lemma)
    for index, position in expression_index(tuple(terms)).items():
        if index in words:
            found[index] = lemma_key(terms[position].lemma)
    return found


@dataclass(frozen=True, slots=True)
class ArticleStats:
    """How much of one text the learner knows."""

    words: int  # running words
    lemmas: int  # different lemmas among them, names and numbers aside
    new_lemmas: int
    learning_lemmas: int
    known_lemmas: int
    ignored_words: int  # names, numbers and words marked ignored
    known_words: int  # running words whose lemma is known

    @property
    def known_share(self) -> float:
        """The share of running words the learner knows, ignored words left out."""
        counted = self.words - self.ignored_words
        return self.known_words / counted if counted else 0.0


class StatusIndex:
    """The words of one analysed text grouped by lemma: built once per analysis, so statuses
    after a change are a dictionary lookup per word, never a new analysis.

    A word of an expression (avoir lieu, or one of the learner's own, `terms`) takes the
    expression's status once the learner has marked or saved the expression; until then its
    own lemma's."""

    def __init__(self, analysis: Analysis, terms: Sequence[Expression] = ()) -> None:
        # (token index, lemma key, status when the learner has not marked the lemma)
        self._words: list[tuple[int, str, Status]] = []
        self._by_lemma: dict[str, list[int]] = defaultdict(list)
        self._unmarked: dict[int, Status] = {}
        self._key: dict[int, str] = {}
        self._marked: dict[str, Status] = {}
        for token in analysis.tokens:
            key = lemma_key(unit_lemma(analysis, token)) if token.is_word else ""
            if key:
                unmarked = Status.IGNORED if token.pos in IGNORED_POS else Status.NEW
                self._words.append((token.index, key, unmarked))
                self._by_lemma[key].append(token.index)
                self._unmarked[token.index] = unmarked
                self._key[token.index] = key
        self._expression = expression_keys(analysis, terms, self._unmarked)
        self._by_expression: dict[str, list[int]] = defaultdict(list)
        for index, key in self._expression.items():
            self._by_expression[key].append(index)

    @property
    def lemmas(self) -> frozenset[str]:
        """The lemma keys whose statuses colour the text: the words' and the expressions'."""
        return frozenset(self._by_lemma) | frozenset(self._by_expression)

    def statuses(self, marked: Mapping[str, Status]) -> dict[int, Status]:
        """Word token index -> status, from lemma key -> status (as db.learning.statuses_of)."""
        self._marked = {key: marked[key] for key in self.lemmas if key in marked}
        return {index: self._status_of(index) for index, _, _ in self._words}

    def _status_of(self, index: int) -> Status:
        expression = self._expression.get(index)
        if expression is not None and expression in self._marked:
            return self._marked[expression]
        return self._marked.get(self._key[index], self._unmarked[index])

    def tokens_of(self, lemmas: Iterable[str]) -> list[int]:
        """The word tokens whose status comes from these lemmas (or expressions), in order."""
        found: set[int] = set()
        for lemma in lemmas:
            key = lemma_key(lemma)
            found.update(self._by_lemma.get(key, ()), self._by_expression.get(key, ()))
        return sorted(found)

    def apply(self, statuses: dict[int, Status], changes: Sequence[StatusChange]) -> list[int]:
        """Update statuses (from statuses()) in place after changes; returns the tokens to
        repaint. An undone change comes back as a change too."""
        changed: list[int] = []
        for change in changes:
            if change.after is Status.NEW:
                self._marked.pop(change.lemma, None)
            else:
                self._marked[change.lemma] = change.after
            touched = (
                *self._by_lemma.get(change.lemma, ()),
                *self._by_expression.get(change.lemma, ()),
            )
            for index in touched:
                after = self._status_of(index)
                if statuses.get(index) is not after:
                    statuses[index] = after
                    changed.append(index)
        return sorted(set(changed))

    def new_lemmas(self, statuses: Mapping[int, Status], tokens: Iterable[int] | None) -> list[str]:
        """Lemmas of the given tokens (all words by default) still new, in text order."""
        wanted = None if tokens is None else frozenset(tokens)
        found: dict[str, None] = {}
        for index, key, _ in self._words:
            if (wanted is None or index in wanted) and statuses[index] is Status.NEW:
                found[key] = None
        return list(found)

    def stats(self, marked: Mapping[str, Status]) -> ArticleStats:
        statuses = self.statuses(marked)
        # A lemma's own status, whatever the expressions its words stand in.
        lemma_status = {
            key: self._marked.get(key, self._unmarked[indices[0]])
            for key, indices in self._by_lemma.items()
        }
        by_lemma = [s for s in lemma_status.values() if s is not Status.IGNORED]
        return ArticleStats(
            words=len(self._words),
            lemmas=len(by_lemma),
            new_lemmas=sum(1 for s in by_lemma if s is Status.NEW),
            learning_lemmas=sum(1 for s in by_lemma if s in LEARNING),
            known_lemmas=sum(1 for s in by_lemma if s is Status.KNOWN),
            ignored_words=sum(1 for s in statuses.values() if s is Status.IGNORED),
            known_words=sum(1 for s in statuses.values() if s is Status.KNOWN),
        )


def statuses_for(
    analysis: Analysis, store: Database, index: StatusIndex | None = None
) -> dict[int, Status]:
    """Word token index -> status for a whole text: one query, no analysis."""
    index = index or StatusIndex(analysis)
    return index.statuses(store.learning.statuses_of(index.lemmas))


def mark_rest_known(
    store: Database,
    analysis: Analysis,
    *,
    tokens: Iterable[int] | None = None,
    index: StatusIndex | None = None,
    today: date | None = None,
) -> list[StatusChange]:
    """Every word still new in the text (or among tokens: a page) becomes known, in one
    transaction; store.learning.undo_status_changes(result) puts them back exactly."""
    index = index or StatusIndex(analysis)
    current = index.statuses(store.learning.statuses_of(index.lemmas))
    changes = store.learning.set_status(index.new_lemmas(current, tokens), Status.KNOWN)
    store.learning.record_reading(today or date.today())
    return changes


def article_stats(
    analysis: Analysis, store: Database, index: StatusIndex | None = None
) -> ArticleStats:
    index = index or StatusIndex(analysis)
    return index.stats(store.learning.statuses_of(index.lemmas))
