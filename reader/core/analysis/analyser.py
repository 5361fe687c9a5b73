"""French text -> Analysis: tokens with offsets into the original text, lemmas, morphology,
verb groups and a grammar note for every word; and, for a book's background analysis, the same
with its expressions left for when the page is shown (analyse_leaving_expressions)."""

from __future__ import annotations

import functools
import itertools
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from reader.core.analysis.corrections.lemma_tables import VERB_ENDINGS
from reader.core.analysis.corrections.lemmas import (
    LEXICON,
    Word,
    dictionary_case,
    fix_lemma,
    fix_pos,
)
from reader.core.analysis.corrections.lexicon_check import check_lemma, correct_noun_genders
from reader.core.analysis.corrections.model_tables import ModelTables, model_tables
from reader.core.analysis.corrections.moods import Moods
from reader.core.analysis.corrections.names import common_pos, is_unknown_capital
from reader.core.analysis.corrections.parse_roles import fix_roles
from reader.core.analysis.corrections.retagging import retag
from reader.core.analysis.corrections.rule_switches import is_enabled
from reader.core.analysis.corrections.tag_changes import Verbs
from reader.core.analysis.expressions.matcher import Matcher
from reader.core.analysis.expressions.recognise import Syntax, find_expressions
from reader.core.analysis.homographs import resolve_homographs
from reader.core.analysis.normalise import normalise_for_analysis
from reader.core.analysis.notes import DocNotes
from reader.core.analysis.parse_ahead import SHARED, ParseAhead, worth_a_child
from reader.core.analysis.pipeline import load_pipeline
from reader.core.analysis.readings import DocView, Reading, shared_readings
from reader.core.analysis.verbgroups import find_groups
from reader.core.dictionaries.dictionary import bundled_dictionary
from reader.core.dictionaries.lexicon.guesses import visible
from reader.core.dictionaries.lexicon.leading import leading
from reader.core.dictionaries.lexicon.lexicon import Lexicon, bundled_lexicon
from reader.core.errors import InputError
from reader.core.grammar.conjugation import correct_finite
from reader.core.grammar.lefff_verbs import conjugation_table, form_readings
from reader.core.models import Analysis, Expression, Sentence, Token, VerbGroup
from reader.core.progress import Report, check_cancelled, report_progress

ANALYSIS_VERSION = 58  # bump when the output changes: cached analyses are then redone
MAX_CHUNK = 20_000  # characters; a longer paragraph is cut at its line breaks
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
    matcher: Matcher | None = None,
) -> Analysis:
    """Analyse text paragraph by paragraph, so progress shows and cancel takes effect.
    The expressions come from the process's shared matcher unless one is given."""
    if not text.strip():
        raise InputError("There is no text to analyse: it is empty.")
    sources = _lemma_sources(model_tables(load_pipeline()), bundled_lexicon())
    builder = _Builder(text, sources, noun_gender or _dictionary_gender, matcher)
    return _run(builder, report, cancel)


@dataclass(frozen=True, slots=True)
class LaterExpressions:
    """What expression matching needs of an analysis that left it out: each token's head (a
    token index) and relation, and where each parsed paragraph's tokens and groups start."""

    syntax: list[Syntax] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)  # (first token, group)


def analyse_leaving_expressions(
    text: str, *, report: Report | None = None, cancel: threading.Event | None = None
) -> tuple[Analysis, LaterExpressions]:
    """analyse() without its expressions, and what with_expressions needs to add them: the
    background analysis of a book's pages, which keeps only their words' counts until a page
    is shown (matching was ~9 % of that pass, issue 14)."""
    if not text.strip():
        raise InputError("There is no text to analyse: it is empty.")
    sources = _lemma_sources(model_tables(load_pipeline()), bundled_lexicon())
    later = LaterExpressions()
    builder = _Builder(text, sources, _dictionary_gender, None, later)
    return _run(builder, report, cancel), later


def with_expressions(analysis: Analysis, later: LaterExpressions) -> Analysis:
    """The analysis with the expressions analyse_leaving_expressions left out: matched
    paragraph by paragraph with the same words, syntax and groups as analyse() matches them,
    so the result is the one analyse() gives."""
    bounds = [*later.paragraphs, (len(analysis.tokens), len(analysis.groups))]
    expressions: list[Expression] = []
    for (token, group), (next_token, next_group) in itertools.pairwise(bounds):
        expressions.extend(
            find_expressions(
                analysis.text,
                analysis.tokens[token:next_token],
                later.syntax[token:next_token],
                analysis.groups[group:next_group],
                first_id=len(expressions),
            )
        )
    # A new Analysis, not dataclasses.replace: that would hand over the filled indexes.
    return Analysis(
        analysis.text, analysis.sentences, analysis.tokens, analysis.groups, tuple(expressions)
    )


