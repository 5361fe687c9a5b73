"""Click every word of the tuned corpus text and write the cards' lemma and first sense, or
compare two such dumps: the audit of a rule that changes cards (how many clicks change, and a
sample of them to judge by hand).

    .venv/bin/python scripts/click_every_word.py dump OUT.tsv
    .venv/bin/python scripts/click_every_word.py compare BEFORE.tsv AFTER.tsv [--sample 40]

The text is the tuned part of the corpus only: the news texts 43971-44313 and the novels'
lines no check half or held-out file points into (Le Petit Chose lines 1-142, 301-410 and
517-574; Bel-Ami lines 1-1038 and 1208-1538). Each paragraph (one line) is analysed as the
window does and every word token is clicked with the learner's glosser (Glosser.explain).
Reads only the repository.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "tests" / "data" / "corpus"
NEWS_BEFORE = 44318
# (first line, last line), counted from 1, of the novels' tuned regions.
NOVEL_LINES = {
    "novel_daudet_petit_chose.txt": ((1, 142), (301, 410), (517, 574)),
    "novel_maupassant_bel_ami.txt": ((1, 1038), (1208, 1538)),
}


def texts() -> list[tuple[str, int, str]]:
    """(file name, line number, paragraph) of every non-empty tuned line."""
    found: list[tuple[str, int, str]] = []
    for path in sorted((CORPUS / "news").glob("*.txt")):
        if int(path.stem) < NEWS_BEFORE:
            lines = path.read_text(encoding="utf-8").splitlines()
            found.extend((path.name, n, line) for n, line in enumerate(lines, 1) if line.strip())
    for name, ranges in NOVEL_LINES.items():
        lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
        for first, last in ranges:
            for number in range(first, last + 1):
                if lines[number - 1].strip():
                    found.append((name, number, lines[number - 1]))
    return found


def dump(out: Path) -> None:
    import tempfile

    from reader.core.analysis.analyser import analyse
    from reader.core.lookup.gloss import learner_glosser
    from reader.core.store import Database

    rows: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        store = Database.open_in(Path(folder))
        glosser = learner_glosser(store)
        for name, number, line in texts():
            analysis = analyse(line.strip())
            for token in analysis.tokens:
                if not token.is_word:
                    continue
                info = glosser.explain(analysis, token.index)
                first = info.translations[0].senses[0] if info.translations else ""
                context = " ".join(
                    t.text for t in analysis.tokens[max(0, token.index - 6) : token.index + 7]
                )
                rows.append(
                    "\t".join(
                        (f"{name}:{number}:{token.index}", token.text, info.lemma, first, context)
                    )
                )
        store.close()
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} clicks written to {out}")


def compare(before: Path, after: Path, sample: int, seed: int) -> None:
    def read(path: Path) -> dict[str, list[str]]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return {fields[0]: fields for fields in (line.split("\t") for line in lines)}

    old, new = read(before), read(after)
    changed = [
        f"{key}  [{new[key][1]}]  {old[key][2]}: {old[key][3]!r} -> {new[key][2]}: {new[key][3]!r}"
        f"  | {new[key][4]}"
        for key in new
        if key in old and old[key][2:4] != new[key][2:4]
    ]
    print(f"{len(changed)} of {len(new)} clicks changed")
    shown = changed if len(changed) <= sample else random.Random(seed).sample(changed, sample)
    print(*shown, sep="\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    comparing = commands.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    comparing.add_argument("--sample", type=int, default=40)
    comparing.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out)
    else:
        compare(args.before, args.after, args.sample, args.seed)


if __name__ == "__main__":
    main()
