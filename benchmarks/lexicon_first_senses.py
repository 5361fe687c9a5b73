"""A hand-checked sample of the lexicon's entries that FreeDict lacked: is the first sense right?

The sample: 100 single-word NOUN/VERB/ADJ/ADV headwords of the lexicon that FreeDict has no
entry for, drawn with a fixed seed. Each was judged by hand (tests/data/lexicon/
first-senses.tsv: "right" when the first sense, the one that prefills "Your translation",
is a correct everyday English equivalent of the word's main meaning). This prints the share
judged right, and checks the judgements still describe the lexicon (a rebuilt lexicon with a
different first sense needs judging again: --write makes a new sample to judge).

    .venv/bin/python -m benchmarks.lexicon_first_senses [--write]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from reader.core.dictionaries.dictionary import bundled_dictionary
from reader.core.dictionaries.lexicon.lexicon import Lexicon, bundled_lexicon

SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "lexicon" / "first-senses.tsv"
SEED = 11
SIZE = 100
CONTENT_POS = ("NOUN", "VERB", "ADJ", "ADV")
HEADER = "# headword\tpos\tfirst sense\tjudgement (right/wrong)\tnote"


def candidates(lexicon: Lexicon) -> list[tuple[str, str]]:
    freedict = bundled_dictionary()
    found = {
        (entry.headword, entry.pos)
        for entry in lexicon
        if entry.pos in CONTENT_POS
        and entry.headword.isalpha()
        and entry.headword.islower()
        and not freedict.lookup(entry.headword)
    }
    return sorted(found)


def first_sense(lexicon: Lexicon, headword: str, pos: str) -> str:
    found = lexicon.translate(headword, headword, pos)
    return found[0].senses[0] if found else ""


def write_sample(lexicon: Lexicon) -> None:
    chosen = random.Random(SEED).sample(candidates(lexicon), SIZE)
    lines = [HEADER]
    for headword, pos in sorted(chosen):
        lines.append(f"{headword}\t{pos}\t{first_sense(lexicon, headword, pos)}\t?\t")
    SAMPLE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_sample() -> list[list[str]]:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="draw a new sample to judge")
    args = parser.parse_args()
    lexicon = bundled_lexicon()
    if args.write:
        write_sample(lexicon)
        return
    rows = read_sample()
    right = sum(1 for row in rows if row[3] == "right")
    stale = [row[0] for row in rows if first_sense(lexicon, row[0], row[1]) != row[2]]
    print(f"First sense judged right: {right} of {len(rows)} ({right / len(rows):.0%})")
    print(f"Entries whose first sense changed since judged: {len(stale)} {stale[:10]}")


if __name__ == "__main__":
    main()
