"""The words of each partner class, and cue lists with class names expanded: a sense row's
cue `@MONEY` (or `obj:@MONEY`, `subj:@PERSON`) stands for every word of the class."""

from __future__ import annotations

import functools

from reader.core.errors import DictionaryError
from reader.core.paths import resources_dir

FOLDER = "senses"
NAME = "partner_classes.tsv"
HEADER = ("class", "seeds", "neighbours", "left out")
# How a cue names a class rather than a word.
CLASS_MARK = "@"


@functools.cache
def class_words() -> dict[str, frozenset[str]]:
    """class -> its seeds and neighbours (the left-out column is the review's, not read)."""
    path = resources_dir() / FOLDER / NAME
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        message = f"The partner classes file {path} cannot be read ({error})."
        raise DictionaryError(message) from None
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return {
        fields[0]: frozenset(fields[1].split()) | frozenset(fields[2].split())
        for fields in rows[1:]  # the first is the header
        if len(fields) >= 2 and fields[1].strip()
    }


def expand(words: list[str]) -> tuple[list[str], list[str]]:
    """A row's cues with each class cue replaced by the class's words (its role kept:
    obj:@MONEY -> obj:argent obj:salaire ...), and the words so added, apart, so that a word
    another row names by hand can be left to that row."""
    written: list[str] = []
    added: list[str] = []
    classes = class_words()
    for word in words:
        role, mark, name = word.partition(CLASS_MARK)
        if not mark:
            written.append(word)
        elif name in classes:
            added.extend(role + member for member in sorted(classes[name]))
        else:
            raise DictionaryError(f"Unknown partner class {name!r} in a sense cue ({word}).")
    return written, added
