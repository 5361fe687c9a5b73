"""Anki .apkg export with genanki: one note per glossary entry, a French -> English card and an
optional English -> French one, note GUIDs from the lemma so a re-export updates the notes."""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
import threading
import time
import zipfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Final

import genanki

from reader.core.exports.fields import CardFields, html_fields, note_guid
from reader.core.models import GlossaryEntry
from reader.core.progress import Report, check_cancelled, report_progress
from reader.core.speech.card_audio import CardAudio

# Fixed for good: Anki recognises the note type by its id, so a re-import reuses it.
MODEL_ID: Final = 1_607_392_531
MODEL_NAME: Final = "French Reader"
FIELDS: Final = (
    "Word",
    "Lemma",
    "Translation",
    "Part of speech",
    "Grammar",
    "Sentence",
    "Cloze",
    "Source",
    "Notes",
    "Other sentences",
    "Reverse",  # not blank: Anki makes the English -> French card too
    "Word audio",  # [sound:...] of the lemma, spoken offline (card_audio), or blank
    "Sentence audio",
)
_BACK_DETAILS = (
    "{{#Part of speech}}<div class=pos>{{Part of speech}}</div>{{/Part of speech}}"
    "{{#Grammar}}<div class=grammar>{{Grammar}}</div>{{/Grammar}}"
    "{{#Notes}}<div class=notes>{{Notes}}</div>{{/Notes}}"
    "{{#Source}}<div class=source>{{Source}}</div>{{/Source}}"
)
TEMPLATES: Final = [
    {
        "name": "French → English",
        "qfmt": "<div class=lemma>{{Lemma}}</div>{{Word audio}}"
        "{{#Sentence}}<div class=sentence>{{Sentence}}</div>{{/Sentence}}{{Sentence audio}}",
        "afmt": "{{FrontSide}}<hr id=answer><div class=translation>{{Translation}}</div>"
        + _BACK_DETAILS,
    },
    {
        "name": "English → French",
        "qfmt": "{{#Reverse}}<div class=translation>{{Translation}}</div>{{/Reverse}}",
        "afmt": "{{FrontSide}}<hr id=answer><div class=lemma>{{Lemma}}</div>{{Word audio}}"
        "{{#Sentence}}<div class=sentence>{{Sentence}}</div>{{/Sentence}}{{Sentence audio}}"
        + _BACK_DETAILS,
    },
]
CSS: Final = """.card { font-family: sans-serif; font-size: 22px; text-align: center; }
.lemma { font-size: 30px; }
.sentence, .grammar, .notes, .source { font-size: 18px; margin-top: 0.6em; }
.pos, .source { color: #6b7280; }
.translation { font-size: 26px; }
"""


NoteMods = Callable[[dict[str, str]], Mapping[str, int]]


def anki_model() -> genanki.Model:
    return genanki.Model(
        MODEL_ID,
        MODEL_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=TEMPLATES,
        css=CSS,
        sort_field_index=FIELDS.index("Lemma"),
    )


def deck_id(name: str) -> int:
    """A stable id per deck name, so a re-export fills the same deck."""
    return 1 << 30 | int.from_bytes(hashlib.sha256(name.encode()).digest()[:4]) >> 2


def anki_tag(tag: str) -> str:
    """Anki tags cannot hold spaces: "à revoir" -> "à_revoir"."""
    return "_".join(tag.split())


def note_values(fields: CardFields, reverse: bool, audio: CardAudio | None = None) -> list[str]:
    audio = audio or CardAudio()
    return [
        fields.word,
        fields.lemma,
        fields.translation,
        fields.part_of_speech,
        fields.grammar,
        fields.sentence,
        fields.cloze,
        fields.source,
        fields.notes,
        fields.other_sentences,
        "y" if reverse else "",
        f"[sound:{audio.word}]" if audio.word else "",
        f"[sound:{audio.sentence}]" if audio.sentence else "",
    ]


def checksum(values: Sequence[str], tags: Sequence[str]) -> str:
    """A digest of what a note holds, to tell which notes changed since the last export."""
    content = "\x1f".join([str(MODEL_ID), *values, "\x1e", *tags])
    return hashlib.sha256(content.encode()).hexdigest()


def now_s() -> int:
    return int(time.time())


def write_apkg(
    entries: Sequence[GlossaryEntry],
    path: Path,
    *,
    deck: str,
    reverse: bool,
    note_mods: NoteMods,
    report: Report | None = None,
    cancel: threading.Event | None = None,
    audio: Mapping[int, CardAudio] | None = None,
    media: Mapping[str, bytes] | None = None,
) -> None:
    """Write an .apkg. note_mods turns each note's checksum (by GUID) into its modification
    time: Database.anki_note_mods, which remembers what was exported. audio: entry id ->
    its sound files, whose bytes media holds by name (card_audio.make_card_audio made them)."""
    audio = audio or {}
    model = anki_model()
    anki_deck = genanki.Deck(deck_id(deck), deck)
    sums: dict[str, str] = {}
    for done, entry in enumerate(entries, start=1):
        check_cancelled(cancel)
        values = note_values(html_fields(entry), reverse, audio.get(entry.id))
        tags = [anki_tag(tag) for tag in entry.tags]
        guid = note_guid(entry)
        sums[guid] = checksum(values, tags)
        # due: new cards come in the order the words were saved
        anki_deck.add_note(genanki.Note(model, values, tags=tags, guid=guid, due=done))
        report_progress(report, done, len(entries) + 1)
    check_cancelled(cancel)
    files = sorted({n for a in audio.values() for n in (a.word, a.sentence) if n})
    sounds = {name: media[name] for name in files} if media is not None else {}
    _write_package(genanki.Package(anki_deck), path, note_mods(sums), sounds)
    report_progress(report, len(entries) + 1, len(entries) + 1)


def _write_package(
    package: genanki.Package,
    path: Path,
    mods: Mapping[str, int],
    media: Mapping[str, bytes] | None = None,
) -> None:
    """genanki's Package.write_to_file, with each note's own modification time."""
    timestamp = time.time()
    # Built in memory, not in a temporary folder: a killed export leaves nothing in /tmp.
    conn = sqlite3.connect(":memory:")
    try:
        package.write_to_db(conn.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
        # A temporary table: notes has no index on guid, and one UPDATE per note by guid
        # would scan the table each time.
        conn.execute("CREATE TEMP TABLE mods (guid TEXT PRIMARY KEY, mod INTEGER)")
        conn.executemany("INSERT INTO temp.mods VALUES (?, ?)", mods.items())
        conn.execute(
            "UPDATE notes SET mod = (SELECT mod FROM temp.mods WHERE guid = notes.guid)"
            " WHERE guid IN (SELECT guid FROM temp.mods)"
        )
        conn.execute("UPDATE cards SET mod = (SELECT mod FROM notes WHERE id = cards.nid)")
        conn.commit()
        conn.execute("DROP TABLE temp.mods")
        collection = conn.serialize()
    finally:
        conn.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("collection.anki2", collection)
        # Anki's media list: the zip holds each file as "0", "1", ... under its real name.
        media = media or {}
        for number, data in enumerate(media.values()):
            archive.writestr(str(number), data)
        archive.writestr("media", json.dumps({str(n): name for n, name in enumerate(media)}))
