"""Handout HTML -> PDF with Qt's own PDF writer (QTextDocument + QPdfWriter, both in
PySide6-Essentials). Works without a display: with no QGuiApplication and no display, Qt's
offscreen platform is used.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextFrame,
    QTextTable,
)
from PySide6.QtWidgets import QApplication

from reader.core.errors import InputError
from reader.core.files import write_atomically

MARGIN_MM = 18.0
RESOLUTION_DPI = 300
FOOTER_PT = 22.0  # room under the text for the page footer
MAX_BREAKS = 200  # page breaks added to keep table rows whole; a bound, never reached
Rebuild = Callable[[frozenset[str]], str]
BASE_FONT = "DejaVu Serif"
BASE_POINT_SIZE = 10.5

_app: QApplication | None = None


def ensure_gui_application() -> None:
    """Qt lays out text only inside a QGuiApplication; make one if the process has none
    (the command line), offscreen when there is no display. A QApplication, not a bare
    QGuiApplication: a window opened later in the same process needs one."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QApplication(["french-reader"])


def html_to_pdf(html: str, out: Path, *, title: str = "", rebuild: Rebuild | None = None) -> Path:
    """Print HTML to an A4 PDF at out; written beside it first, so a failure leaves no half
    file. Returns out.

    Qt cuts a table row where a page ends. With rebuild, a row that would be cut starts a new
    page instead: rebuild gets the first-cell texts of such rows (a handout's word numbers)
    and returns the HTML with a page break before each."""
    ensure_gui_application()
    out = Path(out)
    if not out.parent.is_dir():
        raise InputError(f"Cannot write {out}: the folder {out.parent} does not exist.")

    def write(temporary: Path) -> None:
        _print(html, rebuild, temporary, title)
        if not temporary.is_file() or temporary.stat().st_size == 0:
            raise InputError(f"Qt could not write the PDF {out}.")

    write_atomically(out, write)
    return out


def _print(html: str, rebuild: Rebuild | None, path: Path, title: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("French Reader")
    writer.setResolution(RESOLUTION_DPI)
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)
    # QTextDocument lays out in screen units (points at the screen's dots per inch); the
    # painter scales them up to the writer's, so fonts keep their printed size.
    screen = QGuiApplication.primaryScreen()
    source_dpi = round(screen.logicalDotsPerInchX()) if screen else 96
    paint = layout.paintRect(QPageLayout.Unit.Point)
    size = QSizeF(paint.width() * source_dpi / 72, (paint.height() - FOOTER_PT) * source_dpi / 72)
    document = _paginated(html, rebuild, size)
    pages = document.pageCount()
    painter = QPainter(writer)
    try:
        scale = writer.logicalDpiX() / source_dpi
        painter.scale(scale, scale)
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * size.height())
            document.drawContents(
                painter, QRectF(0, number * size.height(), size.width(), size.height())
            )
            painter.restore()
            _footer(painter, title, number + 1, pages, size.width(), size.height(), source_dpi)
    finally:
        painter.end()


def _document(html: str, size: QSizeF) -> QTextDocument:
    document = QTextDocument()
    font = QFont(BASE_FONT)
    font.setPointSizeF(BASE_POINT_SIZE)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.setPageSize(size)
    return document


def _paginated(html: str, rebuild: Rebuild | None, size: QSizeF) -> QTextDocument:
    """The document laid out, rebuilt with page breaks before rows that would be cut."""
    document = _document(html, size)
    breaks: set[str] = set()
    while rebuild is not None and len(breaks) < MAX_BREAKS:
        key = _first_cut_row(document, size.height())
        if key is None or key in breaks:
            break
        breaks.add(key)
        document = _document(rebuild(frozenset(breaks)), size)
    return document


def _first_cut_row(document: QTextDocument, page_height: float) -> str | None:
    """The first-cell text of the first table row that a page end cuts (rows taller than
    half a page are left to be cut)."""
    layout = document.documentLayout()
    for table in _tables(document.rootFrame()):
        for row in range(table.format().headerRowCount(), table.rows()):
            top, bottom = _row_extent(table, row, layout)
            cut = int(top // page_height) != int((bottom - 1) // page_height)
            if cut and bottom - top < page_height / 2:
                cell = table.cellAt(row, 0)
                cursor = cell.firstCursorPosition()
                cursor.setPosition(cell.lastCursorPosition().position(), cursor.MoveMode.KeepAnchor)
                return cursor.selectedText().strip()
    return None


def _tables(frame: QTextFrame) -> list[QTextTable]:
    found: list[QTextTable] = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found.append(child)
        found.extend(_tables(child))
    return found


def _row_extent(
    table: QTextTable, row: int, layout: QAbstractTextDocumentLayout
) -> tuple[float, float]:
    """Where the text of a row starts and ends, in document coordinates."""
    cells = [table.cellAt(row, column) for column in range(table.columns())]
    tops = [layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells]
    ends = [layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells]
    return min(tops), max(ends)


def _footer(
    painter: QPainter, title: str, number: int, pages: int, width: float, top: float, dpi: int
) -> None:
    """A thin rule, the title on the left and "2 / 5" on the right, under the text."""
    font = QFont("DejaVu Sans")
    font.setPixelSize(round(7.5 * dpi / 72))  # in the document's units, scaled like the text
    painter.setFont(font)
    painter.setPen(QPen(QColor("#8c959f"), 0.5))
    gap = FOOTER_PT * dpi / 72
    rule = top + gap * 0.35
    painter.drawLine(QPointF(0, rule), QPointF(width, rule))
    box = QRectF(0, rule + 3, width, gap * 0.6)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), title)
    painter.drawText(
        box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), f"{number} / {pages}"
    )
