"""A web page's author and title (issue 13): a byline's first words are never an author."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importers import import_file
from reader.core.importers.byline import clean_author, clean_title

PAGE = """<html><head><title>Les cigognes reviennent - Le Journal d'Alsace</title>
<meta property="og:site_name" content="Le Journal d'Alsace"></head><body><nav>Accueil</nav>
<article><h1>Les cigognes reviennent</h1><p class="byline">BYLINE</p>
<p>Chaque printemps, les cigognes reviennent en Alsace après un long voyage depuis l'Afrique.
Les habitants des villages les attendent avec impatience et comptent les nids.</p>
<p>Aujourd'hui, on voit des nids sur les toits des églises et des mairies. Les enfants
apprennent à l'école pourquoi ces oiseaux sont devenus le symbole de l'Alsace.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("raw", "author"),
    [
        ("Publié le ; Par Marie Dupont", "Marie Dupont"),
        ("Publié le", ""),
        ("Mis à jour le 12/03/2024 à 10h", ""),
        ("Par Marie Dupont, Jean de La Fontaine", "Marie Dupont, Jean de La Fontaine"),
        ("By John Smith and Jane Doe", "John Smith, Jane Doe"),
        ("Le Monde avec AFP", ""),
        ("Charles de Gaulle", "Charles de Gaulle"),
    ],
)
def test_only_names_are_kept_of_a_byline(raw: str, author: str) -> None:
    assert clean_author(raw) == author


def test_the_site_name_leaves_the_title() -> None:
    assert clean_title("Les cigognes - Le Journal", "Le Journal") == "Les cigognes"
    assert clean_title("Le Journal", "Le Journal") == "Le Journal"
    assert clean_title("Les cigognes | Blog", "") == "Les cigognes | Blog"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Publié le 12 mars 2024 à 10h, par Marie Dupont", "Marie Dupont"),
        ("Publié le 12/03/2024", ""),
    ],
)
def test_an_imported_page_has_its_title_and_a_real_author(
    tmp_path: Path, byline: str, author: str
) -> None:
    page = tmp_path / "cigognes.html"
    page.write_text(PAGE.replace("BYLINE", byline), encoding="utf-8")
    imported = import_file(page)
    assert imported.title == "Les cigognes reviennent"
    assert imported.author == author
