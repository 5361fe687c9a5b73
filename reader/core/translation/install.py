"""Installing a French → English Argos model from a .argosmodel file, all or nothing.

The file is checked before anything is written (a zip with one top-level folder, its
metadata.json, the language pair, the Argos version, the files translation needs), unpacked
into a hidden staging folder beside the models, loaded once the way translation will load
it, and only then renamed into place. Every failure says what is wrong with the file.
"""

from __future__ import annotations

import importlib
import shutil
import sys
import threading
import uuid
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any

from packaging.version import InvalidVersion, Version

from reader.core.files import (
    ZIP_ERRORS,
    ZipLimits,
    check_zip,
    load_json,
    one_line,
    open_input,
    owner_mark,
    read_member,
    remove_abandoned_folders,
    sync_file,
)
from reader.core.progress import Report, check_cancelled, report_progress
from reader.core.translation.argos import (
    REMOVING_PREFIX,
    SOURCE_CODE,
    STAGING_PREFIX,
    TARGET_CODE,
    InstalledModel,
    TranslationModelError,
    argos_package,
    argos_version,
    models_dir,
    point_argos_at,
    read_model,
)

CHUNK = 1 << 20
TOKENIZER_FILES = ("sentencepiece.model", "bpe.model")
# A French → English package is ~100 MB (the largest Argos models ~500 MB); its weights barely
# compress. A package beyond these limits is not a model but a zip bomb.
MAX_PACKAGE_BYTES = 2_000_000_000
MODEL_LIMITS = ZipLimits(
    members=500,
    member_bytes=2_000_000_000,
    total_bytes=3_000_000_000,
    ratio=20,
    free_bytes=64_000_000,
)
MAX_METADATA_BYTES = 1_000_000
FREE_SPACE_MARGIN = 50_000_000


def install_model(
    root: Path,
    file: Path,
    *,
    report: Report | None = None,
    cancel: threading.Event | None = None,
) -> InstalledModel:
    """Check a .argosmodel file, unpack it beside the models, load it once, then move it in.

    Every failure leaves the installed models as they were: the package is unpacked into a
    hidden staging folder and renamed into place only once it has loaded.
    """
    folder = models_dir(root)
    _clean_leftovers(folder)
    with _open_package(file) as archive:
        infos = check_zip(archive, MODEL_LIMITS, name=file.name, error=TranslationModelError)
        top = _single_folder(archive, file)
        metadata = _package_metadata(archive, top, file)
        _check_files(archive, top, file)
        _check_free_space(folder, sum(info.file_size for info in infos), file)
        staging = folder / f"{STAGING_PREFIX}{owner_mark()}"
        try:
            _extract(archive, staging, file, report=report, cancel=cancel)
            _check_loads(root, staging / top, metadata)
            destination = folder / top
            _move_into_place(staging / top, destination)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    if "argostranslate.package" in sys.modules:
        point_argos_at(folder)
    model = read_model(destination)
    assert model is not None  # its metadata was checked above
    return model


@contextmanager
def _open_package(file: Path) -> Iterator[zipfile.ZipFile]:
    with open_input(file, max_bytes=MAX_PACKAGE_BYTES, error=TranslationModelError) as raw:
        try:
            with zipfile.ZipFile(raw) as archive:
                yield archive
        except ZIP_ERRORS as error:
            raise TranslationModelError(
                f"{file.name} is not a valid Argos model: the zip archive is broken or "
                f"incomplete ({error}). Download it again."
            ) from None


