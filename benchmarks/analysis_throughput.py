"""The app's analysis against raw nlp.pipe: same model, same components, same text, same run.

Raw is spaCy's pipeline as shipped (its own tokenizer and rules), without ner and senter as
in the app; the app's pipeline trims the rules it does not read (pipeline.py).

Target (issue 14): the app's own work (learner tokenizer, lemma fixes, verb groups, grammar
notes, and for `gloss` the translations) costs no more than it saves: ratio raw / app >= 1.0.

    .venv/bin/python -m benchmarks.analysis_throughput [--words 20000] [--runs 3]
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from benchmarks.common import best_of, novel_excerpt, report, stock_pipeline
from reader.core.analysis.analyser import analyse, paragraph_spans
from reader.core.analysis.normalise import normalise_for_analysis
from reader.core.analysis.pipeline import load_pipeline, settle_loaded_data
from reader.core.analysis.readings import forget_readings
from reader.core.lookup.gloss import gloss_data


def measure(words: int, runs: int) -> dict[str, float]:
    """Seconds (best of runs) for raw nlp.pipe, analyse() and gloss on a Bel-Ami excerpt."""
    text = novel_excerpt(words)
    stock = stock_pipeline()
    load_pipeline().batch_size = stock.batch_size  # the same batches on both sides
    normalised = normalise_for_analysis(text)
    paragraphs = [normalised[start:end] for start, end in paragraph_spans(normalised)]

    def raw() -> None:
        for _ in stock.pipe(paragraphs):
            pass

    def fresh() -> Any:
        forget_readings()  # no run answered from the readings an earlier run made
        return analyse(text)

    raw()
    analysis = analyse(text)  # warm-up: first-call costs
    settle_loaded_data()  # as the worker does after its first analysis
    gloss_data(analysis, None)
    cpu = time.process_time
    return {
        "words": sum(1 for token in analysis.tokens if token.is_word),
        "raw": best_of(runs, raw),
        "analyse": best_of(runs, fresh),
        "gloss": best_of(runs, lambda: gloss_data(fresh(), None)),
        "raw_cpu": best_of(runs, raw, cpu),
        "analyse_cpu": best_of(runs, fresh, cpu),
        "gloss_cpu": best_of(runs, lambda: gloss_data(fresh(), None), cpu),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    times = measure(args.words, args.runs)
    words, raw_time = times["words"], times["raw"]
    analyse_time, gloss_time = times["analyse"], times["gloss"]
    report(
        f"Analysis throughput, Bel-Ami excerpt: {words:,.0f} words, best of {args.runs}",
        [
            ("raw nlp.pipe", f"{raw_time:.2f} s  ({words / raw_time:,.0f} words/s)"),
            ("analyse()", f"{analyse_time:.2f} s  ({words / analyse_time:,.0f} words/s)"),
            ("gloss (analyse + translations)", f"{gloss_time:.2f} s"),
            ("ratio raw / analyse", f"{raw_time / analyse_time:.2f}  (target >= 1.0)"),
            ("ratio raw / gloss", f"{raw_time / gloss_time:.2f}  (target >= 1.0)"),
            (
                "the same in CPU time",
                f"raw / analyse {times['raw_cpu'] / times['analyse_cpu']:.2f}, "
                f"raw / gloss {times['raw_cpu'] / times['gloss_cpu']:.2f}",
            ),
        ],
    )


if __name__ == "__main__":
    main()
