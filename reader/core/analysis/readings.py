"""What the analysis reads of each token before its rules run, done once where it repeats:
a doc's per-token values taken from its arrays at once (DocView), and each distinct
(form, model reading, context)'s corrected reading kept between analyses (ReadingCache),
as spaCy's lemmatizer keeps each word's lemma: a book is analysed page by page, and most of
a page's words were read on an earlier page (issue 14)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from reader.core.analysis.corrections.rule_switches import is_enabled, rule_names

Reading = tuple[str, str, dict[str, str]]  # part of speech, lemma, features
# Distinct readings or notes kept; past it, start again. Measured: ~1 kB a reading with its
# Word and note (Bel-Ami, 110,000 words: 15,800 readings, 15 MB), so at most ~20 MB.
READINGS_KEPT = 20_000


class DocView:
    """What the lemma rules read of a doc's tokens, taken from its arrays at once rather than
    attribute by attribute from a Token object each time."""

    # One array for every column the analysis reads, the syntax's too: each to_array call
    # costs about as much as reading a column (issue 14).
    COLUMNS = ("ORTH", "LEMMA", "POS", "MORPH", "SENT_START", "IS_PUNCT", "HEAD", "DEP")

    def __init__(self, doc: Any, opening: Collection[str]) -> None:
        self.opening = opening
        array = doc.to_array(list(self.COLUMNS))
        self.rows: list[list[int]] = array[:, :4].tolist()
        strings = doc.vocab.strings
        self.texts = [strings[row[0]] for row in self.rows]
        flags = array[:, 4:6].tolist()
        self.starts = [start == 1 for start, _ in flags]
        self.punct = [bool(punct) for _, punct in flags]
        # HEAD is an offset to the head, stored unsigned: as int64 it is negative again.
        self.heads: list[int] = array[:, 6].astype("int64").tolist()
        self.deps: list[int] = array[:, 7].tolist()

    def reading_keys(self) -> list[tuple[Any, ...]]:
        """Each token's key to its corrected reading: its array values (form, model lemma,
        tag, features), whether the next token starts with a capital, whether it starts a
        sentence (sentence_start), and whether the token before starts with a capital when
        it does not; computed for the whole doc at once (the same answers as capital() and
        sentence_start() token by token)."""
        texts = self.texts
        capitals = [text[:1].isupper() for text in texts]
        after = [*capitals[1:], False]
        opening, starts, punct = self.opening, self.starts, self.punct
        keys: list[tuple[Any, ...]] = []
        previous_capital = False
        for i, (form, lemma, tag, morph) in enumerate(self.rows):
            start = (
                starts[i] or i == 0 or texts[i - 1] in opening or (starts[i - 1] and punct[i - 1])
            )
            keys.append((form, lemma, tag, morph, after[i], start, not start and previous_capital))
            previous_capital = capitals[i]
        return keys

    def capital(self, i: int) -> bool:
        """Whether token i (if there is one) starts with a capital."""
        return 0 <= i < len(self.texts) and self.texts[i][:1].isupper()

    def sentence_start(self, i: int) -> bool:
        """The first word of its sentence, or of a quotation or a line of dialogue."""
        if self.starts[i] or i == 0:
            return True
        before = i - 1
        return self.texts[before] in self.opening or (self.starts[before] and self.punct[before])


class ReadingCache:
    """Corrected readings by (form, model lemma, tag, features, capital after, sentence start,
    capital before), the rules' Words, feature dicts by hash and grammar notes: pure results
    of the rules on the same sources, kept while the model tables, the lexicon and the rule
    switches stay the same (scripts/evaluate_ud.py switches rules off between analyses)."""

    def __init__(self) -> None:
        self.owner: tuple[Any, ...] = ()
        self.readings: dict[tuple[Any, ...], Reading] = {}
        self.lemmas: dict[Any, tuple[str, str]] = {}
        self.morphs: dict[int, dict[str, str]] = {}
        self.notes: dict[Any, dict[tuple[Any, ...], tuple[str, Any]]] = {}

    def notes_for(self, gender: Any) -> dict[tuple[Any, ...], tuple[str, Any]]:
        """The grammar notes made with this noun-gender function (DocNotes.finish's memo)."""
        return self.notes.setdefault(gender, {})

    def ready_for(self, tables: Any, lexicon: Any) -> ReadingCache:
        """This cache, emptied first if the sources changed or it grew past its bound."""
        switched_off = frozenset(name for name in rule_names() if not is_enabled(name))
        owner = (tables, lexicon, switched_off)
        notes = sum(map(len, self.notes.values()))
        if owner != self.owner or max(len(self.readings), notes) > READINGS_KEPT:
            self.clear()
            self.owner = owner
        return self

    def clear(self) -> None:
        self.readings.clear()
        self.lemmas.clear()
        self.morphs.clear()
        self.notes.clear()


_shared = ReadingCache()


def shared_readings() -> ReadingCache:
    """The process's cache (the analysis worker's, or the command line's)."""
    return _shared


def forget_readings() -> None:
    """Empty the process's cache: benchmarks measure an analysis of words never read."""
    _shared.clear()
