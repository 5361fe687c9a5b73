"""Argos Translate models on disk: where they live, which are installed, removing one.

Installing is in model_install.py, downloading in model_download.py; nothing here touches the
network. argostranslate is imported lazily, only by `argos_package`, which points it at the
app's models folder first, so the user's global Argos folder is never used by accident.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import sys
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from packaging.version import InvalidVersion, Version

from reader.core.errors import ReaderError
from reader.core.files import one_line, write_text_atomically
from reader.core.paths import cache_dir

MODELS_FOLDER = "translation-models"
SETTINGS_FILE = "translation.json"
SOURCE_CODE, TARGET_CODE = "fr", "en"
STAGING_PREFIX = ".installing-"
REMOVING_PREFIX = ".removing-"
ARGOS_DISTRIBUTIONS = ("argos-translate-lt", "argostranslate")
MODEL_FILE = "translate-fr_en-1_9.argosmodel"  # Argos Translate's French → English model
INSTALL_HINT = (
    f"It is Argos Translate's French → English model, a file named like {MODEL_FILE} "
    "(about 100 MB). Install it with File ▸ Install Translation Model… or "
    "`french-reader models install FILE`, or download it with `french-reader models download`."
)
# Offline onboarding: every step, for a computer that never goes online.
MODEL_STEPS = (
    "Machine translation (sentences, Translate Paragraph, words no dictionary knows) needs "
    f"Argos Translate's French → English model: one file, {MODEL_FILE} (about 100 MB; "
    "a newer translate-fr_en version works too).",
    "On a computer with internet, download it from the Argos Translate package index "
    "(argospm-index: the translate-fr_en entry's link), or with "
    "`french-reader models download` there.",
    "Copy the file to this computer: a USB stick, a shared folder or a network drive will do.",
    "Install it here: File ▸ Install Translation Model… and choose the file (or "
    "`french-reader models install FILE`). The app copies it into its data folder, so the "
    "stick can go afterwards.",
    "Models kept in a folder (several learners sharing one): Settings ▸ Translation Models ▸ "
    "Models folder points the app at it.",
)


class TranslationModelError(ReaderError):
    """A translation model is missing, broken, or made for something else."""

    exit_code = 7


class NoNetworkError(TranslationModelError):
    """The Argos package index or a download cannot be reached."""

    exit_code = 8


@dataclass(frozen=True, slots=True)
class InstalledModel:
    """One installed Argos package: a folder with metadata.json, model/ and a tokenizer."""

    name: str  # the folder's name, e.g. translate-fr_en-1_9
    path: Path
    from_code: str
    to_code: str
    from_name: str
    to_name: str
    package_version: str
    argos_version: str
    size: int  # bytes of model/model.bin: part of the cache key

    @property
    def key(self) -> str:
        """What a cached translation depends on: this model, this version, these weights."""
        return f"{self.name}@{self.package_version}#{self.size}"

    @property
    def label(self) -> str:
        return f"Argos {self.from_name} → {self.to_name} {self.package_version}".strip()

    @property
    def is_french_english(self) -> bool:
        return (self.from_code, self.to_code) == (SOURCE_CODE, TARGET_CODE)


# --- where models live ------------------------------------------------------------------------


def models_dir(root: Path) -> Path:
    """The folder the user chose (see set_models_dir), else translation-models/ in root."""
    chosen = _settings(root).get("models_folder")
    path = Path(chosen).expanduser() if isinstance(chosen, str) and chosen else root / MODELS_FOLDER
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise TranslationModelError(f"Cannot create the models folder {path}: {error}") from None
    return path


def set_models_dir(root: Path, folder: Path | None) -> Path:
    """Point the app at another models folder (an existing Argos one), or back with None."""
    settings = _settings(root)
    if folder is None:
        settings.pop("models_folder", None)
    else:
        folder = folder.expanduser().resolve()
        if folder.exists() and not folder.is_dir():
            raise TranslationModelError(f"{folder} is a file, not a folder.")
        settings["models_folder"] = str(folder)
    _write_json(root / SETTINGS_FILE, settings)
    path = models_dir(root)
    if "argostranslate.package" in sys.modules:
        point_argos_at(path)
    return path


def _settings(root: Path) -> dict[str, Any]:
    try:
        data = json.loads((root / SETTINGS_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        raise TranslationModelError(
            f"The translation settings {root / SETTINGS_FILE} cannot be read ({error}); "
            "delete the file to go back to the defaults."
        ) from None
    return data if isinstance(data, dict) else {}


def _write_json(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=1)
    write_text_atomically(path, text, error=TranslationModelError)


# --- the lazy argostranslate import -------------------------------------------------------------

_ARGOS_LOCK = threading.Lock()
ARGOS_ENVIRONMENT = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "ARGOS_PACKAGES_DIR")


def argos_package(root: Path) -> ModuleType:
    """argostranslate.package, imported once and pointed at this data folder's models."""
    folder = models_dir(root)
    with _ARGOS_LOCK:
        if "argostranslate.package" not in sys.modules:
            with _argos_environment(root, folder):
                importlib.import_module("argostranslate.package")
        point_argos_at(folder)
        return sys.modules["argostranslate.package"]


