"""Count the clicks a change of round seventeen (news17) alters on tuned text it was not drawn
from: the ten tuning news articles (the lowest ids, 43971-44321), the tuned regions of the two
novels (Bel-Ami lines 1-1038, 1208-1538 and 2063-2175; Le Petit Chose lines 1-142, 301-410 and
517-574) and the tuned UD dev sentences (ud/gsd-dev4, gsd-dev5, gsd-dev8, gsd-dev10,
sequoia-dev). Never the held-out news, the novels' unseen regions, the unseen UD files nor the
news17 articles the rules were drawn from.

    .venv/bin/python scripts/count_news17_changes.py dump before.tsv
    (change the rows or the rules)
    .venv/bin/python scripts/count_news17_changes.py dump after.tsv
    .venv/bin/python scripts/count_news17_changes.py compare before.tsv after.tsv [--sample N]

The dump and the comparison are count_phrase_changes.py's; only the texts differ.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.count_phrase_changes import compare, dump  # noqa: E402
from scripts.count_topic_changes import dump_compare_parser  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
# Line ranges (1-based, inclusive) of the novels' tuned regions.
NOVELS = {
    "novel_maupassant_bel_ami.txt": ((1, 1038), (1208, 1538), (2063, 2175)),
    "novel_daudet_petit_chose.txt": ((1, 142), (301, 410), (517, 574)),
}
UD = ("gsd-dev4.txt", "gsd-dev5.txt", "gsd-dev8.txt", "gsd-dev10.txt", "sequoia-dev.txt")
TUNING_NEWS = 10


def texts() -> list[tuple[str, str]]:
    """(file name, paragraph) of the tuned text."""
    news = sorted(CORPUS.glob("news/*.txt"), key=lambda path: int(path.stem))[:TUNING_NEWS]
    found = [(path.name, path.read_text(encoding="utf-8")) for path in news]
    for name, ranges in NOVELS.items():
        lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
        for first, last in ranges:
            found.append((name, "\n".join(lines[first - 1 : last])))
    found += [(name, (CORPUS / "ud" / name).read_text(encoding="utf-8")) for name in UD]
    return [
        (name, line.strip()) for name, text in found for line in text.splitlines() if line.strip()
    ]


def main() -> None:
    parser = dump_compare_parser(__doc__.splitlines()[0], sample=40, seed=17)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, texts())
    else:
        compare(args.before, args.after, args.sample, args.seed, args.out)


if __name__ == "__main__":
    main()
