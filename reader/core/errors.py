"""Errors a user can act on: the CLI prints them, the window shows them."""

from __future__ import annotations


class ReaderError(Exception):
    """Base class: the message is written for the user, not the developer."""

    exit_code = 1


class InputError(ReaderError):
    """A file or text the app cannot read (missing, empty, binary, undecodable)."""

    exit_code = 3


class StoreError(ReaderError):
    """The glossary database cannot be opened, read or written."""

    exit_code = 4


class DictionaryError(ReaderError):
    """A dictionary file is missing or malformed."""

    exit_code = 5


class ModelError(ReaderError):
    """The French language model cannot be loaded."""

    exit_code = 6


class Cancelled(ReaderError):
    """The user cancelled a long task; nothing was changed."""

    exit_code = 130
