"""French text -> Analysis: tokens with offsets into the original text, lemmas, morphology,
verb groups and a grammar note for every word."""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from reader.core.analysis.expressions.recognise import find_expressions
from reader.core.analysis.homographs import resolve_homographs
from reader.core.analysis.lemmas import VERB_ENDINGS, fix_lemma, fix_pos
from reader.core.analysis.normalise import normalise_for_analysis
from reader.core.analysis.notes import DocNotes
from reader.core.analysis.pipeline import load_pipeline
from reader.core.analysis.verbgroups import find_groups
from reader.core.dictionaries.dictionary import bundled_dictionary
from reader.core.errors import InputError
from reader.core.grammar.conjugation import correct_finite
from reader.core.models import Analysis, Expression, Sentence, Token, VerbGroup
from reader.core.progress import Report, check_cancelled, report_progress

ANALYSIS_VERSION = 2  # bump when the output changes: cached analyses are then redone
MAX_CHUNK = 20_000  # characters; a longer paragraph is cut at its line breaks
# Endings of regular -er verbs, longest first.
ER_ENDINGS = tuple("eraient erions erais erait aient ions ent ées és ée ais ait ez es é e".split())
_LETTER = re.compile(r"[^\W\d_]")
# A paragraph ends at a blank line, or at a line break after a full stop or before a dialogue
# dash or guillemet (one paragraph per line, as in most e-texts); other line breaks are wraps.
_PARAGRAPH_BREAK = re.compile(
    r"\n[ \t\u00a0]*\n"  # a blank line
    r"|(?<=[.!?…»])[ \t\u00a0]*\n"  # a line that ends a sentence
    r"|\n(?=[ \t\u00a0]*[—–«-])"  # a line of dialogue next
)
NounGender = Callable[[str], str]


def analyse(
    text: str,
    *,
    report: Report | None = None,
    cancel: threading.Event | None = None,
    noun_gender: NounGender | None = None,
) -> Analysis:
    """Analyse text paragraph by paragraph, so progress shows and cancel takes effect."""
    if not text.strip():
        raise InputError("There is no text to analyse: it is empty.")
    nlp = load_pipeline()
    normalised = normalise_for_analysis(text)
    spans = paragraph_spans(normalised)
    builder = _Builder(text, _lexicon(nlp), noun_gender or _dictionary_gender)
    docs = nlp.pipe(normalised[start:end] for start, end in spans)
    for done, ((start, _), doc) in enumerate(zip(spans, docs, strict=True), start=1):
        check_cancelled(cancel)
        builder.add(doc, start)
        report_progress(report, done, len(spans))
    return builder.build()


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph; sentences never cross a paragraph break."""
    spans: list[tuple[int, int]] = []
    position = 0
    for separator in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = separator.start() if separator else len(text)
        spans.extend(_split_long(text, position, end))
        position = separator.end() if separator else len(text)
    return [_strip(text, start, end) for start, end in spans if text[start:end].strip()]


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= MAX_CHUNK:
        return [(start, end)]
    pieces, cursor = [], start
    while end - cursor > MAX_CHUNK:
        cut = text.rfind("\n", cursor, cursor + MAX_CHUNK)
        cut = cut + 1 if cut > cursor else _space_before(text, cursor, cursor + MAX_CHUNK)
        pieces.append((cursor, cut))
        cursor = cut
    pieces.append((cursor, end))
    return pieces


def _space_before(text: str, start: int, limit: int) -> int:
    cut = text.rfind(" ", start, limit)
    return cut + 1 if cut > start else limit


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _dictionary_gender(lemma: str) -> str:
    """A noun's gender from the bundled dictionary, when the model gives none."""

    entries = bundled_dictionary().lookup(lemma)
    return next((entry.gender for entry in entries if entry.pos == "NOUN" and entry.gender), "")


_lexicons: dict[int, Lexicon] = {}


def _lexicon(nlp: Any) -> Lexicon:
    """One Lexicon per loaded pipeline, so its cache lives as long as the model."""
    if id(nlp) not in _lexicons:
        _lexicons[id(nlp)] = Lexicon(nlp)
    return _lexicons[id(nlp)]


