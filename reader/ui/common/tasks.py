"""The only module that owns threads and processes: every slow call from the window goes here.

TaskRunner runs work in four places and calls back on the GUI thread through queued signals:
- `analyse()`, `import_words()`, `run_in_worker()`: the long-lived worker process (spawned
  once, loads spaCy once; Argos translation, model installs and dictionary imports run there):
  reader.worker, which gets a job function of reader.worker.jobs or library_jobs and its
  arguments (protocol.Request);
- `run_db()`, `run_db_with_progress()`: one serial thread that owns the Database
  connection;
- `run()`: one serial thread for other light work (reading files);
- `download()`: one thread for network downloads, started on the first one.
A task submitted with a `key` supersedes the older task with the same key: the older one is
cancelled and its result, if it still arrives, is dropped. A task submitted with `progress=`
(a DelayedProgress, progress.py) starts that display, feeds it the task's progress and finishes
it however the task ends: no feature times or hides a progress bar itself.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import queue
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.queues import Queue
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar, TypeVarTuple

from PySide6.QtCore import QObject, Qt, Signal

from reader.core.errors import ReaderError
from reader.core.models import Analysis
from reader.ui.common.progress import DelayedProgress
from reader.worker import jobs, process, protocol
from reader.worker.context import JobContext

if TYPE_CHECKING:
    from reader.core.store import Database

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[["TaskError"], None]
Progress = Callable[[int, int], None]
R = TypeVar("R")
# A long database job: fn(store, report, cancel), as the core's cancellable functions take them.
LongDbJob = Callable[["Database", Progress, threading.Event], R]
Ts = TypeVarTuple("Ts")


@dataclass(frozen=True)
class TaskError:
    """Why a task failed: `message` is for the user; `details` is a traceback when it is a bug."""

    message: str
    is_user_error: bool
    details: str = ""


@dataclass
class Task:
    """A submitted piece of work; `cancel()` stops it and drops its result."""

    id: int
    key: str | None
    on_done: Done | None = None
    on_failed: Failed | None = None
    on_progress: Progress | None = None
    cancelled: bool = False
    # Database work still runs at shutdown once queued: it may be a write the user made.
    finishes_on_shutdown: bool = False
    _cancel_hook: Callable[[Task], None] | None = field(default=None, repr=False)
    # The delayed progress display that follows this task, if any (progress.py).
    progress: DelayedProgress | None = field(default=None, repr=False)
    # What a running core function checks between steps (see run_db_with_progress).
    cancel_event: threading.Event = field(default_factory=threading.Event, repr=False)

    def cancel(self) -> None:
        if not self.cancelled:
            self.cancelled = True
            self.cancel_event.set()
            if self._cancel_hook is not None:
                self._cancel_hook(self)
            if self.progress is not None:
                self.progress.finish(self.id)


class _Bridge(QObject):
    """Carries results from worker threads to the GUI thread (always queued)."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int)


# Bridges of runners that were shut down. A worker or listener thread may still hold a bridge
# while it emits; if it dropped the last reference, the QObject would be destroyed on that
# thread, not the GUI thread it lives in, and Qt may crash later while dispatching events (a
# runner per test made this a rare crash of the UI tests). Kept for the process's life: one
# small object per runner, and the app has one runner.
_RETIRED_BRIDGES: list[_Bridge] = []


class _SerialThread:
    """One daemon thread running jobs in order; `setup` builds per-thread state (a DB store)."""

    def __init__(
        self, name: str, bridge: _Bridge, setup: Callable[[], Any] | None, *, with_state: bool
    ) -> None:
        self._jobs: queue.Queue[tuple[Task, Callable[..., Any], bool] | None] = queue.Queue()
        self._bridge = bridge
        self._setup = setup
        self._with_state = with_state
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def submit(self, task: Task, fn: Callable[..., Any], *, closed: bool = False) -> None:
        """Queue fn(state), or fn() once the state is closed when `closed` (the next job
        builds a new one)."""
        self._jobs.put((task, fn, closed))

    def stop(self, timeout: float) -> None:
        self._jobs.put(None)
        self._thread.join(timeout)

    def _loop(self) -> None:
        state: Any = None
        while (job := self._jobs.get()) is not None:
            task, fn, closed = job
            if task.cancelled:
                continue
            try:
                if closed:
                    _close(state)
                    state = None
                    result = fn()
                else:
                    if state is None and self._setup is not None:
                        state = self._setup()
                    result = fn(state) if self._with_state else fn()
            except Exception as error:
                self._bridge.failed.emit(task.id, _task_error(error))
            else:
                self._bridge.finished.emit(task.id, result)
        _close(state)


