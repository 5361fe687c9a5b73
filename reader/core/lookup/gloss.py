"""Whole-text and single-word operations behind the command line: gloss, lookup, save."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reader.core.analysis.analyser import analyse
from reader.core.analysis.normalise import normalise_for_analysis
from reader.core.analysis.serialise import analysis_outline, public_token_data
from reader.core.dictionaries.dictionary import loose_key
from reader.core.dictionaries.lexicon.queries import lexicon_ipa, phrases_starting
from reader.core.dictionaries.registry import DictionarySet
from reader.core.errors import InputError
from reader.core.lookup.card import Glosser
from reader.core.lookup.teacher import teacher_origin
from reader.core.models import (
    Analysis,
    Article,
    GlossaryEntry,
    Token,
    Translation,
    TranslationSource,
    WordInfo,
)
from reader.core.store import Database

GENDER_CODES = {"Masc": "m", "Fem": "f"}


def learner_glosser(store: Database | None) -> Glosser:
    """A Glosser with the learner's dictionaries, which live in the glossary's data folder."""
    if store is None:
        return Glosser(None)
    return Glosser(store, dictionaries=DictionarySet.installed(store.path.parent))


def gloss_data(analysis: Analysis, store: Database | None) -> dict[str, Any]:
    """The analysis as JSON-ready data, each token with its best translation and source."""
    return analysis_outline(analysis, glossed_tokens(analysis, learner_glosser(store)))


def glossed_tokens(analysis: Analysis, glosser: Glosser) -> list[dict[str, Any]]:
    """Each token as `gloss --json` shows it, with its best translation and source."""
    tokens = []
    for token in analysis.tokens:
        found = glosser.translations_of(analysis, token) if token.is_word else ()
        data = public_token_data(token)
        data["translation"] = list(found[0].senses) if found else []
        data["translation_source"] = found[0].source.value if found else None
        data.update(word_facts(glosser, token, found) if token.is_word else {})
        tokens.append(data)
    return tokens


def word_facts(glosser: Glosser, token: Token, found: tuple[Translation, ...]) -> dict[str, str]:
    """A word's IPA (when known) and a noun's gender ("m" or "f") for `gloss --json`."""
    facts = {}
    ipa = next((t.ipa for t in found if t.ipa), None)
    ipa = ipa or lexicon_ipa(glosser.dictionaries, token.lemma, token.text)
    if ipa:
        facts["ipa"] = ipa
    if token.pos == "NOUN":
        context = token.morph.get("Gender", "")
        gender = glosser.noun_gender(token.lemma, context) or context
        if gender in GENDER_CODES:
            facts["gender"] = GENDER_CODES[gender]
    return facts


def gloss_text(
    analysis: Analysis,
    store: Database | None,
    *,
    title: str = "",
    glosser: Glosser | None = None,
) -> str:
    """A readable glossed text: each sentence, then its words with lemma, meaning, grammar."""
    glosser = glosser or learner_glosser(store)
    lines = [title, "=" * len(title), ""] if title else []
    shown: set[int] = set()  # tokens already explained with their unit
    for number, sentence in enumerate(analysis.sentences):
        lines.append(analysis.text[sentence.start : sentence.end])
        for token in analysis.tokens:
            if token.sentence != number or not token.is_word or token.index in shown:
                continue
            # An expression or a verb group is explained once, at its first word.
            shown.update(unit.index for unit in analysis.unit_tokens(token))
            info = glosser.explain(analysis, _unit_word(analysis, token))
            group = analysis.group_of(token)
            lines.append("    " + _word_line(info, group.note if group else info.grammar))
        lines.append("")
    return "\n".join(lines)


def _unit_word(analysis: Analysis, token: Token) -> int:
    """The word whose card explains the unit: a verb group's main verb (ont été menées:
    menées; a click on ont explains avoir), else the token itself."""
    group = analysis.group_of(token)
    if group is None or analysis.expression_of(token) is not None:
        return token.index
    return group.head


def _word_line(info: WordInfo, grammar: str) -> str:
    best = info.best_translation
    meaning = _meaning(best) if best else "(no translation: add your own)"
    return f"{info.form} — {info.headword}, {info.pos_label}: {meaning} — {grammar}"


def _meaning(translation: Translation) -> str:
    origin = translation.origin
    if translation.source is TranslationSource.TEACHER:
        origin = teacher_origin(origin)
    marker = "" if translation.source is TranslationSource.DICTIONARY else f" [{origin}]"
    return "; ".join(translation.senses[:3]) + marker


def lookup(word: str, store: Database | None) -> dict[str, Any]:
    """Every translation of a word: as written if a dictionary has it, else by its lemma."""
    word = word.strip()
    if not word:
        raise InputError("Give a French word to look up.")
    glosser = learner_glosser(store)
    entries = glosser.dictionaries.lookup(word)
    if entries:
        # An imported dictionary answers an inflected form with its headword's entry.
        same = loose_key(entries[0].headword) == loose_key(word)
        lemma, pos, gender = (
            word if same else entries[0].headword,
            entries[0].pos,
            entries[0].gender,
        )
    else:
        token = _first_word(analyse(word))
        lemma, pos, gender = token.lemma, token.pos, token.morph.get("Gender", "")
    translations = glosser.translations(lemma, word, pos)
    gender = glosser.noun_gender(lemma, gender) or gender if pos == "NOUN" else ""
    return {
        "word": word,
        "lemma": lemma,
        "headword": glosser.headword(lemma, pos, gender),
        "pos": pos,
        "ipa": next((t.ipa for t in translations if t.ipa), None)
        or lexicon_ipa(glosser.dictionaries, lemma, word)
        or None,
        "gender": GENDER_CODES.get(gender),
        "translations": [
            {"senses": list(t.senses), "source": t.source.value, "origin": t.origin}
            for t in translations
        ],
        # A word known only in fixed phrases (afin: afin de, afin que) shows them instead.
        "phrases": [
            {"phrase": phrase, "senses": list(found[0].senses)}
            for phrase, found in (
                () if translations or " " in word else phrases_starting(glosser.dictionaries, word)
            )
        ],
    }


def _first_word(analysis: Analysis) -> Token:
    return next((t for t in analysis.tokens if t.is_word), analysis.tokens[0])


def save_word(
    store: Database,
    word: str,
    *,
    sentence: str = "",
    translation: str | None = None,
    notes: str = "",
    tags: Sequence[str] = (),
    article: Article | None = None,
) -> GlossaryEntry:
    """Analyse the word in its sentence and save it; the same lemma again updates one entry."""
    analysis = analyse(sentence or word)
    token = find_word(analysis, word)
    glosser = learner_glosser(store)
    info = glosser.explain(analysis, token.index)
    draft = glosser.draft(info, translation=translation, notes=notes, tags=tags, article=article)
    return store.glossary.save(draft)


def find_word(analysis: Analysis, word: str) -> Token:
    """The first token written as word (apostrophes and case aside), else with it as lemma."""
    wanted = normalise_for_analysis(word.strip()).lower()
    for token in analysis.tokens:
        if normalise_for_analysis(token.text).lower() == wanted:
            return token
    for token in analysis.tokens:
        if token.lemma.lower() == wanted and token.is_word:
            return token
    raise InputError(f"«{word}» is not in the sentence: give the word as it is written there.")
