"""`french-reader import|library|handout`: the library and teachers' handouts from the command
line (reading lists: lists.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.cli.common import (
    Progress,
    Subcommands,
    analyse_text,
    analysis_cache,
    open_store,
    percent,
    print_json,
)
from reader.core.errors import InputError

if TYPE_CHECKING:
    from reader.core.analysis import AnalysisCache
    from reader.core.lookup import Glosser
    from reader.core.store import Database, TextRange, TextRecord
    from reader.core.teaching import Handout
    from reader.render.handout_files import GlossedText

SORT_KEYS = ("added", "opened", "title", "author", "words", "level", "known", "progress")
HANDOUT_SUFFIXES = (".pdf", ".html", ".htm", ".apkg", ".csv")


def add_library_parsers(commands: Subcommands) -> None:
    imports = commands.add_parser("import", help="import texts into the library")
    imports.add_argument("files", type=Path, nargs="+", metavar="FILE")
    imports.add_argument("--tag", action="append", default=[], help="tag the texts (repeatable)")
    imports.add_argument(
        "--no-analyse", action="store_true", help="do not analyse the texts now (the window will)"
    )
    imports.set_defaults(command=import_files)
    _add_library(commands)
    _add_handout(commands)


def _add_library(commands: Subcommands) -> None:
    library = commands.add_parser("library", help="list, rename, tag or delete library texts")
    actions = library.add_subparsers(title="actions", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the texts with length, level, known share, progress")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--search", default="", help="title, author, file name or tag contains")
    listing.add_argument("--tag", help="only texts with this tag")
    listing.add_argument("--sort", choices=SORT_KEYS, default="added")
    listing.add_argument("--reverse", action="store_true", help="the other order")
    listing.add_argument("--deleted", action="store_true", help="include texts in the bin")
    listing.set_defaults(command=list_library)

    rename = actions.add_parser("rename", help="give a text a new title")
    rename.add_argument("text", help="the text's number or title")
    rename.add_argument("title")
    rename.set_defaults(command=rename_text)

    tag = actions.add_parser("tag", help="add or remove a text's tags")
    tag.add_argument("text")
    tag.add_argument("tags", nargs="*", metavar="TAG", help="tags to add")
    tag.add_argument("--remove", action="append", default=[], metavar="TAG")
    tag.set_defaults(command=tag_text)

    for name, help_text in (
        ("delete", "move a text to the bin (undo with restore)"),
        ("restore", "bring a text back from the bin"),
        ("analyse", "analyse the pages of a text not analysed yet"),
    ):
        action = actions.add_parser(name, help=help_text)
        action.add_argument("text")
        action.set_defaults(command=change_text, action=name)

    purge = actions.add_parser("purge", help="empty the bin for good")
    purge.set_defaults(command=purge_bin)


def _add_handout(commands: Subcommands) -> None:
    handout = commands.add_parser(
        "handout", help="a vocabulary handout (or glossed text) of a text or a reading list"
    )
    handout.add_argument(
        "source", metavar="TEXT_OR_LIST", help="a text's number or title, or list:NUMBER_OR_TITLE"
    )
    handout.add_argument("out", type=Path, help="OUT.pdf, OUT.html, or flashcards OUT.apkg/.csv")
    handout.add_argument("--level", help="the learners' level, A1 ... C2 (default B1)")
    handout.add_argument("--exclude", nargs="+", default=[], metavar="WORD", help="leave out")
    handout.add_argument("--limit", type=int, help="at most this many words per text (40)")
    handout.add_argument(
        "--glossed", action="store_true", help="the text with the words glossed, not a table"
    )
    add_part_arguments(handout, whole=True)
    handout.set_defaults(command=write_handout)


def add_part_arguments(parser: argparse.ArgumentParser, *, whole: bool = False) -> None:
    """--chapters 1-3 or --pages 10-25: a part of a text (pages as the reader counts them)."""
    part = parser.add_mutually_exclusive_group()
    part.add_argument("--chapters", metavar="FIRST-LAST", help="only these chapters (1-3)")
    part.add_argument(
        "--pages", metavar="FIRST-LAST", help="only these pages, as the reader numbers them"
    )
    if whole:
        part.add_argument(
            "--whole-text", action="store_true", help="the whole text, whatever was chosen before"
        )


def part_of(args: argparse.Namespace) -> TextRange | None:
    """The part --chapters or --pages asks for; None for the whole text."""
    # Loaded by the commands that take a part only.
    from reader.core.store import TextRange

    if args.chapters:
        return TextRange.parse("chapters", args.chapters)
    if args.pages:
        return TextRange.parse("pages", args.pages)
    return None


# ---------------------------------------------------------------- commands


def import_files(args: argparse.Namespace) -> int:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.library import import_texts

    with open_store(args) as store:
        with Progress("Importing") as progress:
            done, failed = import_texts(store, args.files, tags=args.tag, report=progress)
        cache = None if args.no_analyse else analysis_cache(args)
        for result in done:
            record = result.record
            verb = {"added": "Imported", "duplicate": "Already in the library:"}.get(
                result.outcome.value, "Restored from the bin:"
            )
            print(f"{verb} {record.id} «{record.title}» ({record.word_count:,} words)")
            for warning in result.warnings:
                print(f"  warning: {warning}", file=sys.stderr)
            if cache is not None:
                analyse_text(store, cache, record.id, record.title)
    for failure in failed:
        print(f"french-reader: {failure.message}", file=sys.stderr)
    return 3 if failed else 0


def list_library(args: argparse.Namespace) -> int:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.library import SortKey, library_rows, row_data

    with open_store(args) as store:
        rows = library_rows(
            store,
            search=args.search,
            tag=args.tag,
            sort=SortKey(args.sort),
            include_deleted=args.deleted,
        )
    if args.reverse:
        rows.reverse()
    if args.json:
        print_json([row_data(row) for row in rows])
        return 0
    if not rows:
        print("The library is empty: add texts with `french-reader import FILE...`.")
        return 0
    print(f"{'#':>4}  {'title':<40} {'words':>8} {'level':>5} {'known':>6} {'read':>5}  tags")
    for row in rows:
        record = row.record
        title = record.title if len(record.title) <= 40 else record.title[:39] + "…"
        level = row.difficulty.level if row.difficulty else "–"
        if row.difficulty and not row.is_fully_analysed:
            level += "*"
        bin_mark = "  (in the bin)" if record.deleted else ""
        print(
            f"{record.id:>4}  {title:<40} {record.word_count:>8,} {level:>5} "
            f"{percent(row.known_share):>6} {percent(record.progress):>5}  "
            f"{', '.join(record.tags)}{bin_mark}"
        )
    if any(row.difficulty and not row.is_fully_analysed for row in rows):
        print("* from the pages analysed so far")
    return 0


def rename_text(args: argparse.Namespace) -> int:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.library import find_text

    with open_store(args) as store:
        record = store.library.rename_text(find_text(store, args.text).id, args.title)
    print(f"Renamed text {record.id} to «{record.title}».")
    return 0


def tag_text(args: argparse.Namespace) -> int:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.library import find_text, tag_text

    with open_store(args) as store:
        record = tag_text(store, find_text(store, args.text).id, add=args.tags, remove=args.remove)
    print(f"«{record.title}»: {', '.join(record.tags) or 'no tags'}")
    return 0


def change_text(args: argparse.Namespace) -> int:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.library import find_text

    with open_store(args) as store:
        record = _find_any(store, args.text) if args.action == "restore" else None
        record = record or find_text(store, args.text)
        if args.action == "delete":
            store.library.delete_text(record.id)
            print(
                f"Moved «{record.title}» to the bin. "
                f"Undo with: french-reader library restore {record.id}"
            )
        elif args.action == "restore":
            store.library.restore_text(record.id)
            print(f"Restored «{record.title}».")
        else:
            count = analyse_text(store, analysis_cache(args), record.id, record.title)
            print(f"Analysed {count} page{'s' if count != 1 else ''} of «{record.title}».")
    return 0


def _find_any(store: Database, reference: str) -> TextRecord | None:
    """A text in the bin by number or exact title."""
    for record in store.library.texts(include_deleted=True):
        if reference.strip() in (str(record.id), record.title):
            return record
    return None


def purge_bin(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        count = store.library.purge_deleted()
    print(f"Removed {count} text{'s' if count != 1 else ''} from the bin for good.")
    return 0


def write_handout(args: argparse.Namespace) -> int:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.lookup import learner_glosser
    from reader.core.teaching import check_level

    out: Path = args.out
    if out.suffix.lower() not in HANDOUT_SUFFIXES:
        raise InputError(f"Write the handout as {', '.join(HANDOUT_SUFFIXES)}: not {out.name}.")
    level = check_level(args.level) if args.level else None
    with open_store(args) as store:
        glosser = learner_glosser(store)
        cache = analysis_cache(args)
        source = args.source
        if source.lower().startswith("list:"):
            handout, glossed = _list_handout(store, source[5:], cache, glosser, args, level)
        else:
            handout, glossed = _text_handout(store, source, cache, glosser, args, level)
    return _write(out, handout, glossed)


def _options(args: argparse.Namespace, level: str | None) -> dict[str, Any]:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.teaching import DEFAULT_LEVEL, DEFAULT_LIMIT

    limit = DEFAULT_LIMIT if args.limit is None else (args.limit or None)
    return {"level": level or DEFAULT_LEVEL, "exclude": args.exclude, "limit": limit}


def _text_handout(
    store: Database,
    source: str,
    cache: AnalysisCache,
    glosser: Glosser,
    args: argparse.Namespace,
    level: str | None,
) -> tuple[Handout, list[GlossedText] | None]:
    """The text's handout, and the text itself when it is to be glossed."""
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.library import find_text
    from reader.core.teaching import (
        kept_text_handout,
        prepare_text_handout,
        without_left_out,
    )

    record = find_text(store, source)
    # The handout kept with the text (the teacher's edits), unless asked for another one.
    handout = kept_text_handout(store, [record.id])
    kept_part = handout.sections[0].part if handout and handout.sections else None
    part = part_of(args) if not args.whole_text else None
    if not (args.chapters or args.pages or args.whole_text):
        part = kept_part
    changed = level or args.exclude or args.limit is not None or part != kept_part
    if handout is None or changed:
        options = _options(args, level)
        handout = prepare_text_handout(
            store, [record.id], cache, glosser, title=record.title, part=part, **options
        )
    elif part is not None:
        print(f"The handout kept for this text is of its {part.label}.", file=sys.stderr)
    handout = without_left_out(handout)
    if args.glossed:
        # Loaded by this command only, not by every command.
        from reader.render.handout_files import glossed_parts

        return handout, glossed_parts(store, handout)
    return handout, None