def _close(state: object) -> None:
    close = getattr(state, "close", None)
    if callable(close):
        close()


class _Throttled:
    """Passes progress to the GUI thread about once per percent, not once per item."""

    def __init__(self, bridge: _Bridge, job: int) -> None:
        self._bridge = bridge
        self._job = job
        self._shown = -1

    def __call__(self, done: int, total: int) -> None:
        step = done * 100 // total if total > 0 else 0
        if step != self._shown or done == total:
            self._shown = step
            self._bridge.progressed.emit(self._job, done, total)


def _task_error(error: BaseException) -> TaskError:
    if isinstance(error, ReaderError):
        return TaskError(str(error), is_user_error=True)
    log.error("background task failed", exc_info=error)
    details = "".join(traceback.format_exception(error))
    return TaskError(f"Something went wrong: {error}", is_user_error=False, details=details)


_job_ids = itertools.count(1)  # one numbering for every runner: a shared process never mixes jobs


class AnalysisProcess:
    """The spaCy process, its two queues, and a thread that passes its answers to a runner."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._requests: Queue[protocol.Order] = context.Queue()
        self._results: Queue[protocol.Answer | None] = context.Queue()
        self.running_cancel: Synchronized[int] = context.Value("q", 0)
        self._process = context.Process(
            target=process.serve,
            args=(self._requests, self._results, self.running_cancel),
            name="french-reader-analysis",
            daemon=True,
        )
        self._process.start()
        self.bridge: _Bridge | None = None
        self._parts: dict[int, dict[str, list[Any]]] = {}
        self._listener = threading.Thread(target=self._listen, name="analysis-results", daemon=True)
        self._listener.start()

    def send(self, order: protocol.Order) -> None:
        self._requests.put(order)

    def is_alive(self) -> bool:
        return self._process.is_alive()

    def stop(self, timeout: float) -> None:
        if self._process.is_alive():
            self.send(protocol.Stop())
            self._process.join(timeout)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(timeout)
        self._results.put(None)
        self._listener.join(timeout)
        for channel in (self._requests, self._results):
            channel.close()
            channel.cancel_join_thread()

    def _listen(self) -> None:
        while True:
            try:
                message = self._results.get(timeout=0.5)
            except queue.Empty:
                if not self._process.is_alive():
                    if self.bridge is not None:
                        self.bridge.failed.emit(-1, _died(self._process.exitcode))
                    return
                continue
            except (EOFError, OSError):
                return
            if message is None:
                return
            self._deliver(message)

    def _deliver(self, message: protocol.Answer) -> None:
        job, bridge = message.job, self.bridge
        if bridge is None:
            self._parts.pop(job, None)
            return
        if isinstance(message, protocol.Part):
            self._parts.setdefault(job, {}).setdefault(message.field, []).extend(message.items)
        elif isinstance(message, protocol.Progress):
            bridge.progressed.emit(job, message.done, message.total)
        elif isinstance(message, protocol.Done):
            result = message.result
            parts = self._parts.pop(job, {})
            if isinstance(result, protocol.AnalysisHeader):
                result = process.assemble(result, parts)
            bridge.finished.emit(job, result)
        else:
            assert isinstance(message, protocol.Failed)
            self._parts.pop(job, None)
            bridge.failed.emit(
                job, TaskError(message.message, message.is_user_error, message.details)
            )


def early_worker() -> AnalysisProcess:
    """The spaCy process, spawned and loading the model before the window's modules import:
    the window's imports (~1 s) and spaCy's load then overlap instead of following each other,
    and words become clickable that much sooner (issue 14). The runner given it sends its own
    Warm, answered once this one's load is done."""
    process = AnalysisProcess()
    process.send(protocol.Warm(next(_job_ids)))  # its answer goes nowhere: no runner yet
    return process


