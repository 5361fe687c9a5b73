"""Offline translation in the window: the card's sentence translation, the model's translation
of words no dictionary knows, Translate Paragraph, and the models and dictionaries dialogs.

Argos runs in the worker process only; a click never waits for it. The card shows the
dictionaries' answers at once and the machine translations when they arrive.
"""

from __future__ import annotations

import html
import logging
from collections import OrderedDict
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from reader.core.grammar import GRAMMAR_WORDS_ORIGIN
from reader.core.models import Analysis, Token, Translation, TranslationSource, WordInfo
from reader.ui.common.context import WindowContext
from reader.ui.common.file_dialogs import FileKind, choose_file
from reader.ui.common.naming import named
from reader.ui.common.tasks import TaskError
from reader.ui.reading.reading_view import ReadingView
from reader.ui.reading.sentence_translation import SentenceTranslationView
from reader.ui.reading.word_panel import WordPanel
from reader.worker import jobs

if TYPE_CHECKING:
    from reader.core.translation import InstalledModel, MachineTranslation
    from reader.ui.translation.dictionaries_dialog import DictionariesDialog
    from reader.ui.translation.models_dialog import ModelsDialog
    from reader.ui.translation.paragraph_dialog import ParagraphDialog

log = logging.getLogger(__name__)
CONTENT_POS = frozenset({"NOUN", "VERB", "AUX", "ADJ", "ADV"})  # as lookup.card.CONTENT_POS
MAX_WORDS = 2_000  # machine word translations kept for the card

WordKey = tuple[str, str]  # lemma, form in lower case: what the Glosser asks the model


def french_model(root: Path) -> InstalledModel | None:
    """The French → English model translation would use, or None."""
    # Not at start-up: the window may never need it.
    from reader.core.translation import TranslationModelError, find_model

    try:
        return find_model(root)
    except TranslationModelError as error:
        log.info("no translation model: %s", error)
        return None


def word_key(analysis: Analysis, token: Token) -> tuple[str, str, str]:
    """lemma, form, pos as the Glosser looks a token up (a verb group: its main verb)."""
    group = analysis.group_of(token)
    if group is None:
        return token.lemma, token.text, token.pos
    head = analysis.tokens[group.head]
    return group.lemma, head.text, head.pos


def needs_machine(translations: tuple[Translation, ...], pos: str) -> bool:
    """The Glosser asks the model when no dictionary knows a content word."""
    from_dictionaries = [
        t
        for t in translations
        if t.source is TranslationSource.DICTIONARY and t.origin != GRAMMAR_WORDS_ORIGIN
    ]
    return pos in CONTENT_POS and not from_dictionaries


def with_machine(info: WordInfo, machine: Translation) -> WordInfo:
    """The model's translation where the Glosser puts it: after dictionaries, before cognates."""
    translations = list(info.translations)
    place = next(
        (i for i, t in enumerate(translations) if t.source is TranslationSource.COGNATE),
        len(translations),
    )
    translations.insert(place, machine)
    return replace(info, translations=tuple(translations))


def _normalised(text: str) -> str:
    return " ".join(text.split())


