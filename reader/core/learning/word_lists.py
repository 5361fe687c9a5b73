"""Import words into the glossary: a CSV or TSV word list, or a Kindle's vocab.db.

Every word is analysed in its sentence (or alone) in one pass of the French model, so it is
saved under its lemma: "menées" and "mène" in one list become one entry for "mener".
"""

from __future__ import annotations

import bisect
import csv
import html
import io
import re
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from reader.core.analysis.analyser import analyse
from reader.core.errors import InputError
from reader.core.files import read_text_file
from reader.core.learning.statuses import fold_word, word_token
from reader.core.lookup.card import Glosser
from reader.core.models import Analysis, Context, EntryDraft, GlossaryEntry, Status, Token
from reader.core.progress import Report, check_cancelled
from reader.core.store import Database, lemma_key

SQLITE_MAGIC: Final = b"SQLite format 3\x00"
KINDLE_MASTERED: Final = 100  # WORDS.category of a word marked mastered on the Kindle
# Header names (lower case) -> the WordItem field their column fills.
HEADERS: Final = {
    **dict.fromkeys(("word", "french", "français", "francais", "term", "mot", "front"), "word"),
    **dict.fromkeys(
        ("translation", "english", "definition", "meaning", "back", "traduction"), "translation"
    ),
    **dict.fromkeys(("sentence", "context", "example", "phrase", "exemple", "usage"), "sentence"),
    **dict.fromkeys(("tags", "tag"), "tags"),
    **dict.fromkeys(("notes", "note", "comment"), "notes"),
    **dict.fromkeys(("source", "article", "book"), "source"),
}
POSITIONAL: Final = ("word", "translation", "sentence", "tags", "notes")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True, slots=True)
class WordItem:
    """One word as a list gives it, before analysis."""

    word: str
    translation: str = ""
    sentence: str = ""
    tags: tuple[str, ...] = ()
    notes: str = ""
    source: str = ""
    created: str = ""  # ISO 8601, UTC; blank: now
    status: Status = Status.LEARNING_1


@dataclass(frozen=True, slots=True)
class ImportResult:
    entries: tuple[GlossaryEntry, ...]  # as saved, one per lemma
    added: int  # lemmas new to the glossary
    merged: int  # lemmas already there: their entry got the new sentences
    skipped: tuple[str, ...]  # why lines were left out, for the learner


def import_words(
    store: Database,
    path: Path,
    *,
    tags: Sequence[str] = (),
    report: Report | None = None,
    cancel: threading.Event | None = None,
) -> ImportResult:
    """Analyse and save a word list or vocab.db in one transaction (all or nothing)."""
    items, skipped = read_items(Path(path))
    if not items:
        raise InputError(f"{path} holds no words to import.")
    drafts = drafts_for(items, Glosser(store), report=report, cancel=cancel)
    drafts = _dictionary_translations_only_where_missing(store, items, drafts)
    drafts = [replace(draft, tags=(*draft.tags, *tags)) for draft in drafts]
    known = store.glossary.stored_lemmas(draft.lemma for draft in drafts)
    saved = store.glossary.save_all(drafts, cancel=cancel)
    added = sum(1 for entry in saved if lemma_key(entry.lemma) not in known)
    return ImportResult(tuple(saved), added, len(saved) - added, tuple(skipped))


def _dictionary_translations_only_where_missing(
    store: Database, items: Sequence[WordItem], drafts: list[EntryDraft]
) -> list[EntryDraft]:
    """A dictionary's translation is for a lemma that has none: neither in the list (on any
    of its lines) nor in the glossary. Otherwise it would overwrite the learner's own."""
    translated = {lemma_key(d.lemma) for i, d in zip(items, drafts, strict=True) if i.translation}
    translated |= {
        key
        for key in {lemma_key(draft.lemma) for draft in drafts}
        if store.glossary.translation_for(key) is not None
    }
    kept = []
    for item, draft in zip(items, drafts, strict=True):
        key = lemma_key(draft.lemma)
        if not item.translation and key in translated:
            draft = replace(draft, translation="")
        translated.add(key)  # one dictionary translation per lemma is enough
        kept.append(draft)
    return kept


def read_items(path: Path) -> tuple[list[WordItem], list[str]]:
    """The words of a Kindle vocab.db or a CSV/TSV list, and why some lines were skipped."""
    if not path.exists():
        raise InputError(f"{path} does not exist.")
    try:
        with path.open("rb") as file:
            is_sqlite = file.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError as exc:
        raise InputError(f"{path} cannot be read: {exc.strerror or exc}.") from None
    return (read_kindle(path), []) if is_sqlite else read_word_list(path)


# ---------------------------------------------------------------- CSV and TSV


def read_word_list(path: Path) -> tuple[list[WordItem], list[str]]:
    """word[, translation[, sentence[, tags[, notes]]]] per line, or columns named by a
    header row (word/french/term, translation/english/definition, sentence/context, ...)."""
    text = read_text_file(path).lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    is_html = any(line.strip().lower() == "#html:true" for line in lines if line.startswith("#"))
    columns = next((line[9:] for line in lines if line.startswith("#columns:")), None)
    body = "".join(line for line in lines if not line.startswith("#"))
    delimiter = _delimiter(path, body)
    rows = [row for row in csv.reader(io.StringIO(body), delimiter=delimiter) if any(row)]
    named = columns.rstrip("\r\n").split(delimiter) if columns else rows[0] if rows else []
    header = _header(named)
    if header is not None and columns is None:
        rows = rows[1:]
    fields = header or list(POSITIONAL)
    items, skipped = [], []
    for number, row in enumerate(rows, start=1):
        values = _values(fields, row, is_html)
        if not values.get("word"):
            skipped.append(f"row {number}: no word")
            continue
        items.append(_item(values))
    return items, skipped


