"""Audit the lexicon's noise rules (reader/core/dictionaries/lexicon/noise.py: marked registers,
English participles of a verb's senses, a noun's open-ended fragments) on running text: click
every content word of the repository's corpus (tests/data/corpus/) as the window does, with
the rules and without them (noise.ignored()), and print how many clicks and lemmas they change
and a random sample of the changed clicks to judge by hand.

    .venv/bin/python scripts/audit_sense_noise.py [TEXT ...] [--sample 100] [--seed 5]
        [--rows] [--out changes.tsv]

The options are those of scripts/audit_main_senses.py, whose clicking this script shares.
Reads only the repository and the files named.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.dictionaries.lexicon.noise import ignored  # noqa: E402
from scripts.audit_main_senses import main  # noqa: E402

if __name__ == "__main__":
    main(ignored, "the noise rules", __doc__)
