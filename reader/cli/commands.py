"""The command line: `french-reader` opens the window; subcommands work without it.

Exit codes: 0 success, 1 other error, 2 wrong usage, 3 unreadable input, 4 glossary database
error, 5 dictionary error, 6 French model missing, 7 translation model error, 8 no network,
130 cancelled.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.core.errors import ReaderError

Command = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command: Command = getattr(args, "command", None) or open_window
    try:
        return command(args)
    except ReaderError as error:
        print(f"french-reader: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("french-reader: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output (head, less) has gone: stop quietly, as Unix tools do.
        sys.stderr.close()
        return 0


def build_parser() -> argparse.ArgumentParser:
    from reader.cli.conjugate import add_conjugate_parser
    from reader.cli.dictionaries import add_dictionaries_parser
    from reader.cli.glossary import add_glossary_parser
    from reader.cli.learning import add_learning_parsers
    from reader.cli.library import add_library_parsers
    from reader.cli.speech import add_speech_parsers
    from reader.cli.translation import add_translation_parser

    parser = argparse.ArgumentParser(
        prog="french-reader",
        description="Read French texts, click words, keep a glossary. "
        "With no command, opens the reading window.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help="folder for the glossary and caches (default: $FRENCH_READER_DATA, "
        "else the platform's user data folder)",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

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

    add_glossary_parser(commands)
    add_translation_parser(commands)
    add_dictionaries_parser(commands)
    add_learning_parsers(commands)
    add_library_parsers(commands)
    add_conjugate_parser(commands)
    add_speech_parsers(commands)
    return parser


def data_root(args: argparse.Namespace) -> Path:
    from reader.core.paths import data_dir

    return data_dir(args.data_dir)


def open_window(args: argparse.Namespace) -> int:
    from reader.ui.app import run_app

    file: Path | None = getattr(args, "file", None)
    return run_app(file, data_root(args))


def gloss_file(args: argparse.Namespace) -> int:
    from reader.core.analysis.cache import AnalysisCache, analyse_cached
    from reader.core.importers.articles import load_article
    from reader.core.lookup.gloss import gloss_data, gloss_text
    from reader.core.paths import cache_dir

    article = load_article(args.file)
    root = data_root(args)
    cache = None if args.no_cache else AnalysisCache(cache_dir(root))
    analysis = analyse_cached(article.text, cache)
    with _open_store(root) as store:
        if args.json:
            data = gloss_data(analysis, store)
            print(json.dumps(data, ensure_ascii=False, indent=1))
        else:
            print(gloss_text(analysis, store, title=article.title))
    return 0


def lookup_word(args: argparse.Namespace) -> int:
    from reader.core.lookup.gloss import lookup

    with _open_store(data_root(args)) as store:
        result = lookup(args.word, store)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(_lookup_text(result))
    return 0 if result["translations"] else 1


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
    if not translations:
        lines.append(
            "  No dictionary has this word. Add your own translation with:\n"
            f'  french-reader glossary add {result["word"]} --translation "..."'
        )
    return "\n".join(lines)


def _open_store(root: Path):  # type: ignore[no-untyped-def]
    from reader.core.store import Database

    return Database.open_in(root)


if __name__ == "__main__":
    sys.exit(main())
