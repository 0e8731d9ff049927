"""Where things are on the day grid, in content coordinates (left-to-right) and on screen.

Content coordinates run left to right from the first instructor's column; the screen mirrors them
in a right-to-left layout through `QStyle.visualRect` (never by scaling the painter, which would
mirror the text too). Sizes come from the font, so the grid stays readable at any font size.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle

from reinex_desktop.domain.calendar.layout import Block
from reinex_desktop.domain.calendar.zoom import Zoom, column_width, row_height
from reinex_desktop.domain.clinic_time import SLOT_MINUTES

DEFAULT_ZOOM = Zoom()


@dataclass(frozen=True)
class GridMetrics:
    row_height: int
    min_column_width: int
    time_width: int
    header_height: int
    block_margin: int = 2
    #: The narrowest column at any zoom: initials in the header, a short name in a block.
    column_floor: int = 0
    zoom: Zoom = DEFAULT_ZOOM

    @classmethod
    def from_font(cls, metrics: QFontMetrics, zoom: Zoom | None = None) -> GridMetrics:
        zoom = zoom or Zoom()
        line = metrics.lineSpacing()
        em = metrics.horizontalAdvance("M")
        return cls(
            row_height=row_height(zoom, max(line + 8, 22), line + 2),
            min_column_width=em * 11,
            time_width=metrics.horizontalAdvance("00:00") + em * 2,
            header_height=line * 2 + 14,
            column_floor=em * 4,
            zoom=zoom,
        )


@dataclass(frozen=True)
class GridGeometry:
    """The sizes of one laid-out day for a viewport width."""

    metrics: GridMetrics
    columns: int
    rows: int
    column_width: int

    @classmethod
    def fit(cls, metrics: GridMetrics, columns: int, rows: int, viewport_width: int) -> GridGeometry:
        """Columns share the viewport when they fit; never narrower than the zoom allows (then scroll)."""
        floor = metrics.column_floor or metrics.min_column_width
        width = column_width(metrics.zoom, metrics.min_column_width, floor, columns, viewport_width)
        return cls(metrics, columns, rows, width)

    @property
    def content_width(self) -> int:
        return self.columns * self.column_width

    @property
    def content_height(self) -> int:
        return self.rows * self.metrics.row_height

    def minute_y(self, minutes: float) -> float:
        return minutes * self.metrics.row_height / SLOT_MINUTES

    def row_y(self, row: int) -> int:
        return row * self.metrics.row_height

    def column_x(self, column: int) -> int:
        return column * self.column_width

    def column_at(self, x: float) -> int | None:
        if x < 0 or not self.columns:
            return None
        column = int(x // self.column_width)
        return column if column < self.columns else None

    def row_at(self, y: float) -> int | None:
        if y < 0:
            return None
        row = int(y // self.metrics.row_height)
        return row if row < self.rows else None

    def cell_rect(self, column: int, row: int) -> QRect:
        return QRect(self.column_x(column), self.row_y(row), self.column_width, self.metrics.row_height)

    def block_rect(self, block: Block) -> QRectF:
        """The block's rectangle in content coordinates: its lane's share of the column, its minutes."""
        margin = self.metrics.block_margin
        lane_width = (self.column_width - 2 * margin) / max(block.lanes, 1)
        x = self.column_x(block.column) + margin + block.lane * lane_width
        top = self.minute_y(block.top_minutes)
        bottom = self.minute_y(block.bottom_minutes)
        return QRectF(x, top + 1, lane_width - 1, max(bottom - top - 2, 4))


def to_screen(rect: QRect, scroll_x: int, scroll_y: int, viewport: QRect, direction: Qt.LayoutDirection) -> QRect:
    """Content rectangle → viewport rectangle, mirrored for right-to-left."""
    shifted = rect.translated(-scroll_x, -scroll_y)
    return QStyle.visualRect(direction, viewport, shifted)


def to_screen_f(rect: QRectF, scroll_x: int, scroll_y: int, viewport: QRect, direction: Qt.LayoutDirection) -> QRectF:
    shifted = rect.translated(-scroll_x, -scroll_y)
    if direction == Qt.LayoutDirection.RightToLeft:
        width = viewport.width()
        return QRectF(width - shifted.x() - shifted.width(), shifted.y(), shifted.width(), shifted.height())
    return shifted


def content_x(x: float, scroll_x: int, viewport_width: int, direction: Qt.LayoutDirection) -> float:
    """Viewport x → content x (undoing the right-to-left mirror)."""
    if direction == Qt.LayoutDirection.RightToLeft:
        x = viewport_width - x
    return x + scroll_x
