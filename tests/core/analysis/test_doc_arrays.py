"""What the analysis reads from a doc's arrays instead of its Token objects (issue 14): the
parser's sentences from SENT_START and each token's head and relation from HEAD and DEP must
be what doc.sents, token.head and token.dep_ give, on real corpus text parsed by the model;
and the worker sets the data its first analysis loads aside from the garbage collector once."""

from __future__ import annotations

import gc
import json
import subprocess
import sys

from reader.core.analysis.analyser import (
    STARTS_AFTER,
    _parsed_sentences,
    _syntax,
    analyse,
    paragraph_spans,
)
from reader.core.analysis.pipeline import YOUNG_COLLECTION, load_pipeline
from reader.core.analysis.readings import DocView
from tests.corpus import corpus_file

EXCERPT = 6_000  # characters: dialogue, datelines, quotation marks


def _docs(name: str) -> list:  # type: ignore[type-arg]
    text = corpus_file(name).read_text(encoding="utf-8")[:EXCERPT]
    return list(load_pipeline().pipe(text[start:end] for start, end in paragraph_spans(text)))


def test_the_sentences_from_the_array_are_the_parsers() -> None:
    for name in ("novel_maupassant_bel_ami.txt", "news/44046.txt"):
        for doc in _docs(name):
            expected = [[token.i for token in sentence] for sentence in doc.sents]
            assert [[t.i for t in s] for s in _parsed_sentences(doc)] == expected
            starts = DocView(doc, STARTS_AFTER).starts  # the one array the analysis reads
            assert [[t.i for t in s] for s in _parsed_sentences(doc, starts)] == expected


def test_heads_and_relations_from_the_arrays_are_the_tokens() -> None:
    for doc in _docs("novel_daudet_petit_chose.txt"):
        kept = [token.i for token in doc if not token.is_space]
        positions = {i: 100 + n for n, i in enumerate(kept)}  # global indices, as in add()
        expected = [(positions[doc[i].head.i], doc[i].dep_) for i in kept]
        assert _syntax(doc, positions) == expected
        assert _syntax(doc, positions, DocView(doc, STARTS_AFTER)) == expected


# Run in a process of its own, as the worker: setting the heap aside in the test process (with
# the Qt tests' windows in it) made Qt crash later, which is why the window never does it.
SET_ASIDE = """
import gc, json, sys
from reader.core.analysis import analyse, load_pipeline
from reader.core.lookup.gloss import gloss_data
from reader.worker.jobs import settle_after_first_analysis
text = open(sys.argv[1], encoding="utf-8").read()
load_pipeline()
settle_after_first_analysis()  # no analysis yet: nothing more set aside
before = gc.get_freeze_count()  # the model's objects only, set aside when it loaded
young = gc.get_threshold()[0]
first = analyse(text)
settle_after_first_analysis()
settled = gc.get_freeze_count()
thresholds = [young, gc.get_threshold()[0]]
again = analyse(text)
settle_after_first_analysis()
same = again == first and gloss_data(again, None) == gloss_data(first, None)
print(json.dumps([before, settled, gc.get_freeze_count(), same, thresholds]))
"""


def test_the_worker_sets_the_loaded_data_aside_once_and_analyses_stay_the_same() -> None:
    path = corpus_file("news/44231.txt")
    command = [sys.executable, "-c", SET_ASIDE, str(path)]
    out = subprocess.run(command, capture_output=True, text=True, check=True, timeout=600)
    before, settled, after, same, thresholds = json.loads(out.stdout.strip().splitlines()[-1])
    assert settled > before + 10_000  # what the first analysis loaded: lexicon, matcher, ...
    assert after <= settled  # once per process (objects set aside can still be freed)
    assert same
    assert thresholds == [gc.get_threshold()[0], YOUNG_COLLECTION]  # raised when settled only


def test_the_governed_expressions_around_a_token_hold_every_one_it_is_a_word_of() -> None:
    # gloss reads a du's governed verb (parler du film) from these, not from a scan of all.
    text = "Il parle du film. Nous avons discuté du projet, puis il boit du vin. " * 3
    analysis = analyse(text)
    governed = [e for e in analysis.expressions if e.source == "governed"]
    assert governed
    for token in analysis.tokens:
        around = analysis.governed_around(token)
        assert [e for e in governed if token.index in e.tokens] == [
            e for e in around if token.index in e.tokens
        ]
