"""The sentences a glossary word was met in, each with a link back to its article."""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from reader.core.models import Context, GlossaryEntry
from reader.ui.common.labels import status_label
from reader.ui.common.naming import named
from reader.ui.common.theme import themed

LINK_SCHEME = "context"


class ContextsDialog(QDialog):
    """Lists an entry's context sentences; a link opens the article at that sentence."""

    open_requested = Signal(object)  # Context

    def __init__(self, entry: GlossaryEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contextsDialog")
        self.setWindowTitle(self.tr("Where you met “%s”") % entry.lemma)
        self.resize(640, 440)
        self.contexts = entry.contexts
        heading = named(QLabel(), "contextsHeading")
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setText(
            f"<span style='font-size:15pt'>{html.escape(entry.lemma)}</span>"
            f"&nbsp;&nbsp;{html.escape(entry.translation or '')}"
            f"<br><span style='color:{themed('#7a7568')}'>{html.escape(status_label(entry.status))}"
            f" · {html.escape(self._count(len(entry.contexts)))}</span>"
        )
        self.browser = named(QTextBrowser(), "contextsBrowser")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self._html())
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def _count(self, sentences: int) -> str:
        if sentences == 1:
            return self.tr("1 sentence")
        return self.tr("%d sentences") % sentences

    def _html(self) -> str:
        blocks = [self._block(i, context) for i, context in enumerate(self.contexts)]
        return "".join(blocks) or f"<p>{html.escape(self.tr('No sentences saved.'))}</p>"

    def _block(self, index: int, context: Context) -> str:
        source = context.source_title or Path(context.source_path).name or self.tr("pasted text")
        link = ""
        if _exists(context.source_path):
            label = html.escape(self.tr("Open in article"))
            accent = themed("#2f5d8c")
            link = f" · <a style='color:{accent}' href='{LINK_SCHEME}:{index}'>{label}</a>"
        muted = themed("#7a7568")
        return (
            f"<p style='margin-bottom:4px'>{_highlight(context)}</p>"
            f"<p style='margin-top:0; margin-bottom:16px; color:{muted}; font-size:small'>"
            f"{html.escape(source)} · {html.escape(context.created[:10])}{link}</p>"
        )

    def open_context(self, index: int) -> None:
        self.open_requested.emit(self.contexts[index])
        self.accept()

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME and url.path().isdigit():
            self.open_context(int(url.path()))


def _highlight(context: Context) -> str:
    """The sentence with the word in bold (its first occurrence)."""
    sentence = re.sub(r"\s+", " ", context.sentence).strip()
    start = sentence.find(context.word) if context.word else -1
    if start < 0:
        return html.escape(sentence)
    end = start + len(context.word)
    return (
        f"{html.escape(sentence[:start])}<b style='color:{themed('#1d4f91')}'>"
        f"{html.escape(sentence[start:end])}</b>{html.escape(sentence[end:])}"
    )


def _exists(path: str) -> bool:
    return bool(path) and Path(path).is_file()
