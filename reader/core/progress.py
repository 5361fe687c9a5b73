"""How long-running core functions report progress and notice cancellation."""

from __future__ import annotations

import threading
from collections.abc import Callable

from reader.core.errors import Cancelled

Report = Callable[[int, int], None]
"""Called with (done, total) as work advances."""


def check_cancelled(cancel: threading.Event | None) -> None:
    """Raise Cancelled if the user asked to stop."""
    if cancel is not None and cancel.is_set():
        raise Cancelled("Cancelled.")


def report_progress(report: Report | None, done: int, total: int) -> None:
    if report is not None:
        report(done, total)
