"""The large fuzz run of issue #16: a few hundred mutants of every kind of input through the
real command line (tests/fuzz_inputs.py), in one process of its own. Not a timing against a
baseline: it counts broken promises (documented exit code, one line on stderr, no traceback,
no hang, nothing stored by a failed run, no leftover, a damaged glossary kept) and reports
the slowest run and the peak memory.

    .venv/bin/python -m benchmarks.fuzz_inputs [--count 300] [--seed 16] [KIND ...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from tests.fuzz_inputs import KINDS, run_child

# Each mutant of these kinds is analysed by spaCy (gloss, import-words): a third as many.
SLOW = {"text", "csv", "tsv", "kindle", "html"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("kinds", nargs="*", default=sorted(KINDS))
    args = parser.parse_args()
    counts = {kind: args.count // 3 if kind in SLOW else args.count for kind in args.kinds}
    with tempfile.TemporaryDirectory() as folder:
        summaries = run_child(counts, args.seed, Path(folder), timeout=6 * 3600)
    print(f"{'kind':<11} {'runs':>5} {'broken':>6} {'slowest':>8} {'peak MB':>8}  exit codes")
    broken = 0
    for kind, summary in summaries.items():
        codes = " ".join(f"{code}×{count}" for code, count in summary["codes"].items())
        print(
            f"{kind:<11} {summary['runs']:>5} {summary['problem_count']:>6} "
            f"{summary['slowest_s']:>7.2f}s {summary['peak_rss_mb']:>8}  {codes}"
        )
        for problem in summary["problems"]:
            print(f"    {problem}")
        broken += summary["problem_count"]
    total = sum(summary["runs"] for summary in summaries.values())
    print(f"\n{total} runs, {broken} broken promises")
    sys.exit(1 if broken else 0)


if __name__ == "__main__":
    main()
