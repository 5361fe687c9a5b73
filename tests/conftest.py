"""Fixtures shared by every test folder."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """An empty data folder of the test's own (created by the app on first use)."""
    return tmp_path / "data"
