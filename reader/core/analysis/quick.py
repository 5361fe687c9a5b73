"""The quick look: French text -> a provisional Analysis, without spaCy, so that the words
are clickable while the worker's full analysis is on its way.

The units are the full analysis's (the tokenizer's rules, applied to pieces cut as spaCy's
French tokenizer cuts them: l' homme, dit - il); each word's part of speech and lemma come
from the grammar words' tables and from Lexique's forms, the neighbour word choosing among
Lexique's readings; the other readings are said in the word's note. Each form is looked up
once (~0.1 ms), so a page of text takes a few tens of milliseconds: the window runs it on its
I/O thread.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

from reader.core.analysis.corrections.lemma_tables import ELIDED
from reader.core.analysis.normalise import normalise_for_analysis
from reader.core.analysis.tokenizer import CLITICS, regroup
from reader.core.errors import ReaderError
from reader.core.grammar.notes import pos_label
from reader.core.grammar.words import (
    ADVERBS,
    CONJUNCTIONS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
)
from reader.core.models import Analysis, Sentence, Token
from reader.core.progress import check_cancelled

if TYPE_CHECKING:
    from reader.core.dictionaries.lexicon import Lexicon

# spaCy's French pieces: an elided word with its apostrophe (l' qu' jusqu' aujourd'), a
# decimal number, a word, then any other character alone (a hyphen, a guillemet).
_PIECE = re.compile(r"[^\W_]+'(?=[^\W_])|\d+(?:[.,]\d+)+|[^\W_]+|\S")
_LETTER = re.compile(r"[^\W\d_]")  # a word has a letter (the analyser's rule)
SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
OPENERS = frozenset({"«", "—", "–", "-", '"', "("})
COORDINATING = frozenset({"et", "ou", "mais", "ni", "car", "or", "donc"})
# Little words' lemmas as spaCy gives them: an elided word's full form (qu' -> que), and the
# articles' and contractions' (la -> le, des -> un, au -> à).
LITTLE_LEMMAS = {
    **ELIDED,
    **{"la": "le", "les": "le", "une": "un", "des": "un", "du": "de", "au": "à", "aux": "à"},
}
# After these a word is read as a verb; after a determiner, as a noun.
VERB_CONTEXT = frozenset(
    "je j' tu il elle on nous vous ils elles ne n' se s' me m' te t' qui".split()
)
NOUN_CONTEXT = frozenset(
    word for word, (kind, _) in DETERMINERS.items() if "article" in kind or "determiner" in kind
)
# Without a context, the reading shown first: auxiliaries (est, ont), then by how often a
# reader meets each kind of word.
POS_ORDER = ("AUX", "NOUN", "VERB", "ADJ", "ADV", "PROPN", "NUM")
OBJECT_PRONOUNS = frozenset({"le", "la", "les", "l'"})
NEGATION = frozenset({"ne", "n'", "pas", "plus", "jamais", "guère"})  # ne ... pas: adverbs


class QuickLookError(ReaderError):
    """The quick look could not cut the text (a bug: the full analysis still comes)."""


def quick_analysis(
    text: str, lexicon: Lexicon, *, cancel: threading.Event | None = None
) -> Analysis:
    """The text's learner units, sentences and each word's likely lemma and part of speech."""
    spans = learner_units(normalise_for_analysis(text))
    starts = _sentence_starts(text, spans)
    readings = _Readings(lexicon)
    tokens: list[Token] = []
    previous: Token | None = None
    for index, (start, end) in enumerate(spans):
        if index % 512 == 0:
            check_cancelled(cancel)
        word = text[start:end]
        sentence = max(bisect.bisect_right(starts, start) - 1, 0)
        is_word = _LETTER.search(word) is not None
        if is_word:
            lemma, pos, note = readings.of(word, previous)
        else:
            lemma, pos, note = word, "NUM" if word[:1].isdigit() else "PUNCT", ""
        token = Token(index, word, start, end, lemma, pos, {}, sentence, is_word, grammar=note)
        tokens.append(token)
        previous = token if is_word else None
    return Analysis(text, _sentences(text, starts, tokens), tuple(tokens))


def learner_units(text: str) -> list[tuple[int, int]]:
    """(start, end) of each unit a learner clicks, in a text with plain apostrophes."""
    matches = list(_PIECE.finditer(text))
    pieces = [
        (match.group(), i + 1 < len(matches) and matches[i + 1].start() > match.end())
        for i, match in enumerate(matches)
    ]
    units = regroup(pieces)
    return list(_locate(text, [unit for unit, _ in units]))


def _locate(text: str, units: list[str]) -> Iterator[tuple[int, int]]:
    """Find each unit in turn: regroup only joins and splits pieces, never changes them."""
    position = 0
    for unit in units:
        start = text.find(unit, position)
        if start < 0:
            raise QuickLookError(f"The quick look lost the word {unit!r}.")
        position = start + len(unit)
        yield start, position


def _sentence_starts(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Where sentences start: after . ! ? … before a capital or an opening mark, and at each
    line break."""
    starts: list[int] = []
    for i, (start, end) in enumerate(spans):
        piece = text[start:end]
        if i == 0:
            starts.append(start)
            continue
        before_end = spans[i - 1][1]
        after_stop = text[spans[i - 1][0] : before_end] in SENTENCE_ENDS
        new_line = "\n" in text[before_end:start]
        opens = piece[:1].isupper() or piece in OPENERS
        if new_line or (after_stop and start > before_end and opens):
            starts.append(start)
    return starts


