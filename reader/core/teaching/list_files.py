"""Reading list files: one zip a teacher hands out and a student imports, with its texts, notes
and prepared glossary.

    manifest.json   {"format": "french-reader-reading-list", "version": 1, "title", "notes",
                     "level", "texts": [{"file": "texts/001.txt", "title", "author", "note",
                     "source_format", "chapters": [[title, start, end]], "words",
                     "fingerprint"}], "glossary": "glossary.json"}
    texts/001.txt   each text as UTF-8
    glossary.json   [{"text": index into texts or null, "word", "lemma", "headword", "pos",
                      "gender", "translation", "sentence", "edited"}]

The glossary holds the words as the teacher left them: the unticked ones are not in it, and
"edited" (optional, false when missing) marks a translation the teacher typed, so a new search
for words after importing keeps it. An older app ignores that key and reads the file.

Importing trusts nothing in the file: member names are checked (no absolute paths, no "..",
no backslashes), sizes are capped (a zip bomb stops at the cap), the manifest is validated
field by field, and texts are checked against their fingerprints. Nothing is extracted to
disk: the texts go into the database, in one transaction with the list, so an import is whole
or not at all, and nothing is ever written outside the app's data folder.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from reader.core.errors import InputError
from reader.core.files import (
    ZIP_ERRORS,
    ZipLimits,
    blank_controls,
    check_zip,
    clean_text,
    load_json,
    one_line,
    open_input,
    read_member,
    shown_path,
    write_atomically,
)
from reader.core.importers import Chapter, ImportedText
from reader.core.importers.document import MAX_TEXT_CHARS, count_words, fingerprint
from reader.core.importers.language import language_warning
from reader.core.library.pages import split_pages
from reader.core.store import Database, ListText, ListWord, ReadingList

FORMAT: Final = "french-reader-reading-list"
VERSION: Final = 1
MANIFEST: Final = "manifest.json"
GLOSSARY: Final = "glossary.json"
MAX_FILE_BYTES: Final = 200 * 1024 * 1024
MAX_MEMBERS: Final = 2_000
MAX_MEMBER_BYTES: Final = 4 * MAX_TEXT_CHARS  # UTF-8 takes up to 4 bytes a character
MAX_MANIFEST_BYTES: Final = 4 * 1024 * 1024
MAX_TOTAL_BYTES: Final = 400 * 1024 * 1024
# Text and JSON deflate to a third or a quarter of their size; a list that unpacks to a
# hundred times more is a bomb (0.97 MB once grew a database by 401 MB).
MAX_EXPANSION: Final = 20
FREE_EXPANSION_BYTES: Final = 8_000_000
_WORD_FIELDS: Final = ("word", "lemma", "headword", "pos", "gender", "translation", "sentence")


@dataclass(frozen=True, slots=True)
class ListImport:
    reading_list: ReadingList
    outcomes: tuple[str, ...]  # per text: added, duplicate (already in the library), restored
    words: int  # in the prepared glossary


# ---------------------------------------------------------------- export


def export_list(store: Database, list_id: int, out: Path) -> Path:
    """Write the list, its texts and its prepared glossary to a zip at out (atomically)."""
    reading_list = store.lists.reading_list(list_id)
    items = store.lists.list_items(list_id)
    if not items:
        raise InputError(f"The reading list «{reading_list.title}» has no texts to export.")
    index = {item.text.id: number for number, item in enumerate(items)}
    texts = []
    for number, item in enumerate(items, start=1):
        record = item.text
        texts.append(
            {
                "file": f"texts/{number:03d}.txt",
                "title": record.title,
                "author": record.author,
                "note": item.note,
                "source_format": record.source_format,
                "chapters": [[c.title, c.start, c.end] for c in record.chapters],
                "words": record.word_count,
                "fingerprint": record.fingerprint,
            }
        )
    glossary = [
        {
            "text": index.get(word.text_id) if word.text_id is not None else None,
            **{name: getattr(word, name) for name in _WORD_FIELDS},
            "edited": word.edited,
        }
        for word in store.lists.list_words(list_id, left_out=False)
    ]
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "title": reading_list.title,
        "notes": reading_list.notes,
        "level": reading_list.level,
        "texts": texts,
        "glossary": GLOSSARY,
    }

    def write(path: Path) -> None:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, _json(manifest))
            for entry, item in zip(texts, items, strict=True):
                archive.writestr(str(entry["file"]), store.library.text_body(item.text.id))
            archive.writestr(GLOSSARY, _json(glossary))

    out = Path(out)
    if not out.parent.is_dir():
        raise InputError(f"Cannot export to {out}: the folder {out.parent} does not exist.")
    write_atomically(out, write)
    return out


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- import


def import_list(store: Database, path: Path) -> ListImport:
    """Import a reading list file: its texts join the library (a text already there is
    reused), the list and its glossary are created. InputError, and nothing stored, if the
    file is not a valid list file."""
    path = Path(path)
    name = shown_path(path.name)
    with open_input(path, max_bytes=MAX_FILE_BYTES) as raw:
        try:
            with zipfile.ZipFile(raw) as archive:
                reader = _Members(archive, name)
                manifest = _manifest(reader.read(MANIFEST, MAX_MANIFEST_BYTES), name)
                texts = [_text(entry, reader, name) for entry in manifest["texts"]]
                glossary = _glossary(manifest, reader, name, len(texts))
        except ZIP_ERRORS as exc:
            raise InputError(
                f"{name} is not a reading list file (damaged or not a zip): {exc}"
            ) from None
        except OSError as exc:
            raise InputError(
                f"Cannot read the reading list {name}: {exc.strerror or exc}."
            ) from None
    reading_list, outcomes = store.lists.add_list_with_texts(
        manifest["title"], manifest["notes"], texts, manifest["level"], glossary
    )
    return ListImport(reading_list, tuple(outcomes), len(glossary))


class _Members:
    """Checked access to the zip's members: safe names, capped sizes."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self.archive = archive
        self.name = name
        limits = ZipLimits(
            MAX_MEMBERS, MAX_MEMBER_BYTES, MAX_TOTAL_BYTES, MAX_EXPANSION, FREE_EXPANSION_BYTES
        )
        infos = check_zip(archive, limits, name=name, error=InputError)
        self.infos = {info.filename: info for info in infos}
        self.total = 0

    def read(self, member: str, limit: int | None = None) -> bytes:
        limit = MAX_MEMBER_BYTES if limit is None else limit
        info = self.infos.get(member)
        if info is None:
            raise InputError(f"{self.name} is not a complete reading list: {member} is missing.")
        if info.file_size > limit:
            raise InputError(f"{member} in {self.name} is too big ({info.file_size:,} bytes).")
        # Every read counts, a member named by several texts too: the total stays capped.
        self.total += info.file_size
        if self.total > MAX_TOTAL_BYTES:
            raise InputError(f"{self.name} unpacks to more than {MAX_TOTAL_BYTES // 2**20} MB.")
        return read_member(self.archive, info, name=self.name, error=InputError)


