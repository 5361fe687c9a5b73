"""spaCy's parse in a forked child (parse_ahead): the same analysis as in one process, and a
child that is cancelled, cannot start, fails or dies never costs the analysis."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from multiprocessing.connection import Connection
from typing import Any

import pytest

from reader.core.analysis import parse_ahead
from reader.core.analysis.analyser import analyse, paragraph_spans
from reader.core.analysis.normalise import normalise_for_analysis
from reader.core.analysis.parse_ahead import SHARED, ParseAhead
from reader.core.analysis.pipeline import load_pipeline
from reader.core.errors import Cancelled
from tests.corpus import corpus_file


def paragraphs(text: str) -> list[str]:
    """The paragraphs analyse() parses, one doc each."""
    normalised = normalise_for_analysis(text)
    return [normalised[start:end] for start, end in paragraph_spans(normalised)]


@pytest.fixture
def ahead(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """parse_ahead on for the test (the worker's way), off again after it; a child from
    1,000 words (the tests' texts are short, to stay quick)."""
    monkeypatch.setattr(parse_ahead, "MIN_WORDS", 1_000)
    parse_ahead.enable()
    yield
    parse_ahead.enable(False)


@pytest.fixture
def children(monkeypatch: pytest.MonkeyPatch) -> list[ParseAhead[Any]]:
    """Every ParseAhead made from now on."""
    made: list[ParseAhead[Any]] = []
    real = ParseAhead.__init__

    def record(self: ParseAhead[Any], *args: Any, **kwargs: Any) -> None:
        made.append(self)
        real(self, *args, **kwargs)

    monkeypatch.setattr(ParseAhead, "__init__", record)
    return made


def long_text() -> str:
    """The start of Bel-Ami: more words than the child needs (ahead), and more than
    SHARED batches (one of them parsed in this process)."""
    lines = corpus_file("novel_maupassant_bel_ami.txt").read_text(encoding="utf-8").splitlines()
    text = "\n".join(lines[:300])
    assert len(text.split()) >= 1_000 and len(paragraphs(text)) > SHARED * 32
    return text


def analysed_alone(text: str) -> Any:
    """The text's analysis parsed in this process, parse_ahead on again after it."""
    parse_ahead.enable(False)
    try:
        return analyse(text)
    finally:
        parse_ahead.enable()


def signature(doc: Any) -> list[tuple[Any, ...]]:
    return [
        (t.text, t.whitespace_, t.lemma_, t.pos_, str(t.morph), t.dep_, t.head.i, t.is_sent_start)
        for t in doc
    ]


SHORT_TEXT = "Il pleuvait.\n\nLa mer était grise."


def short_text_parsed(split: Any) -> tuple[list[Any], list[Any], int]:
    """SHORT_TEXT's docs through a ParseAhead whose texts split so, the same parsed here, and
    the child's pid."""
    nlp = load_pipeline()
    with ParseAhead(nlp, [SHORT_TEXT], split) as parsed:
        pid = parsed.pid
        received = [signature(doc) for doc in parsed.docs(0)]
    return received, [signature(doc) for doc in nlp.pipe(paragraphs(SHORT_TEXT))], pid


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_a_child_parses_the_same_analysis_as_one_process(
    ahead: None, children: list[ParseAhead[Any]]
) -> None:
    text = long_text()
    alone = analysed_alone(text)
    together = analyse(text)
    assert len(children) == 1 and children[0].pid == 0  # used, then stopped and reaped
    assert together == alone
    assert together.tokens == alone.tokens and together.expressions == alone.expressions


def test_a_short_text_is_parsed_in_this_process(
    ahead: None, children: list[ParseAhead[Any]]
) -> None:
    analyse("Le vieux pêcheur raccommodait ses filets sur le quai.")
    assert children == []


def test_texts_come_in_order_and_a_skipped_one_is_dropped() -> None:
    nlp = load_pipeline()
    lines = corpus_file("novel_daudet_petit_chose.txt").read_text(encoding="utf-8").splitlines()
    texts = ["\n".join(lines[start : start + 40]) for start in (0, 40, 80)]
    with ParseAhead(nlp, texts, paragraphs) as parsed:
        assert parsed.running
        first = [signature(doc) for doc in parsed.docs(0)]
        parsed.skip(1)
        third = [signature(doc) for doc in parsed.docs(2)]
        with pytest.raises(ValueError, match="before"):
            next(parsed.docs(0))
    assert first == [signature(doc) for doc in nlp.pipe(paragraphs(texts[0]))]
    assert third == [signature(doc) for doc in nlp.pipe(paragraphs(texts[2]))]


def test_cancelling_stops_the_child(ahead: None, children: list[ParseAhead[Any]]) -> None:
    cancel = threading.Event()
    pids: list[int] = []

    def report(done: int, total: int) -> None:
        pids.append(children[0].pid)
        cancel.set()

    with pytest.raises(Cancelled):
        analyse(long_text(), report=report, cancel=cancel)
    assert pids and pids[0] > 0
    assert gone(pids[0]) and children[0].pid == 0 and not children[0].running


def test_a_child_that_dies_leaves_the_rest_to_this_process(
    ahead: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    text = long_text()
    alone = analysed_alone(text)

    def die_after_a_batch(nlp: Any, texts: Any, split: Any, batches: Any, fd: int) -> None:
        size = batches[0]  # batch 0 is the parent's (SHARED): the child's first is batch 1
        first = nlp.pipe(split(texts[0])[size : 2 * size], batch_size=size)
        parse_ahead.send_batch(Connection(fd, readable=False), (0, 1), first)
        os._exit(3)  # no end mark: the parent reads the end of the pipe

    monkeypatch.setattr(parse_ahead, "_serve", die_after_a_batch)
    with caplog.at_level(logging.WARNING, logger=parse_ahead.__name__):
        assert analyse(text) == alone
    assert "The parse process stopped (exit status 3)" in caplog.text


def test_a_stuck_child_is_stopped_and_the_text_parsed_here(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A child that sends nothing (stuck on a lock it inherited, say) is killed after the stall
    time, and this process parses the text."""
    monkeypatch.setattr(parse_ahead, "STALL_SECONDS", 1)

    def stuck(*_: Any) -> None:
        threading.Event().wait(60)  # never sends; killed long before

    monkeypatch.setattr(parse_ahead, "_serve", stuck)
    with caplog.at_level(logging.WARNING, logger=parse_ahead.__name__):
        received, here, pid = short_text_parsed(paragraphs)
    assert received == here
    assert "sent nothing for 1 s" in caplog.text
    assert gone(pid)


def test_a_child_that_fails_leaves_the_text_to_this_process(
    caplog: pytest.LogCaptureFixture,
) -> None:
    parent = os.getpid()

    def split(text: str) -> list[str]:
        if os.getpid() != parent:
            raise ValueError("no paragraphs in the child")
        return paragraphs(text)

    with caplog.at_level(logging.WARNING, logger=parse_ahead.__name__):
        received, here, _ = short_text_parsed(split)
    assert received == here
    assert "The parse process failed" in caplog.text and "no paragraphs in the child" in caplog.text


def test_a_child_that_cannot_start_leaves_the_text_to_this_process(
    ahead: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    text = long_text()
    alone = analysed_alone(text)

    def no_fork() -> int:
        raise OSError(12, "Cannot allocate memory")

    monkeypatch.setattr(os, "fork", no_fork)
    with caplog.at_level(logging.WARNING, logger=parse_ahead.__name__):
        assert analyse(text) == alone
    assert "could not start" in caplog.text and "Cannot allocate memory" in caplog.text


def test_one_core_parses_in_this_process(
    ahead: None, children: list[ParseAhead[Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parse_ahead, "_cores", lambda: 1)
    analyse(long_text())
    assert children == []
