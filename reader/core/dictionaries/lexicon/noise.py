"""Senses the sources give that must not lead a word's list: English words of a marked register
(vulgar, derogatory, dated: resources/english/registers.tsv), a verb's sense in an English past
participle of another of its senses (avoir: "had" beside "have"), and a noun's fragment of an
English phrase ("a bit of", "because of").

None of the lexicon's sources labels its senses (the Wiktionary translation tables, Apertium
and FreeDict give bare English words; FreeDict has ten domain tags in all), so the register is
read from the English word itself: "whore" is derogatory whatever French word it translates.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterator

from reader.core.dictionaries.english import participle
from reader.core.errors import DictionaryError
from reader.core.paths import resources_dir

FILE = ("english", "registers.tsv")
VULGAR = "vulgar"  # the labels: vulgar, derogatory, dated
# The last word of a noun's sense that leaves it unfinished: "a bit of" is the English of
# "un bout de", not of bout; "because of" of "à cause de".
OPEN_ENDS = frozenset("of to the a an".split())
_WORDS = re.compile(r"[a-z]+")
# Set while ignored() is active (an audit compares cards with the rules and without them).
_ignored: list[bool] = []


def in_force() -> bool:
    """Whether the rules apply (they do, except inside ignored())."""
    return not _ignored


@contextlib.contextmanager
def ignored() -> Iterator[None]:
    """The sources' own order, without these rules, until the block ends. Lookups cache
    their senses: use a lexicon made for the block."""
    _ignored.append(True)
    try:
        yield
    finally:
        _ignored.pop()


@functools.cache
def registers() -> dict[str, str]:
    """English word -> its register label (vulgar, derogatory, dated)."""
    path = resources_dir().joinpath(*FILE)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise DictionaryError(f"The register list {path} cannot be read ({error}).") from None
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return {fields[0]: fields[1] for fields in rows[1:] if len(fields) == 2 and all(fields)}


@functools.lru_cache(maxsize=65_536)
def register(sense: str) -> str:
    """The label of the first marked word of a sense ("not give a fuck": vulgar), or "" for a
    plain one."""
    labels = registers()
    return next((labels[w] for w in _WORDS.findall(sense.lower()) if w in labels), "")


def is_fragment(sense: str) -> bool:
    """Whether a noun's sense of several words ends open, waiting for its complement."""
    words = sense.split()
    return len(words) > 1 and words[-1].lower() in OPEN_ENDS


def participles(senses: set[str]) -> dict[str, str]:
    """English past participle -> its verb, for the one-word senses that have one (have: had,
    bury: buried): a sense found here beside its verb is a source's inflected form."""
    verbs = sorted(sense for sense in senses if sense.isalpha() and sense.islower())
    found: dict[str, str] = {}
    for verb in verbs:
        form = participle(verb)
        if form and form != verb:
            found.setdefault(form, verb)
    return found
