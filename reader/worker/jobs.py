"""The worker's jobs: plain functions, no Qt, that the window names in a Request.

Each takes the job's context (progress and cancel) and the request's arguments, and runs in the
worker process: spaCy, Argos and CTranslate2 load models there, never in the window's process,
and a big dictionary import holds that process's GIL, not the window's. Each job imports the
core inside its body: the window imports this module only to name the jobs, and must not load
spaCy, Argos or the importers by doing so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.worker.context import JobContext

if TYPE_CHECKING:
    from reader.core.dictionaries import InstalledDictionary
    from reader.core.learning import ImportResult
    from reader.core.models import Analysis, Translation
    from reader.core.translation import InstalledModel, MachineTranslation

# spaCy's default batch of 1,000 paragraphs would delay the first progress report and every
# cancel check until the whole batch is parsed. Measured on Bel-Ami (CPU time, issue 14):
# batches of 8 parse ~8 % slower than 32 (and ~15 % slower than 64); 32 paragraphs are
# ~1,000 words, ~0.15 s, so a cancel or a page turn still waits little.
PARAGRAPHS_PER_BATCH = 32


def load_pipeline() -> Any:
    """The French pipeline of this process, loaded on first use."""
    # spaCy is imported here, in the worker process, never in the window's.
    from reader.core.analysis import load_pipeline as load

    nlp = load()
    nlp.batch_size = PARAGRAPHS_PER_BATCH
    return nlp


def settle_after_first_analysis() -> None:
    """Once an analysis has run in this process, set aside from the garbage collector what it
    loaded (pipeline.settle_loaded_data): the worker only, never the window's process."""
    # In the worker process only: the window imports this module just to name its jobs.
    from reader.core.analysis.pipeline import is_loaded, settle_loaded_data
    from reader.core.analysis.readings import shared_readings

    if is_loaded() and shared_readings().readings:
        settle_loaded_data()


def analyse(context: JobContext, text: str, cache_folder: Path | None) -> Analysis:
    """A text's analysis, from the cache folder when it was analysed before."""
    # In the worker process only: the window imports this module just to name its jobs.
    from reader.core.analysis import AnalysisCache
    from reader.core.analysis import analyse as analyse_text

    cache = AnalysisCache(cache_folder) if cache_folder is not None else None
    cached = cache.get(text) if cache is not None else None
    if cached is not None:
        return cached
    load_pipeline()
    analysis = analyse_text(text, report=context.report, cancel=context.cancel)
    if cache is not None:
        cache.put(analysis)
    return analysis


def import_words(
    context: JobContext, data_dir: Path, path: Path, tags: tuple[str, ...]
) -> ImportResult:
    """A word list or Kindle vocab.db into the glossary of data_dir. The words are analysed
    here, where spaCy is loaded; the database gets a connection of its own in this process
    for the one transaction that saves them."""
    # In the worker process only: the window imports this module just to name its jobs.
    from reader.core.learning import import_words as import_file
    from reader.core.store import Database

    load_pipeline()
    with Database.open_in(data_dir) as store:
        return import_file(store, path, tags=tags, report=context.report, cancel=context.cancel)


def _has_model(root: Path) -> bool:
    # In the worker process only: the window imports this module just to name its jobs.
    from reader.core.translation import TranslationModelError, find_model

    try:
        find_model(root)
    except TranslationModelError:
        return False
    return True


def translate_sentence(context: JobContext, root: Path, sentence: str) -> MachineTranslation | None:
    """The word card's sentence, or None when no model is installed."""
    # In the worker process only: the window imports this module just to name its jobs.
    from reader.core.translation import translate_sentence as translate

    return translate(root, sentence) if _has_model(root) else None


def translate_text(context: JobContext, root: Path, text: str) -> MachineTranslation | None:
    """A paragraph, sentence by sentence, with progress and cancel; None without a model."""
    # In the worker process only: the window imports this module just to name its jobs.
    from reader.core.translation import translate_text as translate

    if not _has_model(root):
        return None
    return translate(root, text, report=context.percent_report(), cancel=context.cancel)


def machine_word(context: JobContext, root: Path, lemma: str, form: str) -> Translation | None:
    """The model's translation of a word no dictionary knows, or None."""
    # In the worker process only: the window imports this module just to name its jobs.
    from reader.core.translation import machine_words

    translate = machine_words(root)
    return translate(lemma, form) if translate is not None else None


def install_model(context: JobContext, root: Path, file: Path, downloaded: bool) -> InstalledModel:
    """Install a .argosmodel (loading it once checks it); a downloaded file is then deleted."""
    # In the worker process only: the window imports this module just to name its jobs.
    from reader.core.translation import install_model as install

    try:
        return install(root, file, report=context.percent_report(), cancel=context.cancel)
    finally:
        if downloaded:
            file.unlink(missing_ok=True)


def remove_model(context: JobContext, root: Path, name: str) -> InstalledModel:
    """Remove a model and unload it from this process's memory."""
    # In the worker process only: the window imports this module just to name its jobs.
    from reader.core.translation import forget_loaded_models
    from reader.core.translation import remove_model as remove

    removed = remove(root, name)
    forget_loaded_models()
    return removed


def import_dictionary(
    context: JobContext, root: Path, path: Path, kind: str | None, name: str | None
) -> InstalledDictionary:
    """Convert a dictionary file into the app's format and add it to the learner's list."""
    # In the worker process only: the window imports this module just to name its jobs.
    from reader.core.dictionaries import import_dictionary as import_file

    return import_file(
        root,
        path,
        kind=kind,
        name=name,
        report=context.percent_report(),
        cancel=context.cancel,
    )
