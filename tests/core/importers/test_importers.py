"""Importers on small real-format files made here, good and broken: never a crash, always a
message the learner can act on, and nothing half-imported."""

from __future__ import annotations

import socket
import textwrap
import threading
from pathlib import Path

import pytest

from reader.core.errors import Cancelled, InputError
from reader.core.importers import ImportedText, import_file
from reader.core.importers import plain as plain_module
from reader.core.importers.document import count_words
from reader.core.importers.epub import is_drm_protected
from tests.core.sample_files import (
    ENGLISH,
    PARAGRAPHS,
    SRT,
    VTT,
    add_to_zip,
    boilerplate_page,
    chapter_body,
    encryption_xml,
    make_epub,
    make_pdf,
    rewrite_pdf,
)
from tests.corpus import corpus_file

ARTICLE = "Les cigognes en Alsace\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def write(tmp_path: Path, name: str, data: bytes | str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode(encoding) if isinstance(data, str) else data)
    return path


def check_chapters(imported: ImportedText) -> None:
    """Chapters cover the text in order, without overlap, each starting at a paragraph."""
    assert imported.chapters
    previous_end = -2
    for chapter in imported.chapters:
        assert chapter.start == previous_end + 2 or previous_end == -2
        assert chapter.start == 0 or imported.text[chapter.start - 2 : chapter.start] == "\n\n"
        assert chapter.start < chapter.end
        previous_end = chapter.end
    assert imported.chapters[0].start == 0
    assert imported.chapters[-1].end == len(imported.text)


# Plain text and Markdown --------------------------------------------------------------------


def test_plain_text_keeps_paragraphs_and_takes_the_first_line_as_title(tmp_path: Path) -> None:
    imported = import_file(write(tmp_path, "cigognes.txt", ARTICLE))
    assert imported.title == "Les cigognes en Alsace"
    assert imported.author == ""
    assert imported.source_format == "text"
    assert imported.text == ARTICLE.strip()
    assert imported.word_count == count_words(ARTICLE)
    assert imported.language_warning is None
    assert imported.warnings == ()
    assert imported.source_path == str(tmp_path / "cigognes.txt")
    assert [c.title for c in imported.chapters] == ["Les cigognes en Alsace"]
    check_chapters(imported)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig", "latin-1"])
def test_plain_text_in_legacy_and_unicode_encodings(tmp_path: Path, encoding: str) -> None:
    text = ARTICLE.replace("\n", "\r\n") if encoding == "cp1252" else ARTICLE
    imported = import_file(write(tmp_path, "cigognes.txt", text, encoding))
    assert imported.text == ARTICLE.strip()


def test_the_same_text_saved_differently_has_one_fingerprint(tmp_path: Path) -> None:
    utf8 = import_file(write(tmp_path, "a.txt", ARTICLE))
    windows = import_file(write(tmp_path, "b.txt", ARTICLE.replace("\n", "\r\n"), "cp1252"))
    markdown = import_file(write(tmp_path, "c.md", ARTICLE))
    assert utf8.fingerprint == windows.fingerprint == markdown.fingerprint
    other = import_file(write(tmp_path, "d.txt", ARTICLE.replace("Chaque", "Tous les")))
    assert other.fingerprint != utf8.fingerprint


def test_one_paragraph_per_line_becomes_paragraphs(tmp_path: Path) -> None:
    imported = import_file(write(tmp_path, "lines.txt", "\n".join(PARAGRAPHS)))
    assert imported.text.split("\n\n") == list(PARAGRAPHS)


