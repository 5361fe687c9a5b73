"""Handouts printed to PDF with Qt, offscreen: real PDFs whose text holds the glossed words.

The pages are looked at as pictures by `python -m benchmarks.handout_shots` (pdftoppm)."""

from __future__ import annotations

import os
from pathlib import Path

import pypdf
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

from reader.core.analysis.analyser import analyse
from reader.core.errors import InputError
from reader.core.lookup.card import Glosser
from reader.core.teaching.handouts import Handout, HandoutSection, find_words
from reader.core.teaching.html_pages import glossed_text_html, handout_html
from reader.render.handout_pdf import html_to_pdf
from tests.core.library_helpers import HARBOUR, STORKS

TEXT = "\n\n".join(("Au port", *HARBOUR, *STORKS))


@pytest.fixture(scope="module")
def handout() -> Handout:
    analysis = analyse(TEXT)
    words = tuple(find_words([(0, analysis)], Glosser(None), level="B1", limit=None))
    return Handout("Au port", "B1", (HandoutSection("Au port", "Marie Dupont", 1, words),))


def pdf_text(path: Path) -> tuple[pypdf.PdfReader, str]:
    assert path.read_bytes().startswith(b"%PDF-")
    reader = pypdf.PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, " ".join(text.split())


def test_the_vocabulary_handout_is_a_pdf_with_its_words(
    qapp: object, handout: Handout, tmp_path: Path
) -> None:
    out = html_to_pdf(handout_html(handout), tmp_path / "port.pdf", title="Au port — B1")
    reader, text = pdf_text(out)
    assert len(reader.pages) >= 1
    assert reader.metadata is not None and reader.metadata.title == "Au port — B1"
    for expected in ("Au port", "la mouette", "seagull", "la cigogne", "stork", "raccommoder"):
        assert expected in text
    assert f"1 / {len(reader.pages)}" in text  # the footer
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_the_glossed_text_is_a_pdf_with_numbered_words_and_glosses(
    qapp: object, handout: Handout, tmp_path: Path
) -> None:
    html = glossed_text_html("Au port", TEXT, handout.words, author="Marie Dupont", level="B1")
    _, text = pdf_text(html_to_pdf(html, tmp_path / "port-glose.pdf", title="Au port"))
    assert "Le vieux pêcheur" in text
    assert "mouettes (la mouette, noun f.): seagull" in text
    assert "raccommodait (raccommoder, verb)" in text


def test_a_missing_folder_is_a_clear_error(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        html_to_pdf("<p>x</p>", tmp_path / "nowhere" / "x.pdf")
