"""Machine translation of sentences and words with an installed Argos model, never online.

The app splits text into sentences itself and hands the model one sentence at a time: Argos's
own sentence splitter (MiniSBD) downloads a model from the internet on first use when the
package lacks one, and importing argostranslate.translate costs most of a second. Only
argostranslate.package (metadata and tokenizer) and CTranslate2 are used, both lazily.
"""

from __future__ import annotations

import importlib
import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core.models import Translation, TranslationSource
from reader.core.progress import Report, check_cancelled, report_progress
from reader.core.translation.argos import (
    InstalledModel,
    TranslationModelError,
    argos_package,
    find_model,
)
from reader.core.translation.cache import TranslationCache

MACHINE_ORIGIN = "machine translation"
BEAM_SIZE = 4  # Argos's own default
LENGTH_PENALTY = 0.2  # as Argos translates
MAX_BATCH = 16
MAX_DECODING_LENGTH = 256

log = logging.getLogger(__name__)

MachineWords = Callable[[str, str], Translation | None]
"""The Glosser's fallback: (lemma, form as written) -> a machine translation, or None."""


def is_machine(translation: Translation) -> bool:
    return translation.source is TranslationSource.MACHINE


@dataclass(frozen=True, slots=True)
class MachineTranslation:
    """A text and its machine translation, marked as such."""

    text: str
    translation: str
    model: str  # readable: "Argos French → English 1.9"
    cached: bool  # every sentence came from the disk cache

    @property
    def origin(self) -> str:
        return f"{MACHINE_ORIGIN} ({self.model})"


# --- sentences ----------------------------------------------------------------------------------

# A sentence ends at . ! ? … (then maybe closing quotes or brackets) before a space and a
# capital, a digit or an opening quote. French puts a no-break space before ! ? and inside « ».
_BOUNDARY = re.compile(
    r"[.!?…]+(?:[\s\u00a0\u202f]*[»”\")\]])*\s+"
    r"(?=[«“\"(\[—–-]?[\s\u00a0\u202f]*[A-ZÀ-ÖØ-Þ0-9])"
)
_WORD_BEFORE = re.compile(r"(\w+)\.$")
# Only words that cannot end a French sentence: "etc." and "vol." (a flight) can. Titles count
# with their capital ("m." is a metre); the others in any case.
TITLES = frozenset("M MM Mme Mmes Mlle Mlles Dr Drs Pr Me St Ste".split())
ABBREVIATIONS = frozenset("av bd boul cf ex p pp chap fig env hab éd tél".split())


def split_sentences(text: str) -> list[str]:
    """French sentences of one paragraph, without their surrounding spaces."""
    sentences, start = [], 0
    for boundary in _BOUNDARY.finditer(text):
        if _ends_with_abbreviation(text[start : boundary.start() + 1]):
            continue
        sentences.append(text[start : boundary.end()].strip())
        start = boundary.end()
    sentences.append(text[start:].strip())
    return [sentence for sentence in sentences if sentence]


def _ends_with_abbreviation(piece: str) -> bool:
    """M. Dupont, Mme Roux, p. 12, J. Martin: a full stop that does not end the sentence."""
    found = _WORD_BEFORE.search(piece)
    if found is None:
        return False
    word = found.group(1)
    return word in TITLES or word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())


def paragraphs_of(text: str) -> list[list[str]]:
    """Each line's sentences; a blank line is an empty list, so the layout survives."""
    return [split_sentences(line) for line in text.split("\n")]


# --- the model ----------------------------------------------------------------------------------


class _Engine:
    """A loaded model: Argos's tokenizer and a CTranslate2 translator. Costly: made once."""

    def __init__(self, root: Path, model: InstalledModel) -> None:
        package = argos_package(root).Package(model.path)
        if getattr(package, "tokenizer", None) is None:
            raise TranslationModelError(f"The model {model.name} has no tokenizer: reinstall it.")
        self.package: Any = package
        ctranslate2 = importlib.import_module("ctranslate2")
        try:
            self.translator: Any = ctranslate2.Translator(str(model.path / "model"), device="cpu")
            package.tokenizer.encode(".")  # Argos loads its tokenizer lazily: load it now
        except Exception as error:  # a damaged model raises whatever CTranslate2 raises
            raise TranslationModelError(
                f"The model {model.name} cannot be loaded ({error}): "
                "remove it and install it again."
            ) from None
        self.lock = threading.Lock()

    def translate(self, sentences: Sequence[str]) -> list[str]:
        tokens = [self.package.tokenizer.encode(sentence) for sentence in sentences]
        prefix = self.package.target_prefix
        with self.lock:
            results = self.translator.translate_batch(
                tokens,
                target_prefix=[[prefix]] * len(tokens) if prefix else None,
                replace_unknowns=True,
                max_batch_size=MAX_BATCH,
                beam_size=BEAM_SIZE,
                num_hypotheses=1,
                length_penalty=LENGTH_PENALTY,
                max_decoding_length=MAX_DECODING_LENGTH,
            )
        return [self._decode(result.hypotheses[0], prefix) for result in results]

    def _decode(self, pieces: list[str], prefix: str) -> str:
        text: str = self.package.tokenizer.decode(pieces)
        if prefix and text.startswith(prefix):
            text = text[len(prefix) :]
        return text.strip()


_ENGINES: dict[tuple[Path, int, int, int], _Engine] = {}
_ENGINES_LOCK = threading.Lock()


