"""Downloading the French → English model from the Argos package index, only when asked.

Every network call has a timeout; no network gives one clear message, never a hang. The
download goes to a hidden file in the models folder and is installed through install_model,
so a cancelled or broken download installs nothing.
"""

from __future__ import annotations

import json
import os
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.version import InvalidVersion, Version

from reader.core.files import remove_leftovers, temporary_path
from reader.core.progress import Report, check_cancelled, report_progress
from reader.core.translation.argos import (
    SOURCE_CODE,
    TARGET_CODE,
    InstalledModel,
    NoNetworkError,
    TranslationModelError,
    argos_version,
    models_dir,
)
from reader.core.translation.install import install_model

DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
TIMEOUT_S = 20.0
CHUNK = 1 << 16
DOWNLOAD_NAME = "download.argosmodel"  # the model file, until it is installed and deleted
USER_AGENT = "french-reader (Argos Translate model download)"
NO_NETWORK = (
    "no network: download the model on another computer, "
    "then File ▸ Install translation model… (or `french-reader models install FILE`)."
)


@dataclass(frozen=True, slots=True)
class AvailableModel:
    """A French → English package the index offers."""

    package_version: str
    argos_version: str
    links: tuple[str, ...]
    name: str


def index_url() -> str:
    """The index Argos itself uses, or the one $ARGOS_PACKAGE_INDEX names."""
    base = os.environ.get("ARGOS_PACKAGE_INDEX") or DEFAULT_INDEX
    return base if base.endswith(".json") else base.rstrip("/") + "/index.json"


def available_model(*, index: str | None = None, timeout: float = TIMEOUT_S) -> AvailableModel:
    """The newest French → English package built for this Argos version."""
    data = _read_json(index or index_url(), timeout)
    have = Version(argos_version())
    candidates = []
    for entry in data if isinstance(data, list) else []:
        if not isinstance(entry, dict) or not _is_french_english(entry):
            continue
        version = _version(entry.get("argos_version"))
        if version is not None and version.major == have.major and version <= have:
            candidates.append(entry)
    if not candidates:
        raise TranslationModelError(
            f"The Argos package index has no French → English model for Argos Translate {have}."
        )
    best = max(candidates, key=lambda e: _version(e.get("package_version")) or Version("0"))
    package_version = str(best.get("package_version", ""))
    return AvailableModel(
        package_version=package_version,
        argos_version=str(best.get("argos_version", "")),
        links=tuple(str(link) for link in best.get("links", [])),
        name=f"translate-{SOURCE_CODE}_{TARGET_CODE}-{package_version.replace('.', '_')}",
    )


def download_model(
    root: Path,
    *,
    index: str | None = None,
    timeout: float = TIMEOUT_S,
    report: Report | None = None,
    cancel: threading.Event | None = None,
) -> InstalledModel:
    """Find the model in the index, download it with progress and cancel, then install it."""
    target = fetch_model(root, index=index, timeout=timeout, report=report, cancel=cancel)
    try:
        return install_model(root, target, report=report, cancel=cancel)
    finally:
        target.unlink(missing_ok=True)


def fetch_model(
    root: Path,
    *,
    index: str | None = None,
    timeout: float = TIMEOUT_S,
    report: Report | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """Only the download: the model file, as a hidden file in the models folder, not yet
    installed (the window downloads in a thread and installs in its worker process). The
    caller installs it and deletes it; a failed or cancelled download leaves no file."""
    wanted = available_model(index=index, timeout=timeout)
    if not wanted.links:
        raise TranslationModelError("The Argos package index lists the model without a link.")
    # Named as write_atomically names its files: a killed download is cleaned by the next.
    name = models_dir(root) / DOWNLOAD_NAME
    remove_leftovers(name)
    target = temporary_path(name)
    try:
        _download_any(wanted.links, target, timeout, report, cancel)
        check_cancelled(cancel)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def _download_any(
    links: tuple[str, ...],
    target: Path,
    timeout: float,
    report: Report | None,
    cancel: threading.Event | None,
) -> None:
    failure: TranslationModelError | None = None
    for link in links:
        try:
            _download(link, target, timeout, report, cancel)
            return
        except NoNetworkError:
            raise
        except TranslationModelError as error:
            failure = error
    assert failure is not None
    raise failure


def _download(
    url: str, target: Path, timeout: float, report: Report | None, cancel: threading.Event | None
) -> None:
    with _open(url, timeout) as response, open(target, "wb") as sink:
        total = int(response.headers.get("Content-Length") or 0)
        done = 0
        report_progress(report, 0, total)
        while True:
            check_cancelled(cancel)
            try:
                chunk = response.read(CHUNK)
            except (TimeoutError, OSError) as error:
                raise NoNetworkError(f"The download stopped ({error}): {NO_NETWORK}") from None
            if not chunk:
                break
            sink.write(chunk)
            done += len(chunk)
            report_progress(report, done, max(total, done))
    if total and done < total:
        raise NoNetworkError(f"The download stopped after {done} of {total} bytes: {NO_NETWORK}")


def _read_json(url: str, timeout: float) -> Any:
    with _open(url, timeout) as response:
        try:
            return json.loads(response.read())
        except (TimeoutError, OSError) as error:
            raise NoNetworkError(
                f"The package index stopped answering ({error}): {NO_NETWORK}"
            ) from None
        except ValueError:
            raise TranslationModelError(
                f"The Argos package index at {url} is not valid JSON."
            ) from None


def _open(url: str, timeout: float) -> Any:
    """urlopen with a timeout, its failures turned into messages a learner can act on."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        return urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as error:
        raise TranslationModelError(f"{url} answered {error.code} {error.reason}.") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, FileNotFoundError):
            raise TranslationModelError(f"{url} does not exist.") from None
        raise NoNetworkError(NO_NETWORK) from None
    except OSError:  # TimeoutError included
        raise NoNetworkError(NO_NETWORK) from None


def _is_french_english(entry: dict[str, Any]) -> bool:
    pair = (entry.get("from_code"), entry.get("to_code"))
    return entry.get("type", "translate") == "translate" and pair == (SOURCE_CODE, TARGET_CODE)


def _version(value: object) -> Version | None:
    try:
        return Version(str(value))
    except InvalidVersion:
        return None
