"""Writing files so that a crash, a kill or a full disk never leaves half a file under its
real name: every file the app writes goes through `write_atomically` (or, for a file written
piece by piece, `temporary_path` then `move_into_place`)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from reader.core.errors import InputError, ReaderError
from reader.core.files.leftovers import remove_leftovers, temporary_path


def write_atomically(
    out: Path, write: Callable[[Path], None], *, error: type[ReaderError] = InputError
) -> None:
    """Let write() fill a temporary file beside out, flush it to disk, then rename it over
    out: readers see the old file or the new one, never a part. If write() fails or is
    cancelled, out is left as it was. An OSError becomes `error` with a one-line message."""
    out = Path(out)
    if out.is_symlink():  # write where it points: renaming over it would replace the link
        out = out.resolve()
    remove_leftovers(out)
    temporary = temporary_path(out)
    try:
        write(temporary)
        move_into_place(temporary, out)
    except OSError as exc:
        raise error(f"Cannot write {out}: {exc.strerror or exc}.") from exc
    finally:
        temporary.unlink(missing_ok=True)


def write_text_atomically(
    out: Path, text: str, *, error: type[ReaderError] = InputError, newline: str | None = None
) -> None:
    def write(path: Path) -> None:
        with path.open("w", encoding="utf-8", newline=newline) as file:
            file.write(text)

    write_atomically(out, write, error=error)


def write_bytes_atomically(
    out: Path, data: bytes, *, error: type[ReaderError] = InputError
) -> None:
    def write(path: Path) -> None:
        path.write_bytes(data)

    write_atomically(out, write, error=error)


def move_into_place(temporary: Path, out: Path) -> None:
    """Flush a finished temporary file to disk, rename it over out, and flush the folder so
    the rename itself survives a power cut. Raises OSError."""
    sync_file(temporary)
    os.replace(temporary, out)
    sync_folder(out.parent)


def sync_file(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def sync_folder(folder: Path) -> None:
    # Only POSIX can open a folder to flush it; Windows makes renames durable by itself.
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
