"""`french-reader conjugate VERB`: every simple and compound tense of a verb, the form given
marked when VERB is a conjugated form (levons, s'est levée)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from reader.cli.common import Subcommands, print_json

if TYPE_CHECKING:
    from reader.core.grammar import Conjugation

MARK = "▸ "


def add_conjugate_parser(commands: Subcommands) -> None:
    conjugate = commands.add_parser(
        "conjugate", help="every tense of a French verb (an infinitive or any of its forms)"
    )
    conjugate.add_argument("verb", help="aller, se lever, s'appeler, or a form: levons")
    conjugate.add_argument("--json", action="store_true", help="print JSON instead of text")
    conjugate.set_defaults(command=conjugate_verb)


def conjugate_verb(args: argparse.Namespace) -> int:
    # Loaded by this command only, not by every command.
    from reader.core.grammar import ConjugationError, conjugate

    infinitive, form, others = _infinitive(args.verb)
    table = conjugate(infinitive)
    marked = set(table.find(form)) if form else set()
    if form and not marked:
        raise ConjugationError(f"«{form}» is not a form of {table.infinitive}.")
    if args.json:
        print_json(_as_json(table, marked, others))
    else:
        print(_as_text(table, marked, form, others))
    return 0


def _infinitive(verb: str) -> tuple[str, str, tuple[str, ...]]:
    """(infinitive to conjugate, form to mark or "", other infinitives the form can be)."""
    # Loaded by this command only, not by every command.
    from reader.core.grammar import (
        ConjugationError,
        conjugation_table,
        infinitives_of,
        split_reflexive,
    )

    base, pronominal = split_reflexive(verb)
    if base in conjugation_table():
        return verb, "", ()
    found = infinitives_of(verb)
    if not found:
        raise ConjugationError(
            f"«{verb.strip()}» is not a French verb or verb form the conjugation tables know."
        )
    reflexive = pronominal or verb.replace("’", "'").lower().split()[0] in _REFLEXIVES
    chosen = f"se {found[0]}" if reflexive else found[0]
    return chosen, verb, found[1:]


_REFLEXIVES = {"me", "te", "se", "m'", "t'", "s'", "nous", "vous"}


def _as_text(
    table: Conjugation, marked: set[tuple[int, int]], form: str, others: tuple[str, ...]
) -> str:
    # Loaded by this command only, not by every command.
    from reader.core.grammar import layout

    head = f"{table.infinitive} — conjugated with {table.auxiliary}"
    if table.pronominal:
        head = f"{table.infinitive} — pronominal verb, conjugated with être"
    lines = [head]
    if form:
        also = f" (also a form of {', '.join(others)})" if others else ""
        lines.append(f"{MARK}{form}: a form of {table.infinitive}{also}")
    if table.note:
        lines.append(table.note)
    moods = layout(table)
    width = 4 + max(
        len(line) for _, rows in moods for row in rows for line in _column(table, row[0], marked)
    )
    for mood, rows in moods:
        lines += ["", mood.upper()]
        for number, row in enumerate(rows):
            if number:
                lines.append("")
            columns = [_column(table, index, marked) for index in row]
            for line in range(max(len(column) for column in columns)):
                cells = [column[line] if line < len(column) else "" for column in columns]
                lines.append(("  " + cells[0].ljust(width) + "".join(cells[1:])).rstrip())
    return "\n".join(lines)


def _column(table: Conjugation, index: int, marked: set[tuple[int, int]]) -> list[str]:
    tense = table.tenses[index]
    cells = [
        (MARK if (index, number) in marked else "  ") + cell.text
        for number, cell in enumerate(tense.cells)
    ]
    return [f"  {tense.name}", *cells]


def _as_json(
    table: Conjugation, marked: set[tuple[int, int]], others: tuple[str, ...]
) -> dict[str, Any]:
    return {
        "infinitive": table.infinitive,
        "auxiliary": table.auxiliary,
        "pronominal": table.pronominal,
        "note": table.note,
        "also": list(others),
        "tenses": [
            {
                "mood": tense.mood,
                "tense": tense.name,
                "compound": tense.compound,
                "forms": [cell.text for cell in tense.cells],
                "marked": [n for n in range(len(tense.cells)) if (index, n) in marked],
            }
            for index, tense in enumerate(table.tenses)
        ],
    }
