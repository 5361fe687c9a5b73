"""What a teacher did to a handout outlives a new search for its words, and a handout of one
library text is kept with that text.

A list's prepared glossary is the list's (reading_lists.py); a handout made from a text alone
has no list to hold it, so it is kept per text: reopening that text's handout shows the words
and edits as the teacher left them, and a list holding the text starts from the translations
the teacher typed there. A new search (another level or limit) keeps every typed translation,
also of a word the search no longer finds, and keeps unticked words out.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace

from reader.core.analysis.cache import AnalysisCache
from reader.core.lookup.card import Glosser
from reader.core.store import Database, HandoutWord, ListWord, fold
from reader.core.teaching.handouts import (
    DEFAULT_LEVEL,
    DEFAULT_LIMIT,
    Handout,
    HandoutSection,
    check_level,
    text_handout,
)


def merge_edits(
    found: Sequence[HandoutWord],
    previous: Sequence[HandoutWord],
    *,
    texts: Collection[int | None],
    exclude: Iterable[str] = (),
    typed: Sequence[ListWord] = (),
) -> list[HandoutWord]:
    """The words a new search found, with the teacher's earlier edits (previous): a typed
    translation wins, an unticked word stays unticked. A word the teacher translated that the
    search no longer finds is kept after the found ones, if its text (in texts) is still
    there. typed: translations the teacher typed elsewhere (a text's own handout), for found
    words without one here."""
    before = {fold(item.word.lemma): item for item in previous}
    elsewhere = {fold(word.lemma): word for word in typed}
    merged = []
    for item in found:
        key = fold(item.word.lemma)
        old = before.pop(key, None)
        word = item.word if old is None else _with_edits(item.word, old.word)
        seed = elsewhere.get(key)
        if seed is not None and not word.edited:
            word = replace(word, translation=seed.translation, edited=True)
        merged.append(replace(item, word=word))
    excluded = {fold(word.strip()) for word in exclude if word.strip()}
    kept = [
        item
        for item in before.values()
        if item.word.edited and item.word.text_id in texts and not excluded & _keys(item.word)
    ]
    return merged + kept


def _with_edits(word: ListWord, old: ListWord) -> ListWord:
    translation = old.translation if old.edited else word.translation
    return replace(word, translation=translation, edited=old.edited, left_out=old.left_out)


def _keys(word: ListWord) -> set[str]:
    return {fold(word.lemma), fold(word.word)}


def typed_in_texts(store: Database, text_ids: Iterable[int]) -> list[ListWord]:
    """The translations the teacher typed in the handouts kept for these texts."""
    typed = []
    for text_id in text_ids:
        kept = store.handouts.text_handout(text_id)
        typed += [item.word for item in (kept[1] if kept else ()) if item.word.edited]
    return typed


# ---------------------------------------------------------------- one text's handout


def prepare_text_handout(
    store: Database,
    text_ids: Sequence[int],
    cache: AnalysisCache,
    glosser: Glosser,
    *,
    title: str = "",
    level: str = DEFAULT_LEVEL,
    exclude: Iterable[str] = (),
    limit: int | None = DEFAULT_LIMIT,
    cancel: threading.Event | None = None,
) -> Handout:
    """Find the handout words of library texts (text_handout), merge each text's words with
    the teacher's edits kept for it, keep them per text, and return the handout with the
    unticked words too (the dialog shows them unticked)."""
    exclude = tuple(exclude)
    found = text_handout(
        store,
        text_ids,
        cache,
        glosser,
        title=title,
        level=level,
        exclude=exclude,
        limit=limit,
        cancel=cancel,
    )
    sections = []
    for section in found.sections:
        assert section.text_id is not None
        kept = store.handouts.text_handout(section.text_id)
        previous = kept[1] if kept else []
        words = merge_edits(section.words, previous, texts={section.text_id}, exclude=exclude)
        store.handouts.set_text_handout(section.text_id, found.level, words)
        sections.append(replace(section, words=tuple(words)))
    return replace(found, sections=tuple(sections))


def kept_text_handout(store: Database, text_ids: Sequence[int]) -> Handout | None:
    """The handout kept for these texts, unticked words too; None unless each has one."""
    sections, level = [], ""
    for text_id in text_ids:
        kept = store.handouts.text_handout(text_id)
        if kept is None:
            return None
        record = store.library.text(text_id)
        level = level or kept[0]
        sections.append(HandoutSection(record.title, record.author, text_id, tuple(kept[1])))
    title = sections[0].title if len(sections) == 1 else ""
    return Handout(title, check_level(level or DEFAULT_LEVEL), tuple(sections))


def without_left_out(handout: Handout) -> Handout:
    """The handout as printed: the words the teacher unticked left out."""
    sections = tuple(
        replace(section, words=tuple(w for w in section.words if not w.word.left_out))
        for section in handout.sections
    )
    return replace(handout, sections=sections)
