"""Click the verb (or adjective) of each collocation of resources/senses/collocations.md.

The inventory lists frequent verb + object, verb + subject and adjective + noun collocations
whose English is not the word's first sense, each with a short sentence written by the team
and the senses it calls for. This clicks the bracketed word of each sentence as the word card
does (the sentence analysed alone, `Analysis.token_at`, the learner's `Glosser.explain` on an
empty data folder: the context-quality benchmark's own path) and says whether the first sense
shown is one of those wanted (the benchmark's matching rule).

    .venv/bin/python scripts/check_collocations.py [--wrong] [--write before|after]
    .venv/bin/python scripts/check_collocations.py --rejudge before

--wrong prints only the rows the card gets wrong; --write puts the card's first sense into
the table's `before` column (only where it is empty: a row added later gets its own) or its
`after` column, so the file records what the card showed when it was run; --rejudge marks a
column's recorded senses right or wrong again against the senses wanted (after a wanted list
was widened), without running the app.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from benchmarks.context_quality import matches_any  # noqa: E402

INVENTORY = REPOSITORY / "resources" / "senses" / "collocations.md"
_BRACKETED = re.compile(r"\[([^\]]+)\]")
# word | collocation | sentence | wanted | card before | card after
COLUMNS = 6
RECORDED = {"before": 4, "after": 5}
RIGHT, WRONG = "✓", "✗"


@dataclass(frozen=True)
class Row:
    """One collocation: the word, the collocation, a sentence, the senses wanted."""

    word: str
    collocation: str
    sentence: str
    wanted: tuple[str, ...]


def table_rows(lines: list[str]) -> list[tuple[int, list[str]]]:
    """(line index, cells) of the inventory table's data rows (six cells, a [word])."""
    found = []
    for index, line in enumerate(lines):
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == COLUMNS and _BRACKETED.search(cells[2]):
            found.append((index, cells))
    return found


def parse(cells: list[str]) -> Row:
    wanted = tuple(sense.strip() for sense in cells[3].split(";") if sense.strip())
    return Row(cells[0], cells[1], cells[2], wanted)


def clicker():
    """A function sentence -> first sense shown for its bracketed word (or None)."""
    from benchmarks.context_quality import first_item
    from reader.core.analysis.analyser import analyse
    from reader.core.lookup.gloss import learner_glosser
    from reader.core.store import Database

    folder = tempfile.TemporaryDirectory()
    glosser = learner_glosser(Database.open_in(Path(folder.name)))

    def click(sentence: str) -> str | None:
        match = _BRACKETED.search(sentence)
        plain = sentence[: match.start()] + match.group(1) + sentence[match.end() :]
        analysis = analyse(plain)
        token = analysis.token_at(match.start() + len(match.group(1)) // 2)
        if token is None:
            return None
        best = glosser.explain(analysis, token.index).best_translation
        return first_item(best.senses[0]).strip() if best and best.senses else None

    click.folder = folder  # keep the data folder alive as long as the function
    return click


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wrong", action="store_true", help="print only the wrong rows")
    parser.add_argument("--write", choices=list(RECORDED), help="write this card column")
    parser.add_argument("--rejudge", choices=list(RECORDED), help="mark this column again")
    args = parser.parse_args()
    lines = INVENTORY.read_text(encoding="utf-8").splitlines()
    click = None if args.rejudge else clicker()
    right = 0
    rows = table_rows(lines)
    for index, cells in rows:
        row = parse(cells)
        if click is None:
            shown = cells[RECORDED[args.rejudge]].rstrip(RIGHT + WRONG).strip()
            shown = None if shown in ("", "-") else shown
        else:
            shown = click(row.sentence)
        ok = shown is not None and matches_any(shown, row.wanted)
        right += ok
        column = args.write or args.rejudge
        if column == "before" and args.write and cells[RECORDED[column]]:
            pass  # a row's card before its rows is a record: written once, never again
        elif column:
            cells[RECORDED[column]] = f"{shown or '-'} {RIGHT if ok else WRONG}"
            lines[index] = "| " + " | ".join(cells) + " |"
        if not (args.wrong and ok):
            print(f"{'ok ' if ok else 'BAD'} {row.collocation:<28} {shown!r:<24} {row.sentence}")
    print(f"\n{right} of {len(rows)} right")
    if args.write or args.rejudge:
        INVENTORY.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
