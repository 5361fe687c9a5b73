"""`french-reader list create|add|remove|show|export|import|adopt`: reading lists for a class,
and a teacher's list's words into the student's glossary."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.cli.common import (
    Subcommands,
    analyse_text,
    analysis_cache,
    open_store,
    percent,
    print_json,
)
from reader.cli.library import add_part_arguments, part_of
from reader.core.errors import InputError

if TYPE_CHECKING:
    from reader.core.teaching import ListSummary


def add_list_parser(commands: Subcommands) -> None:
    lists = commands.add_parser(
        "list", help="reading lists: create, add, show, export, import, adopt"
    )
    actions = lists.add_subparsers(title="actions", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="a new, empty reading list")
    create.add_argument("title")
    create.add_argument("--notes", default="", help="notes for the students")
    create.set_defaults(command=create_list)

    add = actions.add_parser("add", help="add library texts to a list, in order")
    add.add_argument("list", help="the list's number or title")
    add.add_argument("texts", nargs="+", metavar="TEXT", help="texts' numbers or titles")
    add.add_argument("--note", default="", help="a note about the text(s)")
    add_part_arguments(add)
    add.set_defaults(command=add_texts)

    remove = actions.add_parser("remove", help="take a text out of a list")
    remove.add_argument("list")
    remove.add_argument("text")
    remove.set_defaults(command=remove_text)

    show = actions.add_parser("show", help="a list's texts, length and levels (no LIST: all)")
    show.add_argument("list", nargs="?")
    show.add_argument("--json", action="store_true")
    show.set_defaults(command=show_list)

    export = actions.add_parser("export", help="write a list file for students (.zip)")
    export.add_argument("list")
    export.add_argument("out", type=Path)
    export.add_argument("--level", help="prepare the glossary for this level (default B1)")
    export.add_argument("--exclude", nargs="+", default=[], metavar="WORD")
    export.add_argument("--limit", type=int, help="at most this many words per text (40)")
    export.set_defaults(command=export_list_file)

    imports = actions.add_parser("import", help="import a list file: its texts join the library")
    imports.add_argument("file", type=Path)
    imports.add_argument(
        "--save-words", action="store_true", help="also save its glossary into your glossary"
    )
    imports.add_argument("--no-analyse", action="store_true", help="do not analyse the texts now")
    imports.set_defaults(command=import_list_file)

    adopt = actions.add_parser(
        "adopt", help="save a list's glossary words, with its translations, to your glossary"
    )
    adopt.add_argument("list", help="the list's number or title")
    adopt.add_argument("words", nargs="*", metavar="WORD", help="only these (lemmas); none: all")
    adopt.set_defaults(command=adopt_words)


def create_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        created = store.lists.create_list(args.title, args.notes)
    print(f"Created reading list {created.id} «{created.title}».")
    return 0


def add_texts(args: argparse.Namespace) -> int:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    # Loaded by this command only: it brings the analysis.
    from reader.core.library import find_text, range_pages
    from reader.core.teaching import find_list

    part = part_of(args)
    with open_store(args) as store:
        found = find_list(store, args.list)
        records = [find_text(store, text) for text in args.texts]
        for record in records:
            # A part the text does not have is an error now, not at the handout.
            range_pages(record, [s.page for s in store.library.pages(record.id)], part)
            store.lists.add_to_list(found.id, record.id, args.note, part)
    names = ", ".join(f"«{record.title}»" for record in records)
    print(f"Added {names}{f' ({part.label})' if part else ''} to «{found.title}».")
    return 0


def remove_text(args: argparse.Namespace) -> int:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.library import find_text
    from reader.core.teaching import find_list

    with open_store(args) as store:
        found = find_list(store, args.list)
        record = find_text(store, args.text)
        store.lists.remove_from_list(found.id, record.id)
    print(f"Took «{record.title}» out of «{found.title}».")
    return 0


def show_list(args: argparse.Namespace) -> int:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.teaching import find_list, list_summary

    with open_store(args) as store:
        if args.list is None:
            summaries = [list_summary(store, found.id) for found in store.lists.reading_lists()]
        else:
            summaries = [list_summary(store, find_list(store, args.list).id)]
        words = {
            s.reading_list.id: len(store.lists.list_words(s.reading_list.id, left_out=False))
            for s in summaries
        }
    if args.json:
        data = [_summary_data(summary, words[summary.reading_list.id]) for summary in summaries]
        print_json(data if args.list is None else data[0])
        return 0
    if not summaries:
        print("No reading lists yet: make one with `french-reader list create TITLE`.")
    for summary in summaries:
        _print_summary(summary, words[summary.reading_list.id], brief=args.list is None)
    return 0


def _summary_data(summary: ListSummary, glossary_words: int) -> dict[str, Any]:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.library import row_data

    reading_list = summary.reading_list
    return {
        "id": reading_list.id,
        "title": reading_list.title,
        "notes": reading_list.notes,
        "words": summary.words,
        "levels": list(summary.levels) if summary.levels else None,
        "glossary_level": reading_list.level or None,
        "glossary_words": glossary_words,
        "texts": [
            {**row_data(row), "note": item.note, "part": item.part.label if item.part else None}
            for item, row in zip(summary.items, summary.rows, strict=True)
        ],
    }


def _print_summary(summary: ListSummary, glossary_words: int, *, brief: bool) -> None:
    reading_list = summary.reading_list
    levels = summary.level_range or "not analysed"
    print(
        f"{reading_list.id:>4}  «{reading_list.title}»: {len(summary.items)} texts, "
        f"{summary.words:,} words, {levels}"
        + (f", glossary of {glossary_words} words" if glossary_words else "")
    )
    if brief:
        return
    if reading_list.notes:
        print(f"      {reading_list.notes}")
    for number, (item, row) in enumerate(zip(summary.items, summary.rows, strict=True), 1):
        level = row.difficulty.level if row.difficulty else "–"
        part = f" ({item.part.label})" if item.part else ""
        print(
            f"  {number:>2}. [{item.text.id}] «{item.text.title}»{part} "
            f"{item.text.word_count:,} words, {level}, known {percent(row.known_share)}"
        )
        if item.note:
            print(f"      {item.note}")


def export_list_file(args: argparse.Namespace) -> int:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.lookup import learner_glosser
    from reader.core.teaching import (
        DEFAULT_LEVEL,
        DEFAULT_LIMIT,
        check_level,
        export_list,
        find_list,
        prepare_glossary,
    )

    with open_store(args) as store:
        found = find_list(store, args.list)
        if (
            args.level
            or args.exclude
            or args.limit is not None
            or not store.lists.list_words(found.id)
        ):
            prepare_glossary(
                store,
                found.id,
                analysis_cache(args),
                learner_glosser(store),
                level=check_level(args.level or DEFAULT_LEVEL),
                exclude=args.exclude,
                limit=DEFAULT_LIMIT if args.limit is None else (args.limit or None),
            )
        path = export_list(store, found.id, args.out)
        words = len(store.lists.list_words(found.id, left_out=False))
        texts = len(store.lists.list_items(found.id))
    print(f"Wrote «{found.title}» ({texts} texts, a glossary of {words} words) to {path}.")
    return 0


def import_list_file(args: argparse.Namespace) -> int:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.teaching import import_list, save_list_glossary

    with open_store(args) as store:
        result = import_list(store, args.file)
        reading_list = result.reading_list
        added = sum(1 for outcome in result.outcomes if outcome != "duplicate")
        print(
            f"Imported the reading list {reading_list.id} «{reading_list.title}»: "
            f"{len(result.outcomes)} texts ({added} new to the library), "
            f"a glossary of {result.words} words."
        )
        if args.save_words and result.words:
            saved = save_list_glossary(store, reading_list.id)
            print(f"Saved {saved} words to your glossary, tagged «{reading_list.title}».")
        if not args.no_analyse:
            cache = analysis_cache(args)
            for item in store.lists.list_items(reading_list.id):
                analyse_text(store, cache, item.text.id, item.text.title)
    if reading_list.notes:
        print(f"Notes: {reading_list.notes}")
    return 0


def adopt_words(args: argparse.Namespace) -> int:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.teaching import adopt_list_words, find_list

    with open_store(args) as store:
        found = find_list(store, args.list)
        saved = adopt_list_words(store, found.id, args.words or None)
    if not saved:
        which = ", ".join(args.words) if args.words else "any words"
        raise InputError(f"«{found.title}» has no glossary words matching {which}.")
    print(f"Saved {len(saved)} words of «{found.title}» to your glossary, tagged «{found.title}».")
    return 0
