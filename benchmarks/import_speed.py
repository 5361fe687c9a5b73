"""Importing a long book: a 500,000-word text file and the same book as an EPUB.

Importing only converts and checks the file (no spaCy): it should take a small fraction of the
time the analysis will, and stay well within memory.

    .venv/bin/python -m benchmarks.import_speed [--words 500000]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from ebooklib import epub

from benchmarks.common import report
from reader.core.importers import import_file
from tests.corpus import novels as novel_files


def long_text(words: int) -> str:
    """The two corpus novels, repeated until the text has `words` words."""
    novels = [path.read_text(encoding="utf-8") for path in novel_files()]
    parts, count = [], 0
    while count < words:
        for novel in novels:
            parts.append(novel)
            count += len(novel.split())
    return "\n".join(parts)


def write_epub(path: Path, text: str, chapters: int = 60) -> None:
    paragraphs = [line for line in text.splitlines() if line.strip()]
    size = len(paragraphs) // chapters + 1
    book = epub.EpubBook()
    book.set_identifier("benchmark")
    book.set_title("Long book")
    items = []
    for number in range(chapters):
        item = epub.EpubHtml(title=f"Chapitre {number + 1}", file_name=f"c{number}.xhtml")
        chunk = paragraphs[number * size : (number + 1) * size]
        item.content = "<html><body>" + "".join(f"<p>{p}</p>" for p in chunk) + "</body></html>"
        book.add_item(item)
        items.append(item)
    book.toc = [epub.Link(item.file_name, item.title, item.id) for item in items]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = items
    epub.write_epub(str(path), book)


def timed(path: Path) -> tuple[float, int, int]:
    start = time.perf_counter()
    imported = import_file(path)
    return time.perf_counter() - start, imported.word_count, len(imported.chapters)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=500_000)
    args = parser.parse_args()
    text = long_text(args.words)
    with tempfile.TemporaryDirectory() as folder:
        plain = Path(folder) / "long_book.txt"
        plain.write_text(text, encoding="utf-8")
        book = Path(folder) / "long_book.epub"
        write_epub(book, text)
        rows = []
        for path in (plain, book):
            seconds, words, chapters = timed(path)
            size = path.stat().st_size / 1e6
            rows.append(
                (
                    path.suffix,
                    f"{seconds:.2f} s, {words:,} words, {chapters} chapters, {size:.1f} MB",
                )
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append(("peak memory (whole run)", f"{peak:.0f} MB"))
    report(f"Importing a {args.words:,}-word book", rows)


if __name__ == "__main__":
    main()