def _run(builder: _Builder, report: Report | None, cancel: threading.Event | None) -> Analysis:
    """Parse and build paragraph by paragraph; a long text's parse runs in a child process
    where parse_ahead is on, while this one builds the tokens."""
    nlp = load_pipeline()
    normalised = normalise_for_analysis(builder.text)
    spans = paragraph_spans(normalised)
    paragraphs = [normalised[start:end] for start, end in spans]
    if not worth_a_child(len(normalised.split())):
        return _build(builder, spans, nlp.pipe(paragraphs), report, cancel)
    with ParseAhead(nlp, [paragraphs], _same, share=SHARED) as ahead:
        return _build(builder, spans, ahead.docs(0), report, cancel)


def _build(
    builder: _Builder,
    spans: list[tuple[int, int]],
    docs: Iterable[Any],
    report: Report | None,
    cancel: threading.Event | None,
) -> Analysis:
    for done, ((start, _), doc) in enumerate(zip(spans, docs, strict=True), start=1):
        check_cancelled(cancel)
        builder.add(doc, start)
        report_progress(report, done, len(spans))
    return builder.build()


def _same(paragraphs: list[str]) -> list[str]:
    return paragraphs


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


# Punctuation after which a word starts a sentence of its own (« Papillon », — Tenez), for
# the lemma rules; not OPENING below, which only keeps an opening mark with its sentence.
STARTS_AFTER = frozenset({"«", "—", "–", "-", '"', "“", "(", ":"})


@functools.cache
def _verbs_by_start() -> dict[str, tuple[str, ...]]:
    """The Lefff's verbs by their first three letters, grouped once, when a form Lexique
    lacks first asks which verbs it belongs to."""
    groups: dict[str, list[str]] = {}
    for verb in conjugation_table().verbs():
        groups.setdefault(verb[:3], []).append(verb)
    return {start: tuple(verbs) for start, verbs in groups.items()}


class LemmaSources:
    """What the lemma rules and the lexicon check ask: the model's tables, the bundled
    lexicon (Lexique's forms, the dictionaries' headwords) and the Lefff's conjugations."""

    def __init__(self, tables: ModelTables, lexicon: Lexicon) -> None:
        self.tables = tables
        self.lexicon = lexicon
        self.relemmatise = tables.relemmatise
        self.readings = lexicon.readings
        self.is_word = lexicon.is_word
        self.is_headword = lexicon.is_headword
        self.is_noun = lexicon.is_noun
        self.is_name = lexicon.is_name
        self.gender_of = lexicon.gender_of

    def is_verb(self, lemma: str) -> bool:
        return lemma in self.tables.verbs or lemma in conjugation_table()

    def is_lemma(self, word: str) -> bool:
        return self.lexicon.is_lemma(word) or word in conjugation_table()

    def is_own_adjective(self, word: str) -> bool:
        return bool(leading(word, "ADJ"))

    def conjugates_to(self, verb: str, form: str) -> bool:
        return bool(conjugation_table().positions(verb, form))

    def agrees(self, verb: str, form: str, person: str, number: str) -> bool:
        return any(
            reading.get("Person") == person and reading.get("Number") == number
            for reading in form_readings(verb, form)
        )

    def masculine_participle(self, verb: str, form: str) -> str:
        table = conjugation_table()
        for tense in ("K", "G"):
            forms = table.tense(verb, tense)
            if form in forms:
                return forms[0] or ""
        return ""

    def verbs_with_form(self, form: str) -> tuple[str, ...]:
        table = conjugation_table()
        starting = _verbs_by_start().get(form[:3], ())
        return tuple(verb for verb in starting if table.positions(verb, form))

    def frequency(self, word: str) -> float:
        # Only when needed: wordfreq's lists load in a quarter of a second.
        from wordfreq import zipf_frequency

        return float(zipf_frequency(word, "fr"))


