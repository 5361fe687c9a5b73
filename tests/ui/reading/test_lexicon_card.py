"""The word card with the bundled lexicon: ranked senses, pivot senses marked, the noun's
article, IPA, a fixed phrase's half, and the first sense prefilled as "Your translation"."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.helpers import click_text, offset_of, open_and_wait

TEXT = "La hausse des prix renforce la honte du génie. Il travaille afin de réussir.\n"
TIMEOUT_MS = 20_000


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "hausse.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def click_word(qtbot: QtBot, window: MainWindow, word: str) -> str:
    """Click the word, wait for its card, and return the card's translations as shown."""
    view = window.reading_view
    click_text(qtbot, view, offset_of(view, word) + 1)
    qtbot.waitUntil(
        lambda: window.word_panel.info is not None and window.word_panel.info.token.text == word,
        timeout=TIMEOUT_MS,
    )
    return window.word_panel.translations_label.text()


def test_the_card_shows_ranked_senses_article_and_ipa(
    qtbot: QtBot, window: MainWindow, article: Path
) -> None:
    open_and_wait(qtbot, window, article)
    card = click_word(qtbot, window, "hausse")
    assert window.word_panel.headword_label.text() == "la hausse"
    assert "/os/" in card and "French–English lexicon" in card and "increase" in card
    # hausse des prix: the sense of hausse de (governed.tsv) comes first.
    assert window.word_panel.translation_edit.text().startswith("rise in")

    click_word(qtbot, window, "génie")
    assert window.word_panel.headword_label.text() == "le génie"
    assert window.word_panel.translation_edit.text().startswith("genius")


def test_senses_only_other_languages_give_are_marked(
    qtbot: QtBot, window: MainWindow, article: Path
) -> None:
    open_and_wait(qtbot, window, article)
    card = click_word(qtbot, window, "renforce")
    assert "via other languages" in card and "fortify" in card
    direct = card.split("via other languages")[0]
    assert "reinforce" in direct and "fortify" not in direct.split("French–English")[0]
    assert window.word_panel.translation_edit.text().startswith(("reinforce", "strengthen"))


def test_half_of_a_fixed_phrase_shows_the_phrase(
    qtbot: QtBot, window: MainWindow, article: Path
) -> None:
    open_and_wait(qtbot, window, article)
    card = click_word(qtbot, window, "afin")
    assert window.word_panel.form_label.text() == "afin de"  # the unit a click selects
    assert "afin de" in card and "in order to" in card
    assert window.word_panel.translation_edit.text().startswith("in order to")
