"""A teacher's glossary on the student's side: the words of lists imported from list files,
shown as a translation source on the word card ("your teacher's list: Semaine 3") and found by
lemma, for the card and the Glossary tab's list filter.

Saving them into the learner's glossary is reading_lists.adopt_list_words (all of a list, or
some lemmas of it); the rows are the database's (db.handouts.teacher_words).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from reader.core.models import Translation, TranslationSource, WordInfo
from reader.core.store import TeacherWord, lemma_key


def teacher_origin(list_title: str) -> str:
    """Where a teacher's translation comes from, as the command line writes it."""
    return f"your teacher's list: {list_title}"


def teacher_translations(words: Iterable[TeacherWord]) -> tuple[Translation, ...]:
    """One translation per list that has the word with a translation; the origin is the
    list's title."""
    seen: set[int] = set()
    found = []
    for item in words:
        if item.list_id in seen or not item.word.translation.strip():
            continue
        seen.add(item.list_id)
        found.append(
            Translation((item.word.translation,), TranslationSource.TEACHER, item.list_title)
        )
    return tuple(found)


def with_teacher(info: WordInfo, words: Sequence[TeacherWord]) -> WordInfo:
    """The card's translations with the teacher's after the learner's own, before the
    dictionaries' (the teacher chose them for this text); on a helper word's card, after its
    function too."""
    teacher = teacher_translations(words)
    if not teacher:
        return info
    rest = [t for t in info.translations if t.source is not TranslationSource.TEACHER]
    # a helper word's card (allons of «allons voir») keeps its function first
    lead = 1 if info.group_lemma and rest else 0
    place = lead + sum(1 for t in rest if t.source is TranslationSource.GLOSSARY)
    return replace(info, translations=(*rest[:place], *teacher, *rest[place:]))


def by_lemma(words: Iterable[TeacherWord]) -> dict[str, list[TeacherWord]]:
    """Teachers' words by lemma key, as entries are keyed."""
    found: defaultdict[str, list[TeacherWord]] = defaultdict(list)
    for item in words:
        found[lemma_key(item.word.lemma)].append(item)
    return dict(found)
