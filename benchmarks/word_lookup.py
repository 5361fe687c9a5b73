"""From a click on a word to the card's content: dictionary, glossary and grammar note.

Every word of an analysed news article is looked up as a click would (token_at + explain),
with a real glossary database holding a few hundred entries. Target: under one frame (16 ms).

    .venv/bin/python -m benchmarks.word_lookup
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.common import median, percentile, report
from reader.core.analysis.analyser import analyse
from reader.core.articles import load_article, sample_article_path
from reader.core.lookup.card import Glosser
from reader.core.models import EntryDraft
from reader.core.store import Database


def main() -> None:
    article = load_article(sample_article_path())
    analysis = analyse(article.text)
    with tempfile.TemporaryDirectory() as folder:
        store = Database(Path(folder) / "glossary.sqlite3")
        for token in analysis.words[::2]:
            store.glossary.save(EntryDraft(word=token.text, lemma=token.lemma, translation="x"))
        glosser = Glosser(store)
        glosser.warm_up()  # as the window does, off the GUI thread, before the first click
        first, times = [], []
        for round_number in range(2):
            for token in analysis.words:
                start = time.perf_counter()
                clicked = analysis.token_at(token.start + len(token.text) // 2)
                assert clicked is not None
                glosser.explain(analysis, clicked.index)
                elapsed = (time.perf_counter() - start) * 1000
                (first if round_number == 0 else times).append(elapsed)
        store.close()
    rows = [
        ("words clicked", f"{len(times)} (glossary of {len(analysis.words[::2])} entries)"),
        ("first click on each word: median", f"{median(first):.3f} ms"),
        ("first click on each word: p95", f"{percentile(first, 0.95):.3f} ms"),
        ("first click: slowest", f"{max(first):.1f} ms (word list loads once)"),
        ("clicks after: median", f"{median(times):.3f} ms"),
        ("clicks after: p95", f"{percentile(times, 0.95):.3f} ms"),
        ("p95 as a share of a 16 ms frame", f"{percentile(first, 0.95) / 16:.3f}"),
    ]
    report("Click to card content (token_at + explain)", rows)


if __name__ == "__main__":
    main()
