"""Long books in pages: where pages are cut, finding a page, and analysing a book page by page
so that reopening it analyses nothing again."""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reader.core.analysis import analyser as analyser_module
from reader.core.analysis.analyser import analyse
from reader.core.analysis.cache import AnalysisCache
from reader.core.errors import Cancelled
from reader.core.importers import Chapter
from reader.core.importers.document import count_words
from reader.core.library.pages import (
    analyse_book,
    analyse_book_in,
    open_page,
    page_analyses,
    page_at,
    pending_pages,
    position_label,
    split_pages,
)
from reader.core.library.texts import open_text
from reader.core.models import Analysis
from reader.core.store import Database, Page
from tests.core.library_helpers import HARBOUR, STORKS, imported, open_store

SENTENCE = "Le vieux pêcheur regardait la mer pendant que les mouettes tournoyaient. "


def paragraphs(sizes: list[int]) -> str:
    """Paragraphs of about the given numbers of words, separated by blank lines."""
    words = SENTENCE.split()
    return "\n\n".join(" ".join(words[i % len(words)] for i in range(size)) for size in sizes)


def chapters_of(text: str, pieces: list[str]) -> tuple[Chapter, ...]:
    chapters, start = [], 0
    for number, piece in enumerate(pieces, start=1):
        start = text.index(piece, start)
        chapters.append(Chapter(f"Chapitre {number}", start, start + len(piece)))
        start += len(piece)
    return tuple(chapters)


# ---------------------------------------------------------------- cutting


def test_pages_are_even_cut_at_paragraph_ends_and_cover_every_word() -> None:
    text = paragraphs([37, 120, 15, 260, 90, 44, 300, 12, 75, 150] * 12)
    pages = split_pages(text, target=1_200, maximum=2_000)
    sizes = [page.words for page in pages]
    assert sum(sizes) == count_words(text)
    assert len(pages) == round(count_words(text) / 1_200)
    assert max(sizes) - min(sizes) < 400  # even, within a paragraph or two
    for page in pages:
        assert page.start == 0 or text[page.start - 2 : page.start] == "\n\n"
        assert page.end == len(text) or text[page.end : page.end + 2] == "\n\n"
    assert [page.number for page in pages] == list(range(len(pages)))


def test_pages_never_cross_a_chapter() -> None:
    first, second = paragraphs([200] * 9), paragraphs([150] * 3)
    text = f"{first}\n\n{second}"
    chapters = chapters_of(text, [first, second])
    pages = split_pages(text, chapters, target=1_200, maximum=2_000)
    assert [page.chapter for page in pages] == [0, 0, 1]
    assert [page.words for page in pages] == [800, 1_000, 450]  # 1,800 words: two pages
    assert pages[2].start == chapters[1].start and pages[1].end == chapters[0].end


def test_a_huge_paragraph_is_cut_at_sentence_ends() -> None:
    text = SENTENCE * 500  # 5,500 words, no blank line (a PDF's text, say)
    pages = split_pages(text, target=1_200, maximum=2_000)
    assert len(pages) > 1
    assert all(page.words <= 2_000 for page in pages)
    assert all(text[page.end - 1] == "." for page in pages)
    assert sum(page.words for page in pages) == count_words(text)


def test_wordless_paragraphs_do_not_make_tiny_pages() -> None:
    text = "\n\n".join([paragraphs([300] * 4), "* * *", paragraphs([300] * 4)])
    pages = split_pages(text, target=1_200, maximum=2_000)
    assert [page.words for page in pages] == [1_200, 1_200]


def test_a_short_text_is_one_page() -> None:
    text = "\n\n".join(STORKS)
    assert split_pages(text) == (Page(0, 0, len(text), 0, count_words(text)),)


def test_page_at_and_the_position_label(tmp_path: Path) -> None:
    text = paragraphs([500] * 6)
    chapters = chapters_of(text, [text])
    pages = split_pages(text, chapters, target=1_000, maximum=2_000)
    assert page_at(pages, 0) == pages[0]
    assert page_at(pages, pages[1].start) == pages[1]
    assert page_at(pages, pages[1].start - 1) == pages[0]  # between pages: the one before
    assert page_at(pages, len(text) + 5) == pages[-1]
    with open_store(tmp_path / "g.sqlite3") as store:
        record, _ = store.library.add_text(imported(text.split("\n\n"), title="Livre"), pages)
    assert position_label(record, pages[1]) == "Page 2 of 3 · 67 %"


# ---------------------------------------------------------------- analysing a book


BOOK = (*STORKS, *HARBOUR, *STORKS[::-1])


@pytest.fixture
def book(tmp_path: Path) -> Iterator[tuple[Database, int, AnalysisCache]]:
    """A small "book" cut into pages of a few dozen words, as a long one is cut into pages of
    a thousand."""
    text = imported(BOOK, title="Petit livre")
    pages = split_pages(text.text, target=40, maximum=60)
    with open_store(tmp_path / "glossary.sqlite3") as store:
        record, _ = store.library.add_text(text, pages)
        yield store, record.id, AnalysisCache(tmp_path / "cache")


