"""`french-reader [open FILE]`, `gloss FILE` and `lookup WORD`: reading a text in the window,
every word of a file, one word's translations."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.common import Progress, Subcommands, data_root, open_store, print_json


def add_reading_parsers(commands: Subcommands) -> None:
    open_parser = commands.add_parser("open", help="open a file in the reading window")
    open_parser.add_argument("file", type=Path)
    open_parser.set_defaults(command=open_window)

    gloss = commands.add_parser("gloss", help="analyse a file and print every word")
    gloss.add_argument("file", type=Path)
    gloss.add_argument("--json", action="store_true", help="print JSON instead of text")
    gloss.add_argument("--no-cache", action="store_true", help="analyse again even if cached")
    gloss.set_defaults(command=gloss_file)

    lookup = commands.add_parser("lookup", help="translate one French word")
    lookup.add_argument("word")
    lookup.add_argument("--json", action="store_true", help="print JSON instead of text")
    lookup.set_defaults(command=lookup_word)


def open_window(args: argparse.Namespace) -> int:
    # Loaded by this command only: it brings Qt. The spaCy process starts once the article
    # is painted (app.launch): spawning it first delayed that paint (issue 14).
    from reader.ui.app import run_app

    file: Path | None = getattr(args, "file", None)
    return run_app(file, data_root(args))


def gloss_file(args: argparse.Namespace) -> int:
    """Any format `import` reads, with its limits; analysed and printed page by page."""
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.analysis import AnalysisCache
    from reader.core.importers import import_file
    from reader.core.library import write_gloss_json, write_gloss_text
    from reader.core.lookup import learner_glosser
    from reader.core.paths import cache_dir

    imported = import_file(args.file)
    root = data_root(args)
    cache = None if args.no_cache else AnalysisCache(cache_dir(root))
    with open_store(args) as store, Progress("Analysing") as progress:
        write = write_gloss_json if args.json else write_gloss_text
        write(imported, learner_glosser(store), cache, sys.stdout, report=progress)
    return 0


def lookup_word(args: argparse.Namespace) -> int:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.lookup import lookup

    with open_store(args) as store:
        result = lookup(args.word, store)
    if args.json:
        print_json(result)
    else:
        print(_lookup_text(result))
    return 0 if result["translations"] or result["phrases"] else 1


def _lookup_text(result: dict[str, object]) -> str:
    lines = [f"{result['word']} — {result['headword']} ({result['pos']})"]
    if result.get("gender"):
        lines[0] += {"m": ", masculine", "f": ", feminine"}[str(result["gender"])]
    if result.get("ipa"):
        lines[0] += f"  /{result['ipa']}/"
    translations = result["translations"]
    assert isinstance(translations, list)
    for translation in translations:
        origin = translation["origin"]
        if translation["source"] == "teacher":
            origin = f"your teacher's list: {origin}"
        lines.append(f"  [{origin}] " + "; ".join(translation["senses"]))
    phrases = result["phrases"]
    assert isinstance(phrases, list)
    if phrases:
        lines.append("  Only in fixed phrases:")
    for phrase in phrases:
        lines.append(f"  {phrase['phrase']}: " + "; ".join(phrase["senses"]))
    if not translations and not phrases:
        lines.append(
            "  No dictionary has this word. Add your own translation with:\n"
            f'  french-reader glossary add {result["word"]} --translation "..."'
        )
    return "\n".join(lines)
