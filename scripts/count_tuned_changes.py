"""Count the clicks a change alters on the tuned corpus text only (the audit of round
seventeen's rules, one list of texts for every helper): the news articles before the check
halves' (ids 43971-44313), Bel-Ami lines 1-1038, 1208-1538 and 2063-2175, Le Petit Chose lines
1-142, 301-410 and 517-574, and the UD sentences of the dev halves (Sequoia's fresh2 half, GSD
dev4, dev5, dev8, dev10); never the held-out news, the news or UD sentences a check half
clicks, the novels' unseen regions, nor the texts written for the project (written/).

    .venv/bin/python scripts/count_tuned_changes.py dump before.tsv
    (change the rows or the rules)
    .venv/bin/python scripts/count_tuned_changes.py dump after.tsv
    .venv/bin/python scripts/count_tuned_changes.py compare before.tsv after.tsv [--sample N]

The dump and the comparison are count_phrase_changes.py's (every word clicked, the first sense
shown compared); only the texts differ.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.count_phrase_changes import audit  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
# The novels' tuned lines (1-based, inclusive): the regions no check half or held-out file uses.
NOVELS = {
    "novel_maupassant_bel_ami.txt": ((1, 1038), (1208, 1538), (2063, 2175)),
    "novel_daudet_petit_chose.txt": ((1, 142), (301, 410), (517, 574)),
}
# The UD sentences (one a paragraph) that only tuned (dev) annotation halves click.
TUNED_UD = ("sequoia-dev.txt", "gsd-dev4.txt", "gsd-dev5.txt", "gsd-dev8.txt", "gsd-dev10.txt")
# The first news id a check half (function-check) or the held-out file clicks.
NEWS_BEFORE = 44318


def texts() -> list[tuple[str, str]]:
    """(file name, paragraph) of the tuned text: the early news and the novels' tuned lines."""
    found: list[tuple[str, str]] = []
    for path in sorted(CORPUS.glob("news/*.txt"), key=lambda path: int(path.stem)):
        if int(path.stem) < NEWS_BEFORE:
            found.extend(
                (path.name, line) for line in path.read_text(encoding="utf-8").splitlines()
            )
    for name, spans in NOVELS.items():
        lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
        found.extend((name, lines[n]) for start, end in spans for n in range(start - 1, end))
    for name in TUNED_UD:
        found.extend(
            (name, line) for line in (CORPUS / "ud" / name).read_text(encoding="utf-8").splitlines()
        )
    return [(name, line.strip()) for name, line in found if line.strip()]


def main() -> None:
    audit(__doc__.splitlines()[0], lambda _: texts(), seed=17, novel_lines=False)


if __name__ == "__main__":
    main()
