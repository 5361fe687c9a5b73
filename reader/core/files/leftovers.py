"""Temporary files and folders of work in progress, and what killed work leaves of them.

Each temporary name carries the id of the process that made it ("PID-RANDOM"). The next run
of the same work removes every leftover whose process is gone, whatever its age: a killed
model install does not keep a gigabyte for a day, a killed dictionary import does not keep
its half-written file for ever. A process that is still running keeps its own.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path

PART_SUFFIX = ".part"
# The owner's mark in a temporary name: its process id, then a random part.
_OWNER = re.compile(r"(\d+)-[0-9a-f]+")


def owner_mark() -> str:
    """This process's mark for a new temporary name: unique, and telling who made it."""
    return f"{os.getpid()}-{secrets.token_hex(4)}"


def temporary_path(out: Path) -> Path:
    """A hidden name beside out, in the same folder (a rename across disks is not atomic),
    carrying this process's id so that a later write can tell a dead process's leftover."""
    return out.with_name(f".{out.name}.{owner_mark()}{PART_SUFFIX}")


def remove_leftovers(out: Path) -> list[Path]:
    """Delete the temporary files that killed writers of out left beside it; returns them."""
    return _remove_abandoned(out.parent, f".{_glob_escape(out.name)}.*{PART_SUFFIX}", _part_mark)


def remove_abandoned_parts(folder: Path) -> list[Path]:
    """Delete every temporary file a killed writer left in folder, whatever file it was
    writing (a dictionary import names its file only once it starts)."""
    return _remove_abandoned(folder, f".*{PART_SUFFIX}", _part_mark)


def remove_abandoned_folders(folder: Path, prefix: str) -> list[Path]:
    """Delete the folders named PREFIX + owner mark (see owner_mark) whose process is gone;
    one named PREFIX + anything else was left by an older version of the app, and goes too."""
    return _remove_abandoned(folder, f"{_glob_escape(prefix)}*", lambda name: name[len(prefix) :])


def _part_mark(name: str) -> str:
    """The owner mark of a temporary file: .NAME.PID-RANDOM.part -> PID-RANDOM."""
    return name[: -len(PART_SUFFIX)].rsplit(".", 1)[-1]


def _remove_abandoned(folder: Path, pattern: str, mark_of: Callable[[str], str]) -> list[Path]:
    removed = []
    try:
        candidates = list(folder.glob(pattern))
    except OSError:
        return []
    for path in candidates:
        if is_abandoned(mark_of(path.name)) and _remove(path):
            removed.append(path)
    return removed


def is_abandoned(mark: str) -> bool:
    """Whether the process an owner mark names is gone; a name without a mark is abandoned."""
    found = _OWNER.fullmatch(mark)
    if found is None:
        return True
    pid = int(found.group(1))
    return pid != os.getpid() and not _is_running(pid)


def _is_running(pid: int) -> bool:
    if os.name != "posix":
        # Windows cannot ask safely (os.kill would end the process); there a file still open
        # by its writer cannot be deleted, so trying to remove it tells the same thing.
        return False
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _remove(path: Path) -> bool:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    except OSError:
        return False
    return True


def _glob_escape(name: str) -> str:
    return "".join(f"[{char}]" if char in "*?[" else char for char in name)
