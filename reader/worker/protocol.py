"""The messages between the window's process and the worker process: plain, picklable data.

The window sends a Request (a job function of reader.worker.jobs or library_jobs, and its
arguments), Warm (load the French model now), Cancel (forget a job that has not started) or
Stop. The worker answers with Progress, Part (a slice of a big Analysis), Done or Failed.
A job function is sent by reference (pickle names it by module and name), so it must be a
module-level function of the worker package. This module imports nothing of the app.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# A big Analysis is sent in slices: unpickling 100,000 tokens in one piece holds the GIL of the
# window's process for ~150 ms, a visible freeze; slices of a few thousand keep each under 10 ms.
ANALYSIS_PARTS = ("sentences", "tokens", "groups", "expressions")
SLICE = 2_000


# ---------------------------------------------------------------- from the window


@dataclass(frozen=True)
class Request:
    """Run job(context, *args) in the worker; its return value comes back as Done."""

    job: int
    function: Callable[..., Any]
    args: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Warm:
    """Load the French model now, while the window shows: Done once it is loaded."""

    job: int


@dataclass(frozen=True)
class Cancel:
    """Forget a job that has not started yet (a running one checks the shared cancel value)."""

    job: int


@dataclass(frozen=True)
class Stop:
    """Leave the loop: the process ends."""


Order = Request | Warm | Cancel | Stop


# ---------------------------------------------------------------- from the worker


@dataclass(frozen=True)
class Progress:
    job: int
    done: int
    total: int


@dataclass(frozen=True)
class Part:
    """A slice of one of an Analysis's ANALYSIS_PARTS, sent before its AnalysisHeader."""

    job: int
    field: str
    items: tuple[Any, ...]


@dataclass(frozen=True)
class Done:
    job: int
    result: Any


@dataclass(frozen=True)
class Failed:
    """is_user_error: a ReaderError, its message is for the user; else details is a traceback."""

    job: int
    is_user_error: bool
    message: str
    details: str


Answer = Progress | Part | Done | Failed


@dataclass(frozen=True)
class AnalysisHeader:
    """Stands for an Analysis whose tokens, sentences and groups came before it in slices."""

    text: str
