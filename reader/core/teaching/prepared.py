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
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace

from reader.core.analysis.cache import AnalysisCache
from reader.core.lookup.card import Glosser
from reader.core.store import Database, HandoutWord, ListWord, TextRange, fold
from reader.core.teaching.handouts import (
    DEFAULT_LEVEL,
    DEFAULT_LIMIT,
    Handout,
    HandoutSection,
    check_level,
    text_handout,
)
from reader.core.teaching.levels import lemma_rank


def merge_edits(
    found: Sequence[HandoutWord],
    previous: Sequence[HandoutWord],
    *,
    texts: Collection[int | None],
    exclude: Iterable[str] = (),
    typed: Sequence[ListWord] = (),
    within: Callable[[HandoutWord], bool] | None = None,
) -> list[HandoutWord]:
    """The words a new search found, with the teacher's earlier edits (previous): a typed
    translation wins, an unticked word stays unticked. A word the teacher translated that the
    search no longer finds is kept after the found ones, if its text (in texts) is still
    there (and, given within, in the part of it read now). typed: translations the teacher
    typed elsewhere (a text's own handout), for found words without one here."""
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
        replace(item, rank=item.rank or lemma_rank(item.word.lemma, item.word.word))
        for item in before.values()
        if item.word.edited
        and item.word.text_id in texts
        and not excluded & _keys(item.word)
        and (within is None or within(item))
    ]
    return merged + kept


def _with_edits(word: ListWord, old: ListWord) -> ListWord:
    translation = old.translation if old.edited else word.translation
    return replace(word, translation=translation, edited=old.edited, left_out=old.left_out)


def _keys(word: ListWord) -> set[str]:
    return {fold(word.lemma), fold(word.word)}


def in_part(store: Database, parts: dict[int, TextRange]) -> Callable[[HandoutWord], bool] | None:
    """Whether a kept word stands in the part of its text read now (chapters or pages):
    by its position when known, else by its sentence. None when every text is read whole."""
    # Not with the module: the library's pages bring the analysis with them.
    from reader.core.library.pages import range_span

    if not parts:
        return None
    spans: dict[int, tuple[int, int]] = {}
    bodies: dict[int, str] = {}
    for text_id, part in parts.items():
        pages = [state.page for state in store.library.pages(text_id)]
        start, end = range_span(store.library.text(text_id), pages, part)
        spans[text_id] = (start, end)
        bodies[text_id] = " ".join(store.library.text_body(text_id)[start:end].split())

    def within(item: HandoutWord) -> bool:
        text_id = item.word.text_id
        if text_id is None or text_id not in spans:
            return True
        start, end = spans[text_id]
        if item.start >= 0:
            return start <= item.start < end
        return " ".join(item.word.sentence.split()) in bodies[text_id]

    return within


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
    part: TextRange | None = None,
) -> Handout:
    """Find the handout words of library texts (text_handout; part: only these chapters or
    pages of each), merge each text's words with the teacher's edits kept for it, keep them
    per text, and return the handout with the unticked words too (the dialog shows them
    unticked)."""
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
        parts=dict.fromkeys(text_ids, part) if part is not None else None,
    )
    sections = []
    for section in found.sections:
        assert section.text_id is not None
        kept = store.handouts.text_handout(section.text_id)
        previous = kept[1] if kept else []
        within = in_part(store, {section.text_id: part} if part is not None else {})
        words = merge_edits(
            section.words, previous, texts={section.text_id}, exclude=exclude, within=within
        )
        store.handouts.set_text_handout(section.text_id, found.level, words, part)
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
        part = store.handouts.text_handout_part(text_id)
        words = tuple(replace(w, rank=lemma_rank(w.word.lemma, w.word.word)) for w in kept[1])
        sections.append(HandoutSection(record.title, record.author, text_id, words, part))
    title = sections[0].title if len(sections) == 1 else ""
    return Handout(title, check_level(level or DEFAULT_LEVEL), tuple(sections))


def without_left_out(handout: Handout) -> Handout:
    """The handout as printed: the words the teacher unticked left out."""
    sections = tuple(
        replace(section, words=tuple(w for w in section.words if not w.word.left_out))
        for section in handout.sections
    )
    return replace(handout, sections=sections)
