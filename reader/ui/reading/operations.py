"""The plain functions the window hands to the task runner (they run off the GUI thread)."""

from __future__ import annotations

import logging
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from reader.core.models import Article, EntryDraft, GlossaryEntry
from reader.ui.reading.word_panel import CardEdits

PASTED_FOLDER = "pasted"
log = logging.getLogger(__name__)


def load_article(path: Path) -> Article:
    from reader.core.importers.articles import load_article as load

    return load(path)


def make_glosser(data_dir: Path | None = None) -> Any:
    """A Glosser without a store (the window adds the learner's entries itself), warmed up,
    with the learner's dictionaries of data_dir in the learner's order. The model's word
    translations are not in it: the worker process adds them (machine_translation.py)."""
    from reader.core.lookup.card import Glosser

    glosser = Glosser(None, dictionaries=_dictionaries(data_dir))
    warm = getattr(glosser, "warm_up", None)
    if callable(warm):
        warm()
    return glosser


def _dictionaries(data_dir: Path | None) -> Any:
    """The installed dictionaries; a damaged list falls back to the bundled dictionary (the
    Dictionaries dialog shows the error), so a click never fails on it."""
    from reader.core.dictionaries.registry import DictionarySet
    from reader.core.errors import DictionaryError

    if data_dir is None:
        return None
    try:
        return DictionarySet.installed(data_dir)
    except DictionaryError as error:
        log.warning("dictionaries not loaded: %s", error)
        return None


def save_word(
    store: Any, draft: EntryDraft, edits: CardEdits, saved: GlossaryEntry | None
) -> GlossaryEntry:
    """Save a new word, or add this sentence to a saved one and apply what the learner typed."""
    entry: GlossaryEntry = store.glossary.save(draft)
    if saved is None and not edits.translation:
        return entry
    return store.glossary.update(  # type: ignore[no-any-return]
        entry.id,
        translation=edits.translation,
        notes=edits.notes,
        tags=edits.tags,
        status=edits.status,
    )


def store_pasted(text: str, data_dir: Path) -> Article:
    """Keep a pasted text as a file in the data folder, so its sentences can be reopened."""
    from reader.core.files import write_text_atomically
    from reader.core.importers.articles import article_from_text

    article = article_from_text(text)
    folder = data_dir / PASTED_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^\w]+", "-", article.title.lower()).strip("-")[:40] or "article"
    path = folder / f"{datetime.now():%Y-%m-%d-%H%M%S}-{slug}.txt"
    write_text_atomically(path, text)
    return load_article(path)
