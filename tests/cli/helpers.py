"""Running the command line in-process, as the CLI tests do."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `french-reader --data-dir DATA ARGS...`."""
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err
