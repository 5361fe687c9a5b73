"""Saved web pages: the article's text, title and author, without menus, ads or footers.

The page is only parsed: its scripts are never run and nothing it links to (images, styles,
scripts, frames) is loaded. trafilatura tells the article from the boilerplate around it.
"""

from __future__ import annotations

import codecs
import re

import trafilatura

from reader.core.errors import InputError
from reader.core.files import decode_bytes
from reader.core.importers.blocks import blocks_of
from reader.core.importers.byline import clean_author, clean_title
from reader.core.importers.document import Parsed, count_words, sections_from_blocks
from reader.core.importers.source import check_size

MAX_HTML_BYTES = 20_000_000
MIN_ARTICLE_WORDS = 20  # below this the page is a menu, a cookie banner or a script shell
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
# Browsers read a page labelled Latin-1 or ASCII as Windows-1252, and so do we.
_AS_WINDOWS_1252 = frozenset(("iso8859-1", "ascii"))
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def parse_html(data: bytes, *, name: str, stem: str) -> Parsed:
    check_size(data, name, MAX_HTML_BYTES)
    markup = decode_html(data, name=name)
    document = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
    )
    body = None if document is None else getattr(document, "body", None)
    blocks = [] if body is None else blocks_of(body)
    if sum(count_words(block.text) for block in blocks) < MIN_ARTICLE_WORDS:
        raise InputError(
            f"{name} has no article text: only menus, links or scripts. (A page that builds "
            "its text with scripts cannot be imported, since scripts are never run: save the "
            "page from the browser as text, or copy and paste the article.)"
        )
    site = str(getattr(document, "sitename", None) or "")
    title = clean_title(str(getattr(document, "title", None) or stem), site) or stem
    author = clean_author(str(getattr(document, "author", None) or ""))
    return Parsed(sections_from_blocks(blocks, title=title), title=title, author=author)


def decode_html(data: bytes, *, name: str) -> str:
    """The charset the page declares, when it is right; otherwise the usual guessing."""
    declared = _declared_charset(data)
    if declared is not None and not data.startswith(_BOMS):
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            pass  # saved pages often keep a charset that no longer matches their bytes
        else:
            if text.strip() and "\x00" not in text:
                return text
    return decode_bytes(data, name=name)


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:8192])
    if match is None:
        return None
    try:
        encoding = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    if encoding.startswith(("utf-16", "utf-32")):
        return None  # a UTF-16 page read as bytes could not show an ASCII <meta> tag
    return "cp1252" if encoding in _AS_WINDOWS_1252 else encoding
