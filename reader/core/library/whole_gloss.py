"""The whole-text gloss of `french-reader gloss`: a file of any format the library imports (the
importers' limits included), analysed and printed page by page, so only one page's analysis
is ever in memory, whatever the length of the book.

The text output is each page's glossed sentences in turn. The JSON output is one document,
written as it goes: the text, then its tokens (offsets into that text, token and group
numbers across the whole text), then its sentences and verb groups (kept until the end: a
few numbers each).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import Any, TextIO

from reader.core.analysis.cache import AnalysisCache, analyse_cached
from reader.core.analysis.serialise import group_data
from reader.core.importers import ImportedText
from reader.core.library.pages import split_pages
from reader.core.lookup.card import Glosser
from reader.core.lookup.gloss import gloss_text, glossed_tokens
from reader.core.models import Analysis
from reader.core.progress import Report, check_cancelled, report_progress


def page_analyses(
    imported: ImportedText,
    cache: AnalysisCache | None,
    *,
    report: Report | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[tuple[int, Analysis]]:
    """(offset of the page in the text, its analysis), page after page."""
    pages = split_pages(imported.text, imported.chapters)
    for done, page in enumerate(pages, start=1):
        check_cancelled(cancel)
        yield page.start, analyse_cached(imported.text[page.start : page.end], cache)
        report_progress(report, done, len(pages))


def write_gloss_text(
    imported: ImportedText,
    glosser: Glosser,
    cache: AnalysisCache | None,
    out: TextIO,
    *,
    report: Report | None = None,
) -> None:
    """Each sentence, then its words with lemma, meaning and grammar; the title first."""
    title = imported.title
    for _start, analysis in page_analyses(imported, cache, report=report):
        out.write(gloss_text(analysis, None, title=title, glosser=glosser) + "\n")
        title = ""


def write_gloss_json(
    imported: ImportedText,
    glosser: Glosser,
    cache: AnalysisCache | None,
    out: TextIO,
    *,
    report: Report | None = None,
) -> None:
    """One JSON document: title, text, tokens, sentences and groups (module docstring)."""
    out.write(f'{{\n "title": {_json(imported.title)},\n "text": {_json(imported.text)},\n')
    out.write(' "tokens": [')
    sentences: list[str] = []
    groups: list[str] = []
    first = True
    tokens_before = 0
    for start, analysis in page_analyses(imported, cache, report=report):
        groups_before = len(groups)
        for data in glossed_tokens(analysis, glosser):
            _shift_token(data, start, groups_before)
            out.write(("\n  " if first else ",\n  ") + _json(data))
            first = False
        for sentence in analysis.sentences:
            sentences.append(_json({"start": sentence.start + start, "end": sentence.end + start}))
        for group in analysis.groups:
            groups.append(_json(_shifted_group(group_data(group), tokens_before, groups_before)))
        tokens_before += len(analysis.tokens)
    out.write("\n ],\n")
    out.write(' "sentences": [' + ",".join(sentences) + "],\n")
    out.write(' "groups": [' + ",\n  ".join(groups) + "]\n}\n")


def _shift_token(data: dict[str, Any], start: int, groups_before: int) -> None:
    data["start"] += start
    data["end"] += start
    if data["group"] is not None:
        data["group"] += groups_before


def _shifted_group(group: dict[str, Any], tokens_before: int, groups_before: int) -> dict[str, Any]:
    return {
        **group,
        "id": group["id"] + groups_before,
        "tokens": [index + tokens_before for index in group["tokens"]],
        "head": group["head"] + tokens_before,
    }


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)
