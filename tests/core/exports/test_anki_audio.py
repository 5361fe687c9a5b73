"""Flashcards with sound: the word and its sentence spoken offline by espeak-ng into MP3s in
the .apkg, imported into a real Anki collection (the `anki` package), which finds the files
in its media folder and the [sound:...] tags on the cards; no speech engine, a clear error
and nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from reader.core.errors import ReaderError
from reader.core.exports.export import export_glossary
from reader.core.models import Context, EntryDraft
from reader.core.speech.card_audio import AudioOptions, media_name
from reader.core.speech.espeak import NoFrenchVoice, SpeechSettings
from reader.core.store import Database


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Database]:
    with Database(tmp_path / "glossary.sqlite3") as opened:
        opened.glossary.save(
            EntryDraft(
                "se sont rencontrés",
                "se rencontrer",
                pos="VERB",
                translation="to meet",
                context=Context("Ils se sont rencontrés à Paris.", "se sont rencontrés"),
            )
        )
        opened.glossary.save(
            EntryDraft(
                "l’homme",
                "homme",
                pos="NOUN",
                translation="man",
                context=Context("L’homme\u00a0: «\u00a0Aujourd’hui\u00a0!\u00a0»", "homme"),
            )
        )
        opened.glossary.save(
            EntryDraft("chat", "chat", pos="NOUN", translation="cat")
        )  # no sentence
        yield opened


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[Collection]:
    (tmp_path / "anki").mkdir()
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    yield col
    col.close()


def import_apkg(col: Collection, path: Path) -> None:
    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    col.import_anki_package(request)


def test_cards_carry_the_word_and_sentence_audio_into_anki(
    store: Database, collection: Collection, tmp_path: Path
) -> None:
    out = tmp_path / "mots.apkg"
    steps: list[tuple[int, int]] = []
    export_glossary(store, "anki", out, audio=AudioOptions(), report=lambda *s: steps.append(s))
    assert steps[-1] == (7, 7) and [d for d, _ in steps] == sorted(d for d, _ in steps)
    import_apkg(collection, out)

    notes = {
        collection.get_note(n)["Lemma"]: collection.get_note(n) for n in collection.find_notes("")
    }
    speech = SpeechSettings()
    rencontrer = notes["se rencontrer"]
    assert rencontrer["Word audio"] == f"[sound:{media_name('se rencontrer', speech)}]"
    sentence_file = media_name("Ils se sont rencontrés à Paris.", speech)
    assert rencontrer["Sentence audio"] == f"[sound:{sentence_file}]"
    assert notes["chat"]["Sentence audio"] == "" and notes["chat"]["Word audio"]

    media = Path(collection.media.dir())
    for note in notes.values():
        for field in ("Word audio", "Sentence audio"):
            name = note[field].removeprefix("[sound:").removesuffix("]")
            if name:
                samples, rate = soundfile.read(media / name)
                assert rate == 22050 and len(samples) > 0.3 * rate  # real speech, not a blip
                assert np.abs(samples).max() > 0.1
    word_seconds = len(soundfile.read(media / media_name("homme", speech))[0]) / 22050
    sentence_seconds = len(soundfile.read(media / sentence_file)[0]) / 22050
    assert sentence_seconds > word_seconds  # a sentence takes longer to say than a word
    # Anki's own media check finds every sound the cards use, and nothing missing.
    check = collection.media.check()
    assert not check.missing and not check.unused
    card = rencontrer.cards()[0]
    assert "[anki:play:q:0]" in card.question() or "sound" in card.question_av_tags()[0].filename


def test_a_slower_voice_makes_other_files_and_longer_sound(
    store: Database, tmp_path: Path, collection: Collection
) -> None:
    slow = SpeechSettings(rate=90)
    export_glossary(store, "anki", tmp_path / "lent.apkg", audio=AudioOptions(speech=slow))
    import_apkg(collection, tmp_path / "lent.apkg")
    media = Path(collection.media.dir())
    slow_file = media / media_name("Ils se sont rencontrés à Paris.", slow)
    assert slow_file.exists()
    export_glossary(store, "anki", tmp_path / "vite.apkg", audio=AudioOptions(word=False))
    import_apkg(collection, tmp_path / "vite.apkg")
    fast_file = media / media_name("Ils se sont rencontrés à Paris.", SpeechSettings())
    assert len(soundfile.read(slow_file)[0]) > 1.3 * len(soundfile.read(fast_file)[0])
    assert not collection.get_note(collection.find_notes("Lemma:chat")[0])["Word audio"]


def test_without_a_speech_engine_the_export_says_how_to_add_one(
    store: Database, tmp_path: Path
) -> None:
    out = tmp_path / "mots.apkg"
    out.write_bytes(b"the previous export")
    empty = tmp_path / "empty-path"
    empty.mkdir()
    with pytest.raises(NoFrenchVoice, match="No French voice is installed: install espeak-ng"):
        export_glossary(store, "anki", out, audio=AudioOptions(search_path=str(empty)))
    assert out.read_bytes() == b"the previous export"  # nothing lost
    assert issubclass(NoFrenchVoice, ReaderError)
    assert not list(tmp_path.glob(".mots.apkg.*"))  # no half-written file left
