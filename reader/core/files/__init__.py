"""Files in and out: the one way to open an input file (opening.py: a regular file, opened
once, read with a hard cap), decoding its text whatever the encoding (decoding.py), data the
app did not write (untrusted.py: zip archives and JSON as an attacker could craft them), text
made safe to show (display.py), writing a file whole or not at all (writing.py), and the
temporary files of killed work (leftovers.py)."""

from __future__ import annotations

from reader.core.files.decoding import decode_bytes
from reader.core.files.display import blank_controls, clean_text, one_line, shown_path
from reader.core.files.leftovers import (
    PART_SUFFIX,
    owner_mark,
    remove_abandoned_folders,
    remove_abandoned_parts,
    remove_leftovers,
    temporary_path,
)
from reader.core.files.opening import (
    TEXT_MAX_BYTES,
    describe_missing,
    open_input,
    read_input,
    read_text_file,
    too_large,
)
from reader.core.files.untrusted import (
    ZIP_ERRORS,
    ZipLimits,
    check_zip,
    load_json,
    read_member,
    zip_errors,
)
from reader.core.files.writing import (
    move_into_place,
    sync_file,
    sync_folder,
    write_atomically,
    write_bytes_atomically,
    write_text_atomically,
)

__all__ = [
    "PART_SUFFIX",
    "TEXT_MAX_BYTES",
    "ZIP_ERRORS",
    "ZipLimits",
    "blank_controls",
    "check_zip",
    "clean_text",
    "decode_bytes",
    "describe_missing",
    "load_json",
    "move_into_place",
    "one_line",
    "open_input",
    "owner_mark",
    "read_input",
    "read_member",
    "read_text_file",
    "remove_abandoned_folders",
    "remove_abandoned_parts",
    "remove_leftovers",
    "shown_path",
    "sync_file",
    "sync_folder",
    "temporary_path",
    "too_large",
    "write_atomically",
    "write_bytes_atomically",
    "write_text_atomically",
    "zip_errors",
]
