"""Writing files so that a crash, a kill or a full disk never leaves half a file under its
real name: every file the app writes goes through `write_atomically` (or, for a file written
piece by piece, `move_into_place`)."""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Callable
from pathlib import Path

from reader.core.errors import InputError, ReaderError

PART_SUFFIX = ".part"
STALE_S = 24 * 3600  # where no process id can be checked: leftovers older than this go


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


def temporary_path(out: Path) -> Path:
    """A hidden name beside out, in the same folder (a rename across disks is not atomic),
    carrying this process's id so that a later write can tell a dead process's leftover."""
    return out.with_name(f".{out.name}.{os.getpid()}-{secrets.token_hex(4)}{PART_SUFFIX}")


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


def remove_leftovers(out: Path) -> list[Path]:
    """Delete the temporary files that killed writers of out left beside it; returns them.
    A writer that is still running keeps its file."""
    removed = []
    pattern = f".{_glob_escape(out.name)}.*{PART_SUFFIX}"
    try:
        candidates = list(out.parent.glob(pattern))
    except OSError:
        return []
    for path in candidates:
        if _is_abandoned(path):
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                continue
    return removed


def _is_abandoned(path: Path) -> bool:
    marker = path.name[: -len(PART_SUFFIX)].rsplit(".", 1)[-1]
    pid_text = marker.split("-", 1)[0]
    if os.name == "posix" and pid_text.isdigit():
        return int(pid_text) != os.getpid() and not _is_running(int(pid_text))
    try:
        return time.time() - path.stat().st_mtime > STALE_S
    except OSError:
        return False


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists (POSIX)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _glob_escape(name: str) -> str:
    return "".join(f"[{char}]" if char in "*?[" else char for char in name)
