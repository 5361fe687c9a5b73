"""Analysed texts come back from disk without the model, and damage is never fatal."""

from __future__ import annotations

import gzip
from pathlib import Path

from reader.core.analysis.cache import AnalysisCache, analyse_cached
from reader.core.analysis.serialise import analysis_from_data, analysis_to_data
from tests.core.analysed import analysed

TEXT = "Les consultations ont été menées dans la ville. Ils se sont rencontrés."


def test_round_trip_through_plain_data() -> None:
    analysis = analysed(TEXT)
    assert analysis_from_data(analysis_to_data(analysis)) == analysis


def test_cached_analysis_is_reused(tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path)
    first = analyse_cached(TEXT, cache)
    assert cache.path_for(TEXT).exists()
    again = cache.get(TEXT)
    assert again == first
    assert again is not None and again.token_at(TEXT.index("menées")) is not None


def test_damaged_cache_file_is_ignored(tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path)
    cache.folder.mkdir(parents=True)
    cache.path_for(TEXT).write_bytes(b"not gzip at all")
    assert cache.get(TEXT) is None
    with gzip.open(cache.path_for(TEXT), "wt") as file:
        file.write('{"text": "other"}')
    assert cache.get(TEXT) is None
    assert analyse_cached(TEXT, cache).text == TEXT  # analysed again, then rewritten
    assert cache.get(TEXT) is not None


def test_other_text_other_file(tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path)
    assert cache.path_for(TEXT) != cache.path_for(TEXT + " ")
