"""A teacher reads part of a book with a class: handouts and lists of chapters or pages."""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # `handout ... .pdf` prints with Qt

from tests.cli.helpers import run
from tests.paths import DATA

NOVEL = DATA / "corpus" / "novel_daudet_petit_chose.txt"
BOOK_LINES = 142  # Le Petit Chose's first three chapters


def first_chapters(folder: Path) -> Path:
    """Le Petit Chose's first three chapters, as a book file with chapter headings."""
    lines = NOVEL.read_text(encoding="utf-8").splitlines()[:BOOK_LINES]
    book = folder / "le-petit-chose.txt"
    book.write_text("\n\n".join(line.strip() for line in lines if line.strip()), "utf-8")
    return book


def chapter_text(number: int) -> str:
    """One chapter's text (1 to 3), its heading line included, spaces collapsed."""
    lines = NOVEL.read_text(encoding="utf-8").splitlines()[:BOOK_LINES]
    starts = [i for i, line in enumerate(lines) if re.match(r"^[IVX]+ -- ", line)]
    ends = [*starts[1:], len(lines)]
    return " ".join(" ".join(lines[starts[number - 1] : ends[number - 1]]).split())


def sentences_of(page: str) -> list[str]:
    cells = re.findall(r'<td class="sentence">(.*?)</td>', page)
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", cell)).split()) for cell in cells]


def test_a_list_reads_chapters_one_and_two_and_its_handout_comes_from_them_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    book = first_chapters(tmp_path)
    assert run(capsys, data, "import", str(book), "--no-analyse")[0] == 0
    assert run(capsys, data, "list", "create", "Semaine 1")[0] == 0
    code, out, _ = run(capsys, data, "list", "add", "Semaine 1", "1", "--chapters", "1-2")
    assert code == 0 and "(chapters 1–2)" in out
    code, out, _ = run(capsys, data, "list", "show", "1", "--json")
    shown = json.loads(out)
    assert shown["texts"][0]["part"] == "chapters 1–2"
    assert shown["words"] < shown["texts"][0]["words"]  # the list reads only a part

    page = tmp_path / "semaine.html"
    code, out, _ = run(capsys, data, "handout", "list:Semaine 1", str(page), "--level", "B1")
    assert code == 0
    written = page.read_text(encoding="utf-8")
    assert "(chapters 1–2)" in written
    first_two = chapter_text(1) + " " + chapter_text(2)
    found = sentences_of(written)
    assert len(found) >= 20
    for sentence in found:
        # Long sentences are cut to the words around the handout word.
        assert sentence.strip("… ").split(" … ")[0] in first_two, sentence

    glossed = tmp_path / "semaine-glosee.html"
    assert run(capsys, data, "handout", "list:Semaine 1", str(glossed), "--glossed")[0] == 0
    text = glossed.read_text(encoding="utf-8")
    assert "LES BABAROTRES" in text and "LE CAHIER ROUGE" not in text
    assert "<sup>1</sup>" in text
    pdf = tmp_path / "semaine-glosee.pdf"
    assert run(capsys, data, "handout", "list:Semaine 1", str(pdf), "--glossed")[0] == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_handout_of_pages_and_parts_a_text_does_not_have(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    assert run(capsys, data, "import", str(first_chapters(tmp_path)), "--no-analyse")[0] == 0
    page = tmp_path / "page-1.html"
    code, _, _ = run(capsys, data, "handout", "1", str(page), "--pages", "1")
    assert code == 0 and "(page 1)" in page.read_text(encoding="utf-8")
    code, _, err = run(capsys, data, "handout", "1", str(page), "--chapters", "7-9")
    assert code == 3 and "has 3 chapters" in err
    code, _, err = run(capsys, data, "handout", "1", str(page), "--pages", "9-2")
    assert code == 3 and "the first before the last" in err
    code, _, err = run(capsys, data, "handout", "1", str(page), "--chapters", "un")
    assert code == 3 and "FIRST-LAST" in err
