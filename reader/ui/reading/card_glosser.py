"""The word card's Glosser: the dictionaries in the learner's order, built off the GUI thread
once the window is built (after the article's first paint), built again when the dictionaries
change, and the drafts of the words the card saves. The GUI thread never builds it: a word
clicked before it is ready shows a loading card until `ready` (main_window.py)."""

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

    ready = Signal()  # the first Glosser is in: the cards can be shown
    changed = Signal()  # a new Glosser (the dictionaries changed): show the card again
    failed = Signal(object)  # TaskError

    def __init__(self, runner: TaskRunner, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.data_dir = data_dir
        self._glosser: Glosser | None = None
        self._building = False

    @property
    def is_ready(self) -> bool:
        return self._glosser is not None

    def glosser(self) -> Glosser:
        """The Glosser; only once `is_ready` (the card waits for `ready` before)."""
        if self._glosser is None:
            # Building it here would freeze the window (~0.2 s): callers check is_ready.
            raise RuntimeError("the card's dictionaries are not loaded yet")
        return self._glosser

    def warm(self) -> None:
        """Build the Glosser on the I/O thread (~0.2 s of Python), unless it is built or
        being built."""
        if self._glosser is None and not self._building:
            self._building = True
            root = self.data_dir
            self.runner.run(
                lambda: make_glosser(root),
                key="glosser",
                on_done=self._on_built,
                on_failed=self._on_build_failed,
            )

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
        self._building = False
        if self._glosser is None:
            self._glosser = glosser
            self.ready.emit()

    def _on_build_failed(self, error: TaskError) -> None:
        self._building = False
        self.failed.emit(error)

    def _on_rebuilt(self, glosser: Glosser) -> None:
        old, self._glosser = self._glosser, glosser
        if old is None:
            self.ready.emit()
        self.changed.emit()
        if old is not None and old is not glosser:
            old.dictionaries.close()

    def _on_failed(self, error: TaskError) -> None:
        self.failed.emit(error)
