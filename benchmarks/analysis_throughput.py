"""The app's analysis against raw nlp.pipe: same model, same components, same text, same run.

Raw is spaCy's pipeline as shipped (its own tokenizer and rules), without ner and senter as
in the app; the app's pipeline trims the rules it does not read (pipeline.py).

Target (issue 14): the app's own work (learner tokenizer, lemma fixes, verb groups, grammar
notes, and for `gloss` the translations) costs no more than it saves: ratio raw / app >= 1.0.

    .venv/bin/python -m benchmarks.analysis_throughput [--words 20000] [--runs 3]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from benchmarks.common import interleaved, novel_excerpt, report, stock_pipeline
from reader.core.analysis import parse_ahead
from reader.core.analysis.analyser import analyse, paragraph_spans
from reader.core.analysis.normalise import normalise_for_analysis
from reader.core.analysis.pipeline import load_pipeline, settle_loaded_data
from reader.core.analysis.readings import forget_readings
from reader.core.lookup.gloss import gloss_data


def measure(words: int, runs: int) -> dict[str, float]:
    """Seconds (best of runs, wall and CPU) for raw nlp.pipe, analyse() and gloss on a Bel-Ami
    excerpt, each of the app's two in one process and with spaCy in a child process
    (parse_ahead: the worker's and the command line's way), the cases taking turns."""
    text = novel_excerpt(words)
    stock = stock_pipeline()
    load_pipeline().batch_size = stock.batch_size  # the same batches on both sides
    normalised = normalise_for_analysis(text)
    paragraphs = [normalised[start:end] for start, end in paragraph_spans(normalised)]

    def raw() -> None:
        for _ in stock.pipe(paragraphs):
            pass

    def fresh(ahead: bool) -> Callable[[], Any]:
        def run() -> Any:
            forget_readings()  # no run answered from the readings an earlier run made
            parse_ahead.enable(ahead)
            try:
                return analyse(text)
            finally:
                parse_ahead.enable(False)

        return run

    raw()
    analysis = analyse(text)  # warm-up: first-call costs
    settle_loaded_data()  # as the worker does after its first analysis
    gloss_data(analysis, None)
    one, two = fresh(False), fresh(True)
    times = interleaved(
        runs,
        {
            "raw": raw,
            "analyse": one,
            "analyse_ahead": two,
            "gloss": lambda: gloss_data(one(), None),
            "gloss_ahead": lambda: gloss_data(two(), None),
        },
    )
    return {"words": sum(1 for token in analysis.tokens if token.is_word), **times}


def _cpu_ratio(times: dict[str, float], name: str) -> float:
    return times["raw_cpu"] / times[f"{name}_cpu"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    times = measure(args.words, args.runs)
    report(
        f"Analysis throughput, Bel-Ami excerpt: {times['words']:,.0f} words, best of "
        f"{args.runs}; ratios raw / app, wall (CPU: both processes, what the work costs)",
        rows(times),
    )


def rows(times: dict[str, float]) -> list[tuple[str, str]]:
    """The report's lines: each case's seconds and its ratio to raw, wall and CPU."""
    words, raw = times["words"], times["raw"]
    lines = [("raw nlp.pipe", f"{raw:.2f} s  ({words / raw:,.0f} words/s)")]
    for name, label in (
        ("analyse", "analyse(), one process"),
        ("analyse_ahead", "analyse(), spaCy in a child (parse_ahead)"),
        ("gloss", "gloss (analyse + cards), one process"),
        ("gloss_ahead", "gloss, spaCy in a child"),
    ):
        lines.append(
            (
                label,
                f"{times[name]:.2f} s, ratio {raw / times[name]:.2f} (CPU "
                f"{times[name + '_cpu']:.2f} s, ratio {_cpu_ratio(times, name):.2f})",
            )
        )
    return lines


if __name__ == "__main__":
    main()
