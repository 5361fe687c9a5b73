"""The learner's own expressions: a span or scattered words the learner selects become a term
(its lemma as the glossary shows it, and a pattern of its words' lemmas), found again in any
analysed text by those lemmas, in order, in one sentence, split ones too."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.core.analysis.expressions.recognise import written_form
from reader.core.errors import InputError
from reader.core.models import Analysis, Expression, Token

OWN = "glossary"  # an Expression's source when it is one of the learner's terms
GAP = "…"
MAX_WORDS = 12  # a term longer than this is a sentence, not an expression
MAX_GAP = 8  # words a split term may have between two of its parts
MAX_INSIDE = 2  # adverbs a term written in one piece may have inside it (met fortement l'accent)
LOOSE_POS = frozenset({"ADV", "PART"})


@dataclass(frozen=True, slots=True)
class Term:
    """A learner's expression as the glossary keeps it."""

    lemma: str  # as the glossary shows it: mettre … l'accent sur
    pattern: tuple[str, ...]  # the lemma keys of its words, GAP where others stood between


def lemma_key(text: str) -> str:
    """As the store keys lemmas: NFC, lower case, single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).lower().replace("’", "'").split())


def unit_lemma(analysis: Analysis, token: Token) -> str:
    """The lemma a word stands for in a term: its verb group's (ont eu: avoir), else its own."""
    group = analysis.group_of(token)
    return group.lemma if group is not None else token.lemma


def term_of(analysis: Analysis, indices: Iterable[int]) -> Term:
    """The term the learner selected (token indices, in any order): each verb group counted
    once, by its lemma; other words by theirs. InputError for fewer than two words."""
    words = _selected_words(analysis, indices)
    if len(words) < 2:
        raise InputError("Select two words or more to save them as one expression.")
    if len(words) > MAX_WORDS:
        raise InputError(f"Select at most {MAX_WORDS} words: an expression, not a whole sentence.")
    pattern: list[str] = []
    shown: list[str] = []
    for previous, token in zip([None, *words], words, strict=False):
        if previous is not None and _has_gap(analysis, previous, token):
            pattern.append(GAP)
            shown.append(GAP)
        pattern.append(lemma_key(unit_lemma(analysis, token)))
        shown.append(_shown(analysis, token))
    return Term(_joined(shown), tuple(pattern))


def _selected_words(analysis: Analysis, indices: Iterable[int]) -> list[Token]:
    """The selected words in text order, each verb group by its main verb only."""
    found: dict[int, Token] = {}
    for index in sorted(set(indices)):
        if not 0 <= index < len(analysis.tokens):
            continue
        token = analysis.tokens[index]
        if not token.is_word:
            continue
        group = analysis.group_of(token)
        head = analysis.tokens[group.head] if group is not None else token
        found.setdefault(head.index, head)
    return sorted(found.values(), key=lambda token: token.index)


def _has_gap(analysis: Analysis, previous: Token, token: Token) -> bool:
    """Whether words the learner left out stand between two selected ones."""
    between = analysis.tokens[previous.index + 1 : token.index]
    groups = {previous.group, token.group} - {None}
    return any(t.is_word and t.group not in groups for t in between)


def _shown(analysis: Analysis, token: Token) -> str:
    """A verb by its infinitive (mettant: mettre), any other word as written (l'accent)."""
    group = analysis.group_of(token)
    if group is not None:
        return group.lemma
    if token.pos in ("VERB", "AUX"):
        return token.lemma
    return token.text.lower().replace("’", "'")


def _joined(words: Sequence[str]) -> str:
    text = ""
    for word in words:
        text += word if not text or text.endswith("'") else f" {word}"
    return text


