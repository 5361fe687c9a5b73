"""Statuses of every word in a 5,000-word article after one status change, against the
analysis of the same text (which the change must not redo).

The window keeps the analysis and a StatusIndex of it; a status change is one write, then
either all statuses again (one query + a lookup per word) or only the repainted words.
Target: the whole recolouring under one frame (16 ms), ratio to the analysis under 1 %.

    .venv/bin/python -m benchmarks.status_colouring [--words 5000] [--runs 5]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from benchmarks.common import best_of, novel_excerpt, report
from reader.core.analysis.analyser import analyse
from reader.core.learning.statuses import StatusIndex, statuses_for
from reader.core.models import Status
from reader.core.store import Database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    text = novel_excerpt(args.words)
    analysis = analyse(text)  # warm-up: model load, caches
    analysis_time = best_of(max(1, args.runs // 2), lambda: analyse(text))
    index_time = best_of(args.runs, lambda: StatusIndex(analysis))
    index = StatusIndex(analysis)
    lemmas = sorted(index.lemmas)
    with tempfile.TemporaryDirectory() as folder:
        store = Database(Path(folder) / "glossary.sqlite3")
        store.learning.set_status(lemmas[::3], Status.KNOWN)  # a learner who knows a third of them
        store.learning.set_status(lemmas[1::7], Status.LEARNING_2)
        statuses = statuses_for(analysis, store, index)
        toggle = iter([Status.KNOWN, Status.NEW] * 1000)

        def full() -> None:
            store.learning.set_status(["être"], next(toggle))
            statuses_for(analysis, store, index)

        def incremental() -> None:
            index.apply(statuses, store.learning.set_status(["être"], next(toggle)))

        full_time = best_of(args.runs, full)
        incremental_time = best_of(args.runs, incremental)
        write_time = best_of(args.runs, lambda: store.learning.set_status(["être"], next(toggle)))
        store.close()
    words = len(analysis.words)
    report(
        f"Status colouring, Bel-Ami excerpt: {words:,} words, {len(lemmas):,} lemmas",
        [
            ("analyse() (baseline)", f"{analysis_time * 1000:.0f} ms"),
            ("StatusIndex, once per analysis", f"{index_time * 1000:.1f} ms"),
            ("one change: write only", f"{write_time * 1000:.1f} ms"),
            ("one change + all statuses", f"{full_time * 1000:.1f} ms"),
            ("one change + changed words only", f"{incremental_time * 1000:.1f} ms"),
            ("ratio all statuses / analysis", f"{full_time / analysis_time:.2%}  (target < 1 %)"),
            ("under one frame (16 ms)", f"{full_time < 0.016}"),
        ],
    )


if __name__ == "__main__":
    main()
