"""Offline translation in the window: models installed, downloaded and removed through the
dialog, the card's sentence and word machine translations, Translate Paragraph, and imported
dictionaries in the learner's order. A tiny real Argos model; the network is never touched."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from reader.core.translation.download import NO_NETWORK
from reader.core.translation.install import install_model
from reader.ui.main_window import MainWindow
from reader.ui.translation.dictionaries_dialog import DictionariesDialog
from reader.ui.translation.models_dialog import ModelsDialog
from tests.argos_fixture import ANSWER, Network, build_package, pack
from tests.paths import DATA as TEST_DATA
from tests.ui.helpers import click_text, offset_of, open_and_wait

# Argos reads its folders at its first import: never the real home folders in tests.
pytestmark = pytest.mark.usefixtures("argos_environment")


DATA = TEST_DATA / "dictionaries"
TEXT = "Le chat dort sur le canapé. Le zorglub mange.\n\nLa ville est grande. Il fait beau.\n"
TIMEOUT_MS = 20_000
MODEL = "translate-fr_en-tiny"
BUNDLED = "French–English lexicon"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "chat.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture
def installed(data_dir: Path, tiny_model: Path) -> Path:
    """The tiny model, installed before the window opens."""
    install_model(data_dir, tiny_model)
    return data_dir


@pytest.fixture(autouse=True)
def no_index_override(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("ARGOS_PACKAGE_INDEX", raising=False)
    yield


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))


def answer_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def click_word(qtbot: QtBot, window: MainWindow, word: str) -> None:
    view = window.reading_view
    click_text(qtbot, view, offset_of(view, word) + 1)
    qtbot.waitUntil(lambda: window.word_panel.info is not None)
    info = window.word_panel.info
    assert info is not None and info.form.lower() == word.lower()


def models_dialog(qtbot: QtBot, window: MainWindow) -> ModelsDialog:
    dialog = window.translation.show_models()
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=TIMEOUT_MS)
    return dialog


def card_translations(window: MainWindow) -> str:
    return window.word_panel.translations_label.text()


# --- models ---------------------------------------------------------------------------------------


def test_install_model_from_the_dialog_then_the_card_translates_the_sentence(
    qtbot: QtBot,
    window: MainWindow,
    article: Path,
    tiny_model: Path,
    no_network: Network,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_and_wait(qtbot, window, article)
    click_word(qtbot, window, "chat")
    view = window.word_panel.sentence_translation
    assert view.text == ""
    assert "no translation model is installed" in view.note  # a hint, no translation

    dialog = models_dialog(qtbot, window)
    assert dialog.model_names == []
    choose_file(monkeypatch, tiny_model)
    qtbot.mouseClick(dialog.install_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model_names == [MODEL], timeout=TIMEOUT_MS)
    assert "Installed" in dialog.message_label.text()
    assert dialog.table.item(0, 2).text() == "1.0"  # version; size in the next column
    assert dialog.table.item(0, 3).text().endswith(("KB", "MB"))

    # The card asks again for the sentence shown, now that a model is there.
    qtbot.waitUntil(lambda: view.text == ANSWER, timeout=TIMEOUT_MS)
    assert "machine translation" in view.note
    assert "Argos French → English 1.0" in view.note

    click_word(qtbot, window, "ville")
    assert view.sentence.startswith("La ville")
    assert view.text == ""  # "Translating…" until the worker answers: the click never waits
    assert view.text_label.text() == "Translating…"
    qtbot.waitUntil(lambda: view.text == ANSWER, timeout=TIMEOUT_MS)


def test_remove_model_after_confirming(
    qtbot: QtBot,
    installed: Path,
    window: MainWindow,
    article: Path,
    no_network: Network,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_and_wait(qtbot, window, article)
    click_word(qtbot, window, "chat")
    view = window.word_panel.sentence_translation
    qtbot.waitUntil(lambda: view.text == ANSWER, timeout=TIMEOUT_MS)

    dialog = models_dialog(qtbot, window)
    assert dialog.model_names == [MODEL]
    answer_yes(monkeypatch)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model_names == [], timeout=TIMEOUT_MS)
    assert not (installed / "translation-models" / MODEL).exists()
    qtbot.waitUntil(lambda: window.translation.model is None, timeout=TIMEOUT_MS)
    assert view.text == ""
    assert "no translation model is installed" in view.note


def test_download_without_network_says_what_to_do(
    qtbot: QtBot, window: MainWindow, offline: Network
) -> None:
    dialog = models_dialog(qtbot, window)
    qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running, timeout=TIMEOUT_MS)
    message = dialog.message_label.text()
    assert message == NO_NETWORK
    assert message.startswith("no network: download the model on another computer")
    assert "File ▸ Install translation model…" in message
    assert dialog.message_label.property("error") is True
    assert dialog.model_names == []
    assert offline.attempts, "the download tried the (blocked) network"
    assert dialog.download_button.isEnabled()


def test_download_from_an_index_with_progress_installs_the_model(
    qtbot: QtBot,
    window: MainWindow,
    tiny_model: Path,
    tmp_path: Path,
    no_network: Network,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file:// index: the real download path, without the network."""
    index = tmp_path / "index.json"
    entry = {
        "type": "translate",
        "from_code": "fr",
        "to_code": "en",
        "package_version": "1.0",
        "argos_version": "1.9",
        "links": [tiny_model.as_uri()],
    }
    index.write_text(json.dumps([entry]), encoding="utf-8")
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", index.as_uri())
    dialog = models_dialog(qtbot, window)
    qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model_names == [MODEL], timeout=TIMEOUT_MS)
    assert not [p for p in os.listdir(window.data_dir / "translation-models") if "download" in p]
    qtbot.waitUntil(lambda: window.translation.model is not None, timeout=TIMEOUT_MS)


