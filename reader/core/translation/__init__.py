"""Offline machine translation with Argos Translate: the models on disk (argos), installing
one from a file (install) or downloading it when asked (download), translating sentences,
paragraphs and words (translate), and the cache of translations.

The names below are the package's public surface, for the command line and the window. Each
loads its module on first use, not with the package: importing one module of the package
never imports the others (spaCy, genanki and Argos stay out of start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.translation.argos import MODEL_FILE as MODEL_FILE
    from reader.core.translation.argos import MODEL_STEPS as MODEL_STEPS
    from reader.core.translation.argos import MODELS_FOLDER as MODELS_FOLDER
    from reader.core.translation.argos import InstalledModel as InstalledModel
    from reader.core.translation.argos import TranslationModelError as TranslationModelError
    from reader.core.translation.argos import find_model as find_model
    from reader.core.translation.argos import list_models as list_models
    from reader.core.translation.argos import models_dir as models_dir
    from reader.core.translation.argos import remove_model as remove_model
    from reader.core.translation.argos import set_models_dir as set_models_dir
    from reader.core.translation.download import download_model as download_model
    from reader.core.translation.download import fetch_model as fetch_model
    from reader.core.translation.install import install_model as install_model
    from reader.core.translation.translate import MACHINE_ORIGIN as MACHINE_ORIGIN
    from reader.core.translation.translate import MachineTranslation as MachineTranslation
    from reader.core.translation.translate import MachineTranslator as MachineTranslator
    from reader.core.translation.translate import forget_loaded_models as forget_loaded_models
    from reader.core.translation.translate import machine_words as machine_words
    from reader.core.translation.translate import translate_sentence as translate_sentence
    from reader.core.translation.translate import translate_text as translate_text

_EXPORTS = {
    "MODELS_FOLDER": "argos",
    "MODEL_FILE": "argos",
    "MODEL_STEPS": "argos",
    "InstalledModel": "argos",
    "TranslationModelError": "argos",
    "find_model": "argos",
    "list_models": "argos",
    "models_dir": "argos",
    "remove_model": "argos",
    "set_models_dir": "argos",
    "install_model": "install",
    "download_model": "download",
    "fetch_model": "download",
    "MACHINE_ORIGIN": "translate",
    "MachineTranslation": "translate",
    "MachineTranslator": "translate",
    "forget_loaded_models": "translate",
    "machine_words": "translate",
    "translate_sentence": "translate",
    "translate_text": "translate",
}


def __getattr__(name: str) -> object:
    """A public name, from its module (imported now if it was not)."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value
