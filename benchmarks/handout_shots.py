"""Handout PDFs as pictures, to look at them: the sample article's vocabulary table and glossed
text, and a two-text reading list's handout, printed with Qt and rendered by pdftoppm
(poppler-utils) to /tmp/shots/6-*.png.

    .venv/bin/python -m benchmarks.handout_shots [--out /tmp/shots] [--level B1]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import novel_excerpt
from reader.core.analysis.cache import AnalysisCache
from reader.core.articles import sample_article_path
from reader.core.library.texts import import_text
from reader.core.lookup.gloss import learner_glosser
from reader.core.store import Database
from reader.core.teaching.handouts import text_handout
from reader.core.teaching.html_pages import glossed_text_html, handout_html, page_breaks
from reader.core.teaching.reading_lists import list_handout, prepare_glossary
from reader.render.handout_pdf import html_to_pdf


def render(pdf: Path, out: Path, name: str) -> list[Path]:
    """Every page of pdf as out/6-name-N.png."""
    for old in out.glob(f"6-{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(out / f"6-{name}")], check=True)
    return sorted(out.glob(f"6-{name}-*.png"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("/tmp/shots"))
    parser.add_argument("--level", default="B1")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm is missing: apt-get install poppler-utils")
    args.out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="handout-shots-"))
    story = folder / "bel-ami.txt"
    story.write_text("Bel-Ami\n\n" + novel_excerpt(700), encoding="utf-8")
    with Database(folder / "glossary.sqlite3") as store:
        cache = AnalysisCache(folder / "cache")
        glosser = learner_glosser(store)
        article = import_text(store, sample_article_path()).record
        novel = import_text(store, story).record
        handout = text_handout(
            store, [article.id], cache, glosser, title=article.title, level=args.level
        )
        pdfs = {
            "handout-article": html_to_pdf(
                handout_html(handout),
                folder / "article.pdf",
                title=article.title,
                rebuild=lambda keys: handout_html(handout, breaks=page_breaks(keys)),
            ),
            "glossed-article": html_to_pdf(
                glossed_text_html(
                    article.title,
                    store.library.text_body(article.id),
                    handout.words,
                    level=handout.level,
                ),
                folder / "glossed.pdf",
                title=article.title,
            ),
        }
        reading_list = store.lists.create_list(
            "Semaine 1 : actualité et roman", "Lisez dans l'ordre."
        )
        for record in (article, novel):
            store.lists.add_to_list(reading_list.id, record.id)
        prepare_glossary(store, reading_list.id, cache, glosser, level=args.level, limit=15)
        list_sheet = list_handout(store, reading_list.id)
        pdfs["handout-list"] = html_to_pdf(
            handout_html(list_sheet),
            folder / "list.pdf",
            title=reading_list.title,
            rebuild=lambda keys: handout_html(list_sheet, breaks=page_breaks(keys)),
        )
    for name, pdf in pdfs.items():
        for png in render(pdf, args.out, name):
            print(png)


if __name__ == "__main__":
    main()
