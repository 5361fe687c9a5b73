"""scripts/untranslated_report.py: each content token's card as the window builds it, counted
when it has no translation or shows another part of speech's senses."""

from __future__ import annotations

from types import ModuleType

import pytest

from reader.core.dictionaries.lexicon.lexicon import bundled_lexicon
from reader.core.lookup.card import Glosser
from tests.core.analysed import analysed, token
from tests.scripts.loading import load_script


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("untranslated_report")


def kind(script: ModuleType, sentence: str, word: str) -> str:
    analysis = analysed(sentence)
    clicked = token(analysis, word)
    info = Glosser(None).explain(analysis, clicked.index)
    return str(script.judge(bundled_lexicon(), analysis, clicked, info))


def test_a_word_no_dictionary_knows_has_no_translation(script: ModuleType) -> None:
    assert kind(script, "Le zorglubeur regardait la mer.", "zorglubeur") == "no translation"


def test_a_word_with_its_own_senses_is_not_counted(script: ModuleType) -> None:
    assert kind(script, "Le choeur chantait dans la maison.", "maison") == ""
    assert kind(script, "Le choeur chantait dans la maison.", "choeur") == ""


def test_a_news_article_is_surveyed_and_reported(
    script: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    assert script.main(["--files", "news/43971", "--top", "5"]) == 0
    out = capsys.readouterr().out
    tokens = int(out.split("content tokens: ")[1].split()[0])
    assert tokens > 100  # the article's nouns, verbs, adjectives and adverbs
    for name in script.KINDS:
        assert f"\n{name}: " in out and f"## {name}," in out


def test_no_matching_file_is_a_clear_error(
    script: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    assert script.main(["--files", "no-such-text"]) == 1
    assert "No corpus file matches" in capsys.readouterr().err
