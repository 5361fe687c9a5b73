"""`french-reader dict import|list|remove|order|enable|disable`: the learner's dictionaries."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.cli.common import Progress, Subcommands, data_root, print_json

if TYPE_CHECKING:
    from reader.core.dictionaries import DictionaryRegistry, InstalledDictionary

FORMATS = ("kaikki", "dictd", "stardict", "csv")


def add_dictionaries_parser(commands: Subcommands) -> None:
    dictionaries = commands.add_parser("dict", help="import, list, order or remove dictionaries")
    actions = dictionaries.add_subparsers(title="actions", metavar="ACTION", required=True)

    imports = actions.add_parser("import", help="import a dictionary file, once")
    imports.add_argument("file", type=Path, help="kaikki .jsonl, dictd .index, StarDict .ifo, CSV")
    imports.add_argument("--format", choices=FORMATS, help="the file's format (default: guessed)")
    imports.add_argument("--name", help="the name shown for its translations")
    imports.add_argument("--json", action="store_true", help="print JSON instead of text")
    imports.set_defaults(command=import_file)

    listing = actions.add_parser("list", help="the dictionaries, in the order they are asked")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    listing.set_defaults(command=list_dictionaries)

    remove = actions.add_parser("remove", help="remove an imported dictionary")
    remove.add_argument("name")
    remove.set_defaults(command=remove_dictionary)

    order = actions.add_parser("order", help="ask these dictionaries first, in this order")
    order.add_argument("names", nargs="+", metavar="NAME")
    order.set_defaults(command=order_dictionaries)

    for action, enabled in (("enable", True), ("disable", False)):
        switch = actions.add_parser(action, help=f"{action} a dictionary (the bundled one too)")
        switch.add_argument("name")
        switch.set_defaults(command=switch_dictionary, enabled=enabled)


def _registry(args: argparse.Namespace) -> DictionaryRegistry:
    # Loaded by this command only, not by every command.
    from reader.core.dictionaries import DictionaryRegistry

    return DictionaryRegistry(data_root(args))


def import_file(args: argparse.Namespace) -> int:
    # Loaded by this command only, not by every command.
    from reader.core.dictionaries import import_dictionary

    with Progress("Importing") as progress:
        entry = import_dictionary(
            data_root(args), args.file, kind=args.format, name=args.name, report=progress
        )
    if args.json:
        print_json(dictionary_data(entry, available=True))
    else:
        print(f"Imported «{entry.name}» ({entry.kind}): {entry.entries:,} entries")
    return 0


def list_dictionaries(args: argparse.Namespace) -> int:
    registry = _registry(args)
    entries = registry.all()
    if args.json:
        data = [dictionary_data(e, available=registry.is_available(e)) for e in entries]
        print_json(data)
        return 0
    for number, entry in enumerate(entries, start=1):
        state = "" if entry.enabled else "  (disabled)"
        if not registry.is_available(entry):
            state += "  (file missing: remove it and import it again)"
        count = f"{entry.entries:,} entries" if entry.entries else "bundled"
        print(f"{number:>2}. {entry.name}  [{entry.kind}, {count}]{state}")
    return 0


def remove_dictionary(args: argparse.Namespace) -> int:
    entry = _registry(args).remove(args.name)
    print(f"Removed «{entry.name}»")
    return 0


def order_dictionaries(args: argparse.Namespace) -> int:
    entries = _registry(args).reorder(args.names)
    for number, entry in enumerate(entries, start=1):
        print(f"{number:>2}. {entry.name}{'' if entry.enabled else '  (disabled)'}")
    return 0


def switch_dictionary(args: argparse.Namespace) -> int:
    entry = _registry(args).set_enabled(args.name, args.enabled)
    print(f"«{entry.name}» {'enabled' if entry.enabled else 'disabled'}")
    return 0


def dictionary_data(entry: InstalledDictionary, *, available: bool) -> dict[str, Any]:
    return {
        "name": entry.name,
        "format": entry.kind,
        "file": entry.file,
        "source": entry.source,
        "entries": entry.entries,
        "enabled": entry.enabled,
        "imported": entry.imported,
        "available": available,
    }
