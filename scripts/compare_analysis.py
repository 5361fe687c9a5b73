"""Dump analyse() and gloss output for every corpus text and seed, or compare two dumps.

A speed change must not change the output: run `dump` on main and on the branch (each with
its own checkout), then `compare`. `--book-path` analyses each text as a book's background
pass does (expressions left out, cached) and reads it back from the cache as a shown page is:
its dump must equal a plain `dump`. `--parse-ahead` parses each text in a child process
(parse_ahead, as the worker and the command line do; with `--book-path`, the novels' pages
through analyse_book): its dump must equal a plain `dump` too.

    .venv/bin/python -m scripts.compare_analysis dump OUT_DIR [--book-path] [--parse-ahead]
    .venv/bin/python -m scripts.compare_analysis compare DIR_A DIR_B
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from tests.corpus import news, novels

if TYPE_CHECKING:
    from reader.core.models import Analysis

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def dump(out: Path, book_path: bool = False) -> None:
    from reader.core.analysis.analyser import analyse
    from reader.core.analysis.serialise import analysis_to_data
    from reader.core.lookup.gloss import gloss_data

    out.mkdir(parents=True, exist_ok=True)
    for path in [*novels(), *news(), *sorted(SEEDS.glob("*.txt"))]:
        text = path.read_text(encoding="utf-8")
        analysis = through_the_cache(text) if book_path else analyse(text)
        data = {"analysis": analysis_to_data(analysis), "gloss": gloss_data(analysis, None)}
        target = out / f"{path.stem}.json"
        target.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(path.name, len(analysis.tokens), "tokens", flush=True)


def through_the_cache(text: str) -> Analysis:
    """text analysed as a book's background pass does it (its expressions left for later,
    cached), then read from the cache as a page about to be shown is."""
    from reader.core.analysis.analyser import analyse_leaving_expressions
    from reader.core.analysis.cache import AnalysisCache

    with tempfile.TemporaryDirectory() as folder:
        cache = AnalysisCache(Path(folder))
        cache.put(*analyse_leaving_expressions(text))
        found = cache.get(text)
    assert found is not None, "the cache lost the analysis"
    return found


def compare(first: Path, second: Path) -> int:
    names = sorted(p.name for p in first.glob("*.json"))
    differing = [n for n in names if (first / n).read_bytes() != (second / n).read_bytes()]
    missing = [n for n in names if not (second / n).is_file()]
    print(f"{len(names)} texts, {len(differing)} differ, {len(missing)} missing")
    for name in differing:
        print("  differs:", name)
    return 1 if differing or missing or not names else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("command", choices=("dump", "compare"))
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument(
        "--book-path", action="store_true", help="dump: through the book's background pass"
    )
    parser.add_argument("--parse-ahead", action="store_true", help="dump: spaCy in a child process")
    args = parser.parse_args()
    if args.parse_ahead:
        from reader.core.analysis.parse_ahead import enable

        enable()
    if args.command == "dump":
        dump(args.dirs[0], args.book_path)
    else:
        sys.exit(compare(args.dirs[0], args.dirs[1]))


if __name__ == "__main__":
    main()
