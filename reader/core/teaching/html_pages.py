"""Handouts as HTML: the vocabulary table, and the printable glossed text with the handout
words numbered and glossed under each paragraph.

The HTML is plain and self-contained (no scripts, no remote resources), for a browser and for
Qt's QTextDocument (reader.render.handout_pdf prints it as PDF): so only the CSS both render
alike (class selectors, fonts, colours, margins, cell padding and borders).
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Sequence

from reader.core.exports.fields import mark_word
from reader.core.grammar.notes import pos_label
from reader.core.store import ListWord
from reader.core.teaching.handouts import Handout, HandoutSection, HandoutWord

_GENDERS = {"Masc": "masculine", "Fem": "feminine"}
_SHORT_GENDERS = {"Masc": "m.", "Fem": "f."}
EXCERPT_WORDS = 12  # words kept each side of a handout word in a long sentence
_BLANK_LINES = re.compile(r"\n[ \t\r\u00a0]*\n")
CSS = """
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 10.5pt; color: #1f2328; }
h1 { font-size: 20pt; font-weight: bold; margin-bottom: 3px; color: #1f3a5f; }
h2 { font-size: 13pt; font-weight: bold; margin-top: 21px; margin-bottom: 3px; color: #1f3a5f; }
p.meta { color: #57606a; font-size: 9.5pt; margin-top: 0; margin-bottom: 13px; }
p.notes { font-style: italic; margin-bottom: 13px; }
p.author { color: #57606a; margin-top: 0; margin-bottom: 8px; }
table.words { border-collapse: collapse; margin-top: 5px; }
table.words th { background-color: #1f3a5f; color: #ffffff; font-family: 'DejaVu Sans', sans-serif;
  font-size: 9pt; font-weight: bold; text-align: left; padding: 5px 8px; }
table.words td { border-bottom: 1px solid #d0d7de; padding: 5px 8px; vertical-align: top; }
table.words tr.odd td { background-color: #f3f6fa; }
td.n { color: #57606a; text-align: center; font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }
span.head { font-weight: bold; }
span.pos { color: #57606a; font-size: 8.5pt; font-style: italic; }
td.sentence { font-size: 9.5pt; color: #32383f; }
p.text { line-height: 135%; margin-top: 8px; margin-bottom: 3px; }
sup { color: #b3261e; font-family: 'DejaVu Sans', sans-serif; font-weight: bold; }
p.glosses { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: #32383f;
  background-color: #f3f6fa; margin-top: 4px; margin-bottom: 13px; margin-left: 16px; }
span.num { color: #b3261e; font-weight: bold; }
"""


def page_breaks(keys: Collection[str]) -> set[int]:
    """Word numbers from the first cells of table rows (what the PDF printer reports)."""
    return {int(key) for key in keys if key.isdigit()}


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _page(title: str, body: list[str]) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
        f"<title>{_e(title)}</title><style>{CSS}</style></head>\n<body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def word_label(word: ListWord) -> str:
    """noun, feminine / verb / adjective: the grey line under a headword."""
    label = pos_label(word.pos) if word.pos else ""
    gender = _GENDERS.get(word.gender, "") if word.pos in ("NOUN", "PROPN", "") else ""
    return ", ".join(part for part in (label, gender) if part)


def _headword_cell(word: ListWord) -> str:
    head = word.headword or word.lemma
    shown = f'<span class="head">{_e(head)}</span>'
    if word.word and word.word.casefold() not in head.casefold():
        shown += f' <span class="pos">({_e(word.word)})</span>'
    label = word_label(word)
    return shown + (f'<br><span class="pos">{_e(label)}</span>' if label else "")


def _sentence_cell(word: ListWord) -> str:
    sentence = excerpt(word.sentence, word.word)
    return mark_word(sentence, word.word, lambda found: f"<b>{found}</b>", _e)


def excerpt(sentence: str, word: str, *, around: int = EXCERPT_WORDS) -> str:
    """A long sentence shortened to the words around the handout word, with … for the rest:
    a handout row stays a few lines high."""
    words = sentence.split()
    if len(words) <= 2 * around + 4:
        return sentence
    first = word.split("…")[0].split()
    wanted = first[0].casefold() if first else ""
    at = next((i for i, w in enumerate(words) if wanted and wanted in w.casefold()), 0)
    start, end = max(at - around, 0), min(at + around + 1, len(words))
    return ("… " if start else "") + " ".join(words[start:end]) + (" …" if end < len(words) else "")


_TABLE_HEAD = (
    '<thead><tr><th width="5%">#</th><th width="24%">Word</th>'
    '<th width="23%">Meaning</th><th width="48%">In the text</th></tr></thead>'
)


def _table_start(new_page: bool = False) -> str:
    style = ' style="page-break-before: always"' if new_page else ""
    return (
        f'<table class="words" width="100%" cellspacing="0" cellpadding="5"{style}>' + _TABLE_HEAD
    )


def _table(words: Sequence[HandoutWord], first_number: int, breaks: Collection[int]) -> list[str]:
    rows = [_table_start()]
    for number, item in enumerate(words, start=first_number):
        if number in breaks and number != first_number:
            rows += ["</table>", _table_start(new_page=True)]
        word = item.word
        kind = "odd" if number % 2 else "even"
        rows.append(
            f'<tr class="{kind}"><td class="n">{number}</td><td>{_headword_cell(word)}</td>'
            f"<td>{_e(word.translation) or '—'}</td>"
            f'<td class="sentence">{_sentence_cell(word)}</td></tr>'
        )
    rows.append("</table>")
    return rows


def _meta(handout: Handout) -> str:
    words = len(handout.words)
    texts = len(handout.sections)
    parts = [f"Words a learner at level {handout.level} may not know", f"{words} words"]
    if texts > 1:
        parts.append(f"{texts} texts")
    return f'<p class="meta">{_e(" · ".join(parts))}</p>'


def _section_heading(
    section: HandoutSection, number: int, several: bool, new_page: bool
) -> list[str]:
    title = f"{number}. {section.heading}" if several else section.heading
    style = ' style="page-break-before: always"' if new_page else ""
    lines = [f"<h2{style}>{_e(title)}</h2>"]
    if section.author:
        lines.append(f'<p class="author">{_e(section.author)}</p>')
    return lines


def handout_html(handout: Handout, *, breaks: Collection[int] = ()) -> str:
    """The vocabulary handout: per text, a numbered table of word, meaning and sentence.
    breaks: word numbers that start a new page (so that printing never cuts a row)."""
    body = [f"<h1>{_e(handout.title)}</h1>", _meta(handout)]
    if handout.notes:
        body.append(f'<p class="notes">{_e(handout.notes)}</p>')
    number = 1
    several = len(handout.sections) > 1
    for index, section in enumerate(handout.sections, start=1):
        if several or section.heading != handout.title:
            body.extend(_section_heading(section, index, several, number in breaks))
        if not section.words:
            body.append('<p class="meta">No word beyond the level in this text.</p>')
            continue
        body.extend(_table(section.words, number, breaks))
        number += len(section.words)
    return _page(handout.title, body)


# ---------------------------------------------------------------- the glossed text


def gloss_line(number: int, word: ListWord) -> str:
    """³ consultations (la consultation, noun f.): consultation — one note under a paragraph;
    a word written as its lemma shows the headword alone: ¹ la coopération (noun f.)."""
    head = word.headword or word.lemma
    label = _short_label(word)
    if word.word and word.word.casefold() != word.lemma.casefold():
        shown, details = word.word, ", ".join(p for p in (head, label) if p)
    else:
        shown, details = head, label
    text = f"<b>{_e(shown)}</b>" + (f" ({_e(details)})" if details else "")
    meaning = _e(word.translation) if word.translation else "—"
    return f'<span class="num">{number}</span>&nbsp;{text}: {meaning}'


def _short_label(word: ListWord) -> str:
    label = pos_label(word.pos) if word.pos else ""
    return " ".join(p for p in (label, _SHORT_GENDERS.get(word.gender, "")) if p)


def glossed_text_html(
    title: str,
    text: str,
    words: Sequence[HandoutWord],
    *,
    author: str = "",
    level: str = "",
) -> str:
    """The text with each handout word numbered where it first stands, and its gloss under
    the paragraph. Words without a known position in the text are left out."""
    return _page(title, _glossed_body(title, text, words, author=author, level=level))


def glossed_texts_html(
    title: str, texts: Sequence[tuple[str, str, str, Sequence[HandoutWord]]], *, level: str = ""
) -> str:
    """Several glossed texts in one document, each on new pages: (title, author, text,
    words) each, the words' positions counted in that text."""
    body: list[str] = []
    for number, (heading, author, text, words) in enumerate(texts):
        part = _glossed_body(heading, text, words, author=author, level=level)
        if number and part:
            part[0] = part[0].replace("<h1", '<h1 style="page-break-before: always"', 1)
        body.extend(part)
    return _page(title, body)


def _glossed_body(
    title: str, text: str, words: Sequence[HandoutWord], *, author: str, level: str
) -> list[str]:
    placed = sorted((w for w in words if 0 <= w.start < w.end <= len(text)), key=lambda w: w.start)
    meta = [author, f"{len(placed)} words glossed for level {level}" if level else ""]
    meta_line = f'<p class="meta">{_e(" · ".join(p for p in meta if p))}</p>'
    numbers = {id(word): number for number, word in enumerate(placed, start=1)}
    body: list[str] = []
    position = 0
    for separator in [*_BLANK_LINES.finditer(text), None]:
        end = separator.start() if separator else len(text)
        inside = [w for w in placed if position <= w.start < end]
        if text[position:end].strip():
            # A text whose first line is its title: that line is the heading.
            tag = "h1" if not body and _same(text[position:end], title) else "p"
            body.extend(_paragraph(text, position, end, inside, numbers, tag))
        position = separator.end() if separator else len(text)
    if body and body[0].startswith("<h1"):
        body.insert(1, meta_line)
    else:
        body[:0] = [f"<h1>{_e(title)}</h1>", meta_line]
    return body


def _same(paragraph: str, title: str) -> bool:
    return " ".join(paragraph.split()).casefold() == " ".join(title.split()).casefold()


def _paragraph(
    text: str,
    start: int,
    end: int,
    words: list[HandoutWord],
    numbers: dict[int, int],
    tag: str = "p",
) -> list[str]:
    pieces, cursor = [], start
    for word in words:
        pieces.append(_e(text[cursor : word.end]))
        pieces.append(f"<sup>{numbers[id(word)]}</sup>")
        cursor = word.end
    pieces.append(_e(text[cursor:end]))
    paragraph = "".join(pieces).strip().replace("\n", "<br>")
    lines = [f'<{tag} class="text">{paragraph}</{tag}>']
    if words:
        glosses = "<br>".join(gloss_line(numbers[id(w)], w.word) for w in words)
        lines.append(f'<p class="glosses">{glosses}</p>')
    return lines
