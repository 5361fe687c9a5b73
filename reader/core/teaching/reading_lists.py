"""Reading lists for teachers: texts in order with a title and notes, their total length and
difficulty range, and a prepared glossary (the list's handout words, as the teacher edited
them). Files to hand out are written and read by list_files.

The list's rows are the database's: db.lists.create_list, add_to_list, remove_from_list,
reorder_list, update_list, delete_list, list_items.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from reader.core.analysis.cache import AnalysisCache
from reader.core.errors import InputError
from reader.core.library.pages import range_pages
from reader.core.library.texts import LibraryRow, pick_by_title, rows_for
from reader.core.lookup.card import Glosser
from reader.core.models import Context, EntryDraft, GlossaryEntry
from reader.core.store import (
    Database,
    HandoutWord,
    ListItem,
    ListWord,
    ReadingList,
    TextRange,
    lemma_key,
)
from reader.core.teaching.handouts import (
    DEFAULT_LEVEL,
    DEFAULT_LIMIT,
    Handout,
    handout_from_words,
    text_handout,
)
from reader.core.teaching.prepared import in_part, merge_edits, typed_in_texts


@dataclass(frozen=True, slots=True)
class ListSummary:
    """What a list shows: its texts in order (with the library's row for each), their total
    length and the range of their levels."""

    reading_list: ReadingList
    items: tuple[ListItem, ...]
    rows: tuple[LibraryRow, ...]  # in the same order as items
    words: int

    @property
    def levels(self) -> tuple[str, str] | None:
        """(easiest, hardest) level among the texts analysed so far; None before any."""
        found = sorted(
            (row.difficulty.score, row.difficulty.level) for row in self.rows if row.difficulty
        )
        return (found[0][1], found[-1][1]) if found else None

    @property
    def level_range(self) -> str:
        """A2–B2, or B1 when all texts are at one level, or "" before any is analysed."""
        levels = self.levels
        if levels is None:
            return ""
        return levels[0] if levels[0] == levels[1] else f"{levels[0]}–{levels[1]}"


def list_summary(store: Database, list_id: int) -> ListSummary:
    reading_list = store.lists.reading_list(list_id)
    items = store.lists.list_items(list_id)
    rows = rows_for(store, [item.text for item in items])
    words = sum(item_words(store, item) for item in items)
    return ListSummary(reading_list, tuple(items), tuple(rows), words)


def item_words(store: Database, item: ListItem) -> int:
    """How many words the list reads of a text: the whole text, or its part's pages."""
    if item.part is None:
        return item.text.word_count
    pages = [state.page for state in store.library.pages(item.text.id)]
    try:
        return sum(page.words for page in range_pages(item.text, pages, item.part))
    except InputError:  # a part the text no longer has: the whole text
        return item.text.word_count


def find_list(store: Database, reference: str) -> ReadingList:
    """A list by id, or by its title."""
    if reference.strip().isdigit():
        return store.lists.reading_list(int(reference))
    return pick_by_title(store.lists.reading_lists(), reference, "reading list", "reading lists")


def prepare_glossary(
    store: Database,
    list_id: int,
    cache: AnalysisCache,
    glosser: Glosser,
    *,
    level: str = DEFAULT_LEVEL,
    exclude: Iterable[str] = (),
    limit: int | None = DEFAULT_LIMIT,
    cancel: threading.Event | None = None,
) -> Handout:
    """Find the handout words of every text of the list (analysing pages not analysed yet)
    and keep them as the list's prepared glossary, with what the teacher did to the older one
    (prepared.merge_edits; translations typed in a text's own handout count too). Returns
    the list's handout as now stored, unticked words too."""
    exclude = tuple(exclude)
    summary = list_summary(store, list_id)
    text_ids = [item.text.id for item in summary.items]
    handout = text_handout(
        store,
        text_ids,
        cache,
        glosser,
        title=summary.reading_list.title,
        level=level,
        exclude=exclude,
        limit=limit,
        notes=summary.reading_list.notes,
        cancel=cancel,
        parts=item_parts(summary.items),
    )
    words = merge_edits(
        handout.words,
        [HandoutWord(word, 0) for word in store.lists.list_words(list_id)],
        texts={*text_ids, None},
        exclude=exclude,
        typed=typed_in_texts(store, text_ids),
        within=in_part(store, item_parts(summary.items)),
    )
    store.lists.set_list_words(list_id, handout.level, [item.word for item in words])
    return list_handout(store, list_id, left_out=True)


def list_handout(store: Database, list_id: int, *, left_out: bool = False) -> Handout:
    """The handout of the list's prepared glossary, text by text, as stored (with the
    teacher's edits; left_out: with the unticked words too); InputError if none was
    prepared."""
    summary = list_summary(store, list_id)
    words = store.lists.list_words(list_id, left_out=left_out)
    if not words:
        raise InputError(
            f"The reading list «{summary.reading_list.title}» has no prepared glossary yet."
        )
    sections: list[tuple[str, str, int | None, list[ListWord]]] = [
        (item.text.title, item.text.author, item.text.id, _words_of(words, item.text.id))
        for item in summary.items
    ]
    loose = _words_of(words, None)
    if loose:
        sections.append(("Other words", "", None, loose))
    level = summary.reading_list.level or DEFAULT_LEVEL
    parts = item_parts(summary.items)
    handout = handout_from_words(summary.reading_list.title, level, sections, parts)
    return Handout(handout.title, handout.level, handout.sections, summary.reading_list.notes)


def kept_list_handout(store: Database, list_id: int) -> Handout | None:
    """The list's handout as the teacher left it, unticked words too; None before any."""
    if not store.lists.list_words(list_id):
        return None
    return list_handout(store, list_id, left_out=True)


def item_parts(items: Iterable[ListItem]) -> dict[int, TextRange]:
    """The chapters or pages the list reads of each text that is read in part."""
    return {item.text.id: item.part for item in items if item.part is not None}


def _words_of(words: Sequence[ListWord], text_id: int | None) -> list[ListWord]:
    return [word for word in words if word.text_id == text_id]


def edit_list_words(
    store: Database,
    list_id: int,
    *,
    remove: Iterable[str] = (),
    translations: dict[str, str] | None = None,
) -> list[ListWord]:
    """The teacher's edits to a prepared glossary: drop words (by lemma or form), change
    translations (lemma -> translation, then the teacher's: a new search keeps it). Returns
    the words as now stored."""
    dropped = {word.casefold() for word in remove}
    changed = {lemma.casefold(): text for lemma, text in (translations or {}).items()}
    reading_list = store.lists.reading_list(list_id)
    kept = []
    for word in store.lists.list_words(list_id):
        if dropped & {word.lemma.casefold(), word.word.casefold()}:
            continue
        if word.lemma.casefold() in changed:
            translation = changed[word.lemma.casefold()].strip()
            word = replace(word, translation=translation, edited=True)
        kept.append(word)
    store.lists.set_list_words(list_id, reading_list.level or DEFAULT_LEVEL, kept)
    return kept


def adopt_list_words(
    store: Database, list_id: int, lemmas: Iterable[str] | None = None
) -> list[GlossaryEntry]:
    """Put the list's prepared glossary (or only these lemmas of it) into the learner's
    glossary with the teacher's sentences, tagged with the list's title; the words then go
    into learning. A word already saved keeps the learner's own translation (it gains the
    teacher's only if it had none). Returns the entries saved."""
    reading_list = store.lists.reading_list(list_id)
    titles = {item.text.id: item.text.title for item in store.lists.list_items(list_id)}
    wanted = None if lemmas is None else {lemma_key(lemma) for lemma in lemmas}
    words = [
        word
        for word in store.lists.list_words(list_id, left_out=False)
        if wanted is None or lemma_key(word.lemma) in wanted
    ]
    own = {
        lemma_key(word.lemma)
        for word in words
        if store.glossary.translation_for(word.lemma) is not None
    }
    drafts = [
        EntryDraft(
            word=word.word,
            lemma=word.lemma,
            pos=word.pos,
            gender=word.gender,
            translation="" if lemma_key(word.lemma) in own else word.translation,
            context=Context(word.sentence, word.word, titles.get(word.text_id or 0, ""))
            if word.sentence
            else None,
            tags=(reading_list.title,),
        )
        for word in words
    ]
    return store.glossary.save_all(drafts) if drafts else []


def save_list_glossary(store: Database, list_id: int) -> int:
    """adopt_list_words for the whole list; returns how many entries were saved."""
    return len(adopt_list_words(store, list_id))
