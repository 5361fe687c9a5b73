"""Shared helpers for benchmarks: corpus texts, timing, percentiles, printing."""

from __future__ import annotations

import resource
import statistics
import time
from collections.abc import Callable
from functools import cache
from typing import Any

from tests.corpus import corpus_file


def novel_excerpt(words: int) -> str:
    """The first `words` words of Bel-Ami, cut at a paragraph end."""
    text = corpus_file("novel_maupassant_bel_ami.txt").read_text(encoding="utf-8")
    kept, count = [], 0
    for paragraph in text.splitlines():
        kept.append(paragraph)
        count += len(paragraph.split())
        if count >= words:
            break
    return "\n".join(kept)


@cache
def stock_pipeline() -> Any:
    """The baseline of the throughput benchmarks: spaCy's pipeline as shipped, with the
    components the app runs (its own tokenizer and attribute ruler, not the app's)."""
    import spacy

    from reader.core.analysis.pipeline import EXCLUDED, MODEL_NAME

    return spacy.load(MODEL_NAME, exclude=EXCLUDED)


def best_of(
    runs: int, work: Callable[[], object], clock: Callable[[], float] = time.perf_counter
) -> float:
    """The fastest of several runs: the least disturbed by other load on a shared machine.
    With clock=time.process_time, the process's CPU time: what the work costs, whatever
    else the shared cores are doing meanwhile."""
    times = []
    for _ in range(runs):
        start = clock()
        work()
        times.append(clock() - start)
    return min(times)


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (the parse_ahead child is
    reaped when its analysis ends): what the work costs, whichever process did it."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def interleaved(runs: int, cases: dict[str, Callable[[], object]]) -> dict[str, float]:
    """Each case's best wall time (name) and best CPU time (name_cpu, children included),
    the cases taking turns run after run so that a burst of load on the shared machine falls
    on all of them."""
    best: dict[str, float] = {}
    for _ in range(runs):
        for name, work in cases.items():
            start, cpu = time.perf_counter(), cpu_seconds()
            work()
            wall, cpu = time.perf_counter() - start, cpu_seconds() - cpu
            best[name] = min(best.get(name, wall), wall)
            best[f"{name}_cpu"] = min(best.get(f"{name}_cpu", cpu), cpu)
    return best


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def median(values: list[float]) -> float:
    return statistics.median(values)


def report(title: str, rows: list[tuple[str, str]]) -> None:
    print(f"\n{title}")
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")
