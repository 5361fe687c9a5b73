"""The word card's Glosser: the dictionaries in the learner's order, built off the GUI thread
after the article's first paint, built again when the dictionaries change, and the drafts of
the words the card saves."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.core.errors import DictionaryError
from reader.ui.common.tasks import TaskError, TaskRunner

if TYPE_CHECKING:
    from reader.core.dictionaries import DictionarySet
    from reader.core.lookup import Glosser
    from reader.core.models import Article, EntryDraft, WordInfo

log = logging.getLogger(__name__)


def make_glosser(data_dir: Path | None = None) -> Glosser:
    """A Glosser without a database (the window adds the learner's entries itself), warmed up,
    with the learner's dictionaries of data_dir in the learner's order. The model's word
    translations are not in it: the worker process adds them (translation/features.py)."""
    # Imported here: opening the dictionaries reads their indexes, off the GUI thread.
    from reader.core.lookup import Glosser

    glosser = Glosser(None, dictionaries=_dictionaries(data_dir))
    warm = getattr(glosser, "warm_up", None)
    if callable(warm):
        warm()
    return glosser


def _dictionaries(data_dir: Path | None) -> DictionarySet | None:
    """The installed dictionaries; a damaged list falls back to the bundled dictionary (the
    Dictionaries dialog shows the error), so a click never fails on it."""
    # Not at start-up: the window may never need it.
    from reader.core.dictionaries import DictionarySet

    if data_dir is None:
        return None
    try:
        return DictionarySet.installed(data_dir)
    except DictionaryError as error:
        log.warning("dictionaries not loaded: %s", error)
        return None


class CardGlosser(QObject):
    """Owns the window's one Glosser."""

    changed = Signal()  # a new Glosser (the dictionaries changed): show the card again
    failed = Signal(object)  # TaskError

    def __init__(self, runner: TaskRunner, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.data_dir = data_dir
        self._glosser: Glosser | None = None

    @property
    def is_ready(self) -> bool:
        return self._glosser is not None

    def glosser(self) -> Glosser:
        """The Glosser, built now if the background build has not finished yet."""
        if self._glosser is None:
            self._glosser = make_glosser(self.data_dir)
        return self._glosser

    def warm(self) -> None:
        """Build the Glosser on the I/O thread (~0.3 s of Python), unless it is built."""
        if self._glosser is None:
            root = self.data_dir
            self.runner.run(lambda: make_glosser(root), key="glosser", on_done=self._on_built)

    def rebuild(self) -> None:
        """The dictionaries changed: the card asks them in their new order."""
        root = self.data_dir
        self.runner.run(
            lambda: make_glosser(root),
            key="glosser-dictionaries",
            on_done=self._on_rebuilt,
            on_failed=self._on_failed,
        )

    def draft(
        self,
        info: WordInfo,
        *,
        article: Article | None,
        translation: str | None = None,
        notes: str = "",
        tags: Sequence[str] = (),
    ) -> EntryDraft:
        """What saving the card's word stores (its sentence and source from the article)."""
        glosser = self.glosser()
        return glosser.draft(info, translation=translation, notes=notes, tags=tags, article=article)

    def _on_built(self, glosser: Glosser) -> None:
        if self._glosser is None:
            self._glosser = glosser

    def _on_rebuilt(self, glosser: Glosser) -> None:
        old, self._glosser = self._glosser, glosser
        self.changed.emit()
        if old is not None and old is not glosser:
            old.dictionaries.close()

    def _on_failed(self, error: TaskError) -> None:
        self.failed.emit(error)