def test_hard_wrapped_prose_is_joined_but_verse_keeps_its_lines(tmp_path: Path) -> None:
    wrapped = (
        "Chaque printemps, les cigognes reviennent en Alsace après un\n"
        "long voyage depuis l'Afrique. Les habitants des villages les\n"
        "attendent avec impatience, et les enfants les comptent sur les\n"
        "toits des églises.\n\n"
        "Dans les années soixante-dix, il ne restait presque plus de\n"
        "couples dans la région, mais leur nombre a beaucoup augmenté\n"
        "depuis lors.\n"
    )
    imported = import_file(write(tmp_path, "wrapped.txt", wrapped))
    first, second = imported.text.split("\n\n")
    assert "\n" not in first and "\n" not in second
    assert first.startswith("Chaque printemps") and first.endswith("toits des églises.")
    verse = (
        "Demain, dès l'aube, à l'heure où blanchit la campagne,\n"
        "Je partirai. Vois-tu, je sais que tu m'attends.\n"
        "J'irai par la forêt, j'irai par la montagne.\n"
        "Je ne puis demeurer loin de toi plus longtemps.\n"
    )
    poem = import_file(write(tmp_path, "poeme.txt", verse))
    assert poem.text == verse.strip()


def long_book(chapter_headings: list[str], paragraphs_per_chapter: int = 30) -> str:
    """A text over the 2,000 words that make chapters worth having."""
    body = "\n".join(PARAGRAPHS * (paragraphs_per_chapter // 3))
    return "\n".join(f"{heading}\n{body}" for heading in chapter_headings) + "\n"


def test_a_long_text_is_split_at_chapter_headings(tmp_path: Path) -> None:
    headings = ["PREMIÈRE PARTIE", "I -- LA FABRIQUE", "II -- LES BABAROTRES", "-- III --"]
    text = long_book(headings[:1]).split("\n")[0] + "\n" + long_book(headings[1:])
    imported = import_file(write(tmp_path, "le_petit_chose.txt", text))
    assert imported.word_count > 2_000
    assert [c.title for c in imported.chapters] == [
        "PREMIÈRE PARTIE – I -- LA FABRIQUE",
        "II -- LES BABAROTRES",
        "-- III --",
    ]
    # A book that starts with a heading has no title line: the file's name stands in.
    assert imported.title == "le petit chose"
    check_chapters(imported)
    assert imported.text[imported.chapters[1].start :].startswith("II -- LES BABAROTRES\n\n")


def test_a_short_text_stays_one_chapter_whatever_its_headings(tmp_path: Path) -> None:
    text = "Titre\n\nCHAPITRE I\n\n" + PARAGRAPHS[0] + "\n\nCHAPITRE II\n\n" + PARAGRAPHS[1]
    imported = import_file(write(tmp_path, "court.txt", text))
    assert len(imported.chapters) == 1


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("PREMIÈRE PARTIE", 1),
        ("LIVRE II", 1),
        ("CHAPITRE PREMIER", 2),
        ("Chapitre 3. Le départ", 2),
        ("I -- LA FABRIQUE", 2),
        ("-- IV --", 2),
        ("XII.", 2),
        ("Épilogue", 2),
        ("C'était fini, nous étions ruinés.", None),
        ("CIGOGNES ET HIRONDELLES !", None),
        ("Il partit.", None),
        ("Vive le roi", None),
        ("Livre de cuisine", None),
        ("Partie de chasse", None),
        ("Chapitre suivant", None),
    ],
)
def test_chapter_headings_and_ordinary_short_lines(line: str, level: int | None) -> None:
    assert plain_module.heading_level(line) == level


def test_markdown_marks_are_removed_and_headings_make_chapters(tmp_path: Path) -> None:
    body = "\n\n".join(PARAGRAPHS * 14)
    markdown = (
        "---\nlayout: post\n---\n"
        "# Les cigognes\n\n"
        "Un texte *très* **important** avec un [lien](https://example.com) et `du code`.\n"
        "![une image](cigogne.png)\n\n"
        "> Une citation\n> sur deux lignes.\n\n"
        "- premier point\n- second point\n\n"
        f"## Le voyage\n\n{body}\n\n"
        f"Le retour\n---------\n\n{body}\n\n"
        "[ref]: https://example.com\n"
    )
    imported = import_file(write(tmp_path, "cigognes.md", markdown))
    assert imported.source_format == "markdown"
    assert imported.title == "Les cigognes"
    paragraphs = imported.text.split("\n\n")
    assert paragraphs[:5] == [
        "Les cigognes",
        "Un texte très important avec un lien et du code.",
        "Une citation sur deux lignes.",
        "• premier point\n• second point",
        "Le voyage",
    ]
    assert [c.title for c in imported.chapters] == ["Les cigognes", "Le voyage", "Le retour"]
    for mark in ("*", "[", "](", "`", "#", "https", "layout"):
        assert mark not in imported.text
    check_chapters(imported)


