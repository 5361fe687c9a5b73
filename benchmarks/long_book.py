"""A 500,000-word book in the library: import, first page, background analysis, reopening and
memory, against baselines measured in the same run.

The book repeats the two novels of tests/data/corpus. Each repetition joins some paragraphs
differently, so no page of one repetition is the same text as a page of another (the analysis
cache would otherwise answer for it and flatter the throughput).

    .venv/bin/python -m benchmarks.long_book [--words 500000] [--runs 3]

Targets: first page within ~3x the sample article (a page is ~1,200 words, the article 450);
background throughput >= 0.8 of raw nlp.pipe; reopening well under the article's analysis;
memory while analysing flat in the book's length (no whole-book token list).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from benchmarks.common import best_of, report, stock_pipeline
from reader.core.analysis.analyser import analyse, paragraph_spans
from reader.core.analysis.cache import AnalysisCache
from reader.core.analysis.corrections.model_tables import model_tables
from reader.core.analysis.normalise import normalise_for_analysis
from reader.core.analysis.pipeline import load_pipeline, settle_loaded_data
from reader.core.analysis.readings import forget_readings
from reader.core.articles import sample_article_path
from reader.core.importers.document import count_words
from reader.core.library import pages as pages_module
from reader.core.library.pages import analyse_book, open_page, pending_pages
from reader.core.library.texts import import_text, open_text
from reader.core.store import Database
from tests.corpus import corpus_file

NOVELS = ("novel_maupassant_bel_ami.txt", "novel_daudet_petit_chose.txt")


def build_book(words: int) -> str:
    """The novels one after the other until the book has `words` words; in repetition k, every
    (k+1)-th paragraph is joined to the next, so pages differ between repetitions."""
    paragraphs = [
        p.strip()
        for name in NOVELS
        for p in corpus_file(name).read_text(encoding="utf-8").splitlines()
        if p.strip()
    ]
    parts: list[str] = []
    total, repetition = 0, 0
    while total < words:
        for index, paragraph in enumerate(paragraphs):
            joined = repetition and index % (repetition + 1) == 0 and parts
            if joined:
                parts[-1] += " " + paragraph
            else:
                parts.append(paragraph)
            total += count_words(paragraph)
            if total >= words:
                break
        repetition += 1
    return "\n\n".join(parts)


def peak_rss_mb() -> float:
    """The process's peak resident memory so far (Linux reports kilobytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 2**20


raw_cpu_seconds: list[float] = []  # the CPU time of each raw_pipe_time


def raw_pipe_time(pages: list[str]) -> float:
    """Seconds for spaCy's pipeline as shipped (its tokenizer and rules, the app's components)
    on the pages' paragraphs, its lemma cache emptied first: as cold as the app's pass."""
    nlp = stock_pipeline()
    paragraphs = [
        normalised[start:end]
        for page in pages
        for normalised in (normalise_for_analysis(page),)
        for start, end in paragraph_spans(normalised)
    ]
    nlp.get_pipe("lemmatizer").cache.clear()
    nlp.batch_size = load_pipeline().batch_size  # the app's batches
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(paragraphs):
        pass
    raw_cpu_seconds.append(time.process_time() - cpu)
    return time.perf_counter() - start


def forget_lemmas() -> None:
    """spaCy's lemmatizer caches each word's lemma, the app each word's corrected reading:
    empty both so both sides start cold."""
    load_pipeline().get_pipe("lemmatizer").cache.clear()
    forget_readings()


def cold(work: Any) -> Any:
    """Run work with the lemma caches (spaCy's and the app's) empty, as for a text whose
    words the process has not met yet."""

    def run() -> Any:
        forget_lemmas()
        model_tables(load_pipeline()).relemmatise.cache_clear()
        return work()

    return run


def background_analysis(store: Database, text_id: int, cache: AnalysisCache) -> dict[str, float]:
    """The app's background analysis of every page after the first, and raw nlp.pipe on the
    same pages: seconds, pages, words/s of each."""
    body = store.library.text_body(text_id)
    rest = store.library.pages(text_id)[1:]
    words = sum(s.page.words for s in rest)
    forget_lemmas()
    start, cpu = time.perf_counter(), time.process_time()
    analysed = analyse_book(store, text_id, cache, start_at=1)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    # Raw after the app's pass: spaCy then knows the book's words (a small head start for raw).
    raw_rate = words / raw_pipe_time([body[s.page.start : s.page.end] for s in rest])
    raw_cpu = raw_cpu_seconds[-1]
    return {
        "seconds": seconds,
        "pages": analysed,
        "rate": words / seconds,
        "raw_rate": raw_rate,
        "cpu_ratio": raw_cpu / cpu,  # raw's CPU time over the app's: its throughput ratio
    }