def _list_handout(
    store: Database,
    source: str,
    cache: AnalysisCache,
    glosser: Glosser,
    args: argparse.Namespace,
    level: str | None,
) -> tuple[Handout, list[GlossedText] | None]:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.teaching import find_list, list_handout, prepare_glossary

    if args.chapters or args.pages:
        raise InputError(
            "A list reads the part of each text it was given: "
            "`french-reader list add LIST TEXT --chapters 1-2` chooses it."
        )
    found = find_list(store, source)
    if level or args.exclude or args.limit is not None or not store.lists.list_words(found.id):
        prepare_glossary(store, found.id, cache, glosser, **_options(args, level))
        print(f"Prepared the glossary of «{found.title}».", file=sys.stderr)
    handout = list_handout(store, found.id)
    if args.glossed:
        # Loaded by this command only, not by every command.
        from reader.render.handout_files import glossed_parts

        return handout, glossed_parts(store, handout)
    return handout, None


def _write(out: Path, handout: Handout, glossed: list[GlossedText] | None) -> int:
    # Loaded by this command only, not by every command.
    from reader.render.handout_files import DECK_SUFFIXES, write_handout

    count = write_handout(out, handout, glossed=glossed)
    if out.suffix.lower() in DECK_SUFFIXES:
        print(f"Wrote {count} flashcards to {out}.")
    else:
        print(f"Wrote the handout ({count} words, level {handout.level}) to {out}.")
    return 0
