"""The command line: `french-reader` opens the window; subcommands work without it."""

from __future__ import annotations

from reader.cli.commands import main

__all__ = ["main"]
