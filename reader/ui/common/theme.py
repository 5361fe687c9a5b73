"""Light and dark: the window follows the system's colour scheme (Qt 6.5+). The colours are
written once, for the light look (style.qss and a few constants); the dark look is derived
from them by turning each colour's lightness over, so a hue keeps its meaning (the accent stays
blue, learning words stay amber) and every pair keeps its contrast."""

from __future__ import annotations

import colorsys
import re

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette

HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")
# Dark lightness = DARKEST + (1 - light lightness) * SPAN: white paper becomes a soft black
# (not pure black, which glares against white text), near-black ink a soft white.
DARKEST, SPAN = 0.11, 0.86
# Saturated colours on a dark ground look louder than on paper: tone them down. With these
# three numbers the ink keeps a 4.5:1 contrast on every learning tint (WCAG AA; tested).
DARK_SATURATION = 0.7


LOOKS = ("system", "light", "dark")


class Look(QObject):
    """The look the window shows: the system's, or one the learner chose (Settings ▸
    Appearance); `changed` fires when either changes. Not every platform reports its colour
    scheme (Qt says Unknown under X11 without a desktop portal): a choice covers that."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.choice = "system"
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_system_changed)

    def _on_system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice == "system":
            self.changed.emit()

    def choose(self, choice: str) -> None:
        """ "system", "light" or "dark"."""
        if choice in LOOKS and choice != self.choice:
            self.choice = choice
            self.changed.emit()

    @property
    def dark(self) -> bool:
        if self.choice != "system":
            return self.choice == "dark"
        hints = QGuiApplication.styleHints()
        return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


_LOOK: list[Look] = []


def look() -> Look:
    """The application's one Look (made on first use, after the QApplication)."""
    if not _LOOK:
        _LOOK.append(Look())
    return _LOOK[0]


def is_dark() -> bool:
    """Whether the application shows its dark look now."""
    return look().dark


def dark_variant(colour: str) -> str:
    """The dark look's counterpart of a light look's #rrggbb colour."""
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lightness, _saturation = colorsys.rgb_to_hls(red, green, blue)
    # Keep the colour's chroma, not its HLS saturation: paper white (#fffdf8) has a
    # saturation of 1, and a dark ground of saturation 1 would be brown.
    chroma = (max(red, green, blue) - min(red, green, blue)) * DARK_SATURATION
    lightness = DARKEST + (1 - lightness) * SPAN
    room = 1 - abs(2 * lightness - 1)
    saturation = min(1.0, chroma / room) if room else 0.0
    red, green, blue = colorsys.hls_to_rgb(hue, lightness, saturation)
    return "#" + "".join(f"{round(part * 255):02x}" for part in (red, green, blue))


def themed(colour: str) -> str:
    """A light look's #rrggbb colour as the current look shows it."""
    return dark_variant(colour) if is_dark() else colour


def themed_colour(colour: QColor) -> QColor:
    return QColor(themed(colour.name()))


def themed_stylesheet(text: str, dark: bool) -> str:
    """The stylesheet with every #rrggbb colour turned for the dark look when dark."""
    if not dark:
        return text
    return HEX_COLOUR.sub(lambda match: dark_variant(match.group(0)), text)


# The palette colours of widgets the stylesheet does not reach (in the light look's terms).
_PALETTE: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Window: "#f5f3ee",
    QPalette.ColorRole.WindowText: "#2a2a2a",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f1eee7",
    QPalette.ColorRole.Text: "#2a2a2a",
    QPalette.ColorRole.Button: "#f1eee7",
    QPalette.ColorRole.ButtonText: "#2a2a2a",
    QPalette.ColorRole.ToolTipBase: "#fffefb",
    QPalette.ColorRole.ToolTipText: "#2a2a2a",
    QPalette.ColorRole.PlaceholderText: "#8a8577",
    QPalette.ColorRole.Highlight: "#cfe0f3",
    QPalette.ColorRole.HighlightedText: "#1d3f66",
    QPalette.ColorRole.Link: "#2f5d8c",
    QPalette.ColorRole.Mid: "#d9d4c8",
    QPalette.ColorRole.Midlight: "#e4e0d6",
    QPalette.ColorRole.Dark: "#9a9384",
    QPalette.ColorRole.Light: "#ffffff",
}
_DISABLED_TEXT = "#9a9384"


def palette(dark: bool) -> QPalette:
    """The application palette of the light or dark look."""
    result = QPalette()
    for role, colour in _PALETTE.items():
        result.setColor(role, QColor(dark_variant(colour) if dark else colour))
    disabled = QColor(dark_variant(_DISABLED_TEXT) if dark else _DISABLED_TEXT)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        result.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return result