def _sentences(text: str, starts: list[int], tokens: list[Token]) -> tuple[Sentence, ...]:
    ends = dict.fromkeys(range(len(starts)), 0)
    for token in tokens:
        ends[token.sentence] = token.end  # tokens in text order: the last one stays
    sentences = tuple(Sentence(start, max(ends[n], start)) for n, start in enumerate(starts))
    return sentences or (Sentence(0, len(text)),)


class _Readings:
    """A word's likely (lemma, POS, note): one lexicon look-up per form and context."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.cache: dict[tuple[str, str], tuple[str, str, str]] = {}

    def of(self, word: str, previous: Token | None) -> tuple[str, str, str]:
        context = _context(previous)
        key = (word, context)
        if key not in self.cache:
            self.cache[key] = self._read(word, context)
        return self.cache[key]

    def _read(self, word: str, context: str) -> tuple[str, str, str]:
        lower = normalise_for_analysis(word).lower()
        bare = _bare(lower)
        is_clitic = lower.startswith("-") and bare in CLITICS  # dit-il, prends-le
        little = "PRON" if is_clitic else _little_word(bare, context)
        if little is not None:
            return LITTLE_LEMMAS.get(bare, bare), little, ""
        found = self.lexicon.readings(word) or self.lexicon.readings(lower)
        if not found:
            return (word, "PROPN", "") if word[:1].isupper() else (lower, "", "")
        order = sorted(found, key=lambda pos: _rank(pos, context))
        pos = order[0]
        lemma = found[pos][0]
        others = [
            f"{other} ({pos_label(kind)})"
            for kind in order
            for other in found[kind]
            if (other, kind) != (lemma, pos)
        ]
        note = f"Maybe also: {', '.join(dict.fromkeys(others))}." if others else ""
        return lemma, pos, note


def _context(previous: Token | None) -> str:
    """What the word before says about this one: NOUN after a determiner, VERB after a
    pronoun (il la porte) or an auxiliary, else nothing."""
    if previous is None:
        return ""
    lower = normalise_for_analysis(previous.text).lower()
    if lower in VERB_CONTEXT or previous.pos in ("AUX", "PRON"):
        return "VERB"
    if previous.pos == "DET" or lower in NOUN_CONTEXT:
        return "NOUN"
    return ""


def _bare(lower: str) -> str:
    """A pronoun after its verb without the hyphens: -t-il -> il, -le -> le."""
    return lower[3:] if lower.startswith("-t-") else lower.lstrip("-")


def _little_word(bare: str, context: str) -> str | None:
    """The part of speech of a grammar word (le, dans, qui, ne), None for other words."""
    if bare in OBJECT_PRONOUNS and context == "VERB":
        return "PRON"  # il la voit
    if bare in DETERMINERS:
        return "DET"
    if bare in PREPOSITIONS:
        return "ADP"
    if bare in PRONOUNS or LITTLE_LEMMAS.get(bare) in PRONOUNS:
        return "PRON"
    if bare in CONJUNCTIONS:
        return "CCONJ" if bare in COORDINATING else "SCONJ"
    if bare in ADVERBS or bare in NEGATION:
        return "ADV"
    return None


def _rank(pos: str, context: str) -> tuple[int, int]:
    """Sort key of a reading: the context's part of speech first (a verb's auxiliary with
    it), then POS_ORDER."""
    fits = context == pos or (context == "VERB" and pos == "AUX")
    return (0 if fits else 1, POS_ORDER.index(pos) if pos in POS_ORDER else len(POS_ORDER))