def _engine(root: Path, model: InstalledModel) -> _Engine:
    """One loaded engine per model per process; a reinstalled model (new file) loads again."""
    try:
        weights = (model.path / "model" / "model.bin").stat()
    except OSError:
        raise TranslationModelError(f"The model {model.name} is gone: install it again.") from None
    key = (model.path, weights.st_ino, weights.st_mtime_ns, weights.st_size)
    with _ENGINES_LOCK:
        engine = _ENGINES.get(key)
        if engine is None:
            for old in [k for k in _ENGINES if k[0] == model.path]:
                del _ENGINES[old]
            engine = _ENGINES[key] = _Engine(root, model)
        return engine


def forget_loaded_models() -> None:
    """Unload every model (after a removal, or to measure a cold start)."""
    with _ENGINES_LOCK:
        _ENGINES.clear()


class MachineTranslator:
    """Translates with one installed model, through the disk cache. Synchronous; use it
    from a worker, never from the GUI thread (a real model takes seconds to load)."""

    def __init__(self, root: Path, model: InstalledModel, cache: TranslationCache | None) -> None:
        self.root = root
        self.model = model
        self.cache = cache

    @classmethod
    def open(cls, root: Path, *, model: str | None = None, cache: bool = True) -> MachineTranslator:
        """The newest French → English model (or the one named); raises if none is installed."""
        chosen = find_model(root, model)
        if not chosen.is_french_english:
            raise TranslationModelError(
                f"{chosen.name} translates {chosen.from_code} → {chosen.to_code}, "
                "not French → English."
            )
        return cls(root, chosen, TranslationCache.in_data_dir(root) if cache else None)

    def load(self) -> None:
        """Load the model now (it otherwise loads on the first translation)."""
        _engine(self.root, self.model)

    def translate(
        self,
        text: str,
        *,
        report: Report | None = None,
        cancel: threading.Event | None = None,
    ) -> MachineTranslation:
        """A paragraph or a whole text: line breaks are kept, each sentence is translated."""
        paragraphs = paragraphs_of(text)
        sentences = [sentence for paragraph in paragraphs for sentence in paragraph]
        translated, cached = self._sentences(sentences, report=report, cancel=cancel)
        lines = [
            " ".join(translated[sentence] for sentence in paragraph) for paragraph in paragraphs
        ]
        return MachineTranslation(text, "\n".join(lines).strip("\n"), self.model.label, cached)

    def translate_sentence(self, sentence: str) -> MachineTranslation:
        """One sentence as the analysis found it (not split again)."""
        sentence = " ".join(sentence.split())
        translated, cached = self._sentences([sentence] if sentence else [])
        return MachineTranslation(sentence, translated.get(sentence, ""), self.model.label, cached)

    def translate_word(self, lemma: str, form: str) -> Translation | None:
        """The Glosser's last resort: the lemma, and the word as written when it differs."""
        words = [word for word in (lemma.strip(), form.strip()) if word]
        if len(words) == 2 and words[0].lower() == words[1].lower():
            words = words[:1]
        if not words:
            return None
        translated, _ = self._sentences(words)
        senses = [_word_sense(translated[word]) for word in words]
        if len(senses) == 2:
            senses[1] = f"{words[1]}: {senses[1]}"
        kept = tuple(dict.fromkeys(sense for sense in senses if sense))
        if not kept:
            return None
        return Translation(
            kept, TranslationSource.MACHINE, f"{MACHINE_ORIGIN} ({self.model.label})"
        )

    def _sentences(
        self,
        sentences: Sequence[str],
        *,
        report: Report | None = None,
        cancel: threading.Event | None = None,
    ) -> tuple[dict[str, str], bool]:
        """Translations of sentences, from the cache when there; (results, all cached)."""
        unique = list(dict.fromkeys(sentences))
        found = self.cache.get_many(self.model.key, unique) if self.cache else {}
        missing = [sentence for sentence in unique if sentence not in found]
        report_progress(report, len(found), len(unique))
        if missing:
            engine = _engine(self.root, self.model)
            for start in range(0, len(missing), MAX_BATCH):
                check_cancelled(cancel)
                batch = missing[start : start + MAX_BATCH]
                results = dict(zip(batch, engine.translate(batch), strict=True))
                found.update(results)
                if self.cache is not None:
                    self.cache.put_many(self.model.key, results.items())
                report_progress(report, len(found), len(unique))
        return found, not missing


def _word_sense(text: str) -> str:
    """A word's translation without the sentence punctuation the model likes to add."""
    return text.strip().rstrip(".!?…").strip()


def translate_text(
    root: Path,
    text: str,
    *,
    model: str | None = None,
    report: Report | None = None,
    cancel: threading.Event | None = None,
) -> MachineTranslation:
    """Translate a text with the installed model (for the CLI and "Translate paragraph")."""
    return MachineTranslator.open(root, model=model).translate(text, report=report, cancel=cancel)


def translate_sentence(root: Path, sentence: str) -> MachineTranslation:
    """Translate the clicked word's sentence (for the word card)."""
    return MachineTranslator.open(root).translate_sentence(sentence)


def machine_words(root: Path) -> MachineWords | None:
    """The Glosser's machine fallback when a French → English model is installed, else None.

    A model that fails on a word (damaged since it was installed) is logged and skipped, so
    the word card still shows everything else.
    """
    try:
        translator = MachineTranslator.open(root)
    except TranslationModelError:
        return None

    def translate_word(lemma: str, form: str) -> Translation | None:
        try:
            return translator.translate_word(lemma, form)
        except TranslationModelError as error:
            log.warning("machine translation of %r failed: %s", lemma, error)
            return None

    return translate_word
