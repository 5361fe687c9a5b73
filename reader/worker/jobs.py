"""The translation and dictionary jobs of the worker process: plain functions, no Qt.

worker.serve answers ("kind", job, *args) with JOBS[kind](job, *args, results=, shared=):
Argos and CTranslate2 load models there, never in the window's process, and a big dictionary
import holds that process's GIL, not the window's. Each job imports the core lazily, so the
worker starts as fast as before.
"""

from __future__ import annotations

from collections.abc import Callable
from multiprocessing.queues import Queue
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path
from typing import Any

from reader.worker.process import JobCancel, Message

Job = Callable[..., Any]


class _Report:
    """Sends progress about once per percent: a 500 MB import must not flood the queue."""

    def __init__(self, job: int, results: Queue[Message]) -> None:
        self._job = job
        self._results = results
        self._shown = -1

    def __call__(self, done: int, total: int) -> None:
        step = done * 100 // total if total > 0 else 0
        if step != self._shown or done == total:
            self._shown = step
            self._results.put(("progress", self._job, done, total))


def _has_model(root: Path) -> bool:
    from reader.core.translation.argos import TranslationModelError, find_model

    try:
        find_model(root)
    except TranslationModelError:
        return False
    return True


def translate_sentence(
    job: int, root: str, sentence: str, *, results: Queue[Message], shared: Synchronized[int]
) -> Any:
    """The word card's sentence: a MachineTranslation, or None when no model is installed."""
    from reader.core.translation.translate import translate_sentence as translate

    return translate(Path(root), sentence) if _has_model(Path(root)) else None


def translate_text(
    job: int, root: str, text: str, *, results: Queue[Message], shared: Synchronized[int]
) -> Any:
    """A paragraph, sentence by sentence, with progress and cancel; None without a model."""
    from reader.core.translation.translate import translate_text as translate

    if not _has_model(Path(root)):
        return None
    cancel = JobCancel(shared, job)
    return translate(Path(root), text, report=_Report(job, results), cancel=cancel)  # type: ignore[arg-type]


def machine_word(
    job: int,
    root: str,
    lemma: str,
    form: str,
    *,
    results: Queue[Message],
    shared: Synchronized[int],
) -> Any:
    """The model's translation of a word no dictionary knows (a Translation), or None."""
    from reader.core.translation.translate import machine_words

    translate = machine_words(Path(root))
    return translate(lemma, form) if translate is not None else None


def install_model(
    job: int,
    root: str,
    file: str,
    downloaded: bool,
    *,
    results: Queue[Message],
    shared: Synchronized[int],
) -> Any:
    """Install a .argosmodel (loading it once checks it); a downloaded file is then deleted."""
    from reader.core.translation.install import install_model as install

    try:
        cancel = JobCancel(shared, job)
        return install(Path(root), Path(file), report=_Report(job, results), cancel=cancel)  # type: ignore[arg-type]
    finally:
        if downloaded:
            Path(file).unlink(missing_ok=True)


def remove_model(
    job: int, root: str, name: str, *, results: Queue[Message], shared: Synchronized[int]
) -> Any:
    """Remove a model and unload it from this process's memory."""
    from reader.core.translation.argos import remove_model as remove
    from reader.core.translation.translate import forget_loaded_models

    removed = remove(Path(root), name)
    forget_loaded_models()
    return removed


def import_dictionary(
    job: int,
    root: str,
    path: str,
    kind: str | None,
    name: str | None,
    *,
    results: Queue[Message],
    shared: Synchronized[int],
) -> Any:
    """Convert a dictionary file into the app's format and add it to the learner's list."""
    from reader.core.dictionaries.importing import import_dictionary as import_file

    return import_file(
        Path(root),
        Path(path),
        kind=kind,
        name=name,
        report=_Report(job, results),
        cancel=JobCancel(shared, job),  # type: ignore[arg-type]
    )


JOBS: dict[str, Job] = {
    "translate_sentence": translate_sentence,
    "translate_text": translate_text,
    "machine_word": machine_word,
    "install_model": install_model,
    "remove_model": remove_model,
    "import_dictionary": import_dictionary,
}


def _library_jobs() -> dict[str, Job]:
    from reader.worker.library_jobs import LIBRARY_JOBS  # imports worker, as this module does

    return LIBRARY_JOBS


JOBS.update(_library_jobs())
