"""Where the app keeps its data: one folder for glossary, caches, dictionaries and models."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "french-reader"
DATA_ENV = "FRENCH_READER_DATA"
PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def data_dir(override: str | Path | None = None) -> Path:
    """The data folder: --data-dir, then $FRENCH_READER_DATA, then the platform default."""
    chosen = override or os.environ.get(DATA_ENV) or platformdirs.user_data_dir(APP_NAME)
    path = Path(chosen).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def glossary_path(root: Path) -> Path:
    return root / "glossary.sqlite3"


def cache_dir(root: Path) -> Path:
    path = root / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """Shipped runtime data: inside the package in a wheel, at the top of a checkout."""
    packaged = PACKAGE_ROOT / "resources"
    return packaged if packaged.is_dir() else PACKAGE_ROOT.parent / "resources"


def seeds_dir() -> Path:
    """The sample articles: inside the package in a wheel, at the top of a checkout."""
    packaged = PACKAGE_ROOT / "seeds"
    return packaged if packaged.is_dir() else PACKAGE_ROOT.parent / "seeds"
