"""Small real-format files made at test time: EPUB (EbookLib), PDF (hand-written, then pypdf),
saved web pages and subtitles."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

import pypdf
from ebooklib import epub

PARAGRAPHS = (
    "Chaque printemps, les cigognes reviennent en Alsace après un long voyage depuis "
    "l'Afrique. Les habitants des villages les attendent avec impatience.",
    "Dans les années soixante-dix, il ne restait presque plus de couples dans la région. "
    "Grâce à un programme de protection, leur nombre a beaucoup augmenté depuis.",
    "Aujourd'hui, on voit des nids sur les toits des églises et des mairies. Les enfants "
    "apprennent à l'école pourquoi ces oiseaux sont devenus le symbole de l'Alsace.",
)
ENGLISH = (
    "The storks come back to Alsace every spring after a long journey from Africa. "
    "People in the villages wait for them eagerly, and children learn at school why "
    "these birds became the symbol of the region. Their number has grown a lot since "
    "the seventies, thanks to a protection programme."
)


# EPUB ---------------------------------------------------------------------------------------


def make_epub(
    path: Path,
    chapters: list[tuple[str, str]],
    *,
    title: str = "Contes d'Alsace",
    author: str = "Marie Dupont",
    spine: list[int] | None = None,
    in_toc: list[int] | None = None,
    nav: bool = True,
) -> Path:
    """An EPUB with one XHTML file per (title, body) pair, spine and contents as given."""
    book = epub.EpubBook()
    book.set_identifier("test-book")
    book.set_title(title)
    book.set_language("fr")
    book.add_author(author)
    items = []
    for number, (heading, body) in enumerate(chapters, start=1):
        item = epub.EpubHtml(title=heading, file_name=f"text/chap_{number:02}.xhtml", lang="fr")
        item.content = f"<html><body>{body}</body></html>"
        book.add_item(item)
        items.append(item)
    listed = range(len(items)) if in_toc is None else in_toc
    book.toc = [epub.Link(items[i].file_name, chapters[i][0], f"c{i}") for i in listed]
    book.add_item(epub.EpubNcx())
    if nav:
        book.add_item(epub.EpubNav())
    order = range(len(items)) if spine is None else spine
    book.spine = (["nav"] if nav else []) + [items[i] for i in order]
    epub.write_epub(str(path), book)
    return path


def chapter_body(heading: str, paragraphs: tuple[str, ...] = PARAGRAPHS) -> str:
    return f"<h1>{heading}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)


def add_to_zip(data: bytes, name: str, content: bytes) -> bytes:
    """The same archive with one more file in it."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info.filename))
        target.writestr(name, content)
    return out.getvalue()


def encryption_xml(algorithm: str, uri: str = "EPUB/text/chap_01.xhtml") -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
            xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
  <enc:EncryptedData>
    <enc:EncryptionMethod Algorithm="{algorithm}"/>
    <enc:CipherData><enc:CipherReference URI="{uri}"/></enc:CipherData>
  </enc:EncryptedData>
</encryption>""".encode()


# PDF ----------------------------------------------------------------------------------------


def make_pdf(pages: list[list[str]], *, text: bool = True) -> bytes:
    """A PDF written by hand: each page shows its lines in Helvetica, or (text=False) only a
    grey rectangle, as a scanned page shows a picture and no text."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", FONT]
    kids = []
    for lines in pages:
        content = _page_content(lines) if text else b"q 0.6 g 72 72 450 650 re f Q"
        page_number = len(objects) + 1
        kids.append(f"{page_number} 0 R".encode())
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents "
            + f"{page_number + 1} 0 R".encode()
            + b" >>"
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    return _serialise(objects)


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def _page_content(lines: list[str]) -> bytes:
    shown = b" T* ".join(b"(" + _pdf_string(line) + b") Tj" for line in lines)
    return b"BT /F1 11 Tf 14 TL 60 780 Td " + shown + b" ET"


