"""View ▸ Progress: known lemmas, words saved per day, the reading streak (over all texts)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from reader.ui.common.naming import named
from reader.ui.common.tasks import TaskError, TaskRunner
from reader.ui.common.theme import themed_colour

if TYPE_CHECKING:
    from reader.core.learning import OverallStats
    from reader.core.store import Database

DAYS = 30
BAR_COLOUR = QColor("#8fb0d3")
TODAY_COLOUR = QColor("#2f5d8c")
AXIS_COLOUR = QColor("#d9d4c8")
LABEL_COLOUR = QColor("#8a8577")


def load_overall_stats(store: Database) -> OverallStats:
    # Not at start-up: it brings the importers' parsers and wordfreq's lists.
    from reader.core.learning import overall_stats

    return overall_stats(store, date.today(), days=DAYS)


class SavedChart(QWidget):
    """Bars of words saved per day, oldest on the left, today darker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedChart")
        self.setMinimumHeight(120)
        self._days: tuple[tuple[date, int], ...] = ()

    def set_days(self, days: tuple[tuple[date, int], ...]) -> None:
        self._days = days
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._days:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_height = self.fontMetrics().height() + 4
        area = QRectF(self.rect()).adjusted(2, 4, -2, -label_height)
        top = max(count for _, count in self._days) or 1
        slot = area.width() / len(self._days)
        for i, (_day, count) in enumerate(self._days):
            height = area.height() * count / top
            bar = QRectF(
                area.left() + i * slot + slot * 0.15, area.bottom() - height, slot * 0.7, height
            )
            last = i == len(self._days) - 1
            painter.fillRect(bar, themed_colour(TODAY_COLOUR if last else BAR_COLOUR))
        painter.setPen(themed_colour(AXIS_COLOUR))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.setPen(themed_colour(LABEL_COLOUR))
        first, last_day = self._days[0][0], self._days[-1][0]
        below = QRectF(area.left(), area.bottom() + 2, area.width(), label_height)
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, first.strftime("%d %b"))
        painter.drawText(
            below,
            Qt.AlignmentFlag.AlignRight,
            self.tr("today") if last_day == date.today() else last_day.strftime("%d %b"),
        )
        painter.end()


class StatsDialog(QDialog):
    """The learner's progress; loads its numbers on the database thread."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsDialog")
        self.setWindowTitle(self.tr("Your progress"))
        self.resize(560, 420)
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(2)
        names = (
            ("known", self.tr("words known")),
            ("learning", self.tr("being learned")),
            ("saved", self.tr("in your glossary")),
            ("streak", self.tr("days in a row")),
        )
        for column, (key, caption) in enumerate(names):
            figure = named(QLabel("–"), "statsFigure")
            self.figures[key] = figure
            grid.addWidget(figure, 0, column)
            grid.addWidget(named(QLabel(caption), "statsCaption"), 1, column)
        self.detail_label = named(QLabel(), "statsDetail")
        self.detail_label.setWordWrap(True)
        self.chart = SavedChart()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 14)
        layout.setSpacing(10)
        layout.addLayout(grid)
        layout.addWidget(self.detail_label)
        layout.addWidget(named(QLabel(self.tr("Words saved per day").upper()), "cardSection"))
        layout.addWidget(self.chart, 1)
        layout.addWidget(buttons)
        runner.run_db(
            load_overall_stats,
            key="overall-stats",
            on_done=self.show_stats,
            on_failed=self._on_failed,
        )

    def show_stats(self, stats: OverallStats) -> None:
        self.figures["known"].setText(f"{stats.known_lemmas:,}")
        self.figures["learning"].setText(f"{stats.learning_lemmas:,}")
        self.figures["saved"].setText(f"{stats.saved_words:,}")
        self.figures["streak"].setText(f"{stats.streak:,}")
        details = (
            self.tr("Longest streak: %s") % self._days(stats.longest_streak),
            self.tr("read on %s in all") % self._days(stats.reading_days),
            self.tr("%.1f words saved a day over the last %d days")
            % (stats.saved_per_day_average, DAYS),
            self.tr("%d ignored") % stats.ignored_lemmas,
        )
        self.detail_label.setText(" · ".join(details))
        self.chart.set_days(stats.saved_per_day)

    def _days(self, count: int) -> str:
        return self.tr("1 day") if count == 1 else self.tr("%d days") % count

    def _on_failed(self, error: TaskError) -> None:
        self.detail_label.setText(error.message)
