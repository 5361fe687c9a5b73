"""Helpers for the library tests: stores on a fixed clock, texts made from strings, and page
analyses recorded without the model."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from reader.core.analysis.difficulty import WordCounts
from reader.core.importers import ImportedText
from reader.core.importers.document import Parsed, Section, assemble
from reader.core.library.texts import ImportOutcome, add_imported
from reader.core.store import Database
from tests.core.learning_helpers import FixedClock

STORKS = (
    "Chaque printemps, les cigognes reviennent en Alsace après un long voyage depuis "
    "l'Afrique. Les habitants des villages les attendent avec impatience.",
    "Aujourd'hui, on voit des nids sur les toits des églises et des mairies. Les enfants "
    "apprennent à l'école pourquoi ces oiseaux sont devenus le symbole de l'Alsace.",
)
HARBOUR = (
    "Le vieux pêcheur raccommodait ses filets sur le quai, pendant que les mouettes "
    "tournoyaient au-dessus des chalutiers.",
    "Les consultations ont été menées dans la ville de Nanping par le secrétaire du Conseil.",
)


def imported(
    paragraphs: Sequence[str], *, title: str = "", author: str = "", name: str = "texte.txt"
) -> ImportedText:
    """An ImportedText as the importers make it, from paragraphs."""
    parsed = Parsed((Section(title, tuple(paragraphs)),), title=title, author=author)
    return assemble(parsed, name=name, path=f"/textes/{name}", source_format="text")


def add_text(store: Database, paragraphs: Sequence[str], **fields: str) -> ImportOutcome:
    return add_imported(store, imported(paragraphs, **fields))


def record_counts(
    store: Database,
    text_id: int,
    counts: WordCounts,
    lemmas: Mapping[str, int],
    *,
    page: int = 0,
) -> None:
    """A page's analysis as if the model had made it: for tests of what the library shows."""
    store.library.record_page_analysis(text_id, page, "test-analyser", counts, lemmas)


def open_store(path: Path, clock: FixedClock | None = None) -> Database:
    return Database(path, clock=clock or FixedClock())
