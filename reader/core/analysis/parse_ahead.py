"""spaCy's parse in a second process while this one builds the app's tokens (issue 14).

spaCy holds the GIL while it parses, so a thread gives no overlap: a forked child does. It
shares the loaded pipeline's memory with this process (copy on write: no second model load),
parses the texts' paragraphs in the very batches `nlp.pipe` would make here, and sends each
batch back as a DocBin holding the attributes the analysis reads. This process turns them back
into Docs on its own vocab and builds batch N while the child parses batch N+1. The pipe
between them holds a few batches, so the child never runs far ahead (a cancelled analysis
wastes little).

Off unless a process turns it on (`enable()`: the worker and the command line; the tests and
a process with Qt windows parse in-process). Texts of fewer than MIN_WORDS words, among them
a book's pages (~1,000 words each; one child over a whole book's pages was measured no faster
than one process on this machine, issue 14), are parsed here: the fork and the pages it makes
both processes copy cost more than the overlap gains. If the child cannot start, fails or
dies, the rest is parsed here (and logged): same batches, same output.
"""

from __future__ import annotations

import gc
import itertools
import logging
import os
import signal
import struct
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

log = logging.getLogger(__name__)

# What analyser, readings and the rules read of a doc: the rest is derived from them.
ATTRIBUTES = ["ORTH", "LEMMA", "POS", "TAG", "MORPH", "DEP", "HEAD", "SENT_START", "SPACY"]
# A batch takes well under a second: a child silent this long is stuck (a lock held by another
# thread at the fork, say), and is stopped, the rest parsed here.
STALL_SECONDS = 60

# Below this many words the child costs more than it gains: forking, and the pages both
# processes then copy on their first write (~0.1 s of CPU in all; this VM's page faults are
# dear). Measured at load ~1.8 (issue 14), one process against a child, best of 4: 1,738
# words 0.19 s vs 0.24 s, 4,061 words 0.45 vs 0.56 s, 7,873 words 0.88 vs 0.71 s. With both
# cores busy with other work (load 3-4) the child lost at every size (7,873 words: 2.07 vs
# 2.59 s): it needs a free core.
MIN_WORDS = 6_000
# One text's batches: the child parses ~15 % more slowly than this process would (its copied
# pages, the DocBins), and this process's own work is ~15 % less than spaCy's: batches 0,
# SHARED, 2 * SHARED ... parsed here even them out, and this process starts at once on
# batch 0 instead of waiting for the child's first (issue 14).
SHARED = 8
_BATCH, _END, _ERROR = b"B", b"E", b"X"
_HEADER = struct.Struct("!II")  # the text's index, the batch's number in it

T = TypeVar("T")
_enabled = False


def enable(on: bool = True) -> None:
    """Parse long texts in a child process from now on (on=False: in this process again)."""
    global _enabled
    _enabled = on


def is_enabled() -> bool:
    return _enabled


@contextmanager
def enabled() -> Iterator[None]:
    """On while the block runs (a command of the command line), then as before."""
    before = _enabled
    enable()
    try:
        yield
    finally:
        enable(before)


def worth_a_child(words: int) -> bool:
    """Whether a text of this many words is parsed in a child: only with
    a second core to run it on (on one, the child's extra ~20 % of CPU is all it brings)."""
    return _enabled and words >= MIN_WORDS and hasattr(os, "fork") and _cores() > 1


