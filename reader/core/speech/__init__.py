"""French speech, offline, with the platform's espeak-ng: the engine and its French voices
(espeak), and the sound of flashcards (card_audio).

The names below are the package's public surface, for the command line and the window. Each
loads its module on first use, not with the package: importing one module of the package
never imports the others (spaCy, genanki and Argos stay out of start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.speech.card_audio import AudioOptions as AudioOptions
    from reader.core.speech.card_audio import wav_to_mp3 as wav_to_mp3
    from reader.core.speech.espeak import DEFAULT_RATE as DEFAULT_RATE
    from reader.core.speech.espeak import DEFAULT_VOICE as DEFAULT_VOICE
    from reader.core.speech.espeak import MAX_RATE as MAX_RATE
    from reader.core.speech.espeak import MIN_RATE as MIN_RATE
    from reader.core.speech.espeak import WAV_HEADER as WAV_HEADER
    from reader.core.speech.espeak import NoFrenchVoice as NoFrenchVoice
    from reader.core.speech.espeak import SpeechError as SpeechError
    from reader.core.speech.espeak import SpeechSettings as SpeechSettings
    from reader.core.speech.espeak import Voice as Voice
    from reader.core.speech.espeak import failure_message as failure_message
    from reader.core.speech.espeak import find_engine as find_engine
    from reader.core.speech.espeak import french_voices as french_voices
    from reader.core.speech.espeak import install_hint as install_hint
    from reader.core.speech.espeak import require_engine as require_engine
    from reader.core.speech.espeak import speak_arguments as speak_arguments
    from reader.core.speech.espeak import speakable as speakable
    from reader.core.speech.espeak import spoken_wav as spoken_wav

_EXPORTS = {
    "DEFAULT_RATE": "espeak",
    "DEFAULT_VOICE": "espeak",
    "MAX_RATE": "espeak",
    "MIN_RATE": "espeak",
    "WAV_HEADER": "espeak",
    "NoFrenchVoice": "espeak",
    "SpeechError": "espeak",
    "SpeechSettings": "espeak",
    "failure_message": "espeak",
    "find_engine": "espeak",
    "french_voices": "espeak",
    "install_hint": "espeak",
    "require_engine": "espeak",
    "speak_arguments": "espeak",
    "speakable": "espeak",
    "spoken_wav": "espeak",
    "Voice": "espeak",
    "AudioOptions": "card_audio",
    "wav_to_mp3": "card_audio",
}


def __getattr__(name: str) -> object:
    """A public name, from its module (imported now if it was not)."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value
