"""Long books in pages: cutting a text into pages of about a thousand words at paragraph ends
within chapters, finding the page of a position, and analysing a book page by page.

A page stays small because the reading view makes one anchor per word: ~0.03 s and ~8 MB for
1,000 words, but ~2.3 s and ~390 MB for 100,000 (measured in the issue). Each page's analysis
is kept in the AnalysisCache under its own text, and what it found (difficulty counts, lemma
counts) in the database, so reopening a book analyses nothing again. Only one page's tokens
are ever in memory: never a whole book's.
"""

from __future__ import annotations

import bisect
import math
import re
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.analysis.difficulty import WordCounts, count_words, vocabulary
from reader.core.errors import InputError
from reader.core.importers import Chapter
from reader.core.importers.document import count_words as count_text_words
from reader.core.models import Analysis
from reader.core.paths import cache_dir
from reader.core.progress import Report, check_cancelled, report_progress
from reader.core.store import Database, Page, PageState, TextRange, TextRecord, lemma_key

if TYPE_CHECKING:
    from reader.core.analysis.cache import AnalysisCache

TARGET_WORDS = 1_000  # a page the reading view lays out in a blink (~0.03 s, ~8 MB), two screenfuls
MAX_WORDS = 2_000  # no page longer, unless one sentence is
_BLANK_LINES = re.compile(r"\n[ \t\r\u00a0]*\n")
# After a sentence's end mark and any closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…][»”\"')\]\u00a0 ]*\s+")


# ---------------------------------------------------------------- cutting into pages


def split_pages(
    text: str,
    chapters: Sequence[Chapter] = (),
    *,
    target: int = TARGET_WORDS,
    maximum: int = MAX_WORDS,
) -> tuple[Page, ...]:
    """Pages of about target words (never more than maximum unless a sentence is longer),
    cut at paragraph ends, never across a chapter. A chapter's pages are of even length:
    2,600 words make two pages of 1,300, not 2,000 and 600."""
    spans = [(c.start, c.end) for c in chapters] or [(0, len(text))]
    pages: list[Page] = []
    for chapter, (start, end) in enumerate(spans):
        pieces = list(_pieces(text, start, end, maximum))
        for first, last, words in _group(pieces, target, maximum):
            pages.append(Page(len(pages), first, last, chapter, words))
    if not pages:
        pages.append(Page(0, 0, len(text), 0, 0))
    return tuple(pages)


def _pieces(text: str, start: int, end: int, maximum: int) -> Iterator[tuple[int, int, int]]:
    """(start, end, words) of each paragraph in [start, end); a paragraph longer than a page
    comes in pieces cut at sentence ends."""
    position = start
    for separator in [*_BLANK_LINES.finditer(text, start, end), None]:
        stop = separator.start() if separator else end
        first, last = _strip(text, position, stop)
        if first < last:
            words = count_text_words(text[first:last])
            if words > maximum:
                yield from _sentence_pieces(text, first, last, maximum)
            else:
                yield first, last, words
        position = separator.end() if separator else end


def _sentence_pieces(
    text: str, start: int, end: int, maximum: int
) -> Iterator[tuple[int, int, int]]:
    """A huge paragraph (a PDF with no paragraph breaks) cut into pieces of whole sentences."""
    piece_start, piece_words = start, 0
    cuts = [m.end() for m in _SENTENCE_END.finditer(text, start, end)] + [end]
    previous = start
    for cut in cuts:
        words = count_text_words(text[previous:cut])
        if piece_words and piece_words + words > maximum // 2:
            first, last = _strip(text, piece_start, previous)
            yield first, last, piece_words
            piece_start, piece_words = previous, 0
        piece_words += words
        previous = cut
    first, last = _strip(text, piece_start, end)
    if first < last:
        yield first, last, piece_words


def _group(
    pieces: list[tuple[int, int, int]], target: int, maximum: int
) -> Iterator[tuple[int, int, int]]:
    """Pieces joined into pages of even length: each page ends at the piece boundary
    nearest to its share of the chapter's words."""
    if not pieces:
        return
    total = sum(words for _, _, words in pieces)
    count = max(1, round(total / target), math.ceil(total / maximum))
    goal = total / count
    first, done, page_words, made = 0, 0, 0, 1
    for index, (_, _, words) in enumerate(pieces):
        boundary = goal * made
        after = done + words
        crossing = after >= boundary and made < count
        nearer = crossing and abs(done - boundary) <= abs(after - boundary)
        if page_words and (nearer or page_words + words > maximum):
            yield pieces[first][0], pieces[index - 1][1], page_words
            first, page_words, made = index, 0, made + 1
        page_words += words
        done = after
    yield pieces[first][0], pieces[-1][1], page_words


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# ---------------------------------------------------------------- finding a page


