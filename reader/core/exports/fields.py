"""What a flashcard shows of a glossary entry: the fields every export format shares, the word
found in its sentence (bold, cloze, blanked), and Anki's stable note identity."""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from reader.core.grammar.notes import pos_label
from reader.core.models import Context, GlossaryEntry
from reader.core.store import lemma_key

BLANK = "_____"
_GUID_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~"
)
_GENDERS = {"Masc": "masculine", "Fem": "feminine", "masc": "masculine", "fem": "feminine"}


@dataclass(frozen=True, slots=True)
class CardFields:
    """One entry as a flashcard, in plain text (CSV, Quizlet) or HTML (Anki)."""

    word: str
    lemma: str
    translation: str
    part_of_speech: str  # "noun, feminine"
    grammar: str
    sentence: str  # the first sentence the word was met in; in HTML with the word in bold
    cloze: str  # the same sentence in Anki's cloze syntax: ... {{c1::menées}} ...
    source: str  # the article's title, else its file name
    notes: str
    other_sentences: str  # the later sentences, one per line (HTML: <br>)
    tags: tuple[str, ...]


def note_guid(entry: GlossaryEntry) -> str:
    """Anki's GUID for an entry: from its identity (the lemma), so a re-export updates the note."""
    number = int.from_bytes(
        hashlib.sha256(f"french-reader:{lemma_key(entry.lemma)}".encode()).digest()[:8]
    )
    digits = []
    while number:
        number, digit = divmod(number, len(_GUID_ALPHABET))
        digits.append(_GUID_ALPHABET[digit])
    return "".join(reversed(digits)) or _GUID_ALPHABET[0]


# Lemmas that have a gender of their own: "mener — verb, feminine" is a form's gender leaking.
GENDERED_POS = frozenset({"NOUN", "PROPN", ""})


def part_of_speech(entry: GlossaryEntry) -> str:
    label = pos_label(entry.pos) if entry.pos else ""
    gender = _GENDERS.get(entry.gender, entry.gender) if entry.pos in GENDERED_POS else ""
    return ", ".join(part for part in (label, gender) if part)


def plain_fields(entry: GlossaryEntry) -> CardFields:
    first, *others = entry.contexts or (Context("", entry.word),)
    return CardFields(
        word=entry.word,
        lemma=entry.lemma,
        translation=entry.translation,
        part_of_speech=part_of_speech(entry),
        grammar=entry.grammar,
        sentence=first.sentence,
        cloze=mark_word(first.sentence, first.word, lambda found: f"{{{{c1::{found}}}}}"),
        source=source_of(first),
        notes=entry.notes,
        other_sentences="\n".join(context.sentence for context in others),
        tags=entry.tags,
    )


def html_fields(entry: GlossaryEntry) -> CardFields:
    """The fields as Anki HTML: the learner's text escaped, line breaks as <br>."""
    first, *others = entry.contexts or (Context("", entry.word),)
    return CardFields(
        word=_html(entry.word),
        lemma=_html(entry.lemma),
        translation=_html(entry.translation),
        part_of_speech=_html(part_of_speech(entry)),
        grammar=_html(entry.grammar),
        sentence=bold_sentence(first),
        cloze=mark_word(first.sentence, first.word, lambda found: f"{{{{c1::{found}}}}}", _html),
        source=_html(source_of(first)),
        notes=_html(entry.notes),
        other_sentences="<br>".join(bold_sentence(context) for context in others),
        tags=entry.tags,
    )


def bold_sentence(context: Context) -> str:
    return mark_word(context.sentence, context.word, lambda found: f"<b>{found}</b>", _html)


def blanked(context: Context) -> str:
    """The sentence with the word replaced by a blank, for recall from context."""
    return mark_word(context.sentence, context.word, lambda _: BLANK)


def source_of(context: Context) -> str:
    return context.source_title or (
        PurePath(context.source_path).name if context.source_path else ""
    )


def mark_word(
    sentence: str,
    word: str,
    mark: Callable[[str], str],
    escape: Callable[[str], str] = lambda text: text,
) -> str:
    """The sentence with each part of the word marked (a verb group written with … has
    several: ne … pas); escape applies to the text around and inside the marks."""
    pieces, position = [], 0
    for part in (piece.strip() for piece in word.split("…")):
        found = _find_word(sentence, part, position) if part else None
        if found is None:
            continue
        start, end = found
        pieces += [escape(sentence[position:start]), mark(escape(sentence[start:end]))]
        position = end
    return "".join([*pieces, escape(sentence[position:])])


def _find_word(sentence: str, word: str, start: int) -> tuple[int, int] | None:
    """Where word stands as a whole word (any case), at or after start."""
    lowered, wanted = sentence.lower(), word.lower()
    if len(lowered) != len(sentence) or len(wanted) != len(word):  # İ: lower() changes length
        found = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE).search(
            sentence, start
        )
        return None if found is None else found.span()
    position = lowered.find(wanted, start)
    while position >= 0:
        end = position + len(wanted)
        if not _is_word_char(lowered, position - 1) and not _is_word_char(lowered, end):
            return position, end
        position = lowered.find(wanted, position + 1)
    return None


def _is_word_char(text: str, index: int) -> bool:
    # Regular expressions' \w, without compiling one pattern per word: 10,000 words export fast.
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


def _html(text: str) -> str:
    return html.escape(text, quote=False).replace("\r\n", "\n").replace("\n", "<br>")