def _delimiter(path: Path, body: str) -> str:
    if path.suffix.lower() in {".tsv", ".tab"}:
        return "\t"
    sample = body[:4096]
    try:
        return csv.Sniffer().sniff(sample, delimiters="\t,;").delimiter
    except csv.Error:
        return "\t" if "\t" in sample else ","


def _header(row: list[str]) -> list[str] | None:
    names = [HEADERS.get(cell.strip().lower(), "") for cell in row]
    return names if "word" in names else None


def _values(fields: list[str], row: list[str], is_html: bool) -> dict[str, str]:
    values: dict[str, str] = {}
    for name, cell in zip(fields, row, strict=False):
        if name and name not in values:
            values[name] = (_plain(cell) if is_html else cell).strip()
    return values


def _plain(cell: str) -> str:
    """An HTML field as plain text: <br> becomes a line break, other tags go."""
    return html.unescape(_TAG.sub("", _BREAK.sub("\n", cell)))


def _item(values: dict[str, str]) -> WordItem:
    tags = re.split(r"[;,\s]+", values.get("tags", ""))
    return WordItem(
        word=values["word"],
        translation=values.get("translation", ""),
        sentence=" ".join(values.get("sentence", "").split()),
        tags=tuple(tag for tag in tags if tag),
        notes=values.get("notes", ""),
        source=values.get("source", ""),
    )


# ---------------------------------------------------------------- Kindle


def read_kindle(path: Path) -> list[WordItem]:
    """Every lookup of a French word in a Kindle's vocab.db, with its sentence and book."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise InputError(f"{path} cannot be opened: {exc}.") from None
    try:
        rows = conn.execute(
            "SELECT w.word, w.lang, w.category, l.usage, coalesce(b.title, ''), l.timestamp"
            " FROM WORDS AS w LEFT JOIN LOOKUPS AS l ON l.word_key = w.id"
            " LEFT JOIN BOOK_INFO AS b ON b.id = l.book_key"
            " ORDER BY l.timestamp, w.word"
        ).fetchall()
    except sqlite3.Error as exc:
        raise InputError(
            f"{path} is not a Kindle vocabulary file (vocab.db with WORDS and LOOKUPS): {exc}."
        ) from None
    finally:
        conn.close()
    return [
        _kindle_item(word, category, usage, title, stamp)
        for word, lang, category, usage, title, stamp in rows
        if word and str(word).strip() and _is_french(lang)
    ]


def _is_french(lang: str | None) -> bool:
    """fr, fr-FR, fr_CA ... (the Kindle writes the book's language code)."""
    return (lang or "").strip().lower().replace("_", "-").split("-")[0] == "fr"


def _kindle_item(
    word: str, category: int | None, usage: str | None, title: str, stamp: int | None
) -> WordItem:
    moment = datetime.fromtimestamp(stamp / 1000, UTC) if stamp else None
    created = moment.isoformat(timespec="microseconds") if moment else ""
    return WordItem(
        word=word.strip(),
        sentence=" ".join((usage or "").split()),
        source=title.strip(),
        created=created,
        status=Status.KNOWN if category == KINDLE_MASTERED else Status.LEARNING_1,
    )


# ---------------------------------------------------------------- analysis


def drafts_for(
    items: Sequence[WordItem],
    glosser: Glosser,
    *,
    report: Report | None = None,
    cancel: threading.Event | None = None,
) -> list[EntryDraft]:
    """Analyse every item in its sentence (one pass over all of them) and make its draft."""
    units = [_unit(item) for item in items]
    starts, text = [], ""
    for unit in units:
        starts.append(len(text))
        text += unit + "\n\n"
    analysis = analyse(text, report=report, cancel=cancel)
    positions = [token.start for token in analysis.tokens]
    drafts = []
    for item, unit, start in zip(items, units, starts, strict=True):
        check_cancelled(cancel)
        tokens = _tokens_between(analysis, positions, start, start + len(unit))
        drafts.append(_draft(item, analysis, tokens, glosser, in_sentence=unit != item.word))
    return drafts


def _unit(item: WordItem) -> str:
    """What to analyse: the sentence if the word is in it, else the word alone."""
    word = " ".join(item.word.split())
    sentence = item.sentence
    found = sentence and fold_word(word) in fold_word(sentence)
    return sentence if found else word


def _tokens_between(analysis: Analysis, positions: list[int], start: int, end: int) -> list[Token]:
    first = bisect.bisect_left(positions, start)
    last = bisect.bisect_left(positions, end)
    return [token for token in analysis.tokens[first:last] if token.is_word]


def _draft(
    item: WordItem, analysis: Analysis, tokens: list[Token], glosser: Glosser, *, in_sentence: bool
) -> EntryDraft:
    token = word_token(analysis, tokens, item.word)
    if token is None:  # a multi-word expression given alone: keep it as written
        draft = EntryDraft(word=item.word, lemma=item.word.lower())
    else:
        info = glosser.explain(analysis, token.index)
        draft = glosser.draft(info, translation=item.translation or None)
    context = None
    if in_sentence:
        context = Context(item.sentence, draft.word, item.source, "", item.created)
    return replace(
        draft,
        translation=item.translation or draft.translation,
        context=context,
        tags=item.tags,
        notes=item.notes,
        status=item.status,
    )