def test_english_text_gets_a_language_warning(tmp_path: Path) -> None:
    imported = import_file(write(tmp_path, "storks.txt", "The storks\n\n" + ENGLISH))
    assert imported.language_warning is not None
    assert "English" in imported.language_warning
    french = import_file(write(tmp_path, "cigognes.txt", ARTICLE))
    assert french.language_warning is None


def test_spanish_text_gets_a_language_warning(tmp_path: Path) -> None:
    spanish = (
        "Cada primavera, las cigüeñas vuelven a Alsacia después de un largo viaje desde "
        "África. Los habitantes de los pueblos las esperan con impaciencia, y los niños "
        "aprenden en la escuela por qué estas aves se han convertido en el símbolo de la región."
    )
    imported = import_file(write(tmp_path, "cigüeñas.txt", spanish))
    assert imported.language_warning is not None
    assert "another language" in imported.language_warning


# Broken and unusual files -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("vide.txt", b"", "empty"),
        ("blancs.txt", b"  \n\n \t\n", "empty"),
        ("binaire.txt", bytes(range(256)) * 20, "not a text file"),
        ("vide.srt", b"", "empty"),
        ("vide.html", b"", "empty"),
        ("vide.md", b"\n\n", "empty"),
        ("nombres.txt", b"12 34\n\n56\n", "no text"),
        ("pas-un-livre.epub", b"Ceci n'est pas un livre.", "zip archive"),
        ("pas-un-pdf.pdf", b"Ceci n'est pas un PDF.", "not a PDF"),
        ("document.docx", add_to_zip(b"PK\x05\x06" + bytes(18), "word/x.xml", b"<x/>"), "EPUB"),
    ],
)
def test_broken_files_give_a_clear_input_error(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        import_file(write(tmp_path, name, data))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        import_file(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="folder"):
        import_file(tmp_path)


def test_a_file_over_its_format_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plain_module, "MAX_TEXT_BYTES", 100)
    with pytest.raises(InputError, match="too large"):
        import_file(write(tmp_path, "long.txt", ARTICLE))


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("sous-titres", VTT, "vtt"),
        ("sous-titres.txt", VTT, "text"),  # the name says text: trusted for text formats
        ("episode", SRT, "srt"),
        ("page", boilerplate_page(), "html"),
        ("notes", ARTICLE, "text"),
    ],
)
def test_format_is_sniffed_when_the_name_has_no_known_extension(
    tmp_path: Path, name: str, content: str, expected: str
) -> None:
    assert import_file(write(tmp_path, name, content)).source_format == expected


def test_a_pdf_or_epub_under_a_wrong_name_is_read_by_its_content(tmp_path: Path) -> None:
    pdf = make_pdf([list(PARAGRAPHS)])
    assert import_file(write(tmp_path, "livre.epub", pdf)).source_format == "pdf"
    book = make_epub(tmp_path / "book.epub", [("Un", chapter_body("Un"))]).read_bytes()
    assert import_file(write(tmp_path, "livre.pdf", book)).source_format == "epub"


# HTML ---------------------------------------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to resolve a name or open a connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)


