"""Vocabulary handouts for teachers: the words of a text (or a reading list) that a learner at
a chosen CEFR level is unlikely to know, with lemma, gender, translation and the sentence they
stand in. The teacher edits the list (drop words, change translations) before it is written as
HTML (handout_html), PDF (reader.render.handout_pdf) or a flashcard deck (write_deck).

"Unlikely to know" is judged by frequency bands (levels.py: a class at B1 knows about the 2,400
most frequent lemmas of everyday and written French); names are left out, and so are the
teacher's exclusions.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Final

from reader.core.analysis.cache import AnalysisCache
from reader.core.analysis.difficulty import vocabulary
from reader.core.errors import InputError
from reader.core.exports.export import clean_deck_name
from reader.core.files import write_atomically
from reader.core.library.pages import page_analyses
from reader.core.lookup.card import Glosser
from reader.core.models import Analysis, Context, GlossaryEntry, Status, Token
from reader.core.progress import Report
from reader.core.store import Database, ListWord, TextRange, fold
from reader.core.store import HandoutWord as HandoutWord
from reader.core.teaching.levels import LEVEL_VOCABULARY as LEVEL_VOCABULARY
from reader.core.teaching.levels import check_level as check_level
from reader.core.teaching.levels import is_beyond, lemma_rank

_WORD_PARTS = re.compile(r"[-'’]")
_LETTER = re.compile(r"[^\W\d_]")
DEFAULT_LEVEL: Final = "B1"
DEFAULT_LIMIT: Final = 40  # words per text: a page or two of handout
MEANING_CHARS: Final = 40  # a translation fits a handout's column in a line or two
HANDOUT_POS: Final = frozenset({"NOUN", "VERB", "ADJ", "ADV"})


@dataclass(frozen=True, slots=True)
class HandoutSection:
    """The words of one text."""

    title: str
    author: str
    text_id: int | None
    words: tuple[HandoutWord, ...]
    part: TextRange | None = None  # the chapters or pages the words come from; None: all

    @property
    def heading(self) -> str:
        """Le Petit Chose (chapters 1–2): the title, and the part when it is one."""
        return f"{self.title} ({self.part.label})" if self.part else self.title


@dataclass(frozen=True, slots=True)
class Handout:
    title: str
    level: str
    sections: tuple[HandoutSection, ...]
    notes: str = ""

    @property
    def words(self) -> list[HandoutWord]:
        return [word for section in self.sections for word in section.words]


def find_words(
    analyses: Iterable[tuple[int, Analysis]],
    glosser: Glosser,
    *,
    level: str = DEFAULT_LEVEL,
    exclude: Iterable[str] = (),
    limit: int | None = DEFAULT_LIMIT,
    text_id: int | None = None,
) -> list[HandoutWord]:
    """The words beyond the level in (offset, analysis) pieces of one text (its pages), each
    lemma once, in text order. Over limit, the most frequent are kept: the most worth
    learning. Excluded words match a lemma or a form, accents and case aside."""
    level = check_level(level)
    excluded = {fold(word.strip()) for word in exclude if word.strip()}
    found: dict[str, HandoutWord] = {}
    for offset, analysis in analyses:
        for token in _candidates(analysis):
            lemma, form = _lemma_and_form(analysis, token)
            key = fold(lemma)
            if key in found or excluded & {key, fold(form)}:
                continue
            rank = lemma_rank(lemma, token.text)
            if not is_beyond(rank, level):
                continue
            sentence = " ".join(analysis.sentence_text(token).split())
            gender = token.morph.get("Gender", "") if token.pos == "NOUN" else ""
            word = ListWord(
                form, lemma, pos=token.pos, gender=gender, sentence=sentence, text_id=text_id
            )
            found[key] = HandoutWord(word, rank, offset + token.start, offset + token.end)
    chosen = sorted(found.values(), key=lambda w: w.rank)[:limit]
    return [glossed(word, glosser) for word in sorted(chosen, key=lambda w: w.start)]


def _candidates(analysis: Analysis) -> Iterable[Token]:
    for token in vocabulary(analysis.tokens):
        group = analysis.group_of(token)
        if group is not None and group.head != token.index:
            continue  # ont été menées: only the main verb stands for the group
        if token.pos in HANDOUT_POS and len(token.text) > 1 and not _is_name(analysis, token):
            yield token


def _is_name(analysis: Analysis, token: Token) -> bool:
    """Asie-Pacifique, Bel-Ami, or a capitalised word inside a sentence: a name the tagger
    took for a noun or an adjective, nothing to learn."""
    parts = [part for part in _WORD_PARTS.split(token.text) if part]
    if len(parts) > 1 and all(part[:1].isupper() for part in parts):
        return True
    sentence = analysis.sentences[token.sentence]
    before = analysis.text[sentence.start : token.start]
    return token.text[:1].isupper() and _LETTER.search(before) is not None


def _lemma_and_form(analysis: Analysis, token: Token) -> tuple[str, str]:
    group = analysis.group_of(token)
    if group is None:
        return token.lemma, token.text
    return group.lemma, group.form


def glossed(word: HandoutWord, glosser: Glosser) -> HandoutWord:
    """The word with its dictionary form, gender and translation filled in."""
    entry = word.word
    gender = ""
    if entry.pos == "NOUN":
        gender = glosser.noun_gender(entry.lemma, entry.gender) or entry.gender
    best = next((t for t in glosser.translations(entry.lemma, entry.word, entry.pos)), None)
    translation = short_translation(best.senses) if best else ""
    headword = glosser.headword(entry.lemma, entry.pos, gender)
    return replace(
        word, word=replace(entry, headword=headword, gender=gender, translation=translation)
    )


def short_translation(senses: Sequence[str], *, limit: int = MEANING_CHARS) -> str:
    """The first senses, as many as fit in about limit characters (always the first)."""
    kept: list[str] = []
    for sense in senses:
        if kept and len("; ".join([*kept, sense])) > limit:
            break
        kept.append(sense.strip())
    return "; ".join(sense for sense in kept if sense)


def text_handout_section(
    store: Database,
    text_id: int,
    cache: AnalysisCache,
    glosser: Glosser,
    *,
    level: str = DEFAULT_LEVEL,
    exclude: Iterable[str] = (),
    limit: int | None = DEFAULT_LIMIT,
    report: Report | None = None,
    cancel: threading.Event | None = None,
    part: TextRange | None = None,
) -> HandoutSection:
    """The handout words of a library text (or of a part: chapters or pages), page by page
    (a book never in memory at once)."""
    record = store.library.text(text_id)
    pages = page_analyses(store, text_id, cache, report=report, cancel=cancel, part=part)
    pieces = ((page.page.start, page.analysis) for page in pages)
    words = find_words(pieces, glosser, level=level, exclude=exclude, limit=limit, text_id=text_id)
    return HandoutSection(record.title, record.author, text_id, tuple(words), part)


def text_handout(
    store: Database,
    text_ids: Sequence[int],
    cache: AnalysisCache,
    glosser: Glosser,
    *,
    title: str,
    level: str = DEFAULT_LEVEL,
    exclude: Iterable[str] = (),
    limit: int | None = DEFAULT_LIMIT,
    notes: str = "",
    cancel: threading.Event | None = None,
    parts: Mapping[int, TextRange] | None = None,
) -> Handout:
    """A handout for texts in order (parts: only these chapters or pages of a text); a word
    glossed for one text is not repeated later."""
    seen = {fold(word.strip()) for word in exclude}
    sections = []
    for text_id in text_ids:
        section = text_handout_section(
            store,
            text_id,
            cache,
            glosser,
            level=level,
            exclude=seen,
            limit=limit,
            cancel=cancel,
            part=(parts or {}).get(text_id),
        )
        seen |= {fold(word.word.lemma) for word in section.words}
        sections.append(section)
    return Handout(title, check_level(level), tuple(sections), notes)


def handout_from_words(
    title: str,
    level: str,
    sections: Sequence[tuple[str, str, int | None, Sequence[ListWord]]],
    parts: Mapping[int, TextRange] | None = None,
) -> Handout:
    """A handout from stored words (a list's prepared glossary): (title, author, text id,
    words) per text; parts: the chapters or pages of a text the list reads."""
    parts = parts or {}
    return Handout(
        title,
        level,
        tuple(
            HandoutSection(
                name,
                author,
                text_id,
                tuple(HandoutWord(w, lemma_rank(w.lemma, w.word)) for w in words),
                parts.get(text_id) if text_id is not None else None,
            )
            for name, author, text_id, words in sections
        ),
    )


# ---------------------------------------------------------------- flashcards


def handout_entries(handout: Handout) -> list[GlossaryEntry]:
    """The handout as glossary entries, never stored: what the flashcard exports take."""
    entries = []
    for section in handout.sections:
        for item in section.words:
            word = item.word
            context = Context(word.sentence, word.word, section.title) if word.sentence else None
            entries.append(
                GlossaryEntry(
                    0,
                    word.word,
                    word.lemma,
                    word.pos,
                    word.gender,
                    word.translation,
                    "",
                    (context,) if context else (),
                    (f"level-{handout.level}",),
                    "",
                    Status.LEARNING_1,
                    "",
                    "",
                )
            )
    return entries


def write_deck(handout: Handout, out: Path, *, deck: str = "") -> int:
    """Write the handout as an Anki deck (.apkg) or a CSV for other flashcard apps (.csv);
    returns the number of cards."""
    entries = handout_entries(handout)
    if not entries:
        raise InputError("The handout has no words: nothing to make flashcards of.")
    suffix = out.suffix.lower()
    if suffix == ".apkg":
        # genanki loads only when a deck is written, not with the lists and handouts.
        from reader.core.exports import anki as export_anki

        now = export_anki.now_s()
        write = partial(
            export_anki.write_apkg,
            entries,
            deck=clean_deck_name(deck or handout.title),
            reverse=False,
            note_mods=lambda sums: dict.fromkeys(sums, now),
        )
    elif suffix == ".csv":
        from reader.core.exports.text import write_csv  # shares Anki's fields: genanki too

        write = partial(write_csv, entries)
    else:
        raise InputError(f"Flashcards are written as .apkg (Anki) or .csv, not {out.suffix!r}.")
    write_atomically(out, write)
    return len(entries)