class Lexicon:
    """The model's own lemma rules and tables, for words it saw in another form."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        lemmatizer = nlp.get_pipe("lemmatizer")
        self.lemmatizer = lemmatizer
        self.lookup = lemmatizer.lookups.get_table("lemma_lookup", {})
        index = lemmatizer.lookups.get_table("lemma_index", {})
        self.verbs = frozenset(index.get("verb", []))
        self.nouns = frozenset(index.get("noun", []))
        self.relemmatise = lru_cache(maxsize=8192)(self._relemmatise)

    def _relemmatise(self, word: str, pos: str) -> str:
        """Lemmatise a lower-cased word as if the model had tagged it pos."""
        # Only when needed: it brings spaCy.
        from spacy.tokens import Doc

        doc = Doc(self.nlp.vocab, words=[word])
        doc[0].pos_ = pos
        forms: list[str] = self.lemmatizer.rule_lemmatize(doc[0])
        lemma = forms[0] if forms else word
        if pos == "VERB" and not lemma.endswith(("er", "ir", "re")):
            return self.verb_of(word) or lemma  # indique: the verb table knows indiquer
        return lemma

    def verb_of(self, form: str) -> str:
        """affaiblie -> affaiblir, or '' when the form is not known as a verb form."""
        found = self.lookup.get(form, "")
        verb = str(found[0] if isinstance(found, list) and found else found)
        return verb if verb.endswith(("er", "ir", "re")) else self._first_group_verb(form)

    def table_verb(self, form: str) -> str:
        """The verb the model's lookup table gives for a form, without any guessing."""
        found = self.lookup.get(form, "")
        verb = str(found[0] if isinstance(found, list) and found else found)
        return verb if verb.endswith(VERB_ENDINGS) else ""

    def regular_singular(self, plural: str, lemma: str) -> str:
        """parties -> partie, not the rules' "party": a regular plural of a known noun."""
        singular = plural[:-1]
        if plural.endswith("s") and lemma != singular and singular in self.nouns:
            return singular
        return lemma

    def _first_group_verb(self, form: str) -> str:
        """indique -> indiquer: the tables miss some forms of regular -er verbs."""
        for ending in ER_ENDINGS:
            if form.endswith(ending) and form[: -len(ending)] + "er" in self.verbs:
                return form[: -len(ending)] + "er"
        return ""


class _Builder:
    """Collects tokens, sentences and groups doc by doc, with global indices and offsets."""

    def __init__(self, text: str, lexicon: Lexicon, gender: NounGender):
        self.text = text
        self.lexicon = lexicon
        self.gender = gender
        self.tokens: list[Token] = []
        self.sentences: list[Sentence] = []
        self.groups: list[VerbGroup] = []
        self.expressions: list[Expression] = []
        self.morphs: dict[int, dict[str, str]] = {}
        self.lemmas: dict[tuple[str, str, str], tuple[str, str]] = {}
        # Keyed by id() of the shared morph dicts above, which live as long as this builder.
        self.notes: dict[tuple[Any, ...], str] = {}

    def add(self, doc: Any, offset: int) -> None:
        positions: dict[int, int] = {}  # doc token index -> global token index
        fields: list[dict[str, Any]] = []
        for words in _sentences(doc):
            self.sentences.append(Sentence(offset + words[0].idx, offset + _end(words[-1])))
            for token in words:
                positions[token.i] = len(self.tokens) + len(fields)
                fields.append(self._fields(token, offset, len(self.sentences) - 1))
        self._fix_inversions(fields)
        resolve_homographs(fields)
        notes = DocNotes(self.text, fields, positions, self.gender, self.lexicon.table_verb)
        first = len(self.tokens)
        lemmas = {doc_index: fields[i - first]["lemma"] for doc_index, i in positions.items()}
        first_group = len(self.groups)
        for spec in find_groups(doc, lemmas):
            self.groups.append(notes.add_group(spec, len(self.groups)))
        syntax = [(positions[v["_spacy"].head.i], v["_spacy"].dep_) for v in fields]
        tokens = [Token(**values) for values in notes.finish(self.notes)]
        self.tokens.extend(tokens)
        self.expressions.extend(
            find_expressions(
                self.text,
                tokens,
                syntax,
                self.groups[first_group:],
                first_id=len(self.expressions),
            )
        )

    def _fields(self, token: Any, offset: int, sentence: int) -> dict[str, Any]:
        start = offset + token.idx
        spacy_text = token.text
        text = self.text[start : start + len(spacy_text)]
        pos, lemma = self._pos_and_lemma(spacy_text, token.lemma_, token.pos_)
        morph = self._morph(token)
        if pos in ("VERB", "AUX"):
            morph = correct_finite(lemma, spacy_text, morph)
        return {
            "index": len(self.tokens),  # replaced by the global index in DocNotes
            "text": text,
            "start": start,
            "end": start + len(text),
            "lemma": lemma,
            "pos": pos,
            "morph": morph,
            "sentence": sentence,
            "is_word": _LETTER.search(text) is not None,
            "_spacy": token,
        }

    def _pos_and_lemma(self, text: str, lemma: str, pos: str) -> tuple[str, str]:
        """The corrected part of speech and lemma; words repeat, so the answers are kept."""
        key = (text, lemma, pos)
        if key not in self.lemmas:
            fixed_pos = fix_pos(text, pos)
            fixed = fix_lemma(text, lemma, fixed_pos, self.lexicon.relemmatise)
            if fixed_pos in ("VERB", "AUX") and not fixed.endswith(VERB_ENDINGS):
                fixed_pos = "ADJ"  # constructif: a "verb" with no infinitive is a tagging slip
            if fixed_pos == "NOUN":
                fixed = self.lexicon.regular_singular(text.lower(), fixed)
            self.lemmas[key] = (fixed_pos, fixed)
        return self.lemmas[key]

    def _morph(self, token: Any) -> dict[str, str]:
        """Features as a dict, shared between tokens with the same features (never mutated)."""
        morph = token.morph
        key = morph.key
        if key not in self.morphs:
            self.morphs[key] = morph.to_dict()
        return self.morphs[key]

    def _fix_inversions(self, fields: list[dict[str, Any]]) -> None:
        """A word before -il / -t-il / -moi is a verb, whatever the tagger said (A-t-il)."""
        for values, following in itertools.pairwise(fields):
            is_clitic = following["text"].startswith("-") and following["pos"] == "PRON"
            if is_clitic and values["pos"] not in ("VERB", "AUX") and values["is_word"]:
                spacy_text = values["_spacy"].text
                lemma = self.lexicon.relemmatise(spacy_text.lower(), "VERB")
                values["lemma"] = lemma
                values["pos"] = "AUX" if lemma in ("avoir", "être") else "VERB"
                values["morph"] = correct_finite(lemma, spacy_text, {"VerbForm": "Fin"})

    def build(self) -> Analysis:
        return Analysis(
            self.text,
            tuple(self.sentences),
            tuple(self.tokens),
            tuple(self.groups),
            tuple(self.expressions),
        )