def _manifest(data: bytes, name: str) -> dict[str, Any]:
    manifest = load_json(data, what=f"The manifest of {name}", error=InputError)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise InputError(f"{name} is not a French Reader reading list.")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InputError(f"The manifest of {name} has no valid version.")
    if version > VERSION:
        raise InputError(
            f"{name} was made by a newer version of the app (list format {version}); "
            "update the app to import it."
        )
    # What the teacher typed reaches the student's terminal and window: no control characters.
    manifest["title"] = one_line(_require(manifest, "title", str, name))
    if not manifest["title"]:
        raise InputError(f"The manifest of {name} has a blank title.")
    manifest["notes"] = clean_text(_optional(manifest, "notes", str, "", name))
    manifest["level"] = one_line(_optional(manifest, "level", str, "", name))
    _require(manifest, "texts", list, name)
    if not manifest["texts"]:
        raise InputError(f"{name} holds no texts.")
    return manifest


def _require(data: dict[str, Any], key: str, kind: type, name: str) -> Any:
    value = data.get(key)
    if not isinstance(value, kind):
        raise InputError(f"The manifest of {name} is damaged: {key!r} is missing or wrong.")
    return value


def _optional(data: dict[str, Any], key: str, kind: type, default: Any, name: str) -> Any:
    return default if data.get(key) is None else _require(data, key, kind, name)


