"""Dump analyse() and gloss output for every corpus text and seed, or compare two dumps.

A speed change must not change the output: run `dump` on main and on the branch (each with
its own checkout), then `compare`.

    .venv/bin/python -m scripts.compare_analysis dump OUT_DIR
    .venv/bin/python -m scripts.compare_analysis compare DIR_A DIR_B
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tests.corpus import news, novels

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def dump(out: Path) -> None:
    from reader.core.analysis.analyser import analyse
    from reader.core.analysis.serialise import analysis_to_data
    from reader.core.lookup.gloss import gloss_data

    out.mkdir(parents=True, exist_ok=True)
    for path in [*novels(), *news(), *sorted(SEEDS.glob("*.txt"))]:
        analysis = analyse(path.read_text(encoding="utf-8"))
        data = {"analysis": analysis_to_data(analysis), "gloss": gloss_data(analysis, None)}
        target = out / f"{path.stem}.json"
        target.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(path.name, len(analysis.tokens), "tokens", flush=True)


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
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.dirs[0])
    else:
        sys.exit(compare(args.dirs[0], args.dirs[1]))


if __name__ == "__main__":
    main()