def _cores() -> int:
    """The cores this process may run on (its affinity, where the system says)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class ChildError(RuntimeError):
    """The parse process stopped or failed; the caller parses the rest itself."""


class ParseAhead(Generic[T]):
    """The docs of each text's paragraphs, parsed by a forked child; texts are asked for in
    order (docs(0), docs(1), ...; skip() for one not needed). Use it as a context manager:
    leaving it (the analysis done, cancelled or failed) stops the child."""

    def __init__(
        self,
        nlp: Any,
        texts: Sequence[T],
        paragraphs: Callable[[T], list[str]],
        *,
        start: bool = True,
        share: int = 0,
    ) -> None:
        self.nlp = nlp
        self.texts = texts
        self.paragraphs = paragraphs
        self.batch_size = int(nlp.batch_size)
        self.share = share  # every share-th batch of a text is parsed here (0: none)
        self.pid = 0
        self.connection: Connection | None = None
        self.next_text = 0
        if not start:  # each text parsed here when asked for
            return
        try:
            self._start()
        except OSError as error:  # no fork (memory, process limits): parse here
            log.warning("The parse process could not start (%s): parsing in this one.", error)
            self._forget()

    @property
    def running(self) -> bool:
        return self.connection is not None

    def _start(self) -> None:
        # Only when needed: the command line imports this module to turn it on.
        from multiprocessing.connection import Connection

        reading, writing = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: parse, send, and leave without running the parent's exits
            os.close(reading)
            code = 1
            try:
                _serve(
                    self.nlp, self.texts, self.paragraphs, (self.batch_size, self.share), writing
                )
                code = 0
            finally:
                os._exit(code)
        os.close(writing)
        self.pid = pid
        self.connection = Connection(reading, writable=False)

    def docs(self, index: int) -> Iterator[Any]:
        """Text index's docs, one per paragraph, in order: from the child while it runs (the
        batches shared out to this process parsed here), then parsed here (the paragraphs not
        received yet, in the same batches)."""
        if index != self.next_text:
            raise ValueError(f"text {index} asked for before text {self.next_text}")
        self.next_text += 1
        pieces = self.paragraphs(self.texts[index]) if self.share or not self.running else []
        received = 0
        try:
            if self.connection is not None:
                batches = self._batches(index)
                for number in itertools.count():
                    if self._is_ours(number) and number * self.batch_size < len(pieces):
                        start = number * self.batch_size
                        mine = pieces[start : start + self.batch_size]
                        docs = list(self.nlp.pipe(mine, batch_size=self.batch_size))
                    elif (batch := next(batches, None)) is not None:
                        if batch[0] != number:
                            raise ChildError(
                                f"The parse process sent batch {batch[0]}, not {number}"
                            )
                        docs = _docs(batch[1], self.nlp.vocab)
                    else:
                        return
                    received += len(docs)
                    yield from docs
        except ChildError as error:
            log.warning("%s: parsing the rest in this process.", error)
            self.stop()
        rest = (pieces or self.paragraphs(self.texts[index]))[received:]
        yield from self.nlp.pipe(rest, batch_size=self.batch_size)

    def _is_ours(self, number: int) -> bool:
        """Batch number of a text is parsed here, not by the child (share)."""
        return _is_shared(number, self.share)

    def skip(self, index: int) -> None:
        """Text index is not needed (found in the cache meanwhile): drop its docs unread."""
        if index != self.next_text:
            raise ValueError(f"text {index} skipped before text {self.next_text}")
        self.next_text += 1
        try:
            if self.connection is not None:
                for _ in self._batches(index):
                    pass
        except ChildError:
            self.stop()

    def _batches(self, index: int) -> Iterator[tuple[int, bytes]]:
        """Text index's batches from the child: (number, DocBin bytes), up to its end mark."""
        if self.connection is None:
            raise ChildError("The parse process is not running")
        while True:
            if not self.connection.poll(STALL_SECONDS):
                raise ChildError(f"The parse process sent nothing for {STALL_SECONDS} s")
            try:
                message = self.connection.recv_bytes()
            except (EOFError, OSError) as error:
                raise ChildError(f"The parse process stopped ({self._exit()})") from error
            kind, payload = message[:1], message[1 + _HEADER.size :]
            text, number = _HEADER.unpack_from(message, 1)
            if kind == _ERROR:
                raise ChildError(f"The parse process failed: {payload.decode(errors='replace')}")
            if text != index:
                raise ChildError(f"The parse process sent text {text}, not {index}")
            if kind == _END:
                return
            yield number, payload

    def _exit(self) -> str:
        """Reap the child (it has closed its end of the pipe, or been killed): how it ended."""
        try:
            _, status = os.waitpid(self.pid, 0)
        except ChildProcessError:
            return "already reaped"
        self.pid = 0
        return f"exit status {os.waitstatus_to_exitcode(status)}"

    def stop(self) -> None:
        """End the child now (whatever it still had to parse) and reap it."""
        if self.pid:
            with suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self._exit()
        self._forget()

    def _forget(self) -> None:
        if self.connection is not None:
            self.connection.close()
        self.connection = None
        self.pid = 0

    def __enter__(self) -> ParseAhead[T]:
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()


def _docs(payload: bytes, vocab: Any) -> list[Any]:
    # Only when needed: it brings spaCy (already loaded in a process that parses).
    from spacy.tokens import DocBin

    return list(DocBin().from_bytes(payload).get_docs(vocab))


def _is_shared(number: int, share: int) -> bool:
    # The first batch among them: this process parses it while the child starts on the next,
    # instead of waiting for the child's first batch.
    return share > 0 and number % share == 0


def _serve(
    nlp: Any,
    texts: Sequence[T],
    paragraphs: Callable[[T], list[str]],
    batches: tuple[int, int],
    fd: int,
) -> None:
    """The child's whole life: each text's paragraphs, batch by batch (but those shared out
    to the parent: batches is (size, share)), then an end mark."""
    from multiprocessing.connection import Connection

    batch_size, share = batches
    gc.freeze()  # the collector would otherwise write to every shared object's header
    connection = Connection(fd, readable=False)
    try:
        for index, text in enumerate(texts):
            pieces = paragraphs(text)
            for number, start in enumerate(range(0, len(pieces), batch_size)):
                if _is_shared(number, share):
                    continue
                docs = nlp.pipe(pieces[start : start + batch_size], batch_size=batch_size)
                send_batch(connection, (index, number), docs)
            connection.send_bytes(_END + _HEADER.pack(index, 0))
    except BrokenPipeError:
        return  # the parent stopped listening: nothing left to do
    except Exception:  # the child's whole life: whatever fails, the parent is told (below)
        # Nothing is hidden: the traceback goes to the parent, which logs it as a warning and
        # parses the text itself (ChildError); the child then ends.
        connection.send_bytes(_ERROR + _HEADER.pack(0, 0) + traceback.format_exc().encode())


def send_batch(connection: Connection, batch: tuple[int, int], docs: Iterable[Any]) -> None:
    """A batch of docs (batch: the text's index, the batch's number in it), as a DocBin of the
    attributes the analysis reads."""
    # Only when needed: it brings spaCy (already loaded: the child is a copy of the parent).
    from spacy.tokens import DocBin

    bins = DocBin(attrs=ATTRIBUTES, store_user_data=False)
    for doc in docs:
        bins.add(doc)
    connection.send_bytes(_BATCH + _HEADER.pack(*batch) + bins.to_bytes())