@contextmanager
def _argos_environment(root: Path, folder: Path) -> Iterator[None]:
    """argostranslate reads these variables once, at import: give it the app's folders.

    Its own data, config and cache folders go under the app's cache, so a settings.json in
    the user's global Argos config cannot silently change what the app does. The variables
    are restored at once: other libraries (platformdirs) read them too.
    """
    argos_home = cache_dir(root) / "argos"
    saved = {name: os.environ.get(name) for name in ARGOS_ENVIRONMENT}
    os.environ.update(
        XDG_DATA_HOME=str(argos_home / "data"),
        XDG_CONFIG_HOME=str(argos_home / "config"),
        XDG_CACHE_HOME=str(argos_home / "cache"),
        ARGOS_PACKAGES_DIR=str(folder),
    )
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def point_argos_at(folder: Path) -> None:
    """Re-point an imported argostranslate; its language caches would keep the old models."""
    settings: Any = sys.modules["argostranslate.settings"]
    settings.package_data_dir = folder
    settings.package_dirs = [folder]
    translate: Any = sys.modules.get("argostranslate.translate")
    if translate is not None:
        translate.get_installed_languages.cache_clear()
        translate.installed_translates.clear()


def argos_version() -> str:
    """The installed Argos Translate version, read without importing it."""
    import importlib.metadata  # ~0.1 s: only when a model is installed

    for distribution in ARGOS_DISTRIBUTIONS:
        try:
            return importlib.metadata.version(distribution)
        except importlib.metadata.PackageNotFoundError:
            continue
    raise TranslationModelError("Argos Translate is not installed: reinstall the app.")


# --- listing ------------------------------------------------------------------------------------


def list_models(root: Path) -> list[InstalledModel]:
    """Installed packages, French → English first; stray folders are skipped, not fatal."""
    models = []
    for path in sorted(models_dir(root).iterdir()):
        if path.is_dir() and not path.name.startswith(".") and (path / "metadata.json").is_file():
            model = read_model(path)
            if model is not None:
                models.append(model)
    return sorted(models, key=lambda m: (not m.is_french_english, m.name))


def find_model(root: Path, name: str | None = None) -> InstalledModel:
    """The model called name, else the newest French → English one."""
    models = list_models(root)
    if name is not None:
        for model in models:
            if model.name.lower() == name.strip().lower():
                return model
        installed = ", ".join(m.name for m in models) or "none"
        raise TranslationModelError(
            f"No translation model named «{name}» (installed: {installed})."
        )
    french = [m for m in models if m.is_french_english]
    if not french:
        raise TranslationModelError(
            f"No French → English translation model is installed. {INSTALL_HINT}"
        )
    return max(french, key=lambda m: _version_or_zero(m.package_version))


def read_model(path: Path) -> InstalledModel | None:
    try:
        metadata = json.loads((path / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(metadata, dict) or metadata.get("type", "translate") != "translate":
        return None
    weights = path / "model" / "model.bin"
    return InstalledModel(
        name=path.name,
        path=path,
        from_code=one_line(str(metadata.get("from_code", ""))),
        to_code=one_line(str(metadata.get("to_code", ""))),
        from_name=one_line(str(metadata.get("from_name", ""))),
        to_name=one_line(str(metadata.get("to_name", ""))),
        package_version=one_line(str(metadata.get("package_version", ""))),
        argos_version=one_line(str(metadata.get("argos_version", ""))),
        size=weights.stat().st_size if weights.is_file() else 0,
    )


def _version_or_zero(text: str) -> Version:
    try:
        return Version(text)
    except InvalidVersion:
        return Version("0")


# --- removing -----------------------------------------------------------------------------------


def remove_model(root: Path, name: str) -> InstalledModel:
    """Remove an installed model: renamed away first, so it is never seen half-deleted."""
    model = find_model(root, name)
    hidden = model.path.with_name(f"{REMOVING_PREFIX}{uuid.uuid4().hex}")
    try:
        model.path.rename(hidden)
    except OSError as error:
        raise TranslationModelError(f"Cannot remove {model.path}: {error}") from None
    shutil.rmtree(hidden, ignore_errors=True)
    if "argostranslate.package" in sys.modules:
        point_argos_at(models_dir(root))
    return model