def spy_on_analyse(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts analysed from now on: by analyse() (a page shown) or by the background
    pass's analyse_leaving_expressions."""
    seen: list[str] = []
    real = analyser_module.analyse
    real_leaving = analyser_module.analyse_leaving_expressions

    def analyse(text: str, **kwargs: Any) -> Analysis:
        seen.append(text)
        return real(text, **kwargs)

    def analyse_leaving_expressions(text: str, **kwargs: Any) -> Any:
        seen.append(text)
        return real_leaving(text, **kwargs)

    # pages imports the analyser when it first analyses (not with the module): spied there.
    monkeypatch.setattr(analyser_module, "analyse", analyse)
    monkeypatch.setattr(analyser_module, "analyse_leaving_expressions", analyse_leaving_expressions)
    return seen


def test_a_book_is_analysed_page_by_page_and_reopened_without_analysis(
    book: tuple[Database, int, AnalysisCache], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, text_id, cache = book
    body = store.library.text_body(text_id)
    states = store.library.pages(text_id)
    assert len(states) == 3
    seen = spy_on_analyse(monkeypatch)
    reports: list[tuple[int, int]] = []
    first = open_page(store, text_id, 1, cache)  # the learner is on page 2
    assert not first.from_cache and first.analysis.text == body[first.page.start : first.page.end]
    assert store.library.pages(text_id)[1].counts is None  # recorded by the background pass
    assert analyse_book(store, text_id, cache, start_at=1, report=lambda *r: reports.append(r)) == 3
    assert reports == [(1, 3), (2, 3), (3, 3)]
    pages = [state.page for state in states]
    # Page 2 first (opened), then what follows it, then the beginning; never the whole book.
    assert seen == [body[p.start : p.end] for p in (pages[1], pages[2], pages[0])]
    assert all(state.counts is not None for state in store.library.pages(text_id))
    total = store.library.text_counts([text_id])[text_id]
    assert total[1] == 3 and total[0].words > 30

    # Reopening, with a new store and a new cache object on the same folders: no analysis.
    seen.clear()
    with Database(store.path) as again:
        fresh_cache = AnalysisCache(tmp_path / "cache")
        assert pending_pages(again, text_id, fresh_cache) == []
        assert analyse_book(again, text_id, fresh_cache) == 0
        opened = open_text(again, text_id)
        shown = open_page(again, text_id, opened.page.number, fresh_cache)
        assert shown.from_cache and shown.analysis.tokens
    assert seen == []


def test_pages_of_the_background_pass_are_shown_as_analyse_makes_them(
    book: tuple[Database, int, AnalysisCache],
) -> None:
    """The background pass caches a page without its expressions; shown (read from the cache),
    the page has them, and every token, group and expression is what analyse() gives."""
    store, text_id, cache = book
    body = store.library.text_body(text_id)
    texts = [body[s.page.start : s.page.end] for s in store.library.pages(text_id)]
    assert analyse_book(store, text_id, cache) == 3
    left = [json.loads(gzip.decompress(cache.path_for(text).read_bytes())) for text in texts]
    assert all("later" in data and not data["expressions"] for data in left)
    shown = [open_page(store, text_id, number, cache) for number in range(3)]
    assert all(page.from_cache for page in shown)
    assert [page.analysis for page in shown] == [analyse(text) for text in texts]
    assert any(page.analysis.expressions for page in shown)
    kept = [json.loads(gzip.decompress(cache.path_for(text).read_bytes())) for text in texts]
    assert not any("later" in data for data in kept)  # kept again whole: matched once


def test_the_worker_analyses_a_book_with_its_own_store(
    book: tuple[Database, int, AnalysisCache], tmp_path: Path
) -> None:
    store, text_id, cache = book
    assert analyse_book_in(tmp_path, text_id) == 3  # data folder: glossary.sqlite3, cache/
    assert pending_pages(store, text_id, cache) == []
    assert analyse_book_in(tmp_path, text_id) == 0


def test_cancelling_keeps_the_pages_done(
    book: tuple[Database, int, AnalysisCache], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, text_id, cache = book
    cancel = threading.Event()
    with pytest.raises(Cancelled):
        analyse_book(store, text_id, cache, report=lambda done, total: cancel.set(), cancel=cancel)
    assert pending_pages(store, text_id, cache) == [1, 2]
    assert store.library.text_counts([text_id])[text_id][1] == 1


def test_a_lost_cache_file_or_a_new_analyser_means_analysing_again(
    book: tuple[Database, int, AnalysisCache],
) -> None:
    store, text_id, cache = book
    analyse_book(store, text_id, cache)
    body = store.library.text_body(text_id)
    page = store.library.pages(text_id)[2].page
    cache.path_for(body[page.start : page.end]).unlink()
    assert pending_pages(store, text_id, cache) == [2]
    cache.version += "-newer"
    assert pending_pages(store, text_id, cache) == [0, 1, 2]


def test_page_analyses_come_one_at_a_time_with_offsets_into_the_book(
    book: tuple[Database, int, AnalysisCache],
) -> None:
    store, text_id, cache = book
    body = store.library.text_body(text_id)
    reports: list[tuple[int, int]] = []
    found = list(page_analyses(store, text_id, cache, report=lambda *r: reports.append(r)))
    assert reports == [(1, 3), (2, 3), (3, 3)]
    for item in found:
        token = item.analysis.words[0]
        start = item.page.start + token.start
        assert body[start : start + len(token.text)] == token.text


def test_page_summary_counts_each_lemma_key_in_order_of_first_use() -> None:
    """A page's lemma counts, keyed by the store's lemma_key (Élan and élan one), in the order
    each key first occurs: what counting word by word gives."""
    from collections import Counter

    from reader.core.analysis.difficulty import vocabulary
    from reader.core.library.pages import page_summary
    from reader.core.store import lemma_key
    from tests.core.analysed import analysed
    from tests.corpus import corpus_file

    text = corpus_file("novel_daudet_petit_chose.txt").read_text(encoding="utf-8")[:8_000]
    analysis = analysed(text + "\n\nÉlan, élan. ÉLAN !")
    expected = Counter(lemma_key(token.lemma) for token in vocabulary(analysis.tokens))
    expected.pop("", None)
    lemmas = page_summary(analysis)[1]
    assert list(lemmas.items()) == list(expected.items())
    assert lemmas["élan"] >= 2