@pytest.mark.usefixtures("no_network")
def test_html_article_without_menus_ads_footer_or_scripts(tmp_path: Path) -> None:
    imported = import_file(write(tmp_path, "cigognes.html", boilerplate_page()))
    assert imported.source_format == "html"
    assert imported.title == "Le retour des cigognes en Alsace"
    assert imported.author == "Marie Dupont"
    for paragraph in PARAGRAPHS:
        assert paragraph in imported.text
    assert "Un symbole de la région" in imported.text
    for boilerplate in (
        "Accueil",
        "Politique",
        "Publicité",
        "Texte injecté",
        "Les plus lus",
        "météo",
        "droits réservés",
        "font-family",
        "tracker",
        "document.write",
    ):
        assert boilerplate not in imported.text
    assert "\n\n" in imported.text
    check_chapters(imported)


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize(
    ("declared", "encoding"),
    [("windows-1252", "cp1252"), ("iso-8859-1", "cp1252"), ("utf-8", "cp1252")],
)
def test_html_in_a_legacy_encoding_with_a_right_or_wrong_declaration(
    tmp_path: Path, declared: str, encoding: str
) -> None:
    page = boilerplate_page(declared).replace("Grâce", "« Grâce »")
    imported = import_file(write(tmp_path, "page.htm", page, encoding))
    assert "« Grâce »" in imported.text
    assert PARAGRAPHS[2] in imported.text


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Accueil</a>"
        "<a href='/a'>Sport</a></nav><footer>© 2024 Tous droits réservés</footer></body></html>",
        "<!DOCTYPE html><html><head><title>Appli</title><script src='app.js'></script></head>"
        "<body><div id='root'></div><script>render('root')</script></body></html>",
    ],
)
def test_html_page_with_no_article_is_refused(tmp_path: Path, page: str) -> None:
    with pytest.raises(InputError, match="no article text"):
        import_file(write(tmp_path, "menu.html", page))


# EPUB ---------------------------------------------------------------------------------------


def three_chapters() -> list[tuple[str, str]]:
    return [
        ("Le départ", chapter_body("Chapitre premier")),
        ("Le voyage", chapter_body("Chapitre deux")),
        ("Le retour", chapter_body("Chapitre trois")),
    ]


@pytest.mark.parametrize("nav", [True, False], ids=["epub3-nav", "epub2-ncx"])
def test_epub_chapters_in_spine_order_titled_from_the_contents(tmp_path: Path, nav: bool) -> None:
    path = make_epub(tmp_path / "contes.epub", three_chapters(), spine=[0, 2, 1], nav=nav)
    reports: list[tuple[int, int]] = []
    imported = import_file(path, report=lambda done, total: reports.append((done, total)))
    assert imported.source_format == "epub"
    assert imported.title == "Contes d'Alsace"
    assert imported.author == "Marie Dupont"
    assert [c.title for c in imported.chapters] == ["Le départ", "Le retour", "Le voyage"]
    check_chapters(imported)
    second = imported.chapters[1]
    assert imported.text[second.start : second.end].startswith("Chapitre trois\n\n")
    assert imported.text.count(PARAGRAPHS[0]) == 3
    assert reports[-1] == (3, 3)
    assert imported.language_warning is None


def test_epub_file_missing_from_the_contents_continues_the_chapter_before(tmp_path: Path) -> None:
    chapters = [*three_chapters(), ("", "<p>Suite du voyage, dans un second fichier.</p>")]
    path = make_epub(tmp_path / "contes.epub", chapters, spine=[0, 1, 3, 2], in_toc=[0, 1, 2])
    imported = import_file(path)
    assert [c.title for c in imported.chapters] == ["Le départ", "Le voyage", "Le retour"]
    voyage = imported.chapters[1]
    assert imported.text[voyage.start : voyage.end].endswith("dans un second fichier.")


def test_epub_without_contents_takes_titles_from_headings(tmp_path: Path) -> None:
    chapters = [("x", chapter_body("Au village")), ("y", "<p>Sans titre, mais du texte.</p>")]
    path = make_epub(tmp_path / "contes.epub", chapters, in_toc=[], nav=False)
    imported = import_file(path)
    assert [c.title for c in imported.chapters] == ["Au village", "Chapter 2"]


