"""French text -> Analysis: spaCy's French pipeline (loaded lazily, once per process),
the learner's word units, corrected lemmas, verb groups and their grammar notes, the cache of
analyses on disk, and a text's vocabulary counts and difficulty.

The names below are the package's public surface, for the command line and the window. Each
loads its module on first use, not with the package: importing one module of the package
never imports the others (spaCy, genanki and Argos stay out of start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.analysis.analyser import ANALYSIS_VERSION as ANALYSIS_VERSION
    from reader.core.analysis.analyser import analyse as analyse
    from reader.core.analysis.cache import AnalysisCache as AnalysisCache
    from reader.core.analysis.cache import analyse_cached as analyse_cached
    from reader.core.analysis.difficulty import Difficulty as Difficulty
    from reader.core.analysis.difficulty import WordCounts as WordCounts
    from reader.core.analysis.difficulty import count_words as count_words
    from reader.core.analysis.difficulty import estimate_difficulty as estimate_difficulty
    from reader.core.analysis.normalise import normalise_for_analysis as normalise_for_analysis
    from reader.core.analysis.pipeline import load_pipeline as load_pipeline
    from reader.core.analysis.pipeline import model_version as model_version
    from reader.core.analysis.serialise import analysis_from_data as analysis_from_data
    from reader.core.analysis.serialise import analysis_to_data as analysis_to_data

_EXPORTS = {
    "ANALYSIS_VERSION": "analyser",
    "analyse": "analyser",
    "AnalysisCache": "cache",
    "analyse_cached": "cache",
    "load_pipeline": "pipeline",
    "model_version": "pipeline",
    "normalise_for_analysis": "normalise",
    "analysis_from_data": "serialise",
    "analysis_to_data": "serialise",
    "Difficulty": "difficulty",
    "WordCounts": "difficulty",
    "count_words": "difficulty",
    "estimate_difficulty": "difficulty",
}


def __getattr__(name: str) -> object:
    """A public name, from its module (imported now if it was not)."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value
