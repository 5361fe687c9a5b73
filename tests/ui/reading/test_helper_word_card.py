"""A helper word of a verb group in the window: a click on allons in «allons voir» shows aller
and "are going to" first, the group's note and voir's senses; the form to save offers voir's
sense, saving stores voir (the group the text colours), the conjugation is aller's, and the
card keeps its function first once saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.core.lookup.card import GROUP_ORIGIN, Glosser
from reader.core.models import TranslationSource
from reader.core.store import Database
from reader.ui.main_window import MainWindow, with_saved
from tests.core.analysed import analysed, token
from tests.ui.helpers import click_text, offset_of, open_and_wait

TEXT = "Nous allons voir ce film demain soir.\nElle avait mangé toute la tarte.\n"
TIMEOUT_MS = 20_000


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "soir.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def card_of(window: MainWindow, lemma: str) -> bool:
    info = window.word_panel.info
    return info is not None and info.lemma == lemma


def test_a_click_on_aller_shows_it_and_saving_keeps_the_group(
    qtbot: QtBot, window: MainWindow, article: Path, data_dir: Path
) -> None:
    open_and_wait(qtbot, window, article)
    view, panel = window.reading_view, window.word_panel
    click_text(qtbot, view, offset_of(view, "allons") + 1)
    qtbot.waitUntil(lambda: card_of(window, "aller"), timeout=TIMEOUT_MS)
    assert (panel.form_label.text(), panel.headword_label.text()) == ("allons voir", "aller")
    assert panel.headword_label.isVisible()
    shown = panel.translations_label.text()
    assert "are going to" in shown and shown.index("are going to") < shown.index("see")
    assert "futur proche" in panel.grammar_label.text()
    assert panel.translation_edit.text() == "see"  # what saving stores: voir's sense
    # Its conjugation is aller's, with the clicked form marked.
    tools = panel.tools
    qtbot.mouseClick(tools.conjugation_button, Qt.MouseButton.LeftButton)
    table = tools.conjugation
    qtbot.waitUntil(lambda: table.table is not None, timeout=TIMEOUT_MS)
    assert table.table is not None and table.table.infinitive == "aller"
    assert table.marked_texts() == ["nous allons"]
    qtbot.mouseClick(tools.conjugation_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.glossary.rowCount() == 1, timeout=10_000)
    entry = window.glossary.entry(0)
    assert (entry.lemma, entry.word, entry.translation) == ("voir", "allons voir", "see")
    with Database.open_in(data_dir) as store:
        assert store.glossary.find_by_lemma("aller") is None

    # Clicked again once saved: still aller's function first, then the learner's "see".
    click_text(qtbot, view, offset_of(view, "avait") + 1)
    qtbot.waitUntil(lambda: card_of(window, "avoir"), timeout=TIMEOUT_MS)
    assert panel.translations_label.text().find("had") >= 0
    click_text(qtbot, view, offset_of(view, "allons") + 1)
    qtbot.waitUntil(lambda: card_of(window, "aller"), timeout=TIMEOUT_MS)
    info = panel.info
    assert info is not None and info.saved is not None
    assert info.translations[0].senses[0] == "are going to"
    assert info.translations[1].senses == ("see",)
    assert "In your glossary" in panel.saved_label.text()


def test_a_saved_sense_equal_to_the_function_keeps_the_function_first(tmp_path: Path) -> None:
    """j'ai eu: the learner saved avoir as "have", which is also ai's function there; the
    card still leads with the function, then the learner's entry, then the dictionaries'."""
    analysis = analysed("J'ai eu un chien.")
    with Database(tmp_path / "glossary.sqlite3") as store:
        glosser = Glosser(store)
        info = glosser.explain(analysis, token(analysis, "ai").index)
        assert info.group_lemma == "avoir"
        entry = store.glossary.save(glosser.draft(info, translation="have"))
    shown = with_saved(info, entry).translations
    assert (shown[0].origin, shown[0].senses) == (GROUP_ORIGIN, ("have",))
    assert (shown[1].source, shown[1].senses) == (TranslationSource.GLOSSARY, ("have",))
    assert "have" not in shown[2].senses  # the saved sense shows once under the verb
