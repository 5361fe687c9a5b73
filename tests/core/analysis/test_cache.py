"""Analysed texts come back from disk without the model, and damage is never fatal."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from reader.core.analysis.analyser import LaterExpressions, analyse_leaving_expressions
from reader.core.analysis.cache import AnalysisCache, analyse_cached
from reader.core.analysis.serialise import (
    analysis_from_columns,
    analysis_from_data,
    analysis_to_columns,
    analysis_to_data,
)
from tests.core.analysed import analysed

TEXT = "Les consultations ont été menées dans la ville. Ils se sont rencontrés."


def test_round_trip_through_plain_data() -> None:
    analysis = analysed(TEXT)
    assert analysis_from_data(analysis_to_data(analysis)) == analysis
    assert analysis_from_columns(analysis_to_columns(analysis)) == analysis  # the cache's form


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


def test_an_analysis_kept_without_its_expressions_gets_them_when_read(tmp_path: Path) -> None:
    """A book's background pass keeps a page without its expressions; read back, it has them,
    the same as analyse() gives, and is kept again whole."""
    text = "Il a eu lieu hier. Elle s'en est rendu compte tout à coup, au fur et à mesure."
    cache = AnalysisCache(tmp_path)
    partial, later = analyse_leaving_expressions(text)
    assert not partial.expressions and len(later.syntax) == len(partial.tokens)
    cache.put(partial, later)
    whole = cache.get(text)
    assert whole == analysed(text) and whole.expressions
    with gzip.open(cache.path_for(text), "rt") as file:
        assert "later" not in json.load(file)
    assert cache.get(text) == whole


def test_a_damaged_later_part_is_ignored(tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path)
    partial, later = analyse_leaving_expressions(TEXT)
    cache.put(partial, LaterExpressions(later.syntax[:-1], later.paragraphs))
    assert cache.get(TEXT) is None  # as any damaged file: analysed again when asked
