"""`french-reader say TEXT` and `french-reader voices`: offline French speech from the command
line, and the `--audio` options of `export anki`."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.common import Subcommands
from reader.core.errors import InputError
from reader.core.files import write_bytes_atomically

if TYPE_CHECKING:
    from reader.core.speech import AudioOptions, SpeechSettings


def add_speech_parsers(commands: Subcommands) -> None:
    say = commands.add_parser("say", help="speak French text aloud, offline (espeak-ng)")
    say.add_argument("text", help='the French text, or "-" to read it from stdin')
    say.add_argument("--out", type=Path, help="write the sound to a .wav or .mp3 file instead")
    _add_voice_options(say)
    say.set_defaults(command=say_text)

    voices = commands.add_parser("voices", help="the French voices installed for speech")
    voices.set_defaults(command=list_voices)


def _add_voice_options(parser: argparse.ArgumentParser) -> None:
    # Loaded by this command only, not by every command.
    from reader.core.speech import DEFAULT_RATE, DEFAULT_VOICE, MAX_RATE, MIN_RATE

    parser.add_argument("--voice", default=DEFAULT_VOICE, help=f"(default {DEFAULT_VOICE})")
    parser.add_argument(
        "--rate",
        type=int,
        default=DEFAULT_RATE,
        help=f"words per minute, {MIN_RATE}–{MAX_RATE} (default {DEFAULT_RATE})",
    )


def add_audio_options(export: argparse.ArgumentParser) -> None:
    """The export command's options for sound on Anki cards."""
    export.add_argument(
        "--audio",
        action="store_true",
        help="anki only: put the word and its sentence, spoken offline, on each card",
    )
    _add_voice_options(export)


def audio_options(args: argparse.Namespace) -> AudioOptions | None:
    """AudioOptions for export_glossary, or None when --audio was not given."""
    # Loaded by this command only, not by every command.
    from reader.core.speech import AudioOptions, SpeechError, SpeechSettings

    if not getattr(args, "audio", False):
        return None
    if args.format != "anki":
        raise SpeechError("--audio works with Anki packages only: export anki FILE.apkg --audio")
    return AudioOptions(speech=SpeechSettings(args.voice, args.rate))


def say_text(args: argparse.Namespace) -> int:
    # Loaded by this command only, not by every command.
    from reader.core.speech import (
        SpeechError,
        SpeechSettings,
        failure_message,
        require_engine,
        speak_arguments,
        speakable,
    )

    text = speakable(sys.stdin.read() if args.text == "-" else args.text)
    if not text:
        raise SpeechError("Nothing to say: give some French text.")
    engine = require_engine()
    settings = SpeechSettings(args.voice, args.rate)
    if args.out is not None:
        _write_sound(engine, text, args.out, settings)
        print(f"Wrote {args.out}.")
        return 0
    done = subprocess.run(
        [str(engine), *speak_arguments(settings)], input=text.encode(), capture_output=True
    )
    problem = failure_message(done.stderr.decode("utf-8", "replace"))
    if problem is not None or done.returncode != 0:
        raise SpeechError(problem or "The speech engine failed.")
    return 0


def _write_sound(engine: Path, text: str, out: Path, settings: SpeechSettings) -> None:
    # Loaded by this command only, not by every command.
    from reader.core.speech import spoken_wav, wav_to_mp3

    if out.suffix.lower() not in (".wav", ".mp3"):
        raise InputError(f"Cannot write {out.name}: give a .wav or .mp3 file name.")
    if not out.parent.is_dir():
        raise InputError(f"Cannot write {out}: the folder {out.parent} does not exist.")
    wav = spoken_wav(engine, text, settings)
    sound = wav if out.suffix.lower() == ".wav" else wav_to_mp3(wav)
    write_bytes_atomically(out, sound)


def list_voices(args: argparse.Namespace) -> int:
    # Loaded by this command only, not by every command.
    from reader.core.speech import NoFrenchVoice, french_voices, install_hint, require_engine

    voices = french_voices(require_engine())
    if not voices:
        raise NoFrenchVoice(install_hint())
    for voice in voices:
        print(f"{voice.name}\t{voice.label}")
    return 0
