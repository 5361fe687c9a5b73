"""`french-reader glossary add|list|search|remove`: the glossary from the command line."""

from __future__ import annotations

import argparse
from typing import Any

from reader.cli.common import Progress, Subcommands, data_root, open_store, print_json
from reader.core.errors import StoreError
from reader.core.models import Article, GlossaryEntry, Status


def add_glossary_parser(commands: Subcommands) -> None:
    glossary = commands.add_parser("glossary", help="add, list, search or remove saved words")
    actions = glossary.add_subparsers(title="actions", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="analyse a word in its sentence and save it")
    add.add_argument("word")
    add.add_argument("--sentence", default="", help="the sentence the word came from")
    add.add_argument("--translation", help="your translation (default: the dictionary's)")
    add.add_argument("--note", default="", help="your own note")
    add.add_argument("--tag", action="append", default=[], help="a tag (repeatable)")
    add.add_argument("--source", default="", help="title of the article it came from")
    add.add_argument("--source-path", default="", help="path of the article it came from")
    add.add_argument("--json", action="store_true")
    add.set_defaults(command=add_entry)

    listing = actions.add_parser("list", help="list saved words, newest first")
    listing.add_argument("--tag")
    listing.add_argument("--status", choices=[status.value for status in Status])
    listing.add_argument("--source", help="only words from this article title")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(command=list_entries)

    search = actions.add_parser("search", help="search by word, lemma, translation or tag")
    search.add_argument("query")
    search.add_argument("--json", action="store_true")
    search.set_defaults(command=search_entries)

    remove = actions.add_parser("remove", help="remove a saved word by id or lemma")
    remove.add_argument("entry", help="the entry's id (see list) or its lemma")
    remove.set_defaults(command=remove_entry)

    rescue = actions.add_parser(
        "rescue",
        help="copy every readable word of a damaged glossary into a new one "
        "(the damaged file is kept beside it)",
    )
    rescue.set_defaults(command=rescue_glossary)


def add_entry(args: argparse.Namespace) -> int:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.lookup import save_word

    article = (
        Article(args.source, "", args.source_path) if args.source or args.source_path else None
    )
    with open_store(args) as store:
        entry = save_word(
            store,
            args.word,
            sentence=args.sentence,
            translation=args.translation,
            notes=args.note,
            tags=args.tag,
            article=article,
        )
    _print_entries([entry], as_json=args.json, verbose=True)
    return 0


def list_entries(args: argparse.Namespace) -> int:
    status = Status(args.status) if args.status else None
    with open_store(args) as store:
        entries = store.glossary.entries(tag=args.tag, status=status, source=args.source)
    _print_entries(entries, as_json=args.json)
    return 0


def search_entries(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        entries = store.glossary.search(args.query)
    _print_entries(entries, as_json=args.json)
    return 0 if entries else 1


def remove_entry(args: argparse.Namespace) -> int:

    with open_store(args) as store:
        entry = store.glossary.find_by_lemma(args.entry)
        if entry is None and not args.entry.isdigit():
            raise StoreError(f"No glossary entry for «{args.entry}».")
        removed = store.glossary.delete(entry.id if entry else int(args.entry))
    print(f"Removed {removed.id}: {removed.lemma}")
    return 0


def rescue_glossary(args: argparse.Namespace) -> int:
    """The damaged glossary is kept under a dated name; the rescued one takes its place."""
    # Loaded by this command only, not by every command.
    from reader.core.paths import glossary_path
    from reader.core.store import rescue_glossary as rescue

    with Progress("Rescuing") as progress:
        result = rescue(glossary_path(data_root(args)), report=progress)
    rows = sum(result.rows.values())
    print(
        f"Rescued {result.words:,} words ({rows:,} rows in all: sentences, statuses, reviews, "
        f"texts and lists) into {result.rescued}."
    )
    if result.left_out:
        print(f"Left out {result.left_out:,} rows that were garbled or pointed to lost rows.")
    if result.kept is not None:
        print(f"The damaged file is kept as {result.kept}.")
    return 0


def _print_entries(entries: list[GlossaryEntry], *, as_json: bool, verbose: bool = False) -> None:
    if as_json:
        print_json([entry_data(entry) for entry in entries])
        return
    for entry in entries:
        tags = f"  [{', '.join(entry.tags)}]" if entry.tags else ""
        print(
            f"{entry.id:>4}  {entry.lemma} — {entry.translation or '(no translation)'}"
            f"  ({entry.status.value}){tags}"
        )
        if verbose:
            print(f"      {entry.grammar}")
            for context in entry.contexts:
                print(f"      « {context.sentence} »")


def entry_data(entry: GlossaryEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "word": entry.word,
        "lemma": entry.lemma,
        "pos": entry.pos,
        "gender": entry.gender,
        "translation": entry.translation,
        "grammar": entry.grammar,
        "contexts": [
            {
                "sentence": c.sentence,
                "word": c.word,
                "source": c.source_title,
                "path": c.source_path,
                "created": c.created,
            }
            for c in entry.contexts
        ],
        "tags": list(entry.tags),
        "notes": entry.notes,
        "status": entry.status.value,
        "created": entry.created,
        "updated": entry.updated,
    }