def test_epub_leaves_out_scripts_hidden_text_and_footnote_marks(tmp_path: Path) -> None:
    body = (
        "<h2>Notes</h2><script>alert('x')</script><style>p {color: red}</style>"
        "<p>Une maison<sup>1</sup> au bord de l'eau<a epub:type='noteref' href='#n1'>[2]</a>.</p>"
        "<p hidden='hidden'>Texte caché.</p><p style='display: none'>Encore caché.</p>"
        "<p>Première ligne<br/>deuxième ligne</p>"
    )
    imported = import_file(make_epub(tmp_path / "notes.epub", [("Notes", body)]))
    assert imported.text == (
        "Notes\n\nUne maison au bord de l'eau.\n\nPremière ligne\ndeuxième ligne"
    )


def test_truncated_epub_is_refused(tmp_path: Path) -> None:
    data = make_epub(tmp_path / "contes.epub", three_chapters()).read_bytes()
    for cut in (len(data) // 3, len(data) - 30):
        with pytest.raises(InputError, match="damaged or incomplete"):
            import_file(write(tmp_path, "coupé.epub", data[:cut]))


def test_epub_with_a_missing_part_is_refused(tmp_path: Path) -> None:
    data = make_epub(tmp_path / "contes.epub", three_chapters()).read_bytes()
    damaged = _without(data, "EPUB/content.opf")
    with pytest.raises(InputError, match="damaged EPUB"):
        import_file(write(tmp_path, "abîmé.epub", damaged))


def _without(data: bytes, name: str) -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info, source.read(info.filename))
    return out.getvalue()


def test_drm_protected_epub_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    data = make_epub(tmp_path / "contes.epub", three_chapters()).read_bytes()
    aes = encryption_xml("http://www.w3.org/2001/04/xmlenc#aes128-cbc")
    locked = add_to_zip(data, "META-INF/encryption.xml", aes)
    with pytest.raises(InputError, match="DRM"):
        import_file(write(tmp_path, "verrouillé.epub", locked))


def test_epub_with_only_obfuscated_fonts_is_not_drm(tmp_path: Path) -> None:
    data = make_epub(tmp_path / "contes.epub", three_chapters()).read_bytes()
    fonts = encryption_xml("http://www.idpf.org/2008/embedding", "EPUB/fonts/a.otf")
    assert not is_drm_protected(fonts)
    assert is_drm_protected(b"<not xml")
    imported = import_file(
        write(tmp_path, "polices.epub", add_to_zip(data, "META-INF/encryption.xml", fonts))
    )
    assert len(imported.chapters) == 3


def test_epub_with_only_pictures_holds_no_text(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "images.epub", [("Image", "<img src='a.png'/>")])
    with pytest.raises(InputError, match="no text"):
        import_file(path)


def test_epub_import_can_be_cancelled(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "contes.epub", three_chapters())
    cancel = threading.Event()
    with pytest.raises(Cancelled):
        import_file(path, report=lambda done, total: cancel.set(), cancel=cancel)


# Subtitles ----------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16", "utf-16-le"])
def test_srt_cue_text_only_joined_into_paragraphs(tmp_path: Path, encoding: str) -> None:
    imported = import_file(write(tmp_path, "Les.Cigognes.2024.srt", SRT, encoding))
    assert imported.source_format == "srt"
    assert imported.title == "Les Cigognes 2024"
    assert imported.text.split("\n\n") == [
        "Chaque printemps, les cigognes reviennent en Alsace. "
        "Les habitants les attendent avec impatience.",
        "- Tu les as vues ?\n- Oui, hier soir. Je pensais qu'elles viendraient plus tard.",
    ]


def test_vtt_without_header_notes_styles_voices_or_timings(tmp_path: Path) -> None:
    imported = import_file(write(tmp_path, "cigognes.vtt", VTT))
    assert imported.source_format == "vtt"
    assert imported.text.split("\n\n") == [
        "Chaque printemps, les cigognes reviennent. Les habitants les attendent & les comptent.",
        "Aujourd'hui, on voit des nids partout.",
    ]


def test_subtitles_without_cues_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no subtitles"):
        import_file(write(tmp_path, "vide.srt", "1\n2\n\nPas de minutage ici.\n"))
    with pytest.raises(InputError, match="no subtitles"):
        import_file(write(tmp_path, "vide.vtt", "WEBVTT\n\nNOTE rien\n"))


