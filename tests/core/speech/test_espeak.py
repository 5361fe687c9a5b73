"""Offline speech in the core: the engine found on the PATH (or not), its French voices, the
command line, speech to a file with the real espeak-ng, and clear errors."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from reader.core.errors import ReaderError
from reader.core.speech.espeak import (
    DEFAULT_VOICE,
    MAX_RATE,
    MIN_RATE,
    NoFrenchVoice,
    SpeechError,
    SpeechSettings,
    failure_message,
    find_engine,
    french_voices,
    install_hint,
    require_engine,
    speak_arguments,
    speakable,
    synthesise_wav,
)


@pytest.fixture
def empty_path(tmp_path: Path) -> str:
    folder = tmp_path / "empty-path"
    folder.mkdir()
    return str(folder)


def test_the_engine_is_found_on_the_path_or_not(empty_path: str) -> None:
    engine = find_engine()
    assert engine is not None and engine.name == "espeak-ng"
    assert find_engine(empty_path) is None
    with pytest.raises(NoFrenchVoice) as raised:
        require_engine(empty_path)
    assert str(raised.value) == install_hint()
    assert "espeak-ng" in install_hint() and isinstance(raised.value, ReaderError)


def test_french_voices_leave_out_mbrola_without_its_program(empty_path: str) -> None:
    voices = french_voices(require_engine())
    names = [voice.name for voice in voices]
    assert names[0] == DEFAULT_VOICE and "roa/fr-BE" in names
    assert voices[0].label == "French (France)"
    assert not any(name.startswith("mb/") for name in names)


def test_arguments_clamp_the_rate_and_read_stdin() -> None:
    assert speak_arguments(SpeechSettings()) == ["-v", DEFAULT_VOICE, "-s", "150", "-b", "1"]
    assert speak_arguments(SpeechSettings("roa/fr-CH", 9), to_stdout=True) == [
        "-v",
        "roa/fr-CH",
        "-s",
        str(MIN_RATE),
        "-b",
        "1",
        "--stdout",
    ]
    assert SpeechSettings("", 10_000).clamped() == SpeechSettings(DEFAULT_VOICE, MAX_RATE)


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("« Aujourd’hui\u00a0! »", "« Aujourd’hui ! »"),
        ("ligne un\nligne deux\u2029trois", "ligne un ligne deux trois"),
        ("-v xx", "-v xx"),  # read from stdin: never an option
        ("   ", ""),
    ],
)
def test_speakable_text_is_one_line(text: str, spoken: str) -> None:
    assert speakable(text) == spoken


def test_synthesise_french_to_a_wav_file(tmp_path: Path) -> None:
    engine = require_engine()
    durations = []
    for rate in (100, 300):
        out = tmp_path / f"{rate}.wav"
        synthesise_wav(engine, "-v Il s’est levé tôt.", out, SpeechSettings(rate=rate))
        with wave.open(str(out)) as sound:
            assert (sound.getnchannels(), sound.getsampwidth()) == (1, 2)
            durations.append(sound.getnframes() / sound.getframerate())
    assert durations[0] > 1.5 * durations[1] > 0.5


def test_an_unknown_voice_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SpeechError, match="voice is not installed"):
        synthesise_wav(require_engine(), "bonjour", tmp_path / "x.wav", SpeechSettings("xx/no"))
    assert not (tmp_path / "x.wav").exists()


def test_failure_messages_from_the_engine_output() -> None:
    assert "not installed" in (failure_message("Error: voice does not exist") or "")
    alsa = "ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM default\nerror: No such file"
    assert "No sound output" in (failure_message(alsa) or "")
    assert failure_message("") is None
