"""The grid's frozen parts: the instructor header above and the time column at the leading edge.

They scroll with the grid along one axis only, so the instructor names stay on top and the times
stay at the right (in Hebrew) however far the receptionist scrolls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from reinex_desktop.domain.calendar.zoom import initials
from reinex_desktop.ui.calendar.grid_geometry import content_x, to_screen

if TYPE_CHECKING:
    from reinex_desktop.ui.calendar.day_grid import DayGridView


def header_name(name: str, metrics: QFontMetrics, width: int) -> str:
    """The instructor's name as it fits: whole, else initials (the tooltip has the whole name)."""
    if metrics.horizontalAdvance(name) <= width:
        return name
    words = name.split()
    if len(words) > 1:
        mark = "\u05f3" if "\u0590" <= words[-1][0] <= "\u05ff" else "."
        short = f"{words[0]} {words[-1][0]}{mark}"
        if metrics.horizontalAdvance(short) <= width:
            return short
    return metrics.elidedText(initials(name), Qt.TextElideMode.ElideRight, width)


class GridHeader(QWidget):
    """Instructor names with their color, and each instructor's number of lessons that day."""

    def __init__(self, grid: DayGridView) -> None:
        super().__init__(grid)
        self._grid = grid
        self.setObjectName("dayGridHeader")
        self.setMouseTracking(True)

    def paintEvent(self, event: QPaintEvent) -> None:
        grid = self._grid
        layout = grid.layout_
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        if layout is None:
            return
        geometry = grid.geometry_
        bounds = QRect(0, 0, self.width(), self.height())
        line = self.fontMetrics().lineSpacing()
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        scroll = grid.horizontalScrollBar().value()
        first, last = grid.visible_columns()
        separator = QPen(palette.color(QPalette.ColorRole.Mid), 0)
        for index in range(first, last + 1):
            column = layout.columns[index]
            rect = to_screen(
                QRect(geometry.column_x(index), 0, geometry.column_width, self.height()),
                scroll,
                0,
                bounds,
                self.layoutDirection(),
            )
            color = QColor(column.instructor.color or "")
            stripe = QRect(rect.x() + 1, rect.y() + 2, rect.width() - 2, 5)
            painter.fillRect(stripe, color if color.isValid() else palette.color(QPalette.ColorRole.Mid))
            if index == grid.focus_cell().column:
                highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
                highlight.setAlpha(45)
                painter.fillRect(rect, highlight)
            text_rect = rect.adjusted(6, 9, -6, -2)
            painter.setPen(
                palette.color(
                    QPalette.ColorRole.WindowText if column.works_today else QPalette.ColorRole.PlaceholderText
                )
            )
            painter.setFont(bold)
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                header_name(column.instructor.name, bold_metrics, text_rect.width()),
            )
            painter.setFont(self.font())
            summary = grid.column_summary(index)
            if self.fontMetrics().horizontalAdvance(summary) > text_rect.width():
                summary = grid.column_summary(index, short=True)
            painter.drawText(
                text_rect.adjusted(0, line, 0, 0),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.fontMetrics().elidedText(summary, Qt.TextElideMode.ElideRight, text_rect.width()),
            )
            painter.setPen(separator)
            edge = rect.left() if self.isRightToLeft() else rect.right()
            painter.drawLine(edge, 0, edge, self.height())
        painter.setPen(separator)
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._column_at(event.pos().x())
            if index is not None and self._grid.layout_ is not None:
                column = self._grid.layout_.columns[index]
                QToolTip.showText(
                    event.globalPos(), f"{column.instructor.name}\n{self._grid.column_summary(index)}", self
                )
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._column_at(event.position().x())
        if index is not None:
            self._grid.set_focus_cell(index, self._grid.focus_cell().row)
            self._grid.setFocus()

    def _column_at(self, x: float) -> int | None:
        grid = self._grid
        logical = content_x(x, grid.horizontalScrollBar().value(), self.width(), self.layoutDirection())
        return grid.geometry_.column_at(logical)


class TimeColumn(QWidget):
    """Row times at the leading edge (the right in Hebrew): every hour bold, every half hour light."""

    def __init__(self, grid: DayGridView) -> None:
        super().__init__(grid)
        self._grid = grid
        self.setObjectName("dayGridTimeColumn")

    def paintEvent(self, event: QPaintEvent) -> None:
        grid = self._grid
        layout = grid.layout_
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        if layout is None:
            return
        geometry = grid.geometry_
        scroll = grid.verticalScrollBar().value()
        first, last = grid.visible_rows()
        bold = QFont(self.font())
        bold.setBold(True)
        line_pen = QPen(palette.color(QPalette.ColorRole.Mid), 0)
        text = palette.color(QPalette.ColorRole.WindowText)
        light = palette.color(QPalette.ColorRole.PlaceholderText)
        for index in range(first, last + 1):
            row = layout.rows.rows[index]
            top = geometry.row_y(index) - scroll
            rect = QRectF(4, top, self.width() - 8, geometry.metrics.row_height)
            if row.on_the_hour or row.local.minute == 30 or index == 0:
                painter.setFont(bold if row.on_the_hour else self.font())
                painter.setPen(text if row.on_the_hour else light)
                label = row.label() + ("*" if row.fold else "")
                painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
            if row.on_the_hour:
                painter.setPen(line_pen)
                painter.drawLine(0, int(top), self.width(), int(top))
        focus_row = grid.focus_cell().row
        if first <= focus_row <= last:
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(45)
            painter.fillRect(
                QRectF(0, geometry.row_y(focus_row) - scroll, self.width(), geometry.metrics.row_height), highlight
            )
        now_y = grid.now_y()
        if now_y is not None:
            painter.setPen(QPen(QColor("#e53935"), 2))
            y = now_y - scroll
            painter.drawLine(0, int(y), self.width(), int(y))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 0))
        edge = 0 if self.isRightToLeft() else self.width() - 1
        painter.drawLine(edge, 0, edge, self.height())
