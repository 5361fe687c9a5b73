"""Audio for flashcards: each glossary word and its first sentence spoken offline by espeak-ng
and kept as a small MP3 that Anki plays (on the desktop and on phones alike).

File names come from what is spoken and how, so a re-export makes the same names and Anki
keeps one copy of each sound.
"""

from __future__ import annotations

import hashlib
import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from reader.core.models import GlossaryEntry
from reader.core.progress import Report, check_cancelled, report_progress
from reader.core.speech.espeak import SpeechError, SpeechSettings, require_engine, spoken_wav

PREFIX: Final = "french-reader-"


@dataclass(frozen=True, slots=True)
class AudioOptions:
    """What to speak on each card, and with which voice and speed."""

    word: bool = True
    sentence: bool = True
    speech: SpeechSettings = field(default_factory=SpeechSettings)
    search_path: str | None = None  # where to look for espeak-ng (None: $PATH)


@dataclass(frozen=True, slots=True)
class CardAudio:
    """The media file names of one entry's sounds ("" when not made)."""

    word: str = ""
    sentence: str = ""


def media_name(text: str, speech: SpeechSettings) -> str:
    key = f"{speech.voice}\x1f{speech.rate}\x1f{text}".encode()
    return f"{PREFIX}{hashlib.sha256(key).hexdigest()[:20]}.mp3"


def spoken_texts(entry: GlossaryEntry) -> tuple[str, str]:
    """(the word as the card shows it, its first sentence)."""
    sentence = entry.contexts[0].sentence if entry.contexts else ""
    return entry.lemma, sentence


def make_card_audio(
    entries: Sequence[GlossaryEntry],
    media: dict[str, bytes],
    options: AudioOptions,
    *,
    report: Report | None = None,
    cancel: threading.Event | None = None,
) -> dict[int, CardAudio]:
    """Speak every entry's word and sentence into MP3s added to media (file name -> bytes;
    each text once); returns entry id -> its file names. Raises NoFrenchVoice before any work
    if there is no voice."""
    engine = require_engine(options.search_path)
    made: dict[str, str] = {}  # text -> file name
    audio: dict[int, CardAudio] = {}
    for done, entry in enumerate(entries, start=1):
        word, sentence = spoken_texts(entry)
        names = ["", ""]
        for slot, (wanted, text) in enumerate(((options.word, word), (options.sentence, sentence))):
            if wanted and text.strip():
                check_cancelled(cancel)
                if text not in made:
                    made[text] = media_name(text, options.speech)
                    media[made[text]] = _speak_to_mp3(engine, text, options.speech, cancel)
                names[slot] = made[text]
        audio[entry.id] = CardAudio(*names)
        report_progress(report, done, len(entries))
    return audio


def _speak_to_mp3(
    engine: Path, text: str, speech: SpeechSettings, cancel: threading.Event | None
) -> bytes:
    try:
        return wav_to_mp3(spoken_wav(engine, text, speech, cancel=cancel))
    except SpeechError as error:
        raise SpeechError(f"Could not make the sound of «{text[:40]}»: {error}") from error


def wav_to_mp3(wav: bytes) -> bytes:
    """A WAV file's bytes as an MP3 file's bytes, in memory."""
    import soundfile  # loaded only when audio is asked for

    out = io.BytesIO()
    try:
        samples, rate = soundfile.read(io.BytesIO(wav), dtype="int16")
        soundfile.write(out, samples, rate, format="MP3")
    except (RuntimeError, soundfile.LibsndfileError) as error:
        raise SpeechError(f"the sound could not be encoded as MP3 ({error})") from error
    return out.getvalue()
