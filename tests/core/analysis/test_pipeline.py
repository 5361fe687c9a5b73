"""The fast-loading pipeline behaves like spaCy's own, and the core needs no Qt."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys

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
