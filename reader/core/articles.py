"""Articles: a text to read with its title, from a file, pasted text or the sample seed."""

from __future__ import annotations

from pathlib import Path

from reader.core.errors import InputError
from reader.core.files import read_text_file
from reader.core.models import Article
from reader.core.paths import seeds_dir

SAMPLE_ARTICLE = "russie-chine-cooperation-defense.txt"
MAX_TITLE = 120


def load_article(path: Path) -> Article:
    """Read a .txt or .md file; its first line is the title."""
    text = read_text_file(path)
    return Article(title=title_of(text, fallback=path.stem), text=text, path=str(path))


def article_from_text(text: str, title: str | None = None) -> Article:
    """A pasted text: the title is given, or its first line."""
    if not text.strip():
        raise InputError("The pasted text is empty.")
    return Article(title=title or title_of(text, fallback="Pasted text"), text=text)


def sample_article_path() -> Path:
    return seeds_dir() / SAMPLE_ARTICLE


def title_of(text: str, *, fallback: str) -> str:
    """The first non-blank line, without Markdown's heading marks, shortened if long."""
    for line in text.splitlines():
        title = line.strip().lstrip("#").strip().lstrip("\ufeff")
        if title:
            return title if len(title) <= MAX_TITLE else title[: MAX_TITLE - 1].rstrip() + "…"
    return fallback
