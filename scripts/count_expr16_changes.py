"""Count the clicks a change of the expression matcher or lists alters on tuned corpus text
only: the ten tuning news articles (the lowest ids, 43971-44321), Bel-Ami lines 1-1015 and
Le Petit Chose lines 1-142 (never the held-out news nor the novels' unseen regions).

    .venv/bin/python scripts/count_expr16_changes.py dump before.tsv
    (change the matcher or the lists)
    .venv/bin/python scripts/count_expr16_changes.py dump after.tsv
    .venv/bin/python scripts/count_expr16_changes.py compare before.tsv after.tsv [--sample N]

The dump and the comparison are count_phrase_changes.py's; only the texts differ.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.count_phrase_changes import audit  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
NOVELS = {"novel_maupassant_bel_ami.txt": 1015, "novel_daudet_petit_chose.txt": 142}
TUNING_NEWS = 10


def texts() -> list[tuple[str, str]]:
    """(file name, paragraph) of the tuned text: ten news articles and the novels' openings."""
    news = sorted(CORPUS.glob("news/*.txt"), key=lambda path: int(path.stem))[:TUNING_NEWS]
    found = [(path.name, path.read_text(encoding="utf-8")) for path in news]
    for name, lines in NOVELS.items():
        read = (CORPUS / name).read_text(encoding="utf-8").splitlines()[:lines]
        found.append((name, "\n".join(read)))
    return [
        (name, line.strip()) for name, text in found for line in text.splitlines() if line.strip()
    ]


def main() -> None:
    audit(__doc__.splitlines()[0], lambda _: texts(), seed=16, novel_lines=False)


if __name__ == "__main__":
    main()
