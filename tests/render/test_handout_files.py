"""The one handout writer the command line and the window share: the file's suffix says what
is written (flashcards, PDF, web page), the glossed text prints the text itself, and a deck
asked for with another suffix is a clear error that writes nothing."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pypdf
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

from reader.core.analysis.analyser import analyse
from reader.core.errors import InputError
from reader.core.lookup.card import Glosser
from reader.core.teaching.handouts import Handout, HandoutSection, find_words
from reader.render.handout_files import GlossedText, write_handout
from tests.core.library_helpers import HARBOUR

TEXT = "\n\n".join(("Au port", *HARBOUR))


@pytest.fixture(scope="module")
def handout() -> Handout:
    analysis = analyse(TEXT)
    words = tuple(find_words([(0, analysis)], Glosser(None), level="B1", limit=None))
    return Handout("Au port", "B1", (HandoutSection("Au port", "Marie Dupont", 1, words),))


def test_the_suffix_says_what_is_written(qapp: object, handout: Handout, tmp_path: Path) -> None:
    words = len(handout.words)
    assert write_handout(tmp_path / "port.html", handout) == words
    assert "la mouette" in (tmp_path / "port.html").read_text(encoding="utf-8")
    assert write_handout(tmp_path / "port.pdf", handout) == words
    assert (tmp_path / "port.pdf").read_bytes().startswith(b"%PDF-")
    cards = write_handout(tmp_path / "port.csv", handout)
    with (tmp_path / "port.csv").open(encoding="utf-8") as file:
        assert len(list(csv.reader(file))) == cards + 1  # a header, then one row per card


def test_the_glossed_text_prints_the_text_itself(
    qapp: object, handout: Handout, tmp_path: Path
) -> None:
    glossed = GlossedText("Au port", "Marie Dupont", TEXT)
    write_handout(tmp_path / "glose.pdf", handout, glossed=glossed)
    reader = pypdf.PdfReader(tmp_path / "glose.pdf")
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert HARBOUR[0].split()[0] in text and reader.metadata is not None
    assert reader.metadata.title == "Au port"


def test_a_deck_with_another_suffix_is_an_error_and_writes_nothing(
    handout: Handout, tmp_path: Path
) -> None:
    with pytest.raises(InputError, match=r"\.apkg \(Anki\) or \.csv"):
        write_handout(tmp_path / "port.txt", handout, deck=True)
    assert list(tmp_path.iterdir()) == []
