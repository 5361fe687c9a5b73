"""python -m benchmarks: run every benchmark, one after the other."""

from __future__ import annotations

import runpy
import sys

BENCHMARKS = ["model_load", "analysis_throughput", "word_lookup", "cognate_precision"]

for name in BENCHMARKS:
    sys.argv = [name]
    runpy.run_module(f"benchmarks.{name}", run_name="__main__")
