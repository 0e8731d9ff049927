"""The printed day sheet (A4, right-to-left), through Qt's printing support.

Two kinds of sheet: one page per instructor — the day's lessons in a table with an empty box to tick
attendance by hand — or the whole grid, as many instructors per landscape page as stay readable.
Every sheet is exactly one page: rows shrink to fit rather than spill over.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPageLayout, QPageSize, QPainter, QPalette, QPen
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from reinex_desktop.domain.calendar.layout import Block, Column
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.services.calendar.day import DayView
from reinex_desktop.ui.calendar.grid_geometry import GridGeometry, GridMetrics
from reinex_desktop.ui.calendar.grid_paint import GridStyle, paint_block
from reinex_desktop.ui.calendar.texts import block_title, clock, status_text
from reinex_desktop.ui.formats import qdate

CONTEXT = "DaySheet"
#: Instructors on one landscape page of the whole-grid sheet.
GRID_COLUMNS_PER_PAGE = 8


class SheetKind(StrEnum):
    PER_INSTRUCTOR = "per_instructor"
    GRID = "grid"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def pdf_printer(path: Path, kind: SheetKind) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    prepare_printer(printer, kind)
    return printer


def prepare_printer(printer: QPrinter, kind: SheetKind) -> None:
    orientation = QPageLayout.Orientation.Landscape if kind is SheetKind.GRID else QPageLayout.Orientation.Portrait
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter
        )
    )
    printer.setDocName(_tr(QT_TRANSLATE_NOOP("DaySheet", "Day sheet")))


def sheet_columns(view: DayView, kind: SheetKind, *, only_busy: bool = True) -> list[list[Column]]:
    """The columns of each sheet (one page each)."""
    columns = list(view.layout.columns)
    if only_busy:
        busy = {b.column for b in view.layout.blocks}
        columns = [c for c in columns if c.index in busy] or columns[:1]
    if kind is SheetKind.PER_INSTRUCTOR:
        return [[c] for c in columns]
    return [columns[i : i + GRID_COLUMNS_PER_PAGE] for i in range(0, len(columns), GRID_COLUMNS_PER_PAGE)] or [[]]


def print_day(view: DayView, printer: QPrinter, kind: SheetKind, *, now: datetime, only_busy: bool = True) -> int:
    """Paint the day's sheets on `printer`, stamped "printed at `now`"; returns the number of pages."""
    sheets = sheet_columns(view, kind, only_busy=only_busy)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(_tr(QT_TRANSLATE_NOOP("DaySheet", "The printer could not be opened.")))
    painter.setLayoutDirection(QApplication.layoutDirection())
    try:
        for number, columns in enumerate(sheets):
            if number:
                printer.newPage()
            page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            page.moveTo(0, 0)
            body = _paint_heading(painter, view, page, columns, kind, number + 1, len(sheets), now)
            if kind is SheetKind.PER_INSTRUCTOR:
                _paint_lesson_table(
                    painter, view, body, [b for b in view.layout.blocks if columns and b.column == columns[0].index]
                )
            else:
                _paint_grid(painter, view, body, columns)
    finally:
        painter.end()
    return len(sheets)


def print_day_pdf(view: DayView, path: Path, kind: SheetKind, *, now: datetime, only_busy: bool = True) -> int:
    return print_day(view, pdf_printer(path, kind), kind, now=now, only_busy=only_busy)


def _fonts(painter: QPainter) -> tuple[QFont, QFont, QFont]:
    base = QFont(QApplication.font())
    base.setPointSizeF(9)
    bold = QFont(base)
    bold.setBold(True)
    title = QFont(base)
    title.setPointSizeF(14)
    title.setBold(True)
    return base, bold, title


def _visual(painter: QPainter, bounds: QRectF, rect: QRectF) -> QRectF:
    if painter.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return QRectF(bounds.right() - (rect.x() - bounds.x()) - rect.width(), rect.y(), rect.width(), rect.height())
    return rect


def _paint_heading(
    painter: QPainter,
    view: DayView,
    page: QRectF,
    columns: Sequence[Column],
    kind: SheetKind,
    number: int,
    total: int,
    now: datetime,
) -> QRectF:
    base, _bold, title = _fonts(painter)
    locale = QLocale()
    day = locale.toString(qdate(view.day), QLocale.FormatType.LongFormat)
    painter.setFont(title)
    line = QFontMetrics(title, painter.device()).lineSpacing()
    lead = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
    trail = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignTop
    painter.setPen(QColor("#000000"))
    if kind is SheetKind.PER_INSTRUCTOR and columns:
        heading = _tr(QT_TRANSLATE_NOOP("DaySheet", "{instructor} — {day}")).format(
            instructor=columns[0].instructor.name, day=day
        )
    else:
        heading = _tr(QT_TRANSLATE_NOOP("DaySheet", "Day calendar — {day}")).format(day=day)
    painter.drawText(QRectF(page.x(), page.y(), page.width(), line), lead, heading)
    painter.setFont(base)
    small = QFontMetrics(base, painter.device()).lineSpacing()
    printed = now.astimezone(view.catalog.zone).strftime("%d/%m/%Y %H:%M")
    painter.drawText(QRectF(page.x(), page.y(), page.width(), line), trail, f"{view.catalog.settings.clinic_name}")
    footer = QRectF(page.x(), page.bottom() - small, page.width(), small)
    painter.drawText(
        footer, lead, _tr(QT_TRANSLATE_NOOP("DaySheet", "Printed {when}")).format(when=f"\u2066{printed}\u2069")
    )
    painter.drawText(
        footer, trail, _tr(QT_TRANSLATE_NOOP("DaySheet", "Page {number} of {total}")).format(number=number, total=total)
    )
    if kind is SheetKind.PER_INSTRUCTOR and columns:
        color = QColor(columns[0].instructor.color or "")
        if color.isValid():
            painter.fillRect(QRectF(page.x(), page.y() + line + 2, page.width(), small / 3), color)
    return QRectF(page.x(), page.y() + line + small, page.width(), page.height() - line - 2.5 * small)