@functools.lru_cache(maxsize=4)
def _lemma_sources(tables: ModelTables, lexicon: Lexicon) -> LemmaSources:
    """One LemmaSources per model and lexicon, so that what the rules keep by their sources
    (tag_changes.Verbs' answers) lasts from one analysis (a book's page) to the next."""
    return LemmaSources(tables, lexicon)


class _Builder:
    """Collects tokens, sentences and groups doc by doc, with global indices and offsets."""

    def __init__(
        self,
        text: str,
        sources: LemmaSources,
        gender: NounGender,
        matcher: Matcher | None,
        later: LaterExpressions | None = None,
    ):
        self.text = text
        self.matcher = matcher
        self.later = later  # given: the expressions are left for with_expressions
        self.sources = sources
        self.tables = sources.tables
        self.gender = gender
        self.tokens: list[Token] = []
        self.sentences: list[Sentence] = []
        self.groups: list[VerbGroup] = []
        self.expressions: list[Expression] = []
        # Most tokens repeat a reading already made, in this analysis or an earlier one.
        cache = shared_readings().ready_for(sources.tables, sources.lexicon)
        self.morphs = cache.morphs
        self.lemmas = cache.lemmas
        self.readings = cache.readings
        self.notes = cache.notes_for(gender)
        self.moods = Moods()
        # A corrected noun's features by the model's (correct_noun_genders): one copy each.
        self.genders: dict[int, tuple[dict[str, str], dict[str, str]]] = {}
        self.is_word: dict[str, bool] = {}  # text -> whether it holds a letter

    def add(self, doc: Any, offset: int) -> None:
        positions: dict[int, int] = {}  # doc token index -> global token index
        fields: list[dict[str, Any]] = []
        view = DocView(doc, STARTS_AFTER)
        keys = view.reading_keys()
        for words in _sentences(doc, view.starts):
            self.sentences.append(Sentence(offset + words[0].idx, offset + _end(words[-1])))
            sentence = len(self.sentences) - 1
            for token in words:
                positions[token.i] = len(self.tokens) + len(fields)
                fields.append(self._fields(token, view.texts, keys, offset, sentence))
        retag(fields, self.sources, self.tables.relemmatise)
        fix_roles(fields, Verbs(self.sources, self.tables.relemmatise))
        self.moods.fix(fields)
        resolve_homographs(fields)
        correct_noun_genders(fields, self.sources, self.genders)
        notes = DocNotes(self.text, fields, positions, self.gender, self.tables.table_verb)
        first = len(self.tokens)
        lemmas = {doc_index: fields[i - first]["lemma"] for doc_index, i in positions.items()}
        tags = {doc_index: fields[i - first]["pos"] for doc_index, i in positions.items()}
        first_group = len(self.groups)
        for spec in find_groups(doc, lemmas, tags):
            self.groups.append(notes.add_group(spec, len(self.groups)))
        syntax = _syntax(doc, positions, view)
        tokens = [Token(**values) for values in notes.finish(self.notes)]
        self.tokens.extend(tokens)
        if self.later is not None:
            self.later.paragraphs.append((first, first_group))
            self.later.syntax.extend(syntax)
            return
        self.expressions.extend(
            find_expressions(
                self.text,
                tokens,
                syntax,
                self.groups[first_group:],
                first_id=len(self.expressions),
                matcher=self.matcher,
            )
        )

    def _fields(
        self,
        token: Any,
        texts: list[str],
        keys: list[tuple[Any, ...]],
        offset: int,
        sentence: int,
    ) -> dict[str, Any]:
        i = token.i
        start = offset + token.idx
        text = self.text[start : start + len(texts[i])]
        key = keys[i]
        found = self.readings.get(key)
        if found is None:
            found = self._reading(token, key)
        is_word = self.is_word.get(text)
        if is_word is None:
            is_word = self.is_word[text] = _LETTER.search(text) is not None
        return {
            "index": len(self.tokens),  # replaced by the global index in DocNotes
            "text": text,
            "start": start,
            "end": start + len(text),
            "lemma": found[1],
            "pos": found[0],
            "morph": found[2],
            "sentence": sentence,
            "is_word": is_word,
            "_spacy": token,
        }

    def _reading(self, token: Any, key: tuple[Any, ...]) -> Reading:
        """The corrected part of speech, lemma and features of a token whose key (its array
        values and context: DocView.reading_keys) has no reading yet; kept under that key."""
        before_capital, start, after_capital = key[-3:]
        morph = self._morph(token)
        pos, lemma = self._pos_and_lemma(token, morph, before_capital, start, after_capital)
        if pos in ("VERB", "AUX"):
            morph = correct_finite(lemma, token.text, morph)
        found = self.readings[key] = (pos, lemma, morph)
        return found

    def _pos_and_lemma(
        self,
        token: Any,
        morph: dict[str, str],
        before_capital: bool,
        start: bool,
        after_capital: bool,
    ) -> tuple[str, str]:
        """The corrected part of speech and lemma; words repeat, so the answers are kept."""
        word = Word(
            token.text,
            token.lemma_,
            fix_pos(token.text, token.pos_, before_capital),
            morph.get("Number", ""),
            before_capital,
            morph.get("Person", ""),
            start,
            after_capital,
        )
        if word not in self.lemmas:
            self.lemmas[word] = self._corrected(word)
        return self.lemmas[word]

    def _corrected(self, word: Word) -> tuple[str, str]:
        if common := common_pos(
            word.text,
            word.pos,
            word.before_capital or word.after_capital,
            word.sentence_start,
            self.sources,
        ):
            lower = word.text.lower()  # Papillon, Ligue: a common word, not a name
            word = replace(word, pos=common, lemma=self.tables.relemmatise(lower, common))
        elif is_unknown_capital(word.text, word.pos, word.sentence_start, self.sources):
            return "PROPN", word.text
        pos = word.pos
        lemma, checked = fix_lemma(word, self.sources)
        if checked and is_enabled(LEXICON):
            form = dictionary_case(visible(word.text), self.sources)
            pos, lemma = check_lemma(
                form.lower(), pos, lemma, self.sources, word.number, word.person
            )
        if pos in ("VERB", "AUX") and not self._infinitive(lemma):
            pos = "ADJ"  # constructif: a "verb" with no infinitive is a tagging slip
        if pos == "ADJ" and self.sources.is_verb(lemma):
            # affaiblies: an adjective's lemma is its masculine (affaibli), never an infinitive
            form = visible(word.text).lower()
            lemma = self.sources.masculine_participle(lemma, form) or lemma
        return pos, lemma

    def _infinitive(self, lemma: str) -> bool:
        """A known verb, or one shaped like an infinitive (twerker: new verbs are -er)."""
        return self.sources.is_verb(lemma) or lemma.endswith(VERB_ENDINGS)

    def _morph(self, token: Any) -> dict[str, str]:
        """Features as a dict, shared between tokens with the same features (never mutated)."""
        morph = token.morph
        key = morph.key
        if key not in self.morphs:
            self.morphs[key] = morph.to_dict()
        return self.morphs[key]

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