# PDF ----------------------------------------------------------------------------------------

# Lines of a justified page: about as long as each other, short at a paragraph's end.
PDF_PAGES = [
    [
        "Les cigognes d'Alsace",
        "Chaque printemps, les cigognes reviennent en Alsace après un long voy-",
        "age depuis l'Afrique, et les habitants des villages les attendent avec une",
        "impatience qui ne faiblit pas.",
        "Sur la place, une vieille dame de quatre-vingts ans les compte, une grand-",
        "mère qui les connaît toutes et qui les salue chaque matin depuis sa",
        "fenêtre ouverte sur les toits du village, au-dessus de la boulangerie et",
        "- 1 -",
    ],
    [
        "Les cigognes d'Alsace",
        "de l'école. Dans les années soixante-dix, il ne restait presque plus de",
        "couples dans la région.",
        "- Où sont-elles parties ? demanda l'enfant.",
        "2",
    ],
    [
        "Les cigognes d'Alsace",
        "Aujourd'hui, on voit des nids sur les toits des églises et des mairies",
        "de toute la région, et les visiteurs viennent de loin pour les voir.",
        "3",
    ],
]


def test_pdf_text_with_paragraphs_mended_words_and_no_page_furniture(tmp_path: Path) -> None:
    data = rewrite_pdf(make_pdf(PDF_PAGES), title="Les cigognes", author="Marie Dupont")
    reports: list[tuple[int, int]] = []
    imported = import_file(
        write(tmp_path, "cigognes.pdf", data), report=lambda d, t: reports.append((d, t))
    )
    assert imported.source_format == "pdf"
    assert imported.title == "Les cigognes"
    assert imported.author == "Marie Dupont"
    assert any("layout may be lost" in warning for warning in imported.warnings)
    assert imported.text.split("\n\n") == [
        "Chaque printemps, les cigognes reviennent en Alsace après un long voyage depuis "
        "l'Afrique, et les habitants des villages les attendent avec une impatience qui ne "
        "faiblit pas.",
        "Sur la place, une vieille dame de quatre-vingts ans les compte, une grand-mère qui "
        "les connaît toutes et qui les salue chaque matin depuis sa fenêtre ouverte sur les "
        "toits du village, au-dessus de la boulangerie et de l'école. Dans les années "
        "soixante-dix, il ne restait presque plus de couples dans la région.",
        "- Où sont-elles parties ? demanda l'enfant.",
        "Aujourd'hui, on voit des nids sur les toits des églises et des mairies de toute la "
        "région, et les visiteurs viennent de loin pour les voir.",
    ]
    assert reports == [(1, 3), (2, 3), (3, 3)]


def test_pdf_outline_gives_the_chapters(tmp_path: Path) -> None:
    data = rewrite_pdf(make_pdf(PDF_PAGES), outline=[("Le voyage", 0), ("Le retour", 2)])
    imported = import_file(write(tmp_path, "cigognes.pdf", data))
    assert [c.title for c in imported.chapters] == ["Le voyage", "Le retour"]
    check_chapters(imported)
    retour = imported.chapters[1]
    assert imported.text[retour.start : retour.end].startswith("Aujourd'hui")


def novel_lines(count: int) -> list[str]:
    """Lines of Le Petit Chose as a justified page would show them."""
    text = corpus_file("novel_daudet_petit_chose.txt").read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in text.splitlines()[3:] if len(p) > 80]
    lines = [line for p in paragraphs for line in textwrap.wrap(p, 72)]
    return lines[:count]