def imported_book(words: int) -> tuple[Path, Database, int]:
    """A fresh folder whose data folder ("data") holds the long book in its library: the
    folder, the open store and the text's id."""
    folder = Path(tempfile.mkdtemp(prefix="long-book-"))
    book_path = folder / "livre-long.txt"
    book_path.write_text(build_book(words), encoding="utf-8")
    store = Database(folder / "data" / "glossary.sqlite3")
    record = import_text(store, book_path).record
    return folder, store, record.id


def traced_peak_mb(work: Any) -> float:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="long-book-"))
    book_path = folder / "livre-long.txt"
    book_path.write_text(build_book(args.words), encoding="utf-8")
    article = sample_article_path().read_text(encoding="utf-8")
    analyse(article)  # the model loaded and warm: both sides measured without the load
    settle_loaded_data()  # as the worker does after its first analysis
    article_time = best_of(args.runs, cold(lambda: analyse(article)))
    rss_start = peak_rss_mb()

    store = Database(folder / "data" / "glossary.sqlite3")
    cache = AnalysisCache(folder / "data" / "cache")
    start = time.perf_counter()
    record = import_text(store, book_path).record
    import_time = time.perf_counter() - start
    body = store.library.text_body(record.id)
    states = store.library.pages(record.id)
    distinct = len({body[s.page.start : s.page.end] for s in states})

    forget_lemmas()
    cold(lambda: None)()
    start = time.perf_counter()
    opened = open_text(store, record.id)
    first = open_page(store, record.id, opened.page.number, cache)
    first_time = time.perf_counter() - start

    rss_before = peak_rss_mb()
    background = background_analysis(store, record.id, cache)
    background_time, analysed = background["seconds"], int(background["pages"])
    background_rate, raw_rate = background["rate"], background["raw_rate"]
    rss_after = peak_rss_mb()
    store.close()

    calls: list[str] = []

    def counted(text: str, **options: Any) -> Any:
        calls.append(text)
        return analyse(text, **options)

    setattr(pages_module, "analyse", counted)  # noqa: B010 - counts analyses on reopening

    def reopen() -> None:
        with Database(folder / "data" / "glossary.sqlite3") as again:
            fresh = AnalysisCache(folder / "data" / "cache")
            shown = open_text(again, record.id)
            open_page(again, record.id, shown.page.number, fresh)
            assert not pending_pages(again, record.id, fresh)

    reopen_time = best_of(args.runs, reopen)
    setattr(pages_module, "analyse", analyse)  # noqa: B010

    # Memory for ten pages: one at a time (what the app does) against one Analysis of them all.
    ten = [body[s.page.start : s.page.end] for s in states[2:12]]
    ten_words = sum(count_words(page) for page in ten)
    paged = traced_peak_mb(lambda: [analyse(page) and None for page in ten])
    whole = traced_peak_mb(lambda: analyse("\n\n".join(ten)))
    per_word = whole / ten_words

    report(
        f"Long book: {record.word_count:,} words, {record.page_count} pages "
        f"({distinct} distinct), {len(record.chapters)} chapters; best of {args.runs} where timed "
        "more than once",
        [
            ("sample article analysis, cold (baseline)", f"{article_time:.2f} s"),
            ("import (read, clean, pages, store)", f"{import_time:.2f} s"),
            (
                "first page, cold (open + analyse page 1)",
                f"{first_time:.2f} s  ({first.page.words:,} words), "
                f"ratio to the article {first_time / article_time:.1f}",
            ),
            (
                "background analysis of the rest",
                f"{background_time:.1f} s for {analysed} pages ({background_rate:,.0f} words/s)",
            ),
            ("raw nlp.pipe on the same pages", f"{raw_rate:,.0f} words/s"),
            ("ratio background / raw throughput", f"{background_rate / raw_rate:.2f}"),
            ("the same in CPU time", f"{background['cpu_ratio']:.2f}"),
            (
                "reopen (open + page from cache)",
                f"{reopen_time * 1000:.0f} ms, {len(calls)} analyses; ratio to the article "
                f"{reopen_time / article_time:.2f}",
            ),
            ("peak RSS: model loaded, article analysed", f"{rss_start:,.0f} MB"),
            ("peak RSS: book imported, first page", f"{rss_before:,.0f} MB"),
            (
                "peak RSS: every page analysed",
                f"{rss_after:,.0f} MB (+{rss_after - rss_before:,.0f} MB for the analysis)",
            ),
            (
                f"traced peak, 10 pages ({ten_words:,} words)",
                f"{paged:,.1f} MB one page at a time, {whole:,.1f} MB as one analysis",
            ),
            (
                "a whole-book token list would need",
                f"~{per_word * record.word_count:,.0f} MB (measured {per_word * 1000:.1f} kB/word)",
            ),
        ],
    )
    print(f"\n(data left in {folder})")


if __name__ == "__main__":
    main()
