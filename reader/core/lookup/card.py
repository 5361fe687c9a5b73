"""What the word card shows for a clicked word: lemma, translations, grammar, sentence."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.core.dictionaries.cognates import cognate_translation
from reader.core.dictionaries.dictionary import Dictionary
from reader.core.dictionaries.lexicon.lexicon import (
    bundled_lexicon,
    lexicon_gender,
    phrase_translations,
)
from reader.core.dictionaries.registry import DictionarySet
from reader.core.grammar.notes import pos_label, with_article
from reader.core.grammar.words import grammar_word_translation
from reader.core.lookup.teacher import teacher_translations
from reader.core.models import (
    Analysis,
    Article,
    Context,
    EntryDraft,
    Token,
    Translation,
    TranslationSource,
    WordInfo,
)
from reader.core.store import Database

if TYPE_CHECKING:
    from reader.core.translation.translate import MachineWords

GLOSSARY_ORIGIN = "your glossary"
CONTENT_POS = frozenset({"NOUN", "VERB", "AUX", "ADJ", "ADV"})


class Glosser:
    """Explains tokens of an analysed text. Light: safe to call on a click."""

    def __init__(
        self,
        store: Database | None = None,
        dictionary: Dictionary | None = None,
        *,
        dictionaries: DictionarySet | None = None,
        machine: MachineWords | None = None,
    ) -> None:
        """dictionaries: the learner's, in order (default: the one given, else the bundled
        one); machine: a model's word translation, tried when no dictionary knows a word."""
        self.store = store
        self.dictionary = dictionary or bundled_lexicon()
        self.dictionaries = (
            DictionarySet([self.dictionary]) if dictionaries is None else dictionaries
        )
        self.machine = machine
        # The shipped data never changes while the app runs; the learner's glossary does.
        self._shipped = functools.lru_cache(maxsize=65_536)(self._shipped_translations)

    def translations(self, lemma: str, form: str, pos: str) -> tuple[Translation, ...]:
        """The learner's own translation first, then a teacher's list's, then the
        dictionaries, else a likely cognate."""
        shipped = self._shipped(lemma, form.lower(), pos)
        if self.store is None:
            return shipped
        own = self.store.glossary.translation_for(lemma)
        mine = (Translation((own,), TranslationSource.GLOSSARY, GLOSSARY_ORIGIN),) if own else ()
        teacher = teacher_translations(self.store.handouts.teacher_words(lemma))
        return (*mine, *teacher, *shipped)

    def _shipped_translations(self, lemma: str, form: str, pos: str) -> tuple[Translation, ...]:
        """Grammar words, then each dictionary in order; else the model, and a likely cognate."""
        from_dictionaries = self.dictionaries.translate(lemma, form, pos)
        found = [grammar_word_translation(lemma, form, pos), *from_dictionaries]
        if not from_dictionaries and pos in CONTENT_POS:
            found.append(self.machine(lemma, form) if self.machine else None)
            found.append(cognate_translation(lemma, pos))
        return tuple(translation for translation in found if translation is not None)

    def translations_of(self, analysis: Analysis, token: Token) -> tuple[Translation, ...]:
        """Translations of a token; for a verb group, of its main verb (menées -> mener)."""
        group = analysis.group_of(token)
        if group is None:
            found = self.translations(token.lemma, token.text, token.pos)
            return self._with_phrase(analysis, token, found)
        head = analysis.tokens[group.head]
        return self.translations(group.lemma, head.text, head.pos)

    def _with_phrase(
        self, analysis: Analysis, token: Token, found: tuple[Translation, ...]
    ) -> tuple[Translation, ...]:
        """A fixed phrase the token is part of (afin de, à travers) goes first, after the
        learner's own translation."""
        known = any(t.source is TranslationSource.DICTIONARY for t in found)
        phrase: tuple[Translation, ...] = ()
        for before in (0, 1, 2):
            near = analysis.tokens[max(0, token.index - before) : token.index + 4]
            words = [t.text for t in near if t.sentence == token.sentence]
            phrase = phrase or phrase_translations(
                self.dictionaries, words, token.pos, known=known, before=before
            )
        if not phrase:
            return found
        own = tuple(t for t in found if t.source is TranslationSource.GLOSSARY)
        return (*own, *phrase, *(t for t in found if t not in own))

    def explain(self, analysis: Analysis, token_index: int) -> WordInfo:
        token = analysis.tokens[token_index]
        group = analysis.group_of(token)
        head = analysis.tokens[group.head] if group else token
        lemma = group.lemma if group else token.lemma
        sentence = analysis.sentence_of(token)
        return WordInfo(
            token=token,
            form=group.form if group else token.text,
            lemma=lemma,
            headword=self.headword(lemma, head.pos, head.morph.get("Gender", "")),
            pos_label="verb" if group else pos_label(token.pos),
            grammar=token.grammar,
            translations=self.translations_of(analysis, token),
            sentence=analysis.text[sentence.start : sentence.end],
            sentence_start=sentence.start,
            unit=tuple((t.start, t.end) for t in analysis.unit_tokens(token)),
            saved=self.store.glossary.find_by_lemma(lemma) if self.store else None,
        )

    def headword(self, lemma: str, pos: str, gender: str = "") -> str:
        """The lemma as a dictionary shows it: nouns with their article (la coopération)."""
        if pos != "NOUN":
            return lemma
        return with_article(lemma, self.noun_gender(lemma, gender) or gender)

    def noun_gender(self, lemma: str, context: str = "") -> str:
        """The dictionaries' gender: spaCy's guess from the context (`context`) is often
        wrong, so it only decides for nouns used with both (le/la poste)."""
        return lexicon_gender(self.dictionaries, lemma, context)

    def draft(
        self,
        info: WordInfo,
        *,
        translation: str | None = None,
        notes: str = "",
        tags: Sequence[str] = (),
        article: Article | None = None,
    ) -> EntryDraft:
        """What saving this word puts in the glossary; the translation defaults to the best."""
        if translation is None:
            best = info.best_translation
            translation = "; ".join(best.senses[:3]) if best else ""
        token = info.token
        return EntryDraft(
            word=info.form,
            lemma=info.lemma,
            pos=token.pos,
            gender=self._gender_of(info),  # a noun's own: mener has none, menées is Fem
            translation=translation,
            grammar=info.grammar,
            context=Context(
                sentence=info.sentence,
                word=info.form,
                source_title=article.title if article else "",
                source_path=article.path if article else "",
            ),
            tags=tuple(tags),
            notes=notes,
        )

    def _gender_of(self, info: WordInfo) -> str:
        """A noun lemma's gender; none for other words (a verb form's gender is the form's)."""
        context = info.token.morph.get("Gender", "")
        return self.noun_gender(info.lemma, context) if info.token.pos == "NOUN" else ""