def _text(entry: Any, reader: _Members, name: str) -> ListText:
    if not isinstance(entry, dict):
        raise InputError(f"The manifest of {name} is damaged: a text is not described.")
    member = _require(entry, "file", str, name)
    body = _decode(reader.read(member), member, name)
    chapters = _chapters(_optional(entry, "chapters", list, [], name), len(body), name)
    if fingerprint(body) != _optional(entry, "fingerprint", str, fingerprint(body), name):
        raise InputError(f"{member} in {name} does not match its manifest (damaged file?).")
    body = blank_controls(body)  # each control a space: the chapters' offsets stay right
    words = count_words(body)
    if not words:
        raise InputError(f"{member} in {name} holds no text to read.")
    imported = ImportedText(
        title=one_line(_require(entry, "title", str, name)) or member,
        author=one_line(_optional(entry, "author", str, "", name)),
        text=body,
        chapters=chapters,
        source_path=f"{name}/{member}",
        source_format=one_line(_optional(entry, "source_format", str, "text", name)),
        language_warning=language_warning(body),
        warnings=(),
        word_count=words,
        fingerprint=fingerprint(body),
    )
    note = clean_text(_optional(entry, "note", str, "", name))
    return ListText(imported, split_pages(body, chapters), note)


def _decode(data: bytes, member: str, name: str) -> str:
    try:
        body = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{member} in {name} is not UTF-8 text: {exc}") from exc
    if len(body) > MAX_TEXT_CHARS:
        raise InputError(f"{member} in {name} is too long.")
    return body


def _chapters(raw: list[Any], length: int, name: str) -> tuple[Chapter, ...]:
    chapters = []
    previous_end = 0
    for item in raw:
        valid = (
            isinstance(item, list)
            and len(item) == 3
            and isinstance(item[0], str)
            and all(isinstance(x, int) and not isinstance(x, bool) for x in item[1:])
        )
        if not valid or not previous_end <= item[1] <= item[2] <= length:
            raise InputError(f"The manifest of {name} is damaged: a chapter is out of place.")
        chapters.append(Chapter(one_line(item[0]), item[1], item[2]))
        previous_end = item[2]
    return tuple(chapters)


def _glossary(
    manifest: dict[str, Any], reader: _Members, name: str, texts: int
) -> list[tuple[int | None, ListWord]]:
    member = _optional(manifest, "glossary", str, "", name)
    if not member:
        return []
    data = reader.read(member, MAX_MANIFEST_BYTES)
    raw = load_json(data, what=f"The glossary of {name}", error=InputError)
    if not isinstance(raw, list):
        raise InputError(f"The glossary of {name} is damaged: it is not a list of words.")
    return [_word(item, name, texts) for item in raw]


def _word(item: Any, name: str, texts: int) -> tuple[int | None, ListWord]:
    check: Callable[[bool], None] = _damaged_glossary(name)
    check(isinstance(item, dict))
    index = item.get("text")
    check(index is None or (isinstance(index, int) and 0 <= index < texts))
    values = {key: item.get(key, "") for key in _WORD_FIELDS}
    check(all(isinstance(value, str) for value in values.values()))
    values = {key: one_line(value) for key, value in values.items()}
    check(bool(values["lemma"]))
    edited = item.get("edited", False)
    check(isinstance(edited, bool))
    return index, ListWord(**values, edited=edited)


def _damaged_glossary(name: str) -> Callable[[bool], None]:
    def check(condition: bool) -> None:
        if not condition:
            raise InputError(f"The glossary of {name} is damaged: a word is not described.")

    return check
