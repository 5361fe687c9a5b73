"""write_atomically: the new file whole or the old one untouched, never a part, and no
temporary file left behind by a failure or (on the next write) by a killed writer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.errors import Cancelled, DictionaryError, InputError
from reader.core.files import (
    remove_leftovers,
    temporary_path,
    write_atomically,
    write_text_atomically,
)


def hidden_files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.startswith("."))


def test_a_new_file_is_written_whole(tmp_path: Path) -> None:
    out = tmp_path / "mots.csv"
    write_text_atomically(out, "mot,traduction\nchat,cat\n")
    assert out.read_text(encoding="utf-8") == "mot,traduction\nchat,cat\n"
    assert hidden_files(tmp_path) == []


def test_an_old_file_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "mots.csv"
    out.write_text("old", encoding="utf-8")
    write_text_atomically(out, "new")
    assert out.read_text(encoding="utf-8") == "new"
    assert hidden_files(tmp_path) == []


def test_the_temporary_file_is_beside_the_target_and_hidden(tmp_path: Path) -> None:
    seen: list[Path] = []

    def write(path: Path) -> None:
        seen.append(path)
        path.write_text("x", encoding="utf-8")

    write_atomically(tmp_path / "deck.apkg", write)
    assert seen[0].parent == tmp_path  # same folder: the rename cannot cross disks
    assert seen[0].name.startswith(".deck.apkg.") and seen[0].name.endswith(".part")


@pytest.mark.parametrize("failure", [Cancelled("stopped"), ValueError("a bug")])
def test_a_failed_or_cancelled_write_leaves_the_old_file_and_no_part(
    tmp_path: Path, failure: Exception
) -> None:
    out = tmp_path / "mots.csv"
    out.write_text("the old export", encoding="utf-8")

    def write(path: Path) -> None:
        path.write_text("half of the new", encoding="utf-8")
        raise failure

    with pytest.raises(type(failure)):
        write_atomically(out, write)
    assert out.read_text(encoding="utf-8") == "the old export"
    assert hidden_files(tmp_path) == []


def test_an_unwritable_place_is_one_line_in_the_error_class_asked_for(tmp_path: Path) -> None:
    missing = tmp_path / "no such folder" / "list.json"
    with pytest.raises(InputError, match=r"^Cannot write .*list\.json: .*\.$") as caught:
        write_text_atomically(missing, "{}")
    assert "\n" not in str(caught.value)
    with pytest.raises(DictionaryError):
        write_text_atomically(missing, "{}", error=DictionaryError)


def test_a_folder_in_the_way_is_an_error_and_stays_a_folder(tmp_path: Path) -> None:
    (tmp_path / "out.csv").mkdir()
    with pytest.raises(InputError):
        write_text_atomically(tmp_path / "out.csv", "x")
    assert (tmp_path / "out.csv").is_dir()
    assert hidden_files(tmp_path) == []


def dead_pid() -> int:
    """The id of a process that has exited (and been waited for)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_killed_writers_leftover_goes_at_the_next_write_of_the_same_file(
    tmp_path: Path,
) -> None:
    out = tmp_path / "semaine [1].zip"  # glob characters in the name
    leftover = tmp_path / f".{out.name}.{dead_pid()}-0badc0de.part"
    leftover.write_bytes(b"PK half a zip")
    other = tmp_path / f".other.zip.{dead_pid()}-0badc0de.part"  # another file's: not ours
    other.write_bytes(b"PK")
    write_text_atomically(out, "whole")
    assert not leftover.exists()
    assert other.exists()
    assert out.read_text(encoding="utf-8") == "whole"


def test_a_running_writers_file_is_left_alone(tmp_path: Path) -> None:
    out = tmp_path / "mots.csv"
    waiting = [sys.executable, "-c", "import sys; sys.stdin.read()"]
    with subprocess.Popen(waiting, stdin=subprocess.PIPE) as running:
        busy = tmp_path / f".{out.name}.{running.pid}-00000000.part"
        busy.write_text("being written", encoding="utf-8")
        mine = temporary_path(out)  # this process: alive
        mine.write_text("being written here", encoding="utf-8")
        assert remove_leftovers(out) == []
        assert busy.exists() and mine.exists()
        running.communicate(b"")
    assert remove_leftovers(out) == [busy]


def test_a_link_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    (tmp_path / "cloud").mkdir()
    target = tmp_path / "cloud" / "mots.csv"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "mots.csv"
    link.symlink_to(target)
    write_text_atomically(link, "new")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new"