def test_a_broken_model_file_says_why_and_installs_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.argosmodel"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    window.translation.install_model_file()  # File ▸ Install Translation Model…
    dialog = window.translation.show_models()
    qtbot.waitUntil(lambda: dialog.message_label.property("error") is True, timeout=TIMEOUT_MS)
    assert "not a valid Argos model" in dialog.message_label.text()
    assert dialog.model_names == []


# --- the card: machine word translations, paragraphs ---------------------------------------------


def test_a_word_no_dictionary_knows_gets_the_models_translation(
    qtbot: QtBot, installed: Path, window: MainWindow, article: Path, no_network: Network
) -> None:
    open_and_wait(qtbot, window, article)
    click_word(qtbot, window, "zorglub")
    qtbot.waitUntil(lambda: "machine translation" in card_translations(window), timeout=TIMEOUT_MS)
    info = window.word_panel.info
    assert info is not None
    machine = [t for t in info.translations if t.source.value == "machine"]
    assert machine and machine[0].senses[0] == ANSWER.rstrip(".")
    assert "Argos French → English 1.0" in card_translations(window)

    click_word(qtbot, window, "chat")  # the dictionary knows it: no machine translation
    assert "machine translation" not in card_translations(window)


def test_translate_paragraph_shows_the_machine_translation(
    qtbot: QtBot, installed: Path, window: MainWindow, article: Path, no_network: Network
) -> None:
    open_and_wait(qtbot, window, article)
    click_word(qtbot, window, "ville")
    qtbot.keyClick(window.reading_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = window.translation.paragraph_dialog()
    assert dialog.isVisible()
    assert dialog.french.toPlainText() == "La ville est grande. Il fait beau."
    qtbot.waitUntil(lambda: dialog.translation == f"{ANSWER} {ANSWER}", timeout=TIMEOUT_MS)
    assert "machine translation · Argos French → English 1.0" in dialog.note_label.text()
    assert not dialog.is_running


def test_translate_paragraph_can_stop(
    qtbot: QtBot, installed: Path, window: MainWindow, article: Path, no_network: Network
) -> None:
    open_and_wait(qtbot, window, article)
    click_word(qtbot, window, "chat")
    window.translation.translate_paragraph()
    dialog = window.translation.paragraph_dialog()
    assert dialog.is_running and dialog.stop_button.isVisible()
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_running
    assert dialog.translation == ""
    assert "Stopped" in dialog.english.placeholderText()


def test_the_card_leads_with_the_sense_the_sentences_translation_uses(
    qtbot: QtBot,
    data_dir: Path,
    window: MainWindow,
    tmp_path: Path,
    no_network: Network,
) -> None:
    """temps is time first; in a sentence the model translates with "weather", weather."""
    folder = build_package(tmp_path / "weather", answer="The weather is nice today.")
    install_model(data_dir, pack(folder, tmp_path / "translate-fr_en-tiny.argosmodel"))
    path = tmp_path / "temps.txt"
    path.write_text("Le temps est beau aujourd'hui.\n", encoding="utf-8")
    window.translation.check_model()
    qtbot.waitUntil(lambda: window.translation.model is not None, timeout=TIMEOUT_MS)
    open_and_wait(qtbot, window, path)
    click_word(qtbot, window, "temps")
    panel = window.word_panel
    qtbot.waitUntil(
        lambda: panel.sentence_translation.text == "The weather is nice today.",
        timeout=TIMEOUT_MS,
    )
    qtbot.waitUntil(lambda: panel.translation_edit.text().startswith("weather"), timeout=5_000)
    info = panel.info
    assert info is not None and info.translations[0].senses[:2] == ("weather", "time")

    # A word none of whose senses the translation uses keeps the dictionary's order.
    click_word(qtbot, window, "beau")
    info = panel.info
    assert info is not None and info.translations[0].senses[0] == "beautiful"


# --- dictionaries ---------------------------------------------------------------------------------


def dictionaries_dialog(qtbot: QtBot, window: MainWindow) -> DictionariesDialog:
    dialog = window.translation.show_dictionaries()
    qtbot.waitUntil(lambda: dialog.names != [], timeout=TIMEOUT_MS)
    return dialog


def first_origin(window: MainWindow) -> str:
    info = window.word_panel.info
    assert info is not None and info.translations
    return info.translations[0].origin


def test_imported_dictionary_comes_first_in_the_order_the_learner_chooses(
    qtbot: QtBot,
    window: MainWindow,
    article: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_and_wait(qtbot, window, article)
    click_word(qtbot, window, "chat")
    assert first_origin(window) == BUNDLED

    words = tmp_path / "Mes mots.csv"
    words.write_text("word,translation\nchat,moggy; puss\n", encoding="utf-8")
    dialog = dictionaries_dialog(qtbot, window)
    assert dialog.names == [BUNDLED]
    choose_file(monkeypatch, words)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.names == ["Mes mots", BUNDLED], timeout=TIMEOUT_MS)
    assert "Imported «Mes mots»: 1 entries." in dialog.message_label.text()
    assert dialog.table.item(0, 2).text() == "1"
    qtbot.waitUntil(lambda: first_origin(window) == "Mes mots", timeout=TIMEOUT_MS)
    assert "moggy; puss" in card_translations(window)

    dialog.select("Mes mots")
    qtbot.mouseClick(dialog.down_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.names == [BUNDLED, "Mes mots"], timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: first_origin(window) == BUNDLED, timeout=TIMEOUT_MS)

    assert dialog.selected_name() == "Mes mots"
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.names == ["Mes mots", BUNDLED], timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: first_origin(window) == "Mes mots", timeout=TIMEOUT_MS)

    bundled = dialog.table.item(1, 0)
    bundled.setCheckState(Qt.CheckState.Unchecked)  # untick: left out of the card
    qtbot.waitUntil(lambda: not dialog.rows[1].entry.enabled, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: BUNDLED not in card_translations(window), timeout=TIMEOUT_MS)

    answer_yes(monkeypatch)
    dialog.select("Mes mots")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.names == [BUNDLED], timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: "Mes mots" not in card_translations(window), timeout=TIMEOUT_MS)


def test_imported_ipa_and_dictionary_name_are_on_the_card(
    qtbot: QtBot, window: MainWindow, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_and_wait(qtbot, window, article)
    dialog = dictionaries_dialog(qtbot, window)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("kaikki"))
    qtbot.keyClicks(dialog.name_edit, "Wiktionary")
    choose_file(monkeypatch, DATA / "kaikki-french.jsonl")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.names[0] == "Wiktionary", timeout=TIMEOUT_MS)
    click_word(qtbot, window, "chat")
    qtbot.waitUntil(lambda: first_origin(window) == "Wiktionary", timeout=TIMEOUT_MS)
    text = card_translations(window)
    assert "dictionary · Wiktionary · /ʃa/" in text
    assert f"dictionary · {BUNDLED}" in text


def test_a_broken_dictionary_says_why_and_adds_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = dictionaries_dialog(qtbot, window)
    choose_file(monkeypatch, DATA / "kaikki-no-french.jsonl")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message_label.property("error") is True, timeout=TIMEOUT_MS)
    assert "no French entries" in dialog.message_label.text()
    assert dialog.names == [BUNDLED]
    assert dialog.import_button.isEnabled()
