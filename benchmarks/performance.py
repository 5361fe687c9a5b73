"""Issue 14 in one run: start-up, clickable, throughput and memory, each as a ratio against its
baseline measured in the same run (the machine is shared: only same-run ratios compare).

It runs the measurements of model_load, ui_startup, analysis_throughput, long_book and memory
one after the other and prints one table with the issue's targets.

    .venv/bin/python -m benchmarks performance
    .venv/bin/python -m benchmarks.performance [--runs 3] [--book-words 500000]
"""

from __future__ import annotations

import argparse
import os

from benchmarks import analysis_throughput, long_book, memory, model_load, ui_startup
from benchmarks.common import report
from reader.core.analysis.cache import AnalysisCache


def background_throughput(words: int) -> dict[str, float]:
    """long_book's background analysis of a book of `words` words, and raw on its pages."""
    folder, store, text_id = long_book.imported_book(words)
    try:
        return long_book.background_analysis(
            store, text_id, AnalysisCache(folder / "data" / "cache")
        )
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--excerpt-words", type=int, default=20_000)
    parser.add_argument("--throughput-book-words", type=int, default=100_000)
    parser.add_argument("--book-words", type=int, default=500_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    cold = model_load.measure(args.runs)
    start = ui_startup.measure(args.runs)
    speed = analysis_throughput.measure(args.excerpt_words, args.runs)
    book = background_throughput(args.throughput_book_words)
    held = memory.measure(args.book_words, args.excerpt_words)

    worker, bare_worker = held["worker"]["rss"], held["bare_worker"]["rss"]
    window, bare_window = held["app"]["window"]["rss"], held["bare"]["rss"]
    report(
        f"Issue 14, one run (timings best or median of {args.runs}); ratio, then target",
        [
            (
                "cold gloss / spaCy load + parse",
                f"{cold['gloss'] / cold['stock']:.2f}  (<= 1; {cold['gloss']:.2f} s vs "
                f"{cold['stock']:.2f} s)",
            ),
            (
                "article visible / bare window",
                f"{start['visible'] / start['bare']:.2f}  (<= 1.5; {start['visible']:.0f} ms vs "
                f"{start['bare']:.0f} ms)",
            ),
            (
                "words clickable after launch (a click shows a card)",
                f"{start['clickable'] / 1000:.2f} s  (<= 1 s; "
                f"{start['clickable'] / start['bare']:.1f}x the bare window)",
            ),
            (
                "full analysis in after launch",
                f"{start['analysed'] / 1000:.2f} s",
            ),
            (
                "words clickable, analysis cached",
                f"{start['clickable_cached'] / 1000:.2f} s",
            ),
            *(
                (
                    f"{label} / raw nlp.pipe{how}",
                    f"{speed['raw'] / speed[name]:.2f}  (>= 1.0; CPU "
                    f"{speed['raw_cpu'] / speed[name + '_cpu']:.2f})",
                )
                for name, label, how in (
                    ("analyse", "analyse()", ", one process"),
                    ("analyse_ahead", "analyse()", ", spaCy in a child"),
                    ("gloss", "gloss", ", one process"),
                    ("gloss_ahead", "gloss", ", spaCy in a child"),
                )
            ),
            (
                "  (words; CPU time counts both processes, and goes up with the child)",
                f"{speed['words']:,.0f} words; wall time is what a learner waits",
            ),
            (
                "long book background / raw (one process)",
                f"{book['rate'] / book['raw_rate']:.2f}  (>= 0.95; CPU {book['cpu_ratio']:.2f}; "
                f"{book['rate']:,.0f} vs {book['raw_rate']:,.0f} words/s, "
                f"{book['pages']:.0f} pages)",
            ),
            (
                "worker RSS / bare pipeline process",
                f"{worker / bare_worker:.2f}  (<= 1.10; {worker:,.0f} MB vs {bare_worker:,.0f} MB)",
            ),
            (
                "  while it analyses, with its parse child: summed",
                f"PSS {held['worker']['peak_sum_pss'] / held['bare_worker']['pss']:.2f} "
                f"({held['worker']['peak_sum_pss']:,.0f} vs {held['bare_worker']['pss']:,.0f} MB)"
                f", RSS {held['worker']['peak_sum_rss'] / bare_worker:.2f} (RSS counts the "
                "pages the two share twice)",
            ),
            (
                f"window RSS, {args.book_words:,}-word book analysed",
                f"{window:,.0f} MB  (< 200 MB; {window / bare_window:.2f}x a bare window's "
                f"{bare_window:,.0f} MB; its worker {held['app']['worker']['rss']:,.0f} MB)",
            ),
        ],
    )


if __name__ == "__main__":
    main()