def page_at(pages: Sequence[Page], offset: int) -> Page:
    """The page holding a character offset (the last page before it, between pages)."""
    starts = [page.start for page in pages]
    return pages[max(bisect.bisect_right(starts, offset) - 1, 0)]


def reading_position(page: Page) -> int:
    """The position kept for a page on screen: its last character, so that the library's
    progress counts the page as read (a one-page article read is 100 %) and the text opens
    again at that page."""
    return max(page.start, page.end - 1)


def range_pages(
    record: TextRecord, pages: Sequence[Page], part: TextRange | None
) -> tuple[Page, ...]:
    """The pages of a part of a text (chapters or pages, counted from 1); all of them for
    None. InputError when the text has no such chapters or pages."""
    if part is None:
        return tuple(pages)
    if part.kind == "pages":
        if part.last > len(pages):
            raise InputError(
                f"«{record.title}» has {len(pages)} pages: pages {part.first}–{part.last} "
                "are not all there."
            )
        return tuple(pages[part.first - 1 : part.last])
    chapters = len(record.chapters)
    if chapters < 2:
        raise InputError(f"«{record.title}» is not cut into chapters: give pages instead.")
    if part.last > chapters:
        raise InputError(f"«{record.title}» has {chapters} chapters, not {part.last}.")
    return tuple(page for page in pages if part.first - 1 <= page.chapter < part.last)


def range_span(
    record: TextRecord, pages: Sequence[Page], part: TextRange | None
) -> tuple[int, int]:
    """[start, end) in the text's body of a part of it (the whole body for None)."""
    chosen = range_pages(record, pages, part)
    if part is None or not chosen:
        return 0, record.length
    return chosen[0].start, chosen[-1].end


def position_label(record: TextRecord, page: Page) -> str:
    """Page 3 of 120 · Chapitre II · 2 %: what the position indicator shows."""
    parts = [f"Page {page.number + 1} of {max(record.page_count, 1)}"]
    if len(record.chapters) > 1 and page.chapter < len(record.chapters):
        parts.append(record.chapters[page.chapter].title)
    parts.append(f"{round(page.end / record.length * 100) if record.length else 0} %")
    return " · ".join(parts)


# ---------------------------------------------------------------- analysing pages


@dataclass(frozen=True, slots=True)
class PageAnalysis:
    """A page and its analysis; the analysis's offsets count from page.start."""

    page: Page
    analysis: Analysis
    from_cache: bool


def page_summary(analysis: Analysis) -> tuple[WordCounts, Counter[str]]:
    """What the library keeps of a page's analysis: difficulty counts and, per lemma to learn
    (names left out), how often it occurs."""
    # Each distinct lemma keyed once, not each word (issue 14): the same counts, in the same
    # order (a key's first lemma comes first among the lemmas).
    lemmas: Counter[str] = Counter()
    for lemma, count in Counter(token.lemma for token in vocabulary(analysis.tokens)).items():
        lemmas[lemma_key(lemma)] += count
    lemmas.pop("", None)
    return count_words(analysis), lemmas


def open_page(
    store: Database,
    text_id: int,
    number: int,
    cache: AnalysisCache,
    *,
    report: Report | None = None,
    cancel: threading.Event | None = None,
) -> PageAnalysis:
    """One page analysed: from the cache when it was analysed before, else now (and cached).
    What the reading view shows, as fast as can be: what the page holds for the library
    (page_summary) is recorded by analyse_book, which then finds the page in the cache."""
    state = store.library.pages(text_id)[number]
    text = store.library.page_body(text_id, state.page)
    return _analyse_page(
        store, text_id, state, text, cache, report=report, cancel=cancel, record=False
    )


def pending_pages(
    store: Database, text_id: int, cache: AnalysisCache, *, body: str | None = None
) -> list[int]:
    """Numbers of the pages still to analyse: never analysed, analysed by another version of
    the analyser, or whose cached analysis is gone."""
    body = store.library.text_body(text_id) if body is None else body
    return [
        state.page.number
        for state in store.library.pages(text_id)
        if state.analysis != cache.version or not _is_cached(cache, body, state.page)
    ]


