"""Export of 10,000 glossary entries to Anki (.apkg) and to Anki's text file (TSV).

Baseline in the same run: reading the same entries back from the glossary database, which
every export does first. Targets for 10,000 entries: the .apkg under 3 s (also the first
export, when the store records every note as new), the TSV under 1 s.

    .venv/bin/python -m benchmarks.export_speed [--entries 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from benchmarks.common import best_of, report
from reader.core.exports.export import ExportFilter, export_glossary, select_entries
from reader.core.models import Context, EntryDraft, Status
from reader.core.store import Database


def drafts(count: int) -> list[EntryDraft]:
    """Entries like a learner's: a translation, a grammar note, a sentence, two tags."""
    return [
        EntryDraft(
            word=f"menées{n}",
            lemma=f"mener{n}",
            pos="VERB",
            translation=f"to lead, to carry out ({n}) <b>&</b>",
            grammar="past participle of mener in «ont été menées»: passé composé, passive voice",
            context=Context(
                f"Les consultations ont été menées{n} dans la ville de Nanping, selon l'agence.",
                f"menées{n}",
                "Le Monde",
                "/articles/monde.txt",
            ),
            tags=("verbes", f"lot {n % 20}"),
            status=Status.LEARNING_1,
        )
        for n in range(count)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with Database(root / "glossary.sqlite3") as store:
            store.glossary.save_all(drafts(args.entries))
            first = best_of(1, lambda: export_glossary(store, "anki", root / "deck.apkg"))
            read = best_of(args.runs, lambda: select_entries(store, ExportFilter()))
            tsv = best_of(args.runs, lambda: export_glossary(store, "tsv", root / "deck.txt"))
            apkg = best_of(args.runs, lambda: export_glossary(store, "anki", root / "deck.apkg"))
            size = (root / "deck.apkg").stat().st_size
    count = args.entries
    report(
        f"Export of {count:,} glossary entries, best of {args.runs}",
        [
            ("read the entries (baseline)", f"{read:.2f} s"),
            ("Anki text file (TSV)", f"{tsv:.2f} s  ({count / tsv:,.0f} entries/s)"),
            ("first .apkg, every note new", f"{first:.2f} s"),
            (".apkg again (genanki)", f"{apkg:.2f} s  ({count / apkg:,.0f} entries/s)"),
            (".apkg size", f"{size:,} bytes"),
            ("ratio TSV / baseline", f"{tsv / read:.1f}"),
            ("ratio .apkg / baseline", f"{apkg / read:.1f}"),
            ("targets", f".apkg < 3 s: {max(first, apkg) < 3}; TSV < 1 s: {tsv < 1}"),
        ],
    )


if __name__ == "__main__":
    main()
