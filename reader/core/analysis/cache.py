"""Analyses kept on disk, so a text analysed once never needs the model again.

Loading spaCy costs seconds; reading back a cached analysis of an article costs milliseconds.
The key covers the text, the model version and the analysis version.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import importlib.util
import json
import logging
import threading
from pathlib import Path
from typing import Any

from reader.core.analysis.analyser import (
    ANALYSIS_VERSION,
    LaterExpressions,
    analyse,
    with_expressions,
)
from reader.core.analysis.expressions.lists import lists_fingerprint
from reader.core.analysis.pipeline import model_version
from reader.core.analysis.serialise import analysis_from_columns, analysis_to_columns
from reader.core.errors import InputError
from reader.core.files import write_atomically
from reader.core.models import Analysis
from reader.core.progress import Report

log = logging.getLogger(__name__)


# The modules whose code decides what an analysis contains: any change to them is a new version.
ANALYSIS_MODULES = (
    "reader.core.analysis.analyser",
    "reader.core.grammar.conjugation",
    "reader.core.grammar.notes",
    "reader.core.grammar.words",
    "reader.core.analysis.corrections.lemma_tables",
    "reader.core.analysis.corrections.lemmas",
    "reader.core.analysis.corrections.lexicon_check",
    "reader.core.analysis.corrections.model_tables",
    "reader.core.analysis.corrections.moods",
    "reader.core.analysis.corrections.names",
    "reader.core.analysis.corrections.retagging",
    "reader.core.analysis.corrections.chain.rules",
    "reader.core.analysis.corrections.chain.switches",
    "reader.core.analysis.corrections.rule_switches",
    "reader.core.analysis.corrections.tag_changes",
    "reader.core.analysis.corrections.tag_contexts",
    "reader.core.analysis.corrections.tag_contexts.words",
    "reader.core.analysis.corrections.tag_contexts.clitics",
    "reader.core.analysis.corrections.tag_contexts.participles",
    "reader.core.analysis.corrections.tag_contexts.clauses",
    "reader.core.analysis.corrections.tag_contexts.adjectives",
    "reader.core.analysis.corrections.tag_contexts.nominal_participles",
    "reader.core.analysis.corrections.tag_contexts.single_words",
    "reader.core.grammar.lefff_verbs",
    "reader.core.dictionaries.lexicon.lexicon",
    "reader.core.models",
    "reader.core.analysis.normalise",
    "reader.core.analysis.pipeline",
    "reader.core.analysis.tokenizer",
    "reader.core.analysis.verbgroups",
    "reader.core.analysis.notes",
    "reader.core.analysis.homographs",
    "reader.core.analysis.expressions.contiguous",
    "reader.core.analysis.expressions.index",
    "reader.core.analysis.expressions.lists",
    "reader.core.analysis.expressions.matcher",
    "reader.core.analysis.expressions.positions",
    "reader.core.analysis.expressions.recognise",
    "reader.core.analysis.expressions.verbal",
    "reader.core.analysis.expressions.words",
    # And the file's form: a file written in another form is not read.
    "reader.core.analysis.serialise",
    "reader.core.analysis.cache",
)


@functools.cache
def code_fingerprint() -> str:
    """A short hash of the analysis code, so a changed analyser never serves stale results."""
    digest = hashlib.sha256()
    for name in ANALYSIS_MODULES:
        # Found without importing: the tokenizer's module imports spaCy.
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.origin is not None, name
        digest.update(Path(spec.origin).read_bytes())
    # The phrase lists decide which expressions an analysis finds.
    digest.update(lists_fingerprint().encode())
    return digest.hexdigest()[:12]


class AnalysisCache:
    """gzip'd JSON files named by a hash of what produced them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder / "analyses"
        self.version = f"{model_version()}-analysis-{ANALYSIS_VERSION}-{code_fingerprint()}"

    def path_for(self, text: str) -> Path:
        digest = hashlib.sha256(f"{self.version}\0{text}".encode()).hexdigest()
        return self.folder / f"{digest}.json.gz"

    def get(self, text: str) -> Analysis | None:
        """The whole analysis of text, if kept: one kept without its expressions (a book's
        background analysis) gets them now, and is kept again with them."""
        path = self.path_for(text)
        try:
            with gzip.open(path, "rt", encoding="utf-8") as file:
                data = json.load(file)
            analysis = analysis_from_columns(data)
            later = _later_from_data(data, len(analysis.tokens)) if "later" in data else None
        except FileNotFoundError:
            return None
        # EOFError: a gzip stream cut short (a file written before writes were atomic).
        except (OSError, EOFError, ValueError, KeyError, TypeError, IndexError) as error:
            log.warning("Ignoring a damaged cached analysis %s: %s", path, error)
            return None
        if analysis.text != text:
            return None
        if later is not None:
            analysis = with_expressions(analysis, later)
            self.put(analysis)
        return analysis

    def put(self, analysis: Analysis, later: LaterExpressions | None = None) -> None:
        """Write atomically: a crash never leaves a half-written file under the real name.
        later: what the expressions an analysis left out need (analyse_leaving_expressions),
        kept with it for get to add them."""
        path = self.path_for(analysis.text)
        data = analysis_to_columns(analysis)
        if later is not None:
            data["later"] = {
                "heads": [head for head, _ in later.syntax],
                "relations": [relation for _, relation in later.syntax],
                "paragraphs": later.paragraphs,
            }
        # json.dumps, not json.dump: dump streams through the pure-Python encoder, ~5x
        # slower on a page of a book (measured: a quarter of a page's analysis time).
        text = json.dumps(data, ensure_ascii=False)

        def write(partial: Path) -> None:
            with gzip.open(partial, "wt", encoding="utf-8", compresslevel=3) as file:
                file.write(text)

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomically(path, write)
        except (OSError, InputError) as error:
            log.warning("Could not cache the analysis in %s: %s", self.folder, error)


def _later_from_data(data: dict[str, Any], tokens: int) -> LaterExpressions:
    """The "later" part of a cached analysis's data; ValueError when it does not fit."""
    later = data["later"]
    syntax = list(zip(later["heads"], later["relations"], strict=True))
    if len(syntax) != tokens:
        raise ValueError(f"{len(syntax)} tokens' syntax for {tokens} tokens")
    return LaterExpressions(syntax, [(token, group) for token, group in later["paragraphs"]])


def analyse_cached(
    text: str,
    cache: AnalysisCache | None,
    *,
    report: Report | None = None,
    cancel: threading.Event | None = None,
) -> Analysis:
    """The cached analysis of text, or a fresh one that is then cached."""
    cached = cache.get(text) if cache is not None else None
    if cached is not None:
        return cached
    analysis = analyse(text, report=report, cancel=cancel)
    if cache is not None:
        cache.put(analysis)
    return analysis