def _is_cached(cache: AnalysisCache, body: str, page: Page) -> bool:
    text = body[page.start : page.end]
    return not text.strip() or cache.path_for(text).exists()


def analyse_book(
    store: Database,
    text_id: int,
    cache: AnalysisCache,
    *,
    start_at: int = 0,
    report: Report | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Analyse every page not analysed yet, from start_at (the page the learner is on) to the
    end, then from the beginning: the background task of an open book. report(done, total)
    counts pages; cancel stops it between two paragraphs, keeping the pages done. Returns the
    number of pages done (a page already in the cache is only recorded). A page is cached
    without its expressions, which the cache adds when the page is first read (shown)."""
    body = store.library.text_body(text_id)
    states = store.library.pages(text_id)
    pending = pending_pages(store, text_id, cache, body=body)
    order = sorted(pending, key=lambda number: (number < start_at, number))
    for done, number in enumerate(order, start=1):
        check_cancelled(cancel)
        page = states[number].page
        _analyse_page(
            store,
            text_id,
            states[number],
            body[page.start : page.end],
            cache,
            cancel=cancel,
            later_expressions=True,
        )
        report_progress(report, done, len(order))
    return len(order)


def analyse_book_in(
    data_dir: Path,
    text_id: int,
    *,
    start_at: int = 0,
    report: Report | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """analyse_book with a store and cache of its own in the data folder: what the analysis
    worker process runs for an open book (a store belongs to the thread that opened it)."""
    # Here, not with the module: the window's database thread imports this module to open a
    # text, which needs neither the cache nor the analyser (~0.1 s before the page shows).
    from reader.core.analysis.cache import AnalysisCache

    with Database.open_in(data_dir) as store:
        cache = AnalysisCache(cache_dir(data_dir))
        return analyse_book(store, text_id, cache, start_at=start_at, report=report, cancel=cancel)


def page_analyses(
    store: Database,
    text_id: int,
    cache: AnalysisCache,
    *,
    report: Report | None = None,
    cancel: threading.Event | None = None,
    part: TextRange | None = None,
) -> Iterator[PageAnalysis]:
    """Every page's analysis in order (or only a part's: chapters or pages), one at a time
    (analysed now if need be): for work on a whole book, such as a handout, in bounded
    memory."""
    body = store.library.text_body(text_id)
    states = store.library.pages(text_id)
    wanted = range_pages(store.library.text(text_id), [s.page for s in states], part)
    chosen = [states[page.number] for page in wanted]
    for done, state in enumerate(chosen, start=1):
        check_cancelled(cancel)
        text = body[state.page.start : state.page.end]
        yield _analyse_page(store, text_id, state, text, cache, cancel=cancel)
        report_progress(report, done, len(chosen))


def _analyse_page(
    store: Database,
    text_id: int,
    state: PageState,
    text: str,
    cache: AnalysisCache,
    *,
    report: Report | None = None,
    cancel: threading.Event | None = None,
    record: bool = True,
    later_expressions: bool = False,
) -> PageAnalysis:
    """A page's analysis, from the cache or made now (and cached); recorded for the library
    unless record is False. later_expressions (the background pass, which returns no
    analysis): one made now is cached without its expressions, which the cache adds when the
    page is read from it (to be shown), so the book's pass only counts words (issue 14)."""
    cached = cache.get(text) if text.strip() else None
    if cached is not None:
        analysis = cached
    elif text.strip() and later_expressions:
        # Here, not with the module: see analyse_book_in.
        from reader.core.analysis.analyser import analyse_leaving_expressions

        analysis, later = analyse_leaving_expressions(text, report=report, cancel=cancel)
        cache.put(analysis, later)
    elif text.strip():
        # Here, not with the module: see analyse_book_in.
        from reader.core.analysis.analyser import analyse

        analysis = analyse(text, report=report, cancel=cancel)
        cache.put(analysis)
    else:
        analysis = Analysis(text, (), ())
    if record and state.analysis != cache.version:
        counts, lemmas = page_summary(analysis)
        store.library.record_page_analysis(
            text_id, state.page.number, cache.version, counts, lemmas
        )
    return PageAnalysis(state.page, analysis, cached is not None)