def _no_store() -> NoReturn:
    raise ReaderError("No glossary is open.")


def _died(exitcode: int | None) -> TaskError:
    return TaskError(
        f"The French language process stopped unexpectedly (exit code {exitcode}).",
        is_user_error=False,
    )


class TaskRunner(QObject):
    """Runs slow work away from the GUI thread and calls back on it."""

    model_loaded = Signal()
    model_failed = Signal(object)  # TaskError

    def __init__(
        self,
        store_factory: Callable[[], Database] | None = None,
        parent: QObject | None = None,
        *,
        process: AnalysisProcess | None = None,
        cache_folder: Path | None = None,
        owns_process: bool = False,
    ) -> None:
        """`process`: an already started spaCy process to use (and leave running at shutdown,
        unless `owns_process`: started early for this runner, see early_worker());
        `cache_folder`: where finished analyses are kept, so a text reopens at once."""
        super().__init__(parent)
        self._tasks: dict[int, Task] = {}
        self._latest: dict[str, Task] = {}
        self._analysis_jobs: set[int] = set()
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._on_bridge_finished, Qt.ConnectionType.QueuedConnection)
        self._bridge.failed.connect(self._on_bridge_failed, Qt.ConnectionType.QueuedConnection)
        self._bridge.progressed.connect(
            self._on_bridge_progressed, Qt.ConnectionType.QueuedConnection
        )
        self._io = _SerialThread("reader-io", self._bridge, None, with_state=False)
        self._network: _SerialThread | None = None  # started on the first download
        self._db = _SerialThread(
            "reader-db", self._bridge, store_factory or _no_store, with_state=True
        )
        self._process = process
        self._owns_process = process is None or owns_process
        self._cache_folder = cache_folder
        self._model_ready = False
        self._warm_job: int | None = None
        self._stopped = False

    # -- starting work -------------------------------------------------------------------------

    def start_worker(self) -> None:
        """Spawn the spaCy process now and have it load the model while the window shows."""
        if self._process is None or not self._process.is_alive():
            self._process = AnalysisProcess()
            self._owns_process = True
        if self._warm_job is None:
            self._process.bridge = self._bridge
            task = self._register(None, self._on_model_warm_done, self._on_model_warm_failed)
            self._warm_job = task.id
            self._process.send(protocol.Warm(task.id))

    @property
    def is_model_ready(self) -> bool:
        return self._model_ready

    def analyse(
        self,
        text: str,
        *,
        key: str | None = "analysis",
        on_done: Callable[[Analysis], None] | None = None,
        on_failed: Failed | None = None,
        on_progress: Progress | None = None,
        progress: DelayedProgress | None = None,
    ) -> Task:
        """Analyse a text in the worker process (the model loads once, on first use)."""
        self.start_worker()
        task = self._register(
            key, on_done, on_failed, on_progress, self._cancel_analysis, progress=progress
        )
        self._analysis_jobs.add(task.id)
        assert self._process is not None
        self._process.send(protocol.Request(task.id, jobs.analyse, (text, self._cache_folder)))
        return task

    def import_words(
        self,
        path: Path,
        data_dir: Path,
        tags: tuple[str, ...] = (),
        *,
        on_done: Done | None = None,
        on_failed: Failed | None = None,
        on_progress: Progress | None = None,
        progress: DelayedProgress | None = None,
    ) -> Task:
        """Import a word list or Kindle vocab.db into the glossary in data_dir. It runs in the
        worker process: every word is analysed by spaCy, which lives there."""
        self.start_worker()
        task = self._register(
            "import", on_done, on_failed, on_progress, self._cancel_analysis, progress=progress
        )
        self._analysis_jobs.add(task.id)
        assert self._process is not None
        request = protocol.Request(task.id, jobs.import_words, (data_dir, path, tuple(tags)))
        self._process.send(request)
        return task

    def run_db(
        self,
        fn: Callable[[Database], R],
        *,
        key: str | None = None,
        on_done: Callable[[R], None] | None = None,
        on_failed: Failed | None = None,
    ) -> Task:
        """Run `fn(store)` on the serial database thread, which owns the only connection."""
        task = self._register(key, on_done, on_failed)
        task.finishes_on_shutdown = True
        self._db.submit(task, fn)
        return task

    def run_db_with_progress(
        self,
        fn: LongDbJob[R],
        *,
        key: str | None = None,
        on_done: Callable[[R], None] | None = None,
        on_failed: Failed | None = None,
        on_progress: Progress | None = None,
        progress: DelayedProgress | None = None,
    ) -> Task:
        """Run `fn(store, report, cancel)` on the database thread: `report(done, total)`
        reaches on_progress on the GUI thread, and `Task.cancel()` sets `cancel`."""
        task = self._register(key, on_done, on_failed, on_progress, progress=progress)
        task.finishes_on_shutdown = True
        report = _Throttled(self._bridge, task.id)
        self._db.submit(task, lambda store: fn(store, report, task.cancel_event))
        return task

    def run_db_closed(
        self,
        fn: Callable[[Progress, threading.Event], R],
        *,
        key: str | None = None,
        on_done: Callable[[R], None] | None = None,
        on_failed: Failed | None = None,
        progress: DelayedProgress | None = None,
    ) -> Task:
        """Run `fn(report, cancel)` on the database thread with the glossary closed (it may
        replace the file, as the rescue does); the next database job opens it afresh."""
        task = self._register(key, on_done, on_failed, progress=progress)
        task.finishes_on_shutdown = True
        report = _Throttled(self._bridge, task.id)
        self._db.submit(task, lambda: fn(report, task.cancel_event), closed=True)
        return task

    def run_in_worker(
        self,
        job: Callable[[JobContext, *Ts], R],
        *args: *Ts,
        key: str | None = None,
        on_done: Callable[[R], None] | None = None,
        on_failed: Failed | None = None,
        on_progress: Progress | None = None,
        progress: DelayedProgress | None = None,
    ) -> Task:
        """Run job(context, *args) in the worker process (a function of reader.worker.jobs or
        library_jobs: translation with Argos, installing a model, importing a dictionary, a
        book's pages); `Task.cancel()` stops it there."""
        self.start_worker()
        task = self._register(
            key, on_done, on_failed, on_progress, self._cancel_analysis, progress=progress
        )
        self._analysis_jobs.add(task.id)
        assert self._process is not None
        self._process.send(protocol.Request(task.id, job, args))
        return task

    def download(
        self,
        fn: Callable[[Progress, threading.Event], R],
        *,
        key: str | None = None,
        on_done: Callable[[R], None] | None = None,
        on_failed: Failed | None = None,
        on_progress: Progress | None = None,
        progress: DelayedProgress | None = None,
    ) -> Task:
        """Run `fn(report, cancel)`, network I/O, on a thread of its own: a download of
        minutes never holds up the reading of a file on the I/O thread."""
        if self._network is None:
            self._network = _SerialThread("reader-network", self._bridge, None, with_state=False)
        task = self._register(key, on_done, on_failed, on_progress, progress=progress)
        report = _Throttled(self._bridge, task.id)
        self._network.submit(task, lambda: fn(report, task.cancel_event))
        return task

    def run(
        self,
        fn: Callable[[], R],
        *,
        key: str | None = None,
        on_done: Callable[[R], None] | None = None,
        on_failed: Failed | None = None,
    ) -> Task:
        """Run light work (reading a file) on the serial I/O thread."""
        task = self._register(key, on_done, on_failed)
        self._io.submit(task, fn)
        return task

    def shutdown(self, timeout: float = 3.0) -> None:
        """Stop the process and threads; pending results are dropped. Database work already
        queued runs first (an edit made just before closing is kept); a long one is asked to
        stop, and its transaction rolls back."""
        if self._stopped:
            return
        self._stopped = True
        _RETIRED_BRIDGES.append(self._bridge)  # never destroyed on a worker thread
        for task in list(self._tasks.values()):
            if task.finishes_on_shutdown:
                task.cancel_event.set()
            else:
                task.cancelled = True
        self._tasks.clear()
        if self._process is not None:
            if self._owns_process:
                self._process.stop(timeout)
            elif self._process.bridge is self._bridge:
                self._process.bridge = None
        self._db.stop(timeout)
        self._io.stop(timeout)
        if self._network is not None:
            self._network.stop(0)  # a download waits on its socket's timeout; a daemon thread

    # -- bookkeeping ---------------------------------------------------------------------------

    def _register(
        self,
        key: str | None,
        on_done: Done | None,
        on_failed: Failed | None,
        on_progress: Progress | None = None,
        cancel_hook: Callable[[Task], None] | None = None,
        progress: DelayedProgress | None = None,
    ) -> Task:
        task = Task(
            next(_job_ids),
            key,
            on_done,
            on_failed,
            on_progress,
            _cancel_hook=cancel_hook,
            progress=progress,
        )
        if progress is not None:
            progress.start(task.id)
        if key is not None:
            older = self._latest.get(key)
            if older is not None:
                older.cancel()
                self._tasks.pop(older.id, None)
            self._latest[key] = task
        self._tasks[task.id] = task
        return task

    def _cancel_analysis(self, task: Task) -> None:
        self._tasks.pop(task.id, None)
        if self._process is None or task.id not in self._analysis_jobs:
            return
        self._analysis_jobs.discard(task.id)
        self._process.running_cancel.value = task.id
        self._process.send(protocol.Cancel(task.id))

    def _finish(self, job: int) -> Task | None:
        task = self._tasks.pop(job, None)
        if task is not None and task.progress is not None and not task.cancelled:
            task.progress.finish(task.id)  # a cancelled task finished its progress then
        self._analysis_jobs.discard(job)
        if task is not None and task.key is not None and self._latest.get(task.key) is task:
            del self._latest[task.key]
        return None if task is None or task.cancelled else task

    def _on_bridge_finished(self, job: int, result: object) -> None:
        task = self._finish(job)
        if task is not None and task.on_done is not None:
            task.on_done(result)

    def _on_bridge_failed(self, job: int, error: TaskError) -> None:
        if job == -1:
            self._on_worker_died(error)
            return
        task = self._finish(job)
        if task is not None and task.on_failed is not None:
            task.on_failed(error)

    def _on_bridge_progressed(self, job: int, done: int, total: int) -> None:
        task = self._tasks.get(job)
        if task is None or task.cancelled:
            return
        if task.progress is not None:
            task.progress.update(done, total)
        if task.on_progress is not None:
            task.on_progress(done, total)

    def _on_worker_died(self, error: TaskError) -> None:
        jobs = sorted(self._analysis_jobs)
        if self._warm_job is not None:
            jobs.insert(0, self._warm_job)
        self._process, self._warm_job, self._model_ready = None, None, False
        if self._stopped:
            return
        for job in jobs:
            self._on_bridge_failed(job, error)

    def _on_model_warm_done(self, _result: object) -> None:
        self._model_ready = True
        self.model_loaded.emit()

    def _on_model_warm_failed(self, error: TaskError) -> None:
        self.model_failed.emit(error)


def default_store_factory(data_dir: Path) -> Callable[[], Database]:
    """Opens the glossary inside the DB thread (SQLite connections belong to one thread)."""

    def open_store() -> Database:
        # The store loads the importers' parsers: on the database thread, not at start-up.
        from reader.core.store import Database

        return Database.open_in(data_dir)

    return open_store
