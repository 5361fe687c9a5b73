"""The repository's own test texts (tests/data/corpus): novels and news, found by name.

Tests and benchmarks read only these files, never anything outside the repository. A missing
file is an error that names it, never a skipped test or an empty parameter list.
"""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
NOVEL_NAMES = ("novel_daudet_petit_chose.txt", "novel_maupassant_bel_ami.txt")
NEWS_COUNT = 20


def corpus_file(name: str) -> Path:
    """The corpus file `name` (a path relative to tests/data/corpus); raises if it is missing."""
    path = CORPUS / name
    if not path.is_file():
        raise FileNotFoundError(
            f"test corpus file missing: {path} (see tests/data/corpus/SOURCES.md)"
        )
    return path


def novels() -> list[Path]:
    """Both public-domain novels."""
    return [corpus_file(name) for name in NOVEL_NAMES]


def news() -> list[Path]:
    """The 20 Wikinews articles, in name order."""
    found = sorted((CORPUS / "news").glob("*.txt"))
    if len(found) != NEWS_COUNT:
        raise FileNotFoundError(
            f"expected {NEWS_COUNT} news texts in {CORPUS / 'news'}, found {len(found)}"
        )
    return found


def all_texts() -> list[Path]:
    """Every corpus text: the novels, then the news."""
    return novels() + news()