def _check_free_space(folder: Path, needed: int, file: Path) -> None:
    """Refuse before unpacking rather than fill the disk halfway."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if free < needed + FREE_SPACE_MARGIN:
        raise TranslationModelError(
            f"Not enough free disk space to install {file.name}: it needs "
            f"{needed / 1e6:,.0f} MB, {free / 1e6:,.0f} MB are free. Nothing was installed."
        )


def _single_folder(archive: zipfile.ZipFile, file: Path) -> str:
    """Argos packages hold exactly one top-level folder; anything else would break Argos."""
    tops = set()
    for name in archive.namelist():
        path = PurePosixPath(name)
        if path.is_absolute() or ".." in path.parts or "\\" in name:
            raise TranslationModelError(
                f"{file.name} holds an unsafe path ({name}): not installed."
            )
        if len(path.parts) == 1 and not name.endswith("/"):
            raise TranslationModelError(
                f"{file.name} is not an Argos model: it should hold one folder, "
                f"but {name} is at its top level."
            )
        if one_line(path.parts[0]) != path.parts[0]:
            raise TranslationModelError(
                f"{file.name} is not an Argos model: its folder name holds control characters."
            )
        tops.add(path.parts[0])
    if len(tops) != 1:
        found = ", ".join(sorted(tops)) or "nothing"
        raise TranslationModelError(
            f"{file.name} is not an Argos model: it should hold exactly one folder (found {found})."
        )
    return tops.pop()


def _package_metadata(archive: zipfile.ZipFile, top: str, file: Path) -> dict[str, Any]:
    try:
        info = archive.getinfo(f"{top}/metadata.json")
    except KeyError:
        raise TranslationModelError(
            f"{file.name} is not an Argos model: {top}/metadata.json is missing."
        ) from None
    if info.file_size > MAX_METADATA_BYTES:
        raise TranslationModelError(f"{file.name}: metadata.json is far too large.")
    data = read_member(archive, info, name=file.name, error=TranslationModelError)
    metadata = load_json(data, what=f"{file.name}: metadata.json", error=TranslationModelError)
    if not isinstance(metadata, dict):
        raise TranslationModelError(f"{file.name}: metadata.json is not a JSON object.")
    _check_pair(metadata, file)
    _check_argos_version(str(metadata.get("argos_version", "")), file)
    return metadata


def _check_pair(metadata: dict[str, Any], file: Path) -> None:
    kind = metadata.get("type", "translate")
    pair = (metadata.get("from_code"), metadata.get("to_code"))
    if kind != "translate" or pair != (SOURCE_CODE, TARGET_CODE):
        source = metadata.get("from_name") or metadata.get("from_code") or "?"
        target = metadata.get("to_name") or metadata.get("to_code") or "?"
        what = f"{source} → {target}" if kind == "translate" else f"a “{kind}” package"
        raise TranslationModelError(
            f"{file.name} translates {what}; the app needs a French → English model "
            f"(from_code “fr”, to_code “en”). Nothing was installed."
        )


def _check_argos_version(wanted: str, file: Path) -> None:
    """A package names the Argos version it was built for: same major, not newer than ours."""
    have = argos_version()
    try:
        needed, ours = Version(wanted), Version(have)
    except InvalidVersion:
        raise TranslationModelError(
            f"{file.name} does not say which Argos Translate version it was built for "
            f"(argos_version “{wanted}”): it cannot be installed."
        ) from None
    if needed.major != ours.major or needed.release[:2] > ours.release[:2]:
        raise TranslationModelError(
            f"{file.name} was built for Argos Translate {wanted}, but the app has {have}. "
            f"Get the French → English model made for Argos Translate {ours.major}.x."
        )


def _check_files(archive: zipfile.ZipFile, top: str, file: Path) -> None:
    names = set(archive.namelist())
    missing = [f"{top}/model/model.bin"] if f"{top}/model/model.bin" not in names else []
    if not any(f"{top}/{name}" in names for name in TOKENIZER_FILES):
        missing.append(f"{top}/sentencepiece.model (or bpe.model)")
    if missing:
        raise TranslationModelError(
            f"{file.name} is incomplete: {', '.join(missing)} missing. Download it again."
        )


def _extract(
    archive: zipfile.ZipFile,
    staging: Path,
    file: Path,
    *,
    report: Report | None,
    cancel: threading.Event | None,
) -> None:
    """Unpack by hand, in chunks: progress and cancel work even for a 100 MB model."""
    members = [m for m in archive.infolist() if not m.is_dir()]
    total, done = sum(m.file_size for m in members), 0
    report_progress(report, 0, total)
    try:
        for member in members:
            target = staging / member.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as source, open(target, "wb") as sink:
                while chunk := source.read(CHUNK):
                    check_cancelled(cancel)
                    sink.write(chunk)
                    done += len(chunk)
                    report_progress(report, done, total)
            # On disk before the staging folder is renamed in: a power cut after the rename
            # must not leave an installed model with empty files.
            sync_file(target)
    except ZIP_ERRORS as error:
        raise TranslationModelError(
            f"{file.name} is damaged ({error}): download it again. Nothing was installed."
        ) from None
    except OSError as error:
        raise TranslationModelError(
            f"Cannot unpack {file.name}: {error}. Nothing was installed."
        ) from None


def _check_loads(root: Path, package: Path, metadata: dict[str, Any]) -> None:
    """Load the package the way translation will: Argos's metadata and CTranslate2's weights."""
    module = argos_package(root)
    try:
        module.Package(package)
        importlib.import_module("ctranslate2").Translator(str(package / "model"), device="cpu")
    except Exception as error:  # whatever a foreign model raises, the app cannot use it
        raise TranslationModelError(
            f"The model cannot be loaded by this app ({type(error).__name__}: {error}). "
            f"It was probably built for another Argos Translate version "
            f"(it says {metadata.get('argos_version', '?')}). Nothing was installed."
        ) from None


def _move_into_place(staged: Path, destination: Path) -> None:
    """Swap folders by renames, so a crash leaves either the old model or the new one."""
    old = destination.with_name(f"{REMOVING_PREFIX}{uuid.uuid4().hex}")
    try:
        if destination.exists():
            destination.rename(old)
        try:
            staged.rename(destination)
        except OSError:
            if old.exists():
                old.rename(destination)
            raise
    except OSError as error:
        raise TranslationModelError(f"Cannot install into {destination}: {error}") from None
    shutil.rmtree(old, ignore_errors=True)


def _clean_leftovers(folder: Path) -> None:
    """Folders a killed install or removal left behind (never listed), whatever their age:
    a staging folder goes once the process that made it is gone (another install in
    progress keeps its own); a folder renamed away for removal always goes."""
    remove_abandoned_folders(folder, STAGING_PREFIX)
    for path in folder.glob(f"{REMOVING_PREFIX}*"):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
