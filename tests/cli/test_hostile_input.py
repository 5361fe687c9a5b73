"""Hostile and unlucky input through the real commands: one line on stderr, a documented exit
code, within seconds, and nothing stored (issue #16). Every file is crafted in the test."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader.core.store import Database
from tests.cli.helpers import run
from tests.core.kindle import kindle_db
from tests.core.sample_files import chapter_body, make_epub
from tests.core.test_files import dead_pid

# Each command that reads a file, and the exit code of its kind of error (README).
READERS = [
    (("import",), 3),
    (("gloss",), 3),
    (("import-words",), 3),
    (("list", "import"), 3),
    (("dict", "import"), 5),
    (("models", "install"), 7),
]


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def nothing_stored(data: Path) -> None:
    glossary = data / "glossary.sqlite3"
    if glossary.exists():
        with Database(glossary) as store:
            assert store.glossary.entries() == []
            assert store.library.texts() == []


@pytest.mark.parametrize(
    ("command", "code"), READERS, ids=lambda c: " ".join(c) if isinstance(c, tuple) else str(c)
)
@pytest.mark.parametrize("kind", ["fifo", "device", "folder", "loop"])
def test_what_is_not_a_regular_file_is_named_and_refused(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    command: tuple[str, ...],
    code: int,
    kind: str,
) -> None:
    path = {
        "fifo": tmp_path / "pipe.txt",
        "device": Path("/dev/zero"),
        "folder": tmp_path / "folder.txt",
        "loop": tmp_path / "loop.txt",
    }[kind]
    if kind == "fifo":
        os.mkfifo(path)  # nobody writes into it: opening it must not wait for ever
    elif kind == "folder":
        path.mkdir()
    elif kind == "loop":
        path.symlink_to(path)
    data = tmp_path / "data"
    status, _, err = run(capsys, data, *command, str(path))
    line = one_line(err)
    assert status == code
    said = {"fifo": "named pipe", "device": "a device", "folder": "a folder", "loop": "link loop"}
    assert said[kind] in line and "does not exist" not in line
    nothing_stored(data)


def test_an_unreadable_file_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    if os.geteuid() == 0:
        # root reads any file: the test makes the failure with a file name the system refuses
        path = tmp_path / ("x" * 300 + ".csv")
    else:
        path = tmp_path / "locked.csv"
        path.write_text("chat\n", encoding="utf-8")
        path.chmod(0)
    for command, code in READERS:
        status, _, err = run(capsys, tmp_path / "data", *command, str(path))
        assert status == code, (command, err)
        one_line(err)


def test_a_non_utf8_file_name_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    name = os.fsdecode(b"dico-\xe9t\xe9.csv")  # Latin-1 bytes in the name
    path = tmp_path / name
    path.write_text("word,translation\nchat,cat\n", encoding="utf-8")
    status, out, err = run(capsys, tmp_path / "data", "dict", "import", str(path))
    assert "Traceback" not in err
    if status:
        one_line(err)
    else:
        out.encode("utf-8")  # printable: the undecodable bytes were replaced


def test_a_data_folder_that_is_a_file_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "not-a-folder"
    data.write_text("x", encoding="utf-8")
    for command in (("glossary", "list"), ("library", "list"), ("dict", "list")):
        status, _, err = run(capsys, data, *command)
        assert status != 0
        assert "not-a-folder" in one_line(err)


# ------------------------------------------------------------------ Kindle vocab.db


def test_a_recursive_view_named_words_is_refused_at_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """12 KB that used to spin for ever: WORDS is a view over an endless recursive query."""
    path = tmp_path / "vocab.db"
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE VIEW WORDS AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)
            SELECT n AS id, 'chat' AS word, 'fr' AS lang, 0 AS category FROM r;
        CREATE TABLE LOOKUPS (id TEXT, word_key TEXT, book_key TEXT, usage TEXT, timestamp INT);
        CREATE TABLE BOOK_INFO (id TEXT, title TEXT);
        """
    )
    conn.close()
    status, _, err = run(capsys, tmp_path / "data", "import-words", str(path))
    assert status == 3
    assert "WORDS is a view" in one_line(err)
    nothing_stored(tmp_path / "data")


