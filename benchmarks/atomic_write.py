"""The price of writing files whole: write_atomically (temporary file, fsync, rename, fsync of
the folder) against a plain write of the same bytes to the same folder, in the same run.

Sizes: a cached analysis of an article (~60 KB gzipped), a glossary export (~1 MB). The plain
write is the baseline; the difference is the two flushes to disk, which depend on the disk.

    .venv/bin/python -m benchmarks.atomic_write [--runs 50]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import median, report
from reader.core.files import write_atomically

SIZES = {"cached analysis": 60_000, "glossary export": 1_000_000}


def timed(runs: int, work: Callable[[], object]) -> float:
    """The median: each write's flushes vary with what else the disk is doing."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for label, size in SIZES.items():
            data = os.urandom(size)
            out = Path(folder) / f"{size}.bin"
            plain = timed(args.runs, lambda out=out, data=data: out.write_bytes(data))
            atomic = timed(
                args.runs,
                lambda out=out, data=data: write_atomically(out, lambda p: p.write_bytes(data)),
            )
            rows.append((f"{label}: plain write (baseline)", f"{plain * 1000:.2f} ms"))
            rows.append((f"{label}: write_atomically", f"{atomic * 1000:.2f} ms"))
            rows.append((f"{label}: ratio", f"{atomic / plain:.1f}"))
    report(f"Writing a file whole, median of {args.runs}", rows)


if __name__ == "__main__":
    main()
