"""Offline French speech with the platform's espeak-ng: finding the engine and its French
voices, the command that speaks a text, and synthesis to a file (for flashcards).

espeak-ng is the one engine found on every platform the app runs on (Debian/Ubuntu package,
Homebrew, a Windows installer), needs no network, and starts speaking in about 10 ms. The
window plays through it as a child process (speech_player.py); nothing here blocks on audio.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from reader.core.errors import ReaderError
from reader.core.files import write_bytes_atomically
from reader.core.progress import check_cancelled

ENGINES: Final = ("espeak-ng", "espeak")
DEFAULT_VOICE: Final = "roa/fr"  # espeak-ng's French (France)
DEFAULT_RATE: Final = 150  # words per minute; espeak-ng's own default, 175, is fast for learners
MIN_RATE: Final = 80
MAX_RATE: Final = 400
TIMEOUT_S: Final = 60.0
WAV_HEADER: Final = 44  # RIFF, fmt and data headers of espeak-ng's 16-bit mono WAV


class SpeechError(ReaderError):
    """Speech could not be made: the message says what to install or change."""


class NoFrenchVoice(SpeechError):
    """No speech engine with a French voice on this computer."""


def install_hint() -> str:
    """How to add a French voice on this platform, in one sentence."""
    if sys.platform == "darwin":
        how = "install espeak-ng with Homebrew (brew install espeak-ng)"
    elif sys.platform == "win32":
        how = "install espeak-ng from its Windows installer (espeak-ng.msi) and restart the app"
    else:
        how = "install espeak-ng with your package manager (sudo apt install espeak-ng)"
    return f"No French voice is installed: {how}, then try again."


@dataclass(frozen=True, slots=True)
class Voice:
    """A French voice of the engine: `name` is what `-v` takes (roa/fr), `label` is shown."""

    name: str
    label: str


@dataclass(frozen=True, slots=True)
class SpeechSettings:
    voice: str = DEFAULT_VOICE
    rate: int = DEFAULT_RATE

    def clamped(self) -> SpeechSettings:
        return SpeechSettings(self.voice or DEFAULT_VOICE, min(MAX_RATE, max(MIN_RATE, self.rate)))


def find_engine(search_path: str | None = None) -> Path | None:
    """The espeak-ng (or espeak) program on `search_path` (default: $PATH), or None."""
    for name in ENGINES:
        found = shutil.which(name, path=search_path)
        if found:
            return Path(found)
    return None


def require_engine(search_path: str | None = None) -> Path:
    engine = find_engine(search_path)
    if engine is None:
        raise NoFrenchVoice(install_hint())
    return engine


def french_voices(engine: Path, search_path: str | None = None) -> list[Voice]:
    """The engine's French voices; MBROLA ones only where the mbrola program is installed."""
    listing = _run([str(engine), "--voices=fr"], b"").decode("utf-8", "replace")
    has_mbrola = shutil.which("mbrola", path=search_path) is not None
    voices = []
    for line in listing.splitlines()[1:]:
        parts = line.split()
        if len(parts) < 5 or not parts[1].startswith("fr"):
            continue
        name, label = parts[4], parts[3].replace("_", " ")
        if name.startswith("mb/") and not has_mbrola:
            continue
        voices.append(Voice(name, label))
    return voices


def speak_arguments(settings: SpeechSettings, *, to_stdout: bool = False) -> list[str]:
    """espeak-ng's arguments to speak UTF-8 text read from stdin (never from the command
    line: a text starting with "-" would read as an option)."""
    chosen = settings.clamped()
    arguments = ["-v", chosen.voice, "-s", str(chosen.rate), "-b", "1"]
    return [*arguments, "--stdout"] if to_stdout else arguments


def speakable(text: str) -> str:
    """One line of text: espeak-ng reads stdin line by line, and a pause per line break in a
    selection sounds broken; no-break spaces are plain spaces to it."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def failure_message(stderr: str) -> str | None:
    """What went wrong, in words a learner can act on, from the engine's error output."""
    lowered = stderr.lower()
    if "voice does not exist" in lowered or "mbrola" in lowered:
        return (
            "The chosen voice is not installed: pick another French voice in Settings → Speech "
            "(french-reader voices lists them)."
        )
    if "pcm" in lowered or ("audio" in lowered and "error" in lowered):
        return "No sound output is available: check that a speaker or headphones are connected."
    return None


def synthesise_wav(
    engine: Path,
    text: str,
    out: Path,
    settings: SpeechSettings,
    *,
    cancel: threading.Event | None = None,
) -> None:
    """Write the spoken text to a WAV file (mono, 22,050 Hz)."""
    wav = spoken_wav(engine, text, settings, cancel=cancel)
    write_bytes_atomically(out, wav)


def spoken_wav(
    engine: Path, text: str, settings: SpeechSettings, *, cancel: threading.Event | None = None
) -> bytes:
    """The spoken text as the bytes of a WAV file, made in memory (no temporary file)."""
    check_cancelled(cancel)
    wav = _run([str(engine), *speak_arguments(settings, to_stdout=True)], speakable(text).encode())
    if len(wav) <= WAV_HEADER:  # a bare header: the voice said nothing
        raise SpeechError(f"The voice {settings.voice} made no sound for «{text[:40]}».")
    return with_sizes(wav)


def with_sizes(wav: bytes) -> bytes:
    """A streamed WAV states no length (the engine did not know it yet): write it in, so that
    every player and decoder reads the whole sound and knows how long it is."""
    fixed = bytearray(wav)
    if fixed[:4] == b"RIFF" and fixed[36:40] == b"data":
        struct.pack_into("<I", fixed, 4, len(fixed) - 8)
        struct.pack_into("<I", fixed, 40, len(fixed) - WAV_HEADER)
    return bytes(fixed)


def _run(command: list[str], stdin: bytes) -> bytes:
    # Output goes to stdout, never to a sound card: PULSE_SERVER=none keeps espeak-ng's sound
    # library from opening PulseAudio, which would write ~/.config/pulse.
    environment = dict(os.environ, LC_ALL="C.UTF-8", PULSE_SERVER="none")
    try:
        done = subprocess.run(
            command, input=stdin, capture_output=True, timeout=TIMEOUT_S, env=environment
        )
    except FileNotFoundError as error:
        raise NoFrenchVoice(install_hint()) from error
    except subprocess.TimeoutExpired as error:
        raise SpeechError("The speech engine did not answer within a minute.") from error
    problem = failure_message(done.stderr.decode("utf-8", "replace"))
    if problem is not None and not done.stdout[WAV_HEADER:]:
        raise SpeechError(problem)
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        raise SpeechError(f"The speech engine failed: {detail[0]}")
    return done.stdout
