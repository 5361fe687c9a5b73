"""Difficulty estimate and learner coverage on an analysed book, against the analysis itself.

Target: a 100,000-word text is estimated in well under a second once analysed (the first call
also loads wordfreq's French list), so the library can rate a book as soon as it is analysed.

    .venv/bin/python -m benchmarks.difficulty_speed [--words 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import time

from benchmarks.common import best_of, novel_excerpt, report
from reader.core.analysis.analyser import analyse
from reader.core.analysis.difficulty import estimate_difficulty, frequency_rank, learner_coverage


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    text = novel_excerpt(args.words)
    start = time.perf_counter()
    analysis = analyse(text)
    analysis_seconds = time.perf_counter() - start

    frequency_rank.cache_clear()
    start = time.perf_counter()
    difficulty = estimate_difficulty(analysis)
    cold = time.perf_counter() - start
    warm = best_of(args.runs, lambda: estimate_difficulty(analysis))
    known = {token.lemma for token in analysis.words[:2_000]}
    coverage = best_of(args.runs, lambda: learner_coverage(analysis, known))
    words = len(analysis.words)
    report(
        f"Difficulty of Bel-Ami's first {words:,} words: {difficulty.level} ({difficulty.score})",
        [
            ("explanation", difficulty.explanation),
            ("analysis (baseline)", f"{analysis_seconds:.1f} s"),
            ("estimate, first call", f"{cold * 1000:.0f} ms"),
            ("estimate, again", f"{warm * 1000:.0f} ms ({warm * 1e6 / words:.2f} µs/word)"),
            ("learner coverage", f"{coverage * 1000:.0f} ms"),
            ("estimate / analysis", f"{warm / analysis_seconds:.2%}"),
        ],
    )


if __name__ == "__main__":
    main()
