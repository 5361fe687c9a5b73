"""The child process of test_kill.py: real writes in a loop, as the app makes them, until it is
killed. After each write returns, one line on stdout says what is now saved:
`word LEMMA`, `text TITLE`, `export NAME COUNT` (the file holds COUNT words, or texts).

    python -m tests.core.store.crash_child DATA OUT SOURCES RUN [STEPS]

DATA is the data folder, OUT the folder the exports go to, SOURCES where the texts to import
are written first; RUN numbers this process's words and texts, and says where in the cycle
of writes it starts (so that short runs still reach every kind of write); STEPS (0: no end)
stops the loop, so that a last run can finish cleanly.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from pathlib import Path

from reader.core.exports.export import ExportFormat, export_glossary
from reader.core.importers import import_file
from reader.core.library.texts import import_text
from reader.core.models import Context, EntryDraft
from reader.core.store import Database
from reader.core.teaching.list_files import export_list

LIST_TITLE = "Textes du test"
EXPORTS = {  # file name -> format
    "glossary.apkg": ExportFormat.ANKI,
    "glossary.csv": ExportFormat.CSV,
    "anki-import.txt": ExportFormat.TSV,
    "quizlet.txt": ExportFormat.QUIZLET,
}
LIST_FILE = "list.zip"


def say(line: str) -> None:
    print(line, flush=True)  # only once the write has returned: the change is saved


class Writer:
    def __init__(self, store: Database, out: Path, sources: Path, run: int) -> None:
        self.store, self.out, self.sources, self.run = store, out, sources, run
        found = [r for r in store.lists.reading_lists() if r.title == LIST_TITLE]
        self.list_id = found[0].id if found else store.lists.create_list(LIST_TITLE).id

    def save_word(self, step: int) -> None:
        lemma = f"mot{self.run}n{step}"
        sentence = f"Le {lemma} est dans la phrase numéro {step}."
        context = Context(sentence, lemma, "Essai", str(self.sources / "essai.txt"))
        tags = ("kill", f"run{self.run}")
        draft = EntryDraft(word=lemma, lemma=lemma, context=context, tags=tags)
        self.store.glossary.save(draft)
        say(f"word {lemma}")

    def import_text(self, step: int) -> None:
        title = f"Texte {self.run} {step}"
        source = self.sources / f"texte-{self.run}-{step}.txt"
        paragraph = f"Voici le texte numéro {step} de la série {self.run}, écrit pour l'essai. "
        source.write_text(f"{title}\n\n" + paragraph * 40 + "\n", encoding="utf-8")
        outcome = import_text(self.store, source)
        say(f"text {outcome.record.title}")
        self.store.lists.add_to_list(self.list_id, outcome.record.id)

    def export(self, name: str) -> None:
        result = export_glossary(self.store, EXPORTS[name], self.out / name)
        say(f"export {name} {result.count}")

    def export_list(self) -> None:
        count = len(self.store.lists.list_items(self.list_id))
        if count:
            export_list(self.store, self.list_id, self.out / LIST_FILE)
            say(f"export {LIST_FILE} {count}")

    def warm_up(self) -> None:
        """The importers' first use loads their modules and word lists (~0.2 s): before the
        loop, so that the time until the kill is spent writing."""
        sample = self.sources / f"warm-up-{self.run}.txt"
        sample.write_text("Essai\n\nUn texte en français pour commencer.\n", encoding="utf-8")
        import_file(sample)

    def actions(self) -> list[Callable[[int], None]]:
        exports = [lambda _step, name=name: self.export(name) for name in EXPORTS]
        return [
            self.save_word,
            self.import_text,
            exports[0],
            self.save_word,
            exports[1],
            lambda _step: self.export_list(),
            self.save_word,
            exports[2],
            self.import_text,
            exports[3],
        ]


def main(argv: list[str]) -> int:
    data, out, sources = (Path(arg) for arg in argv[:3])
    run = int(argv[3])
    steps = int(argv[4]) if len(argv) > 4 else 0
    with Database.open_in(data) as store:
        writer = Writer(store, out, sources, run)
        writer.warm_up()
        actions = writer.actions()
        say("ready")
        for step in itertools.count(run) if steps == 0 else range(run, run + steps):
            actions[step % len(actions)](step)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
