"""Import words into the glossary: a CSV or TSV word list, or a Kindle's vocab.db (kindle.py).

Only words are imported (word_items.py): every line left out is reported with its reason, and
a file that is mostly not words (a PDF, a web page, prose) is refused whole. Every word is
analysed in its sentence (or alone) in one pass of the French model, so it is
saved under its lemma: "menées" and "mène" in one list become one entry for "mener".
"""

from __future__ import annotations

import bisect
import csv
import html
import io
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final

from wordfreq import zipf_frequency

from reader.core.analysis.analyser import analyse
from reader.core.errors import InputError
from reader.core.files import decode_bytes, read_input, shown_path, too_large
from reader.core.importers.source import sniff_text
from reader.core.learning.kindle import MAX_KINDLE_BYTES, is_sqlite, read_kindle
from reader.core.learning.statuses import fold_word, word_token
from reader.core.learning.word_items import (
    MAX_ITEMS,
    WordItem,
    example,
    field,
    normal_word,
    word_problem,
)
from reader.core.lookup.card import Glosser
from reader.core.models import Analysis, Context, EntryDraft, GlossaryEntry, Token
from reader.core.progress import Report, check_cancelled
from reader.core.store import Database, lemma_key

MAX_LIST_BYTES: Final = 20_000_000  # a CSV of 50,000 words with sentences takes ~5 MB
# A file of at least this many lines, more than this share of which are not words, is refused.
MIN_ROWS_TO_JUDGE: Final = 4
MAX_BAD_SHARE: Final = 0.5
_WORD_PARTS = re.compile(r"[^\W\d_]+")
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
    items, skipped = read_items(Path(path), cancel=cancel)
    if not items:
        why = f" ({skipped[0]})" if skipped else ""
        raise InputError(f"{shown_path(path)} holds no words to import{why}.")
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


def read_items(
    path: Path, *, cancel: threading.Event | None = None
) -> tuple[list[WordItem], list[str]]:
    """The words of a Kindle vocab.db or a CSV/TSV list, and why some lines were left out.
    InputError if the file is something else (a PDF, a web page, a book, prose) or holds
    mostly lines that are not words."""
    data = read_input(path, max_bytes=MAX_KINDLE_BYTES)
    if is_sqlite(data):
        items, skipped = read_kindle(path, data, cancel=cancel)
    else:
        items, skipped = read_word_list(path, data)
    if len(items) > MAX_ITEMS:
        raise InputError(
            f"{shown_path(path)} holds {len(items):,} words; the app imports at most "
            f"{MAX_ITEMS:,} at a time: split the list."
        )
    check_mostly_words(path, items, skipped)
    return items, skipped


# ---------------------------------------------------------------- CSV and TSV


def read_word_list(path: Path, data: bytes) -> tuple[list[WordItem], list[str]]:
    """word[, translation[, sentence[, tags[, notes]]]] per line, or columns named by a
    header row (word/french/term, translation/english/definition, sentence/context, ...)."""
    name = shown_path(path)
    _refuse_other_formats(path, data)
    if len(data) > MAX_LIST_BYTES:
        raise InputError(too_large(path, len(data), MAX_LIST_BYTES))
    text = decode_bytes(data, name=name).lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    is_html = any(line.strip().lower() == "#html:true" for line in lines if line.startswith("#"))
    columns = next((line[9:] for line in lines if line.startswith("#columns:")), None)
    body = "".join(line for line in lines if not line.startswith("#"))
    delimiter = _delimiter(path, body)
    rows = _rows(body, delimiter, name)
    named = columns.rstrip("\r\n").split(delimiter) if columns else rows[0] if rows else []
    header = _header(named)
    if header is not None and columns is None:
        rows = rows[1:]
    fields = header or list(POSITIONAL)
    items, skipped = [], []
    for number, row in enumerate(rows, start=1):
        values = _values(fields, row, is_html)
        problem = word_problem(values.get("word", ""))
        if problem is not None:
            skipped.append(f"row {number}: {problem}")
            continue
        items.append(_item(values))
    return items, skipped


def _refuse_other_formats(path: Path, data: bytes) -> None:
    """A book, a web page or an archive is not a word list, even if it decodes as text."""
    kind = _other_format(data[:1024])
    if kind is not None:
        raise InputError(
            f"{shown_path(path)} is {kind}, not a word list: import it as a text to read "
            "(File ▸ Open, or `french-reader import`)."
        )


def _other_format(head: bytes) -> str | None:
    if b"%PDF-" in head:
        return "a PDF document"
    if head.startswith(b"PK\x03\x04"):
        return "a zip archive (an EPUB book or a reading list?)"
    if sniff_text(head.lstrip(b"\xef\xbb\xbf")) == "html":
        return "a web page (HTML)"
    return None


def _rows(body: str, delimiter: str, name: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(body), delimiter=delimiter)
    try:
        return [row for row in reader if any(row)]
    except csv.Error as exc:
        raise InputError(f"{name} is not a word list: line {reader.line_num}: {exc}.") from None


def check_mostly_words(path: Path, items: list[WordItem], skipped: list[str]) -> None:
    """Refuse a file most of whose lines are not French words (prose, code, another
    language): importing it would fill the glossary with junk."""
    unknown = [item.word for item in items if not _is_french_word(item.word)]
    rows = len(items) + len(skipped)
    bad = len(skipped) + len(unknown)
    if rows >= MIN_ROWS_TO_JUDGE and bad > rows * MAX_BAD_SHARE:
        examples = [reason.split(": ", 1)[-1] for reason in skipped[:2]]
        examples += [f"«{example(word)}» is not a French word" for word in unknown[:2]]
        raise InputError(
            f"{shown_path(path)} does not look like a word list: {bad:,} of its {rows:,} "
            f"lines are not French words ({'; '.join(examples[:3])}). Nothing was imported."
        )


def _is_french_word(word: str) -> bool:
    """Some word of it is in the French word-frequency list (rare words are: it holds
    hundreds of thousands)."""
    return any(
        zipf_frequency(part, "fr") > 0 or zipf_frequency(part.lower(), "fr") > 0
        for part in _WORD_PARTS.findall(word)
    )


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
            value = _plain(cell) if is_html else cell
            values[name] = normal_word(value) if name == "word" else field(value)
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