def _sentences(doc: Any, starts: list[bool] | None = None) -> list[list[Any]]:
    """The doc's sentences without spaces. The parser sometimes leaves quotation marks alone:
    a closing » joins the sentence before it, an opening « the sentence after it. starts:
    whether each token starts a parsed sentence (DocView.starts), when already read."""
    sentences: list[list[Any]] = []
    pending: list[Any] = []
    for sentence in _parsed_sentences(doc, starts):
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


def _parsed_sentences(doc: Any, starts: list[bool] | None = None) -> list[list[Any]]:
    """The parser's sentences (doc.sents), as lists of the doc's tokens: the bounds come from
    the SENT_START array, and each Token object is made once, not again by each Span."""
    tokens = list(doc)
    if starts is None:
        starts = [start == 1 for start in doc.to_array("SENT_START").tolist()]
    bounds = [0, *(i for i, start in enumerate(starts) if start and i > 0), len(tokens)]
    return [tokens[start:end] for start, end in itertools.pairwise(bounds) if end > start]


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


def _syntax(
    doc: Any, positions: dict[int, int], view: DocView | None = None
) -> list[tuple[int, str]]:
    """Each kept token's head (a global index) and dependency relation, in token order, read
    from the doc's arrays (the view's, when given) rather than from two Token objects per
    token."""
    if view is None:
        view = DocView(doc, STARTS_AFTER)
    heads, deps = view.heads, view.deps
    strings = doc.vocab.strings
    labels: dict[int, str] = {}
    syntax = []
    for i in positions:
        offset, dep = heads[i], deps[i]
        label = labels.get(dep)
        if label is None:
            label = labels[dep] = strings[dep]
        syntax.append((positions[i + offset], label))
    return syntax


def _end(token: Any) -> int:
    return int(token.idx + len(token.text))
