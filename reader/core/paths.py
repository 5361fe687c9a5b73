"""Where the app keeps its data: one folder for glossary, caches, dictionaries and models."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from reader.core.errors import DictionaryError, StoreError

APP_NAME = "french-reader"
DATA_ENV = "FRENCH_READER_DATA"
PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def data_dir(override: str | Path | None = None) -> Path:
    """The data folder: --data-dir, then $FRENCH_READER_DATA, then the platform default;
    created if missing. StoreError if it cannot be (a file is in the way, no permission)."""
    chosen = override or os.environ.get(DATA_ENV) or _platform_data_dir()
    path = Path(chosen).expanduser()
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise StoreError(
            f"The data folder {path} cannot be created: a file of that name is in "
            f"the way. Choose another folder with --data-dir or ${DATA_ENV}."
        ) from None
    except OSError as exc:
        raise StoreError(
            f"The data folder {path} cannot be created: {exc.strerror or exc}. "
            f"Choose another folder with --data-dir or ${DATA_ENV}."
        ) from None
    return path


def _platform_data_dir() -> str:
    # Imported here: ~5 ms that the window's first page does not need (issue 14).
    import platformdirs

    return platformdirs.user_data_dir(APP_NAME)


def glossary_path(root: Path) -> Path:
    return root / "glossary.sqlite3"


def cache_dir(root: Path) -> Path:
    """The caches' folder; a data folder that cannot hold it (read-only) only costs speed."""
    path = root / "cache"
    # Every cache reads and writes around a missing folder.
    with contextlib.suppress(OSError):
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


def resource_rows(folder: str, name: str, width: int, what: str) -> list[list[str]]:
    """The rows of a tab-separated table of resources/ (# comments and blank lines aside, its
    header dropped), each of `width` fields, none empty. DictionaryError if it cannot be read;
    `what` names it in the message (the constructions file)."""
    path = resources_dir() / folder / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise DictionaryError(f"The {what} file {path} cannot be read ({error}).") from None
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return [fields for fields in rows[1:] if len(fields) == width and all(fields)]
