"""The bilingual dictionary: loading the bundled TSV, looking words up, translating a token."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.core.errors import DictionaryError
from reader.core.models import Translation, TranslationSource
from reader.core.paths import resources_dir

BUNDLED_NAME = "FreeDict French–English"
BUNDLED_FILE = "freedict-fra-eng.tsv"
SENSE_SEPARATOR = " | "
COLUMNS = 5
# Typographic variants a text may use where the dictionary has the ASCII character.
VARIANTS = str.maketrans(
    {"’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-", "\u00a0": " "}
)
# Tags spaCy uses where the dictionaries (this one and the lexicon) have a broader class.
BROADER_POS = {"AUX": "VERB", "PROPN": "NOUN", "SCONJ": "CCONJ"}
# Past-participle endings (any gender and number) and the infinitive endings they come from,
# so an ADJ like "menée" can reach the VERB entry "mener".
PARTICIPLES = (
    ("é", ("er",)),
    ("i", ("ir",)),
    ("u", ("re", "oir", "ir")),
    ("it", ("ire",)),
    ("is", ("ettre", "endre", "ir")),
    ("ert", ("rir",)),
    ("int", ("indre",)),
)


@dataclass(frozen=True, slots=True)
class DictionaryEntry:
    """One article: a headword with one part of speech and its numbered senses."""

    headword: str
    pos: str  # Universal POS tag, or "" when the source gives none
    gender: str  # "Masc", "Fem" or ""
    ipa: str
    senses: tuple[str, ...]


@functools.lru_cache(maxsize=65_536)
def normalise(word: str) -> str:
    """Curly apostrophes, odd hyphens and NBSP become what the dictionary uses."""
    return " ".join(unicodedata.normalize("NFC", word).translate(VARIANTS).split())


def loose_key(word: str) -> str:
    """Lower-case without hyphens, spaces or apostrophes: "abat jour" finds "abat-jour"."""
    return "".join(char for char in normalise(word).lower() if char not in "-' ")


def _index(entries: Iterable[DictionaryEntry], key: str) -> dict[str, tuple[DictionaryEntry, ...]]:
    grouped: dict[str, list[DictionaryEntry]] = {}
    for entry in entries:
        word = normalise(entry.headword)
        name = word if key == "exact" else word.lower() if key == "lower" else loose_key(word)
        grouped.setdefault(name, []).append(entry)
    return {name: tuple(group) for name, group in grouped.items()}


class Dictionary:
    """An in-memory dictionary: three hash indexes so a lookup costs microseconds."""

    def __init__(self, name: str, entries: Iterable[DictionaryEntry]) -> None:
        self.name = name
        self._entries = tuple(entries)
        self._exact = _index(self._entries, "exact")
        self._lower = _index(self._entries, "lower")
        self._loose = _index(self._entries, "loose")
        self._found: dict[str, tuple[DictionaryEntry, ...]] = {}  # the same words recur

    @classmethod
    def from_tsv(cls, path: Path, name: str) -> Dictionary:
        """Load a TSV written by scripts/build_dictionary.py ("#" lines are comments)."""
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise DictionaryError(f"The dictionary file {path} is missing.") from None
        except UnicodeDecodeError:
            raise DictionaryError(f"The dictionary file {path} is not UTF-8 text.") from None
        except OSError as error:
            raise DictionaryError(f"The dictionary file {path} cannot be read: {error}") from None
        entries = list(_parse_lines(text.splitlines(), path))
        if not entries:
            raise DictionaryError(f"The dictionary file {path} has no entries.")
        return cls(name, entries)

    def lookup(self, word: str) -> tuple[DictionaryEntry, ...]:
        """Exact spelling first, then other capitalisations; accents always count."""
        if word in self._found:
            return self._found[word]
        key = normalise(word)
        exact = self._exact.get(key, ())
        others = tuple(e for e in self._lower.get(key.lower(), ()) if e not in exact)
        found = exact + others or self._loose.get(loose_key(key), ())
        self._found[word] = found
        return found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and bool(self.lookup(word))

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[DictionaryEntry]:
        return iter(self._entries)

    def __repr__(self) -> str:
        return f"Dictionary({self.name!r}, {len(self)} entries)"


def _parse_lines(lines: list[str], path: Path) -> Iterator[DictionaryEntry]:
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != COLUMNS or not fields[0] or not fields[4]:
            raise DictionaryError(
                f"The dictionary file {path} is malformed at line {number}: expected "
                f"{COLUMNS} tab-separated columns (headword, pos, gender, ipa, senses)."
            )
        headword, pos, gender, ipa, senses = fields
        yield DictionaryEntry(headword, pos, gender, ipa, tuple(senses.split(SENSE_SEPARATOR)))


@functools.cache
def bundled_dictionary() -> Dictionary:
    """The FreeDict French-English dictionary shipped with the app, loaded once."""
    path = resources_dir() / "dictionaries" / BUNDLED_FILE
    return Dictionary.from_tsv(path, BUNDLED_NAME)


def translate(dictionary: Dictionary, lemma: str, form: str, pos: str) -> Translation | None:
    """Senses for a token: its lemma's entries of the same part of speech, else the nearest."""
    wanted = BROADER_POS.get(pos, pos)
    words = _candidate_words(lemma, form)
    found = _matching(dictionary, words, wanted)
    if not found and wanted == "ADJ":
        # A past participle used as an adjective ("menée") is often only in as a verb.
        found = _matching(dictionary, words + _infinitives(lemma, form), "VERB")
    if not found:
        found = next((entries for w in words if (entries := dictionary.lookup(w))), ())
    if not found:
        return None
    senses = tuple(dict.fromkeys(sense for entry in found for sense in entry.senses))
    ipa = next((entry.ipa for entry in found if entry.ipa), None)
    return Translation(senses, TranslationSource.DICTIONARY, dictionary.name, ipa)


def _candidate_words(lemma: str, form: str) -> list[str]:
    """The lemma, the lemma without its reflexive pronoun, then the form as written."""
    words = [normalise(lemma)]
    for prefix in ("se ", "s'"):
        if words[0].lower().startswith(prefix):
            words.append(words[0][len(prefix) :])
    words.append(normalise(form).lower())
    return [word for word in dict.fromkeys(words) if word]


def _matching(dictionary: Dictionary, words: list[str], pos: str) -> tuple[DictionaryEntry, ...]:
    for word in words:
        entries = tuple(entry for entry in dictionary.lookup(word) if entry.pos == pos)
        if entries:
            return entries
    return ()


def _infinitives(lemma: str, form: str) -> list[str]:
    """Infinitives a participle may come from: "mené", "menée", "menés" -> "mener"."""
    guesses: list[str] = []
    for word in (normalise(lemma).lower(), normalise(form).lower()):
        stem = word.removesuffix("s").removesuffix("e") if len(word) > 3 else word
        for ending, infinitives in PARTICIPLES:
            if stem.endswith(ending):
                base = stem[: -len(ending)]
                guesses.extend(base + infinitive for infinitive in infinitives)
    return guesses