def _paint_lesson_table(painter: QPainter, view: DayView, body: QRectF, blocks: Sequence[Block]) -> None:
    base, bold, _title = _fonts(painter)
    metrics = QFontMetrics(base, painter.device())
    rows = sorted(blocks, key=lambda b: (b.lesson.datetime_start, b.lane))
    headers = (
        _tr(QT_TRANSLATE_NOOP("DaySheet", "Time")),
        _tr(QT_TRANSLATE_NOOP("DaySheet", "Students")),
        _tr(QT_TRANSLATE_NOOP("DaySheet", "Service")),
        _tr(QT_TRANSLATE_NOOP("DaySheet", "Status")),
        _tr(QT_TRANSLATE_NOOP("DaySheet", "Came")),
        _tr(QT_TRANSLATE_NOOP("DaySheet", "Notes")),
    )
    shares = (0.13, 0.33, 0.17, 0.14, 0.07, 0.16)
    height = min(metrics.lineSpacing() * 2.2, body.height() / max(len(rows) + 1, 1))
    x = body.x()
    edges = []
    for share in shares:
        edges.append((x, body.width() * share))
        x += body.width() * share
    pen = QPen(QColor("#606060"), max(1.0, painter.device().logicalDpiX() / 300))
    zone = view.catalog.zone
    for index, row in enumerate([None, *rows]):
        top = body.y() + index * height
        if index % 2 == 0 and index:
            painter.fillRect(QRectF(body.x(), top, body.width(), height), QColor("#f2f2f2"))
        painter.setFont(bold if row is None else base)
        cells = headers if row is None else _row_texts(row, zone)
        for (left, width), text in zip(edges, cells, strict=True):
            rect = _visual(painter, body, QRectF(left, top, width, height))
            inner = rect.adjusted(height * 0.15, 0, -height * 0.15, 0)
            painter.setPen(QColor("#000000"))
            flags = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
            if row is not None and row.cancelled:
                painter.setPen(QColor("#808080"))
            painter.drawText(inner, flags, metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width())))
            painter.setPen(pen)
            painter.drawRect(rect)
    if not rows:
        painter.setFont(base)
        painter.drawText(
            QRectF(body.x(), body.y() + height, body.width(), height),
            Qt.AlignmentFlag.AlignCenter,
            _tr(QT_TRANSLATE_NOOP("DaySheet", "No lessons.")),
        )


def _row_texts(block: Block, zone: ZoneInfo) -> tuple[str, ...]:
    lesson = block.lesson
    time = f"\u2066{clock(lesson.datetime_start, zone)}–{clock(lesson.datetime_end, zone)}\u2069"
    note = str(lesson.metadata.get("note") or "")
    return (time, block_title(block), block.service_name, status_text(block.icon), "☐", note)


def _paint_grid(painter: QPainter, view: DayView, body: QRectF, columns: Sequence[Column]) -> None:
    base, bold, _title = _fonts(painter)
    palette = QPalette(QApplication.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f3f3f3"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    style = GridStyle(palette, base, painter.device())
    metrics = QFontMetrics(base, painter.device())
    rows = view.layout.rows
    time_width = metrics.horizontalAdvance("00:00") * 1.6
    header = metrics.lineSpacing() * 1.6
    row_height = (body.height() - header) / max(rows.count, 1)
    count = max(len(columns), 1)
    column_width = (body.width() - time_width) / count
    grid_metrics = GridMetrics(int(row_height), int(column_width), int(time_width), int(header), 1)
    geometry = GridGeometry(grid_metrics, count, rows.count, int(column_width))
    origin_x = body.x() + time_width
    origin_y = body.y() + header
    rtl = painter.layoutDirection() == Qt.LayoutDirection.RightToLeft
    thin = QPen(QColor("#b0b0b0"), 0)
    strong = QPen(QColor("#606060"), 0)
    painter.setFont(bold)
    for offset, column in enumerate(columns):
        rect = _visual(painter, body, QRectF(origin_x + offset * column_width, body.y(), column_width, header))
        painter.setPen(QColor("#000000"))
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignCenter,
            metrics.elidedText(column.instructor.name, Qt.TextElideMode.ElideRight, int(column_width)),
        )
    painter.setFont(base)
    for index, row in enumerate(rows.rows):
        y = origin_y + index * row_height
        painter.setPen(strong if row.on_the_hour else thin)
        painter.drawLine(
            _visual(painter, body, QRectF(body.x(), y, body.width(), 0)).topLeft(),
            _visual(painter, body, QRectF(body.x(), y, body.width(), 0)).topRight(),
        )
        if row.on_the_hour:
            label_rect = _visual(painter, body, QRectF(body.x(), y, time_width, row_height * 2))
            painter.setPen(QColor("#000000"))
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, row.label())
    for offset in range(count + 1):
        x = origin_x + offset * column_width
        line = _visual(painter, body, QRectF(x, body.y(), 0, body.height()))
        painter.setPen(strong)
        painter.drawLine(line.topLeft(), line.bottomLeft())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for offset, column in enumerate(columns):
        for block in view.layout.column_blocks(column.index):
            local = _shifted(block, offset)
            rect = geometry.block_rect(local).translated(origin_x, origin_y)
            paint_block(painter, style, local, _visual(painter, body, rect), rtl=rtl, zone=view.catalog.zone)


def _shifted(block: Block, column: int) -> Block:
    return replace(block, column=column)
