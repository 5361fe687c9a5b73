"""python -m benchmarks [NAME ...]: run the benchmarks (all of them by default), one by one.

Each prints its numbers as ratios against a baseline measured in the same run. The window's
benchmarks run offscreen; the screenshot scripts (ui_screenshots, ...) are not benchmarks.
"""

from __future__ import annotations

import os
import runpy
import sys

BENCHMARKS = [
    # The core (issue 2)
    "model_load",
    "analysis_throughput",
    "word_lookup",
    "cognate_precision",
    # The window (issue 3)
    "ui_startup",
    "ui_click",
    "ui_stall",
    # Translation and dictionaries (issue 4)
    "translation_speed",
    "dictionary_import",
    # Learning (issue 5)
    "export_speed",
    "status_colouring",
    "ui_status_colouring",
    # Library and long books (issue 6)
    "import_speed",
    "difficulty_speed",
    "long_book",
    # Speech and conjugation (issue 15)
    "speech_latency",
    # Correctness in context (issue 12): scores, not timings
    "context_quality",
    # The bundled lexicon (issue 11)
    "lexicon_lookup",
    "lexicon_coverage",
    # Never lose the learner's work (issue 9)
    "atomic_write",
    # Hostile input (issue 16): broken promises counted, not timed
    "fuzz_inputs",
    # Speed and memory (issue 14): memory, then all of issue 14's numbers in one run
    "memory",
    "performance",
]


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    chosen = sys.argv[1:] or BENCHMARKS
    unknown = [name for name in chosen if name not in BENCHMARKS]
    if unknown:
        sys.exit(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    for name in chosen:
        print(f"\n===== {name} =====", flush=True)
        sys.argv = [name]
        runpy.run_module(f"benchmarks.{name}", run_name="__main__")


main()
