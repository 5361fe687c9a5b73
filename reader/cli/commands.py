"""The command line's entry point: `french-reader` opens the window; subcommands work without
it. Each command group is a module of its own (reading, glossary, learning, library, lists,
translation, dictionaries, conjugate, speech); what they share is common.py.

Exit codes: 0 success, 1 other error, 2 wrong usage, 3 unreadable input, 4 glossary database
error, 5 dictionary error, 6 French model missing, 7 translation model error, 8 no network,
130 cancelled.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TextIO, cast

from reader.cli.common import Command
from reader.cli.conjugate import add_conjugate_parser
from reader.cli.dictionaries import add_dictionaries_parser
from reader.cli.glossary import add_glossary_parser
from reader.cli.learning import add_learning_parsers
from reader.cli.library import add_library_parsers
from reader.cli.lists import add_list_parser
from reader.cli.reading import add_reading_parsers, open_window
from reader.cli.speech import add_speech_parsers
from reader.cli.translation import add_translation_parser
from reader.core.analysis import parse_ahead
from reader.core.errors import ReaderError
from reader.core.files.display import clean_text, one_line


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command: Command = getattr(args, "command", None) or open_window
    try:
        with _terminal_safe_output(), parse_ahead.enabled():
            return command(args)
    except ReaderError as error:
        # One line, and nothing a file name or a title could do to the terminal.
        print(f"french-reader: {one_line(str(error))}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("french-reader: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output (head, less) has gone: stop quietly, as Unix tools do.
        sys.stderr.close()
        return 0


class _SafeOutput:
    """stdout for the commands: titles, names and notes come from files, and a control
    character among them (an escape sequence that clears the screen or sets the terminal's
    title) is dropped on the way to the terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(clean_text(text))

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


@contextmanager
def _terminal_safe_output() -> Iterator[None]:
    stream = sys.stdout
    sys.stdout = cast(TextIO, _SafeOutput(stream))
    try:
        yield
    finally:
        sys.stdout = stream


def build_parser() -> argparse.ArgumentParser:
    """Every command group adds its own subcommands (one module each)."""

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

    add_reading_parsers(commands)
    add_glossary_parser(commands)
    add_translation_parser(commands)
    add_dictionaries_parser(commands)
    add_learning_parsers(commands)
    add_library_parsers(commands)
    add_list_parser(commands)
    add_conjugate_parser(commands)
    add_speech_parsers(commands)
    return parser
