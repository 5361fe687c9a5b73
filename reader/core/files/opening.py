"""Opening the files a learner hands the app: the one way every importer and command reads an
input file.

The path must name a regular file: a folder, a named pipe (FIFO), a device such as /dev/zero,
a socket or a link loop is refused with a message saying what it is (not "does not exist").
The file is opened once, without blocking (opening a FIFO would otherwise wait for a writer
for ever), and the checks are made on the open file, so the file read is the file checked.
Reading stops at a hard cap, whatever the file's size claimed.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from reader.core.errors import InputError, ReaderError
from reader.core.files.decoding import decode_bytes
from reader.core.files.display import shown_path

TEXT_MAX_BYTES = 50_000_000
# os.O_NONBLOCK and os.O_NOCTTY exist on POSIX only; Windows has no FIFOs to wait on.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a disk device"),
    (stat.S_ISSOCK, "a socket"),
)


@contextmanager
def open_input(
    path: Path, *, max_bytes: int, error: type[ReaderError] = InputError
) -> Iterator[BinaryIO]:
    """The regular file at path, open for reading in binary; `error` with a one-line message
    if it is missing, unreadable, not a regular file, or larger than max_bytes."""
    descriptor = _open(Path(path), error)
    try:
        info = os.fstat(descriptor)
        _check_regular(Path(path), info.st_mode, error)
        _check_size(Path(path), info.st_size, max_bytes, error)
        _set_blocking(descriptor)
        file = os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise
    with file:
        yield file


def read_input(path: Path, *, max_bytes: int, error: type[ReaderError] = InputError) -> bytes:
    """The whole regular file at path, never more than max_bytes (see open_input)."""
    with open_input(path, max_bytes=max_bytes, error=error) as file:
        try:
            data = file.read(max_bytes + 1)
        except OSError as exc:
            raise error(f"{shown_path(path)} cannot be read: {exc.strerror or exc}.") from None
    if len(data) > max_bytes:  # it grew while being read
        raise error(too_large(path, len(data), max_bytes))
    return data


def read_text_file(path: Path, *, max_bytes: int = TEXT_MAX_BYTES) -> str:
    """The file's text, exactly as written apart from a leading byte-order mark."""
    return decode_bytes(read_input(path, max_bytes=max_bytes), name=shown_path(path))


def too_large(path: Path | str, size: int, limit: int) -> str:
    return (
        f"{shown_path(path)} is too large ({_megabytes(size)}); the limit is {_megabytes(limit)}."
    )


def describe_missing(path: Path) -> str:
    """Why path cannot be opened when the system says "no such file": a link to nowhere, a
    part of the path that is a file, or really nothing there."""
    shown = shown_path(path)
    if path.is_symlink():
        return f"{shown} is a link to {shown_path(os.readlink(path))}, which does not exist."
    for parent in path.parents:
        if parent.exists() and not parent.is_dir():
            return f"{shown} does not exist: {shown_path(parent)} is a file, not a folder."
        if parent.exists():
            break
    return f"{shown} does not exist."


def _open(path: Path, error: type[ReaderError]) -> int:
    try:
        return os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise error(_open_failure(path, exc)) from None
    except ValueError:  # a NUL byte in the name
        raise error(f"{shown_path(path)} is not a valid file name.") from None


def _open_failure(path: Path, exc: OSError) -> str:
    shown = shown_path(path)
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return describe_missing(path)
    if exc.errno == errno.ELOOP:
        return f"{shown} is a link that leads back to itself (a link loop), not a file."
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"{shown} cannot be read: permission denied."
    if exc.errno == errno.EISDIR:
        return f"{shown} is a folder, not a file."
    if exc.errno == errno.ENXIO:  # a socket, or a device with nothing behind it
        return f"{shown} is {_kind(path) or 'not a regular file'}, not a file."
    if exc.errno == errno.ENAMETOOLONG:
        return f"{shown} cannot be opened: the name is too long."
    return f"{shown} cannot be read: {exc.strerror or exc}."


def _kind(path: Path) -> str | None:
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return None
    return next((kind for test, kind in _KINDS if test(mode)), None)


def _check_regular(path: Path, mode: int, error: type[ReaderError]) -> None:
    if stat.S_ISREG(mode):
        return
    kind = next((kind for test, kind in _KINDS if test(mode)), "not a regular file")
    raise error(f"{shown_path(path)} is {kind}, not a file.")


def _check_size(path: Path, size: int, limit: int, error: type[ReaderError]) -> None:
    if size > limit:
        raise error(too_large(path, size, limit))


def _set_blocking(descriptor: int) -> None:
    """A regular file reads the same either way; the flag only mattered for opening."""
    if hasattr(os, "set_blocking"):
        os.set_blocking(descriptor, True)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size:,} bytes"