def paragraph_at(text: str, offset: int) -> str:
    """The line (paragraph) of the text holding offset."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else len(text)].strip()


class OfflineTranslation(QObject):
    """The translation parts of the window (menus call its public methods)."""

    models_changed = Signal()
    card_changed = Signal()  # the card's word gained or lost a machine translation
    dictionaries_changed = Signal()  # the learner imported, reordered or removed one

    def __init__(self, context: WindowContext, view: ReadingView, panel: WordPanel) -> None:
        super().__init__(context.window())
        self.context = context
        self.view = view
        self.panel = panel
        self.runner = context.runner
        self.data_dir = context.data_dir
        self.model: InstalledModel | None = None
        self._words: OrderedDict[WordKey, Translation | None] = OrderedDict()
        # The card's sentences the model translated: they choose the senses cards lead with.
        self._sentences: OrderedDict[str, str] = OrderedDict()
        self._asking: WordKey | None = None
        self._models_dialog: ModelsDialog | None = None
        self._dictionaries_dialog: DictionariesDialog | None = None
        self._paragraph_dialog: ParagraphDialog | None = None
        sentence = self.sentence_view
        sentence.requested.connect(self._on_sentence_view_requested)
        sentence.install_requested.connect(self.show_model_help)
        self.check_model()

    @property
    def sentence_view(self) -> SentenceTranslationView:
        return self.panel.sentence_translation

    # -- the model -----------------------------------------------------------------------------

    def check_model(self) -> None:
        """Find out (on the I/O thread) whether a French → English model is installed."""
        root = self.data_dir
        self.runner.run(
            lambda: french_model(root), key="translation-model", on_done=self._on_model_checked
        )

    def _on_model_checked(self, model: InstalledModel | None) -> None:
        changed = model != self.model
        self.model = model
        if changed:
            self._words.clear()
        self.sentence_view.set_available(model is not None)
        if changed:
            self.card_changed.emit()  # the word's machine translation comes or goes with it
            self.models_changed.emit()

    # -- the word card -------------------------------------------------------------------------

    def complete(self, analysis: Analysis, info: WordInfo) -> WordInfo:
        """The card's word with the sense its sentence's machine translation uses first, and
        the model's translation when no dictionary knows it: at once if the model already
        answered, else asked for in the background."""
        if self.model is None:
            return info
        english = self._sentences.get(_normalised(info.sentence))
        if english:
            # Not at start-up: it brings the phrase lists.
            from reader.core.lookup import prefer_translated

            # an expression's meaning, or a helper word's function (are going to), leads
            first_only = info.expression is not None or bool(info.group_lemma)
            ranked = prefer_translated(info.translations, english, first_only=first_only)
            info = replace(info, translations=ranked)
        lemma, form, pos = word_key(analysis, info.token)
        if not needs_machine(info.translations, pos):
            return info
        key = (lemma, form.lower())
        if key not in self._words:
            if key != self._asking:
                self._ask_machine(key, info.token.index)
            return info
        machine = self._words[key]
        return info if machine is None else with_machine(info, machine)

    def _ask_machine(self, key: WordKey, token_index: int) -> None:
        lemma, form = key
        self._asking = key
        self.runner.run_in_worker(
            jobs.machine_word,
            self.data_dir,
            lemma,
            form,
            key="machine-word",
            on_done=lambda machine: self._on_machine_word(key, token_index, machine),
            on_failed=self._on_machine_word_failed,
        )

    def _on_machine_word(self, key: WordKey, token_index: int, machine: Translation | None) -> None:
        self._asking = None
        self._words[key] = machine
        while len(self._words) > MAX_WORDS:
            self._words.popitem(last=False)
        info = self.panel.info
        if machine is not None and info is not None and info.token.index == token_index:
            self.card_changed.emit()

    def _on_machine_word_failed(self, error: TaskError) -> None:
        self._asking = None
        log.warning("machine translation of a word failed: %s", error.message)

    def _on_sentence_view_requested(self, sentence: str) -> None:
        self.runner.run_in_worker(
            jobs.translate_sentence,
            self.data_dir,
            sentence,
            key="card-sentence",
            on_done=self._on_sentence_translated,
            on_failed=lambda error: self.sentence_view.show_failure(sentence, error.message),
        )

    def _on_sentence_translated(self, result: MachineTranslation | None) -> None:
        if result is None:
            self.sentence_view.show_missing()
            self.check_model()
            return
        self.sentence_view.show_translation(result)
        self._sentences[_normalised(result.text)] = result.translation
        while len(self._sentences) > MAX_WORDS:
            self._sentences.popitem(last=False)
        info = self.panel.info
        if info is not None and _normalised(info.sentence) == _normalised(result.text):
            self.card_changed.emit()  # the card leads with the sense the translation uses

    # -- paragraphs ----------------------------------------------------------------------------

    def translate_paragraph(self) -> None:
        """Translate the paragraph of the word on the card, in a dialog."""
        analysis = self.view.analysis
        info = self.panel.info
        if self.model is None:  # never an empty box: say what is missing and how to get it
            self.show_model_help()
            return
        if analysis is None or info is None:
            self.context.set_status(self.tr("Click a word of the paragraph to translate first."))
            return
        text = paragraph_at(analysis.text, info.token.start)
        dialog = self.paragraph_dialog()
        dialog.show()
        dialog.raise_()
        dialog.translate(text)

    def paragraph_dialog(self) -> ParagraphDialog:
        if self._paragraph_dialog is None:
            # Here, not at start-up: the dialogs are built on first use (issue 14).
            from reader.ui.translation.paragraph_dialog import ParagraphDialog

            self._paragraph_dialog = ParagraphDialog(
                self.runner, self.data_dir, self.context.window()
            )
            self._paragraph_dialog.install_requested.connect(self.show_model_help)
        return self._paragraph_dialog

    @property
    def is_available(self) -> bool:
        """Whether a French → English model is installed (actions that need one say so)."""
        return self.model is not None

    def show_model_help(self) -> QMessageBox:
        """How to get the model on a computer that never goes online, step by step, with the
        buttons that install it."""
        # Not at start-up: the window may never need it.
        from reader.core.translation import MODEL_STEPS

        box = named(QMessageBox(self.context.window()), "modelHelp")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Offline translation"))
        if self.model is None:
            box.setText(self.tr("No translation model is installed yet."))
        else:
            box.setText(self.tr("Translation model installed: %s.") % self.model.name)
        steps = "".join(f"<li>{html.escape(step)}</li>" for step in MODEL_STEPS)
        box.setInformativeText(f"<ol>{steps}</ol>")
        install = box.addButton(self.tr("Install from File…"), QMessageBox.ButtonRole.ActionRole)
        models = box.addButton(self.tr("Models…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        install.clicked.connect(self.install_model_file)
        models.clicked.connect(self.show_models)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.model_help = box
        box.open()
        return box

    # -- dialogs -------------------------------------------------------------------------------

    def show_models(self) -> ModelsDialog:
        if self._models_dialog is None:
            # Here, not at start-up: the dialogs are built on first use (issue 14).
            from reader.ui.translation.models_dialog import ModelsDialog

            self._models_dialog = ModelsDialog(
                self.runner, self.data_dir, self.context.settings, self.context.window()
            )
            self._models_dialog.models_changed.connect(self.check_model)
        else:
            self._models_dialog.refresh()
        self._models_dialog.show()
        self._models_dialog.raise_()
        self._models_dialog.activateWindow()
        return self._models_dialog

    def install_model_file(self) -> None:
        """File ▸ Install Translation Model…: choose a .argosmodel, install it in the dialog."""
        # Here, not at start-up: the dialogs are built on first use (issue 14).
        from reader.ui.translation.models_dialog import MODEL_FILTER

        context = self.context
        title = self.tr("Install a translation model")
        path = choose_file(
            context.window(), context.settings, FileKind.MODELS, title, self.tr(MODEL_FILTER)
        )
        if path is not None:
            self.show_models().install_file(path)

    def show_dictionaries(self) -> DictionariesDialog:
        if self._dictionaries_dialog is None:
            # Here, not at start-up: the dialogs are built on first use (issue 14).
            from reader.ui.translation.dictionaries_dialog import DictionariesDialog

            dialog = DictionariesDialog(
                self.runner, self.data_dir, self.context.settings, self.context.window()
            )
            dialog.dictionaries_changed.connect(self.dictionaries_changed)
            self._dictionaries_dialog = dialog
        else:
            self._dictionaries_dialog.refresh()
        self._dictionaries_dialog.show()
        self._dictionaries_dialog.raise_()
        self._dictionaries_dialog.activateWindow()
        return self._dictionaries_dialog