def find_terms(analysis: Analysis, terms: Iterable[Term]) -> list[Expression]:
    """Every place the terms stand in the text, as expressions (source OWN); where two
    overlap, the longer one."""
    keys = [_unit_key(analysis, token) for token in analysis.tokens]
    found: list[tuple[Term, tuple[int, ...]]] = []
    for term in terms:
        words = [word for word in term.pattern if word != GAP]
        if len(words) < 2:
            continue
        for token in analysis.tokens:
            if keys[token.index] == words[0]:
                match = _match(analysis, keys, term.pattern, token)
                if match is not None:
                    found.append((term, match))
    return _expressions(analysis, _longest(found))


def _unit_key(analysis: Analysis, token: Token) -> str:
    """The lemma key a word is compared by: '' for non-words and a verb group's other words."""
    if not token.is_word:
        return ""
    group = analysis.group_of(token)
    if group is not None and group.head != token.index:
        return ""
    return lemma_key(unit_lemma(analysis, token))


def _match(
    analysis: Analysis, keys: list[str], pattern: tuple[str, ...], first: Token
) -> tuple[int, ...] | None:
    """The tokens of one occurrence starting at first, or None."""
    matched = [first.index]
    position = first.index
    split = False
    for word in pattern[1:]:
        if word == GAP:
            split = True
            continue
        found = _next(analysis, keys, position, word, MAX_GAP if split else MAX_INSIDE, split)
        if found is None:
            return None
        matched.append(found)
        position, split = found, False
    return tuple(matched)


def _next(
    analysis: Analysis, keys: list[str], after: int, word: str, allowed: int, split: bool
) -> int | None:
    """The next word with the lemma key, at most `allowed` other words ahead, in the same
    sentence; inside a term written in one piece only adverbs and verb-group words may
    stand between."""
    sentence = analysis.tokens[after].sentence
    others = 0
    for token in analysis.tokens[after + 1 :]:
        if token.sentence != sentence:
            return None
        if keys[token.index] == word:
            return token.index
        if not keys[token.index]:
            if token.is_word or split:
                continue  # a verb group's auxiliary or ne ... pas; punctuation in a split
            return None
        if not split and token.pos not in LOOSE_POS:
            return None
        others += 1
        if others > allowed:
            return None
    return None


def _longest(found: list[tuple[Term, tuple[int, ...]]]) -> list[tuple[Term, tuple[int, ...]]]:
    ranked = sorted(found, key=lambda item: (-len(item[1]), item[1][0]))
    taken: set[int] = set()
    kept = []
    for term, tokens in ranked:
        if not taken.intersection(tokens):
            taken.update(tokens)
            kept.append((term, tokens))
    return sorted(kept, key=lambda item: item[1][0])


def _expressions(analysis: Analysis, found: list[tuple[Term, tuple[int, ...]]]) -> list[Expression]:
    expressions = []
    for number, (term, tokens) in enumerate(found):
        unit = set(tokens)
        for index in tokens:
            group = analysis.group_of(analysis.tokens[index])
            unit.update(group.tokens if group is not None else ())
        ordered = tuple(sorted(unit))
        expressions.append(
            Expression(
                id=number,
                tokens=tokens,
                unit=ordered,
                head=tokens[0],
                lemma=term.lemma,
                form=written_form(analysis.text, [analysis.tokens[i] for i in ordered]),
                source=OWN,
                pos="",
                pattern=term.pattern,
            )
        )
    return expressions


def selected_expression(analysis: Analysis, indices: Iterable[int]) -> Expression:
    """The words the learner gathered as one expression (not saved yet): InputError for
    fewer than two words."""
    term = term_of(analysis, indices)
    words = _selected_words(analysis, indices)
    unit = sorted({i for i in indices if 0 <= i < len(analysis.tokens)} | {t.index for t in words})
    shown = [analysis.tokens[i] for i in unit if analysis.tokens[i].is_word]
    return Expression(
        id=-1,
        tokens=tuple(token.index for token in words),
        unit=tuple(token.index for token in shown),
        head=words[0].index,
        lemma=term.lemma,
        form=written_form(analysis.text, shown),
        source=OWN,
        pos="",
        pattern=term.pattern,
    )