def _pdf_string(text: str) -> bytes:
    out = bytearray()
    for byte in text.encode("cp1252", errors="replace"):
        if byte in b"()\\":
            out += b"\\" + bytes([byte])
        elif byte > 126:
            out += b"\\%03o" % byte
        else:
            out.append(byte)
    return bytes(out)


def _serialise(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def rewrite_pdf(
    data: bytes,
    *,
    title: str | None = None,
    author: str | None = None,
    outline: Sequence[tuple[str, int]] = (),
    password: str | None = None,
    owner_password: str | None = None,
    extra_blank_pages: int = 0,
) -> bytes:
    """The PDF again, through pypdf: with metadata, an outline, pages without text, or
    encryption (RC4)."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    for _ in range(extra_blank_pages):
        writer.add_blank_page()
    metadata = {"/Title": title, "/Author": author}
    writer.add_metadata({key: value for key, value in metadata.items() if value})
    for heading, page in outline:
        writer.add_outline_item(title=heading, page_number=page)
    if password is not None or owner_password is not None:
        writer.encrypt(
            user_password=password or "",
            owner_password=owner_password,
            algorithm="RC4-128",
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# Web pages and subtitles --------------------------------------------------------------------

BOILERPLATE_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="{charset}">
<title>Le retour des cigognes en Alsace | Journal du Rhin</title>
<meta property="og:title" content="Le retour des cigognes en Alsace">
<meta name="author" content="Marie Dupont">
<script src="https://tracker.example.com/t.js"></script>
<link rel="stylesheet" href="https://cdn.example.com/style.css">
<script>document.write("<p>Texte injecté par un script</p>");</script>
<style>body {{ font-family: serif; }}</style>
</head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div class="ad banner">Publicité : abonnez-vous à prix réduit !</div>
<iframe src="https://ads.example.com/frame.html"></iframe>
<article>
<h1>Le retour des cigognes en Alsace</h1>
<p class="byline">Par Marie Dupont</p>
<p>{p0}</p>
<p>{p1}</p>
<h2>Un symbole de la région</h2>
<p>{p2}</p>
</article>
<aside class="sidebar"><h3>Les plus lus</h3><ul><li><a href="/a">Un match incroyable</a></li>
<li><a href="/b">La météo de demain</a></li></ul></aside>
<footer><p>© 2024 Journal du Rhin. Tous droits réservés. Mentions légales.</p></footer>
<img src="https://pixel.example.com/p.gif">
<script>fetch("https://tracker.example.com/beacon");</script>
</body></html>
"""


def boilerplate_page(charset: str = "utf-8") -> str:
    p0, p1, p2 = PARAGRAPHS
    return BOILERPLATE_PAGE.format(charset=charset, p0=p0, p1=p1, p2=p2)


SRT = """1
00:00:01,000 --> 00:00:03,500
<i>Chaque printemps,</i> les cigognes
reviennent en Alsace.

2
00:00:03,600 --> 00:00:06,000
{\\an8}Les habitants les attendent
<font color="#ffff00">avec impatience.</font>

3
00:00:10,000 --> 00:00:12,000
[Musique]

4
00:00:12,500 --> 00:00:14,000
- Tu les as vues ?
- Oui, hier soir.

5
00:00:14,100 --> 00:00:16,000
Je pensais qu'elles...

6
00:00:16,100 --> 00:00:18,000
...viendraient plus tard.
"""

VTT = """WEBVTT - Les cigognes

NOTE Ce fichier sert aux tests.

STYLE
::cue(.jaune) { color: yellow; }

intro
00:01.000 --> 00:03.500 align:start position:10%
<v Marie>Chaque printemps, les <c.jaune>cigognes</c> reviennent.</v>

00:03.600 --> 00:06.000
Les habitants les <00:00:04.500>attendent &amp; les comptent.

00:00:09.000 --> 00:00:11.000 line:0
<b>Aujourd'hui,</b> on voit des nids partout.
"""
