"""What the word card shows for a clicked word: lemma, translations, grammar, sentence."""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.cognates import cognate_translation
from reader.core.dictionary import Dictionary, bundled_dictionary, translate
from reader.core.grammar import pos_label, with_article
from reader.core.grammar_words import grammar_word_translation
from reader.core.models import (
    Analysis,
    Article,
    Context,
    EntryDraft,
    Translation,
    TranslationSource,
    WordInfo,
)
from reader.core.store import GlossaryStore

GLOSSARY_ORIGIN = "your glossary"
CONTENT_POS = frozenset({"NOUN", "VERB", "AUX", "ADJ", "ADV"})


class Glosser:
    """Explains tokens of an analysed text. Light: safe to call on a click."""

    def __init__(
        self, store: GlossaryStore | None = None, dictionary: Dictionary | None = None
    ) -> None:
        self.store = store
        self.dictionary = dictionary or bundled_dictionary()

    def translations(self, lemma: str, form: str, pos: str) -> tuple[Translation, ...]:
        """The learner's own translation first, then the dictionary, else a likely cognate."""
        found: list[Translation] = []
        own = self.store.translation_for(lemma) if self.store else None
        if own:
            found.append(Translation((own,), TranslationSource.GLOSSARY, GLOSSARY_ORIGIN))
        grammar_word = grammar_word_translation(lemma, form, pos)
        if grammar_word is not None:
            found.append(grammar_word)
        from_dictionary = translate(self.dictionary, lemma, form, pos)
        if from_dictionary is not None:
            found.append(from_dictionary)
        elif pos in CONTENT_POS:
            cognate = cognate_translation(lemma, pos)
            if cognate is not None:
                found.append(cognate)
        return tuple(found)

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
            translations=self.translations(lemma, head.text, head.pos),
            sentence=analysis.text[sentence.start : sentence.end],
            sentence_start=sentence.start,
            unit=tuple((t.start, t.end) for t in analysis.unit_tokens(token)),
            saved=self.store.find_by_lemma(lemma) if self.store else None,
        )

    def headword(self, lemma: str, pos: str, gender: str = "") -> str:
        """The lemma as a dictionary shows it: nouns with their article (la coopération)."""
        if pos != "NOUN":
            return lemma
        return with_article(lemma, gender or self.noun_gender(lemma))

    def noun_gender(self, lemma: str) -> str:
        entries = self.dictionary.lookup(lemma)
        return next((e.gender for e in entries if e.pos == "NOUN" and e.gender), "")

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
            gender=token.morph.get("Gender", "") or self._gender_of(info),
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
        return self.noun_gender(info.lemma) if info.token.pos == "NOUN" else ""