CLOSING = frozenset("»)]”’\"'")
OPENING = frozenset("«([“")
MID_SENTENCE = frozenset({",", ";", ")", "]"})
SENTENCE_ENDS = frozenset({".", "!", "?", "…", ":", "»", "...", "!!", "?!"})
INCISE_AFTER = frozenset({"!", "?", "…", "!!", "?!"})  # "— Bonjour ! répondit-il."
DASHES = frozenset({"-", "–", "—", "--"})
DATELINE_TOKENS = 10
MONTHS = frozenset(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)


def _sentences(doc: Any) -> list[list[Any]]:
    """The doc's sentences without spaces. The parser sometimes leaves quotation marks alone:
    a closing » joins the sentence before it, an opening « the sentence after it."""
    sentences: list[list[Any]] = []
    pending: list[Any] = []
    for sentence in doc.sents:
        tokens = [token for token in sentence if not token.is_space]
        # A closing quote, or the full stop the parser left to the next piece ("2012 | .
        # Suzanne"), ends the sentence before it.
        while sentences and tokens and (tokens[0].text in CLOSING or _is_end_mark(tokens[0])):
            sentences[-1].append(tokens.pop(0))
        if sentences and tokens and _is_dateline(sentences[-1]) and tokens[0].text in DASHES:
            sentences[-1].append(tokens.pop(0))  # "MOSCOU, 12 novembre 2012. -": its dash
        if sentences and tokens and _continues(sentences[-1], tokens):
            sentences[-1].extend(tokens)  # "À table" | ", nous demandions …": one sentence
            continue
        tokens = pending + tokens
        if any(token.is_alpha for token in tokens):
            sentences.append(tokens)
            pending = []
        else:
            pending = tokens
    if pending and sentences:
        sentences[-1].extend(pending)
    elif pending:
        sentences.append(pending)
    for sentence, following in itertools.pairwise(sentences):
        while len(sentence) > 1 and sentence[-1].text in OPENING:
            following.insert(0, sentence.pop())
    return sentences


def _continues(previous: list[Any], tokens: list[Any]) -> bool:
    """A piece that starts with a comma, follows a comma ("Paris, | 3 mai 2012."), or starts
    in lower case after no full stop, or after ! ? … (the incise of a dialogue: "— Bonjour !
    répondit Suzanne.") is not a sentence."""
    first, last = tokens[0], previous[-1].text
    if first.text in MID_SENTENCE or last in (",", ";"):
        return True
    if first.is_lower and first.is_alpha and last in INCISE_AFTER:
        return True
    return bool(first.is_lower and last not in SENTENCE_ENDS)


def _is_end_mark(token: Any) -> bool:
    return token.text in (".", "...", "…") or (token.text in ("!", "?") and token.i > 0)


def _is_dateline(sentence: list[Any]) -> bool:
    """MOSCOU, 12 novembre 2012. / Paris, le 3 mai: a short place and date ending a line."""
    if len(sentence) > DATELINE_TOKENS or sentence[-1].text != ".":
        return False
    words = {token.lower_ for token in sentence}
    has_year = any(token.text.isdigit() and len(token.text) == 4 for token in sentence)
    return has_year or bool(words & MONTHS)


def _end(token: Any) -> int:
    return int(token.idx + len(token.text))