def test_odd_kindle_values_are_skipped_not_tracebacks(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = kindle_db(tmp_path / "vocab.db")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE WORDS SET word = ? WHERE id = 'fr:mène'", (b"\x00\xff blob",))
    conn.execute("UPDATE LOOKUPS SET timestamp = 99999999999999999 WHERE id = 'l1'")
    conn.execute("UPDATE LOOKUPS SET timestamp = 'hier' WHERE id = 'l3'")
    conn.execute("UPDATE LOOKUPS SET usage = ? WHERE id = 'l3'", (b"\x01\x02",))
    conn.commit()
    conn.close()
    status, out, err = run(capsys, tmp_path / "data", "import-words", str(path))
    assert status == 0, err
    assert "Imported 2 words" in out
    assert "not text" in one_line(err)
    with Database(tmp_path / "data" / "glossary.sqlite3") as store:
        assert sorted(e.lemma for e in store.glossary.entries()) == ["maison", "mener"]


# ------------------------------------------------------------------ word lists


@pytest.mark.parametrize(
    ("header", "said"), [("%PDF-1.4\n", "is a PDF document"), ("", "does not look like a word")]
)
def test_pdf_source_is_refused_as_a_word_list(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, header: str, said: str
) -> None:
    path = tmp_path / "words.csv"
    path.write_text(
        header + "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\nxref\n0 3\ntrailer\n"
        "startxref\n%%EOF\n",
        encoding="latin-1",
    )
    status, _, err = run(capsys, tmp_path / "data", "import-words", str(path))
    assert status == 3
    assert said in one_line(err)
    nothing_stored(tmp_path / "data")


def test_junk_lines_are_counted_with_examples_and_words_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "words.txt"
    lines = ["maison", "chat", "aujourd'hui", "pomme de terre", "chien", "livre", "ville"]
    lines += ["<div class=x>", "a" * 775, "12345"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, out, err = run(capsys, tmp_path / "data", "import-words", str(path))
    assert status == 0, err
    assert "Imported 7 words" in out
    line = one_line(err)
    assert line.startswith("Skipped 3 lines that are not words: ")
    assert "775 characters" in line and len(line) < 400
    with Database(tmp_path / "data" / "glossary.sqlite3") as store:
        lemmas = {entry.lemma for entry in store.glossary.entries()}
    assert all(len(lemma) < 60 and "<" not in lemma for lemma in lemmas)


# ------------------------------------------------------------------ archives


def test_a_corrupted_deflate_stream_in_a_list_file_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "list.zip"
    body = b'{"format": "french-reader-reading-list", "version": 1, "texts": []}' * 50
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", body)
    raw = bytearray(path.read_bytes())
    start = raw.index(b"manifest.json") + len("manifest.json")
    raw[start + 10 : start + 40] = b"\xff" * 30  # inside the deflate stream
    path.write_bytes(bytes(raw))
    status, _, err = run(capsys, tmp_path / "data", "list", "import", str(path))
    assert status == 3
    assert "damaged" in one_line(err)
    nothing_stored(tmp_path / "data")


def test_duplicate_members_are_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "list.zip"
    with pytest.warns(UserWarning, match="Duplicate name"), zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", "{}")
        archive.writestr("manifest.json", "{}")
    status, _, err = run(capsys, tmp_path / "data", "list", "import", str(path))
    assert status == 3
    assert "two files named" in one_line(err)


def argos_package(path: Path, metadata: bytes, *, model: bytes = b"") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("fr_en/metadata.json", metadata)
        archive.writestr("fr_en/sentencepiece.model", b"x")
        archive.writestr("fr_en/model/model.bin", model)
    return path


def test_a_model_zip_bomb_is_refused_before_unpacking(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    metadata = b'{"type": "translate", "from_code": "fr", "to_code": "en", "argos_version": "1.9"}'
    path = argos_package(tmp_path / "bomb.argosmodel", metadata, model=bytes(200_000_000))
    assert path.stat().st_size < 1_000_000
    data = tmp_path / "data"
    status, _, err = run(capsys, data, "models", "install", str(path))
    assert status == 7
    assert "zip bomb" in one_line(err)
    unpacked = sum(f.stat().st_size for f in data.rglob("*") if f.is_file())
    assert unpacked < 1_000_000


def test_deeply_nested_model_metadata_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = argos_package(tmp_path / "deep.argosmodel", b"[" * 200_000 + b"]" * 200_000)
    status, _, err = run(capsys, tmp_path / "data", "models", "install", str(path))
    assert status == 7
    assert "nests too deeply" in one_line(err)


# ------------------------------------------------------------------ the glossary


def test_glossary_rescue_from_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.core.store.test_rescue import WORDS, corrupt_pages, entry_pages, real_glossary

    data = tmp_path / "data"
    data.mkdir()
    glossary = data / "glossary.sqlite3"
    real_glossary(glossary)
    pages = entry_pages(glossary)
    corrupt_pages(glossary, pages[len(pages) // 2 : len(pages) // 2 + 2])

    status, _, err = run(capsys, data, "glossary", "add", "chat")
    assert status == 4
    assert "glossary rescue" in one_line(err)

    # The readable words can be listed and backed up before anything else is done.
    status, out, err = run(capsys, data, "export", "csv", str(tmp_path / "backup.csv"))
    assert status == 0, err
    backed_up = len((tmp_path / "backup.csv").read_text(encoding="utf-8").splitlines()) - 1
    assert 0 < backed_up < WORDS

    status, out, err = run(capsys, data, "glossary", "rescue")
    assert status == 0, err
    assert "Rescued " in out and "The damaged file is kept as" in out
    kept = [p for p in data.iterdir() if p.name.startswith("glossary.damaged-")]
    assert len([p for p in kept if p.suffix == ".sqlite3"]) == 1  # with its -wal, if any

    status, out, err = run(capsys, data, "glossary", "list", "--json")
    assert status == 0, err
    with Database(glossary) as store:
        assert store.damage is None
        assert backed_up <= len(store.glossary.entries()) < WORDS


def rewrite_member(path: Path, member: str, change: Callable[[bytes], bytes]) -> None:
    """The zip at path with one member's bytes changed (the others copied as they were)."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for info, data in members:
            target.writestr(info, change(data) if info.filename == member else data)


# ------------------------------------------------------------------ EPUB, list files, leftovers


def test_an_epub_spine_naming_an_unknown_item_warns_what_was_left_out(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    chapters = [(f"Chapitre {n}", chapter_body(f"Chapitre {n}")) for n in (1, 2)]
    path = make_epub(tmp_path / "livre.epub", chapters)
    rewrite_member(
        path,
        "EPUB/content.opf",
        lambda opf: opf.replace(b"</spine>", b'<itemref idref="fantome"/></spine>'),
    )
    status, out, err = run(capsys, tmp_path / "data", "import", "--no-analyse", str(path))
    assert status == 0, err
    assert "Imported" in out
    assert "warning: EPUB: 1 part of the book was left out: «fantome» is not in the book" in err


def test_a_list_file_that_unpacks_far_beyond_its_size_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Once 0.97 MB grew a database by 401 MB: a text member of 40 MB of one repeated
    sentence deflates to a few dozen KB."""
    path = tmp_path / "list.zip"
    manifest = {
        "format": "french-reader-reading-list",
        "version": 1,
        "title": "Bombe",
        "notes": "",
        "level": "",
        "texts": [{"file": "texts/001.txt", "title": "Texte"}],
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("texts/001.txt", "Le chat dort sur le canapé. " * 1_500_000)
    assert path.stat().st_size < 1_000_000
    data = tmp_path / "data"
    status, _, err = run(capsys, data, "list", "import", str(path))
    assert status == 3
    assert "zip bomb" in one_line(err) or "too large" in err
    nothing_stored(data)
    assert sum(f.stat().st_size for f in data.rglob("*") if f.is_file()) < 2_000_000


def test_a_list_title_cannot_drive_the_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    text = tmp_path / "texte.txt"
    text.write_text("Le chat\n\nLe chat dort sur le canapé du salon.\n", encoding="utf-8")
    assert run(capsys, data, "import", "--no-analyse", str(text))[0] == 0
    assert run(capsys, data, "list", "create", "Liste")[0] == 0
    assert run(capsys, data, "list", "add", "Liste", "1")[0] == 0
    out_file = tmp_path / "liste.zip"
    assert run(capsys, data, "list", "export", "Liste", str(out_file))[0] == 0
    escape = "\x1b]0;pwned\x07\x1b[2J\x1b[31m"

    def hostile(manifest: bytes) -> bytes:
        loaded = json.loads(manifest)
        loaded["title"] = f"Rouge{escape}"
        loaded["texts"][0]["title"] = f"Texte{escape}"
        return json.dumps(loaded).encode()

    rewrite_member(out_file, "manifest.json", hostile)
    other = tmp_path / "other"
    status, out, err = run(capsys, other, "list", "import", str(out_file))
    assert status == 0, err
    status, shown, err = run(capsys, other, "list", "show")
    assert status == 0, err
    for printed in (out, shown, err):
        assert "\x1b" not in printed and "\x07" not in printed
    assert "Rouge" in shown


def test_leftovers_of_killed_work_go_at_the_next_start_of_that_work(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    gone = dead_pid()
    staging = data / "translation-models" / f".installing-{gone}-0badc0de"
    (staging / "fr_en" / "model").mkdir(parents=True)
    (staging / "fr_en" / "model" / "model.bin").write_bytes(b"\0" * 100_000)
    old = time.time() + 10  # "whatever their age": even one from the future
    os.utime(staging, (old, old))
    status, _, err = run(capsys, data, "models", "install", str(tmp_path / "nothing.argosmodel"))
    assert status == 7
    one_line(err)
    # A package that fails its checks still starts the work: the leftovers go first.
    metadata = b'{"type": "translate", "from_code": "fr", "to_code": "en", "argos_version": "9"}'
    package = argos_package(tmp_path / "m.argosmodel", metadata)
    run(capsys, data, "models", "install", str(package))
    assert not staging.exists()

    dictionaries = data / "dictionaries"
    dictionaries.mkdir(parents=True, exist_ok=True)
    part = dictionaries / f".lexique.tsv.{gone}-0badc0de.part"
    part.write_bytes(b"half a dictionary")
    table = tmp_path / "dico.csv"
    table.write_text("word,translation\nchat,cat\nchien,dog\n", encoding="utf-8")
    status, _, err = run(capsys, data, "dict", "import", str(table))
    assert status == 0, err
    assert not part.exists()


# ------------------------------------------------------------------ Kindle: cancel, time budget


def big_kindle_db(path: Path) -> bytes:
    """A real vocab.db with enough lookups that its query takes many SQLite steps."""
    kindle_db(path)
    conn = sqlite3.connect(path)
    conn.executemany(
        "INSERT INTO LOOKUPS VALUES (?, 'fr:maison', 'b1', 'd', '', 'La maison.', ?)",
        [(f"x{n}", n) for n in range(20_000)],
    )
    conn.commit()
    conn.close()
    return path.read_bytes()


def test_a_kindle_query_stops_on_cancel_and_on_its_time_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core.errors import Cancelled, InputError
    from reader.core.learning import kindle

    path = tmp_path / "vocab.db"
    data = big_kindle_db(path)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        kindle.read_kindle(path, data, cancel=cancel)
    monkeypatch.setattr(kindle, "QUERY_BUDGET_S", 0.0)
    with pytest.raises(InputError, match="takes too long"):
        kindle.read_kindle(path, data)


class _InterruptedOnce(threading.Event):
    """A cancel flag whose first look raises KeyboardInterrupt: what Ctrl+C does when its
    signal lands while SQLite's progress handler runs (sqlite3 would swallow it there)."""

    def __init__(self) -> None:
        super().__init__()
        self.looks = 0

    def is_set(self) -> bool:
        self.looks += 1
        if self.looks == 1:
            raise KeyboardInterrupt
        return super().is_set()


def test_ctrl_c_during_a_kindle_query_stops_it_as_ctrl_c(tmp_path: Path) -> None:
    from reader.core.learning import kindle

    path = tmp_path / "vocab.db"
    data = big_kindle_db(path)
    interrupted = _InterruptedOnce()
    with pytest.raises(KeyboardInterrupt):
        kindle.read_kindle(path, data, cancel=interrupted)
    # Stopped at the first check (the second look is the error path asking about a cancel).
    assert interrupted.looks == 2


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """folder made read-only for this process: by permissions, or for root (whom permissions
    do not stop) by the immutable attribute."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    subprocess.run(["chattr", "+i", str(folder)], check=True)
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_a_read_only_data_folder_reads_and_exports_and_says_why_it_cannot_save(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    assert run(capsys, data, "glossary", "add", "chat")[0] == 0
    before = (data / "glossary.sqlite3").read_bytes()
    with read_only_folder(data):
        status, out, err = run(capsys, data, "glossary", "list")
        assert status == 0, err
        assert "chat" in out
        status, out, err = run(capsys, data, "export", "csv", str(tmp_path / "mots.csv"))
        assert status == 0, err
        assert "chat" in (tmp_path / "mots.csv").read_text(encoding="utf-8")
        status, _, err = run(capsys, data, "glossary", "add", "chien")
        assert status == 4
        assert "is read-only" in one_line(err) and "cannot be saved" in err
    assert (data / "glossary.sqlite3").read_bytes() == before


# ------------------------------------------------------------------ gloss


def test_gloss_reads_html_and_epub_through_the_importers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "article.html"
    page.write_text(
        '<html lang="fr"><head><style>.intro{color:red}</style></head><body><article>'
        '<h1>Le chat</h1><p class="intro">Le chat dort sur le canapé du salon.</p>'
        "<p>Les enquêtes ont été menées en secret par la police.</p></article>"
        "<script>var endobj = 1;</script></body></html>",
        encoding="utf-8",
    )
    status, out, err = run(capsys, tmp_path / "data", "gloss", str(page))
    assert status == 0, err
    assert "canapé" in out and "ont été menées — mener" in out
    assert not any(junk in out for junk in ("<p", "class", "intro", "endobj", "color"))

    book = make_epub(tmp_path / "livre.epub", [("Chapitre 1", chapter_body("Chapitre 1"))])
    status, out, err = run(capsys, tmp_path / "data", "gloss", str(book))
    assert status == 0, err
    assert "Chapitre 1" in out and "<h1>" not in out


def test_gloss_has_the_limits_of_import(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A 5 MB text once took 150 s and 4.3 GB in gloss; now it is analysed page by page, and
    a file past import's limit is refused by both before it is read."""
    huge = tmp_path / "enorme.txt"
    with huge.open("wb") as file:
        file.truncate(60_000_000)  # sparse: the size is what is checked first
    for command in (("gloss",), ("import", "--no-analyse")):
        status, _, err = run(capsys, tmp_path / "data", *command, str(huge))
        assert status == 3
        assert "too large" in one_line(err)


def test_control_characters_in_a_book_never_reach_the_library(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from reader.core.importers import import_file

    # XML forbids C0 controls (ESC) but not C1 ones: U+009B is the 8-bit CSI of terminals.
    book = make_epub(tmp_path / "livre.epub", [("Chapitre 1", chapter_body("Chapitre 1"))])
    rewrite_member(
        book,
        "EPUB/content.opf",
        lambda opf: opf.replace(b"Contes d'Alsace", "Titre\u009b2J\u0090x".encode()).replace(
            b"Marie Dupont", "Au\u009bteur\u0085".encode()
        ),
    )
    imported = import_file(book)
    shown = [imported.title, imported.author, *(c.title for c in imported.chapters)]
    assert all(text.isprintable() for text in shown), shown
    assert imported.title.startswith("Titre")
    status, out, err = run(capsys, tmp_path / "data", "import", "--no-analyse", str(book))
    assert status == 0, err
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
