"""Settings ▸ Speech: which French voice and how fast, with a button to try them. The voices
are listed off the GUI thread (it runs the engine); with none, the dialog says how to add one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from reader.core.speech import DEFAULT_RATE, MAX_RATE, MIN_RATE, SpeechSettings, install_hint
from reader.ui.common.naming import named
from reader.ui.common.settings import Settings
from reader.ui.common.tasks import TaskError, TaskRunner
from reader.ui.speech.player import SpeechPlayer

if TYPE_CHECKING:
    from reader.core.speech import Voice

SAMPLE = "Bonjour ! Aujourd’hui, je lis un article en français."


def list_voices(search_path: str | None) -> list[Voice]:
    # Not at start-up: the window may never need it.
    from reader.core.speech import french_voices, require_engine

    return french_voices(require_engine(search_path), search_path)


class SpeechDialog(QDialog):
    """Voice and speed, saved in the settings when the learner presses OK."""

    def __init__(
        self,
        runner: TaskRunner,
        settings: Settings,
        player: SpeechPlayer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("speechDialog")
        self.setWindowTitle(self.tr("Speech"))
        self.settings = settings
        self.player = player
        self.voice_combo = named(QComboBox(), "speechVoice")
        self.voice_combo.setEnabled(False)
        self.rate_slider = named(QSlider(Qt.Orientation.Horizontal), "speechRate")
        self.rate_slider.setRange(MIN_RATE, MAX_RATE)
        self.rate_slider.setSingleStep(10)
        self.rate_slider.setValue(settings.speech_settings().rate)
        self.rate_label = named(QLabel(), "speechRateLabel")
        self.rate_slider.valueChanged.connect(self._on_rate_slider_value_changed)
        self._on_rate_slider_value_changed(self.rate_slider.value())
        self.try_button = named(QPushButton(self.tr("Try it")), "speechTry")
        self.try_button.clicked.connect(self._on_try_button_clicked)
        self._trial = SpeechPlayer(self.chosen, search_path=player.search_path, parent=self)
        self.message = named(QLabel(self.tr("Looking for French voices…")), "speechDialogMessage")
        self.message.setWordWrap(True)
        self._build_layout()
        runner.run(
            lambda: list_voices(player.search_path),
            key="speech-voices",
            on_done=self._on_voices_listed,
            on_failed=self._on_voices_failed,
        )

    def _build_layout(self) -> None:
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate_slider, 1)
        rate_row.addWidget(self.rate_label)
        form = QFormLayout()
        form.addRow(self.tr("Voice"), self.voice_combo)
        form.addRow(self.tr("Speed"), rate_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.try_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.message)
        column.addWidget(buttons)
        self.setMinimumWidth(420)

    def chosen(self) -> SpeechSettings:
        voice = self.voice_combo.currentData() or self.settings.speech_settings().voice
        return SpeechSettings(voice, self.rate_slider.value())

    def accept(self) -> None:
        chosen = self.chosen()
        self.settings.speech_voice = chosen.voice
        self.settings.speech_rate = chosen.rate
        super().accept()

    def _on_voices_listed(self, voices: list[Voice]) -> None:
        current = self.settings.speech_settings().voice
        for voice in voices:
            self.voice_combo.addItem(f"{voice.label} ({voice.name})", voice.name)
        found = self.voice_combo.findData(current)
        self.voice_combo.setCurrentIndex(max(found, 0))
        self.voice_combo.setEnabled(bool(voices))
        self.message.setText("" if voices else install_hint())
        self.try_button.setEnabled(bool(voices))

    def _on_voices_failed(self, error: TaskError) -> None:
        self.message.setText(error.message)
        self.try_button.setEnabled(False)

    def _on_rate_slider_value_changed(self, value: int) -> None:
        default = self.tr(" (default)") if value == DEFAULT_RATE else ""
        self.rate_label.setText(self.tr("%d words a minute%s") % (value, default))

    def _on_try_button_clicked(self) -> None:
        self._trial.failed.connect(self.message.setText, Qt.ConnectionType.UniqueConnection)
        self.player.stop()
        self._trial.speak(SAMPLE)
