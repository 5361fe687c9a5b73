"""What a job function gets in the worker process: its way to report progress, and the window's
cancel, which the core checks between steps."""

from __future__ import annotations

import threading
from multiprocessing.queues import Queue
from multiprocessing.sharedctypes import Synchronized

from reader.core.progress import Report
from reader.worker.protocol import Answer, Progress


class JobCancel(threading.Event):
    """The core's cancel flag for one job: set when the window cancels that job, which it does
    by writing the job's number into a value shared with this process. The core only ever
    asks is_set(), between paragraphs, so the work really stops."""

    def __init__(self, shared: Synchronized[int], job: int) -> None:
        super().__init__()
        self._shared = shared
        self._job = job

    def is_set(self) -> bool:
        return bool(self._shared.value == self._job)


class JobContext:
    """One running job: `report(done, total)` reaches the window's on_progress, `cancel` is set
    when the window cancels the job."""

    def __init__(self, job: int, results: Queue[Answer], shared: Synchronized[int]) -> None:
        self.job = job
        self.cancel = JobCancel(shared, job)
        self._results = results

    def report(self, done: int, total: int) -> None:
        self._results.put(Progress(self.job, done, total))

    def percent_report(self) -> Report:
        """A report sent about once per percent: a 500 MB import must not flood the queue."""
        shown = -1

        def report(done: int, total: int) -> None:
            nonlocal shown
            step = done * 100 // total if total > 0 else 0
            if step != shown or done == total:
                shown = step
                self.report(done, total)

        return report