def test_long_pdf_without_outline_is_split_at_chapter_headings(tmp_path: Path) -> None:
    lines = novel_lines(240)
    pages = [lines[i : i + 24] for i in range(0, 240, 24)]
    pages[0].insert(0, "CHAPITRE PREMIER")
    pages[5].insert(0, "CHAPITRE II")
    imported = import_file(write(tmp_path, "livre.pdf", make_pdf(pages)))
    assert imported.word_count > 2_000
    assert [c.title for c in imported.chapters] == ["CHAPITRE PREMIER", "CHAPITRE II"]
    check_chapters(imported)
    assert imported.text.startswith("CHAPITRE PREMIER\n\nJe suis né le 13 mai")
    assert imported.title == "livre"  # no metadata, and the first line is a heading
    assert imported.language_warning is None


def test_scanned_pdf_without_text_is_refused(tmp_path: Path) -> None:
    data = make_pdf([[], [], []], text=False)
    with pytest.raises(InputError, match=r"no text \(a scanned PDF\?\)"):
        import_file(write(tmp_path, "scan.pdf", data))


def test_pdf_with_some_pictured_pages_says_they_are_left_out(tmp_path: Path) -> None:
    text_pages = make_pdf(PDF_PAGES)
    with_scan = rewrite_pdf(text_pages, extra_blank_pages=2)
    imported = import_file(write(tmp_path, "mixte.pdf", with_scan))
    assert "Aujourd'hui" in imported.text
    assert any("2 of 5 pages have no text" in warning for warning in imported.warnings)


def test_password_protected_pdf_is_refused(tmp_path: Path) -> None:
    data = rewrite_pdf(make_pdf(PDF_PAGES), password="secret", owner_password="owner")
    with pytest.raises(InputError, match="password"):
        import_file(write(tmp_path, "secret.pdf", data))


def test_pdf_with_only_an_owner_password_opens(tmp_path: Path) -> None:
    data = rewrite_pdf(make_pdf(PDF_PAGES), owner_password="owner")
    imported = import_file(write(tmp_path, "restreint.pdf", data))
    assert "Aujourd'hui" in imported.text


def test_truncated_pdf_is_refused(tmp_path: Path) -> None:
    data = make_pdf(PDF_PAGES)
    with pytest.raises(InputError, match="incomplete"):
        import_file(write(tmp_path, "coupé.pdf", data[: len(data) * 2 // 3]))


def test_pdf_import_can_be_cancelled(tmp_path: Path) -> None:
    cancel = threading.Event()
    with pytest.raises(Cancelled):
        import_file(
            write(tmp_path, "cigognes.pdf", make_pdf(PDF_PAGES)),
            report=lambda done, total: cancel.set(),
            cancel=cancel,
        )


# Never a crash ------------------------------------------------------------------------------


def sample_files(tmp_path: Path) -> dict[str, bytes]:
    return {
        "a.txt": ARTICLE.encode(),
        "a.md": ("# Titre\n\n" + ARTICLE).encode(),
        "a.html": boilerplate_page().encode(),
        "a.srt": SRT.encode(),
        "a.vtt": VTT.encode(),
        "a.pdf": make_pdf(PDF_PAGES),
        "a.epub": make_epub(tmp_path / "book.epub", three_chapters()).read_bytes(),
    }


@pytest.mark.parametrize("share", [0.05, 0.3, 0.5, 0.7, 0.95])
def test_cut_off_files_import_or_fail_with_input_error_only(tmp_path: Path, share: float) -> None:
    for name, data in sample_files(tmp_path).items():
        path = write(tmp_path, name, data[: int(len(data) * share)])
        try:
            imported = import_file(path)
        except InputError as error:
            assert str(error)
        else:
            assert imported.text.strip()
            assert name.endswith((".txt", ".md", ".html", ".srt", ".vtt")), name


@pytest.mark.parametrize("seed", range(3))
def test_random_bytes_under_every_extension_fail_with_input_error(
    tmp_path: Path, seed: int
) -> None:
    import random

    noise = random.Random(seed).randbytes(5_000)
    for extension in ("txt", "md", "html", "srt", "vtt", "pdf", "epub", "bin"):
        for data in (noise, b"%PDF-1.4\n" + noise, b"PK\x03\x04" + noise):
            with pytest.raises(InputError):
                import_file(write(tmp_path, f"bruit.{extension}", data))
