"""Reading data the app did not write: zip archives (EPUB books, reading list files, translation
models) and JSON, as an attacker could craft them.

An archive is checked before anything is unpacked: a cap on its members and on each one's
size and on their total, on how much more it unpacks to than it weighs (a zip bomb), safe
member names, no name twice, no encryption, only the stored and deflate methods. A member is
then read up to its declared size and never beyond. Whatever zipfile, zlib or json raise on
damaged or crafted data (BadZipFile, zlib.error, EOFError, NotImplementedError,
RecursionError ...) becomes one ReaderError with a one-line message.
"""

from __future__ import annotations

import errno
import json
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from reader.core.errors import ReaderError

_DRIVE = re.compile(r"^[A-Za-z]:")
_METHODS = frozenset((zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED))
# What zipfile and zlib raise on a damaged or crafted archive (RuntimeError: a password;
# NotImplementedError: an unknown method; OverflowError, ValueError: absurd header fields).
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    OverflowError,
    ValueError,
)


@dataclass(frozen=True, slots=True)
class ZipLimits:
    """What an archive of one kind may hold."""

    members: int
    member_bytes: int  # one member, unpacked
    total_bytes: int  # all members, unpacked
    ratio: int = 50  # unpacked / packed size, once the archive unpacks past free_bytes
    free_bytes: int = 16_000_000


def check_zip(
    archive: zipfile.ZipFile, limits: ZipLimits, *, name: str, error: type[ReaderError]
) -> list[zipfile.ZipInfo]:
    """The archive's members, after every check of the module docstring; `error` if one fails.
    Nothing is unpacked."""
    infos = archive.infolist()
    if len(infos) > limits.members:
        raise error(f"{name} holds too many files ({len(infos):,}; at most {limits.members:,}).")
    twice = [member for member, count in Counter(i.filename for i in infos).items() if count > 1]
    if twice:
        raise error(f"{name} is not a valid archive: it holds two files named {twice[0]!r}.")
    for info in infos:
        _check_member(info, limits, name, error)
    _check_total(infos, limits, name, error)
    return infos


def _check_member(
    info: zipfile.ZipInfo, limits: ZipLimits, name: str, error: type[ReaderError]
) -> None:
    if not is_safe_member_name(info.filename):
        raise error(
            f"{name} is not safe to open: it holds a file named {info.filename!r} that points "
            "outside its folder. Nothing was imported."
        )
    if info.flag_bits & 0x1:
        raise error(f"{name} is protected by a password: its files cannot be read.")
    if info.compress_type not in _METHODS:
        raise error(
            f"{name} uses a compression method the app does not read "
            f"(method {info.compress_type} for {info.filename!r})."
        )
    if info.file_size > limits.member_bytes:
        raise error(
            f"{info.filename} in {name} is too large ({info.file_size:,} bytes unpacked; "
            f"at most {limits.member_bytes:,})."
        )


def _check_total(
    infos: list[zipfile.ZipInfo], limits: ZipLimits, name: str, error: type[ReaderError]
) -> None:
    unpacked = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos)
    if unpacked > limits.total_bytes:
        raise error(f"{name} unpacks to {unpacked:,} bytes; the limit is {limits.total_bytes:,}.")
    if unpacked > limits.free_bytes and unpacked > limits.ratio * max(packed, 1):
        raise error(
            f"{name} unpacks to {unpacked // max(packed, 1):,} times its size "
            f"({unpacked:,} bytes): a zip bomb, not a real file. Nothing was unpacked."
        )


def is_safe_member_name(member: str) -> bool:
    """No absolute path, no "..", no backslash, no drive letter, no NUL: names that could
    point outside a folder if anyone ever extracted them."""
    parts = PurePosixPath(member).parts
    return not (
        not member
        or member.startswith(("/", "\\"))
        or "\\" in member
        or "\0" in member
        or _DRIVE.match(member) is not None
        or ".." in parts
    )


def read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, *, name: str, error: type[ReaderError]
) -> bytes:
    """A member's bytes, never more than its declared size (checked by check_zip)."""
    with zip_errors(name, error), archive.open(info) as file:
        data = file.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise error(f"{info.filename} in {name} is not the size its archive says: damaged.")
    return data


@contextmanager
def zip_errors(name: str, error: type[ReaderError]) -> Iterator[None]:
    """Whatever zipfile and zlib raise on a damaged archive, as one line."""
    try:
        yield
    except (*ZIP_ERRORS, OSError) as exc:
        # A crafted offset makes zipfile seek before the file's start: EINVAL. Any other
        # OSError is the disk's, not the archive's.
        if isinstance(exc, OSError) and exc.errno != errno.EINVAL:
            raise
        detail = f" ({exc})" if str(exc) else ""
        raise error(
            f"{name} is damaged or incomplete: its zip archive cannot be read{detail}. "
            "Get the file again."
        ) from None


def load_json(data: bytes | str, *, what: str, error: type[ReaderError]) -> Any:
    """JSON from a file; `error` if it is not UTF-8 JSON or nests too deeply to read."""
    try:
        return json.loads(data)
    except RecursionError:
        raise error(f"{what} nests too deeply to be read: it is not a real file.") from None
    except ValueError as exc:  # json.JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise error(f"{what} is not valid JSON ({_short(exc)}).") from None


def _short(exc: Exception) -> str:
    text = str(exc)
    return text if len(text) <= 120 else text[:119] + "…"
