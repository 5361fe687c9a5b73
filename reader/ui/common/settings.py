"""What the window remembers between runs: an INI file in the data folder, so that a new
data folder (another learner, a student's profile) is a fresh app. Qt's own settings (the
file dialog's history) are sent into the data folder too."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from reader.core.speech import SpeechSettings

ORGANISATION = "french-reader"
APPLICATION = "French Reader"
SETTINGS_FILE = "settings.ini"
QT_SETTINGS_FOLDER = "qt"
MAX_RECENT = 8


def keep_qt_settings_in(data_dir: Path) -> None:
    """Qt's widgets keep state of their own (QFileDialog writes QtProject.conf when it
    closes) in the user's config folder: keep it in this data folder instead. Affects every
    QSettings made afterwards with the default location, in this process."""
    folder = str(data_dir / QT_SETTINGS_FOLDER)
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, folder)


class Settings:
    """Typed access to the few values the window keeps: geometry, splitter, text size, files,
    and the folder last used for each kind of file."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def in_folder(cls, data_dir: Path) -> Settings:
        """The settings of the data folder (its settings.ini; QSettings writes it whole,
        through a temporary file it renames)."""
        return cls(QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat))

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    @property
    def splitter(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self._store.setValue("window/splitter", value)

    @property
    def text_size(self) -> int | None:
        value = self._store.value("reading/textSize")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    @text_size.setter
    def text_size(self, value: int) -> None:
        self._store.setValue("reading/textSize", value)

    @property
    def last_article(self) -> Path | None:
        value = self._store.value("reading/lastArticle")
        return Path(value) if isinstance(value, str) and value else None

    @last_article.setter
    def last_article(self, value: Path | None) -> None:
        self._store.setValue("reading/lastArticle", str(value) if value else "")

    @property
    def last_text(self) -> int | None:
        """The library text read last (book or article): "continue reading" reopens it."""
        value = self._store.value("reading/lastText")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    @last_text.setter
    def last_text(self, value: int | None) -> None:
        self._store.setValue("reading/lastText", "" if value is None else int(value))

    @property
    def recent_files(self) -> list[Path]:
        value = self._store.value("reading/recentFiles") or []
        names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        # A damaged or hand-edited file may hold anything: keep the names, drop the rest.
        return [Path(name) for name in names if isinstance(name, str) and name]

    def add_recent(self, path: Path) -> list[Path]:
        recent = [path] + [p for p in self.recent_files if p != path]
        self._store.setValue("reading/recentFiles", [str(p) for p in recent[:MAX_RECENT]])
        return recent[:MAX_RECENT]

    @property
    def appearance(self) -> str:
        """ "system" (follow the system's light or dark scheme), "light" or "dark"."""
        value = self._store.value("window/appearance", "system")
        return value if value in ("system", "light", "dark") else "system"

    @appearance.setter
    def appearance(self, value: str) -> None:
        self._store.setValue("window/appearance", value)

    @property
    def colour_statuses(self) -> bool:
        """Whether the article shows each word's status in colour (View menu)."""
        return self._flag("reading/colourStatuses", default=True)

    @colour_statuses.setter
    def colour_statuses(self, value: bool) -> None:
        self._store.setValue("reading/colourStatuses", bool(value))

    @property
    def export_path(self) -> Path | None:
        value = self._store.value("export/path")
        return Path(value) if isinstance(value, str) and value else None

    @export_path.setter
    def export_path(self, value: Path) -> None:
        self._store.setValue("export/path", str(value))

    @property
    def export_format(self) -> str:
        value = self._store.value("export/format")
        return value if isinstance(value, str) else ""

    @export_format.setter
    def export_format(self, value: str) -> None:
        self._store.setValue("export/format", value)

    @property
    def export_deck(self) -> str:
        value = self._store.value("export/deck")
        return value if isinstance(value, str) else ""

    @export_deck.setter
    def export_deck(self, value: str) -> None:
        self._store.setValue("export/deck", value)

    @property
    def export_reverse(self) -> bool:
        return self._flag("export/reverse", default=False)

    @export_reverse.setter
    def export_reverse(self, value: bool) -> None:
        self._store.setValue("export/reverse", bool(value))

    @property
    def review_from_sentence(self) -> bool:
        return self._flag("review/fromSentence", default=False)

    @review_from_sentence.setter
    def review_from_sentence(self, value: bool) -> None:
        self._store.setValue("review/fromSentence", bool(value))

    # -- speech (speech/features.py, speech/dialog.py, the export's sound) ----------------------

    def speech_settings(self) -> SpeechSettings:
        # The speech modules load when speech is used, not with the first page (issue 14).
        from reader.core.speech import SpeechSettings

        return SpeechSettings(self.speech_voice, self.speech_rate).clamped()

    @property
    def speech_voice(self) -> str:
        from reader.core.speech import DEFAULT_VOICE

        value = self._store.value("speech/voice")
        return value if isinstance(value, str) and value else DEFAULT_VOICE

    @speech_voice.setter
    def speech_voice(self, value: str) -> None:
        self._store.setValue("speech/voice", value)

    @property
    def speech_rate(self) -> int:
        from reader.core.speech import DEFAULT_RATE

        value = self._store.value("speech/rate", DEFAULT_RATE)
        try:
            return int(value) if isinstance(value, int | str) else DEFAULT_RATE
        except ValueError:
            return DEFAULT_RATE

    @speech_rate.setter
    def speech_rate(self, value: int) -> None:
        self._store.setValue("speech/rate", int(value))

    @property
    def export_audio(self) -> bool:
        return self._flag("export/audio", default=False)

    @export_audio.setter
    def export_audio(self, value: bool) -> None:
        self._store.setValue("export/audio", bool(value))

    def last_folder(self, kind: str) -> Path | None:
        """The folder a file of this kind (texts, exports, handouts...) was last chosen in."""
        value = self._store.value(f"folders/{kind}")
        return Path(value) if isinstance(value, str) and value else None

    def remember_folder(self, kind: str, folder: Path) -> None:
        self._store.setValue(f"folders/{kind}", str(folder))

    def _flag(self, key: str, *, default: bool) -> bool:
        # An INI file gives back "true"/"false" as text.
        value = self._store.value(key)
        if value is None:
            return default
        return value if isinstance(value, bool) else str(value).lower() == "true"

    def sync(self) -> None:
        self._store.sync()
