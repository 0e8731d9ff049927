"""`DayGridView`: the day calendar grid, painted from a prepared `DayView` (no reads while painting).

Right-to-left by the layout direction: the time column at the leading edge, the first instructor
next to it, drag and drop following the mouse. Sticky header and time column, a "now" line,
minimum column width with horizontal scrolling, keyboard focus cell, tooltips and a screen-reader
description of the focused cell. The grid only asks: moves, bookings and menus are emitted as
signals for the day screen to carry out through the services.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from PySide6.QtCore import QByteArray, QEvent, QLocale, QMimeData, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame, QToolTip, QWidget

from reinex_desktop.domain.calendar.layout import Block, DayLayout
from reinex_desktop.domain.calendar.moves import Cell, Direction, Placement, moved, resized, step_cell
from reinex_desktop.domain.calendar.zoom import Zoom
from reinex_desktop.services.calendar.day import DayView
from reinex_desktop.ui.calendar.grid_chrome import GridHeader, TimeColumn
from reinex_desktop.ui.calendar.grid_geometry import GridGeometry, GridMetrics, content_x, to_screen, to_screen_f
from reinex_desktop.ui.calendar.grid_paint import GridStyle, paint_block
from reinex_desktop.ui.calendar.texts import block_description, block_tooltip, free_cell_description

LESSON_MIME = "application/x-reinex-lesson"
PAGE_ROWS = 8


@dataclass(frozen=True)
class LessonDrag:
    """What a dragged lesson carries: which lesson, from where, and which of its rows was grabbed."""

    lesson_id: UUID
    source: str  # "grid" or "pinboard"
    grab_rows: int = 0


def lesson_mime(lesson_id: UUID, source: str, grab_rows: int = 0) -> QMimeData:
    """Drag payload shared by the grid and the pinboard."""
    data = QMimeData()
    payload = {"lesson_id": str(lesson_id), "source": source, "grab_rows": grab_rows}
    data.setData(LESSON_MIME, QByteArray(json.dumps(payload).encode()))
    return data


def read_lesson_mime(data: QMimeData) -> LessonDrag | None:
    if not data.hasFormat(LESSON_MIME):
        return None
    try:
        payload = json.loads(bytes(data.data(LESSON_MIME).data()).decode())
        return LessonDrag(UUID(str(payload["lesson_id"])), str(payload["source"]), int(payload.get("grab_rows", 0)))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


class DayGridView(QAbstractScrollArea):
    #: Enter or double-click on a lesson.
    lesson_activated = Signal(object)
    #: Click on the focused empty cell, double-click or Enter on an empty cell: (instructor id, UTC start).
    booking_requested = Signal(object, object)
    #: Keyboard move or resize of a lesson: (lesson, target Placement, "keyboard").
    move_requested = Signal(object, object, str)
    #: A lesson dropped on a cell: (lesson id, instructor id, UTC start of the block's top, source).
    lesson_dropped = Signal(object, object, object, str)
    #: Right-click or the menu key: (lesson id or None, instructor id, UTC start of the cell, global position).
    context_menu_requested = Signal(object, object, object, QPoint)
    #: The selected lesson changed (None: an empty cell is focused).
    selection_changed = Signal(object)
    #: The focus cell moved (column, row).
    focus_moved = Signal(int, int)
    #: The zoom changed (a `Zoom`): Ctrl+wheel, Ctrl+plus / Ctrl+minus / Ctrl+0 or `set_zoom`.
    zoom_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayGrid")
        self.setAccessibleName(self.tr("Day calendar"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.viewport().setMouseTracking(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view: DayView | None = None
        self.layout_: DayLayout | None = None
        self.now: datetime | None = None
        self._zoom = Zoom()
        self._metrics = GridMetrics.from_font(self.fontMetrics(), self._zoom)
        self.geometry_ = GridGeometry.fit(self._metrics, 0, 0, 0)
        self._style = GridStyle(self.palette(), self.font())
        self._focus = Cell(0, 0)
        self._selected: UUID | None = None
        self._lane = 0
        self._press: QPoint | None = None
        self._press_block: Block | None = None
        self._drag_target: tuple[int, int, int] | None = None  # column, row, rows
        self._column_counts: list[str] = []
        self._column_numbers: list[str] = []
        self._pixmaps: dict[tuple[UUID, int, int], QPixmap] = {}
        #: (row, fraction of the viewport above it); row None: the day's opening top row, sized to the viewport.
        self._pending_scroll: tuple[int | None, float] | None = None
        self.header = GridHeader(self)
        self.time_column = TimeColumn(self)
        self.verticalScrollBar().valueChanged.connect(self.time_column.update)
        self.horizontalScrollBar().valueChanged.connect(self.header.update)
        #: Where "now" comes from for the minute-by-minute now-line.
        self.clock: Callable[[], datetime] | None = None
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._on_clock_tick)

    # --- data -------------------------------------------------------------------------------------

    def set_day(self, view: DayView, now: datetime, *, keep_focus: bool = False) -> None:
        """Show a prepared day; the focus stays on the same cell when `keep_focus` (a refresh)."""
        same_day = self.view is not None and self.view.day == view.day
        self.view, self.layout_, self.now = view, view.layout, now
        self._pixmaps.clear()
        self._column_counts = [self._count_text(i) for i in range(len(view.layout.columns))]
        self._column_numbers = [self._count_number(i) for i in range(len(view.layout.columns))]
        columns, rows = len(view.layout.columns), view.layout.rows.count
        if not (keep_focus and same_day):
            self._focus = self._initial_cell()
            self._selected = None
        else:
            self._focus = Cell(min(self._focus.column, max(columns - 1, 0)), min(self._focus.row, max(rows - 1, 0)))
            if self._selected is not None and view.layout.block_of(self._selected) is None:
                self._selected = None
        self._update_geometry()
        if not (keep_focus and same_day):
            self._pending_scroll = (self._focus.row, 0.25) if self._is_today() else (None, 0.0)
            self._apply_pending_scroll()
            self.horizontalScrollBar().setValue(0)
        if self._is_today():
            self._clock.start()
        else:
            self._clock.stop()
        self._refresh_all()
        self._announce()

    def _count_text(self, column: int) -> str:
        assert self.layout_ is not None
        blocks = [b for b in self.layout_.column_blocks(column) if not b.cancelled]
        return self.tr("{count} lessons").format(count=len(blocks)) if blocks else self.tr("No lessons")

    def _count_number(self, column: int) -> str:
        assert self.layout_ is not None
        count = sum(1 for b in self.layout_.column_blocks(column) if not b.cancelled)
        return QLocale().toString(count) if count else "–"

    def column_summary(self, column: int, *, short: bool = False) -> str:
        """The column's count of lessons ("5 lessons"); `short`: only the number, for a narrow column."""
        texts = self._column_numbers if short else self._column_counts
        return texts[column] if 0 <= column < len(texts) else ""

    def _is_today(self) -> bool:
        return bool(self.view and self.now and self.now.astimezone(self.view.catalog.zone).date() == self.view.day)

    def _initial_cell(self) -> Cell:
        """Today: now; another day: the first lesson's cell, else the opening of business hours."""
        assert self.layout_ is not None
        layout = self.layout_
        rows = layout.rows
        if self._is_today() and self.now is not None:
            row = rows.row_at(self.now)
            if row is not None:
                return Cell(0, row)
        first = layout.first_lesson_row()
        if not self._is_today() and first is not None:
            column = min(b.column for b in layout.blocks if b.first_row == first)
            return Cell(column, first)
        if rows.business is not None:
            return Cell(0, rows.row_at(rows.business[0]) or 0)
        return Cell(0, 0)

    def set_now(self, now: datetime) -> None:
        self.now = now
        self.viewport().update()
        self.time_column.update()

    def _on_clock_tick(self) -> None:
        """Every minute on today: the now-line moves (the clock is the app's, so tests can fix it)."""
        if self.view is not None and self.clock is not None:
            self.set_now(self.clock())

    # --- geometry ---------------------------------------------------------------------------------

    def zoom(self) -> Zoom:
        return self._zoom

    def set_zoom(self, zoom: Zoom) -> None:
        """Resize the columns and rows; the focused cell stays in sight."""
        if zoom == self._zoom:
            return
        self._zoom = zoom
        self._metrics = GridMetrics.from_font(self.fontMetrics(), zoom)
        self._pixmaps.clear()
        self._update_geometry()
        if self.layout_ is not None and self.layout_.columns:
            self.ensure_visible(self._focus)
        self._refresh_all()
        self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom.zoomed_in())

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom.zoomed_out())

    def reset_zoom(self) -> None:
        self.set_zoom(self._zoom.reset())

    def _update_geometry(self) -> None:
        metrics = self._metrics
        # Viewport margins are not mirrored by Qt: the time column's margin goes on the leading side.
        if self.isRightToLeft():
            self.setViewportMargins(0, metrics.header_height, metrics.time_width, 0)
        else:
            self.setViewportMargins(metrics.time_width, metrics.header_height, 0, 0)
        layout = self.layout_
        columns = len(layout.columns) if layout else 0
        rows = layout.rows.count if layout else 0
        self.geometry_ = GridGeometry.fit(metrics, columns, rows, self.viewport().width())
        viewport = self.viewport()
        self.horizontalScrollBar().setRange(0, max(0, self.geometry_.content_width - viewport.width()))
        self.horizontalScrollBar().setPageStep(viewport.width())
        self.horizontalScrollBar().setSingleStep(self.geometry_.column_width // 2)
        self.verticalScrollBar().setRange(0, max(0, self.geometry_.content_height - viewport.height()))
        self.verticalScrollBar().setPageStep(viewport.height())
        self.verticalScrollBar().setSingleStep(metrics.row_height)
        self._place_chrome()

    def _place_chrome(self) -> None:
        area = self.viewport().geometry()
        metrics = self._metrics
        self.header.setGeometry(area.x(), area.y() - metrics.header_height, area.width(), metrics.header_height)
        if self.isRightToLeft():
            self.time_column.setGeometry(area.right() + 1, area.y(), metrics.time_width, area.height())
        else:
            self.time_column.setGeometry(area.x() - metrics.time_width, area.y(), metrics.time_width, area.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_geometry()
        self._apply_pending_scroll()

    def _apply_pending_scroll(self) -> None:
        """The initial scroll (now, or the opening with the first lessons in sight) waits for the grid's size."""
        if self._pending_scroll is None:
            return
        row, fraction = self._pending_scroll
        if row is None:
            visible = self.viewport().height() // max(1, self._metrics.row_height)
            row = self.layout_.opening_top_row(visible) if self.layout_ is not None else 0
        self.scroll_to_row(row, top_fraction=fraction)
        if self.isVisible() and self.viewport().height() > self._metrics.row_height * 4:
            self._pending_scroll = None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changes = (QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.LayoutDirectionChange)
        if event.type() in changes:
            self._metrics = GridMetrics.from_font(self.fontMetrics(), self._zoom)
            self._style = GridStyle(self.palette(), self.font())
            self._pixmaps.clear()
            self._update_geometry()
            self._refresh_all()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Move the painted pixels and paint only what comes into view (Qt gives `dx` in left-to-right
        terms: mirrored here for right-to-left)."""
        if self._drag_target is not None:
            self.viewport().update()
            self.header.update()
        else:
            shift = -dx if self.isRightToLeft() else dx
            self.viewport().scroll(shift, dy)
            if dx:
                self.header.scroll(shift, 0)
        if dy:
            self.time_column.update()

    def visible_columns(self) -> tuple[int, int]:
        geometry = self.geometry_
        if not geometry.columns:
            return 0, -1
        scroll = self.horizontalScrollBar().value()
        first = max(0, scroll // geometry.column_width)
        last = min(geometry.columns - 1, (scroll + self.viewport().width()) // geometry.column_width)
        return first, last

    def visible_rows(self) -> tuple[int, int]:
        geometry = self.geometry_
        if not geometry.rows:
            return 0, -1
        scroll = self.verticalScrollBar().value()
        height = self._metrics.row_height
        return max(0, scroll // height), min(geometry.rows - 1, (scroll + self.viewport().height()) // height)

    def scroll_to_row(self, row: int, *, top_fraction: float = 0.0) -> None:
        target = self.geometry_.row_y(row) - int(self.viewport().height() * top_fraction)
        self.verticalScrollBar().setValue(max(0, target))

    def ensure_visible(self, cell: Cell) -> None:
        geometry = self.geometry_
        rect = geometry.cell_rect(cell.column, cell.row)
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        width, height = self.viewport().width(), self.viewport().height()
        if rect.left() < h.value():
            h.setValue(rect.left())
        elif rect.right() > h.value() + width:
            h.setValue(rect.right() - width + 1)
        if rect.top() < v.value():
            v.setValue(rect.top())
        elif rect.bottom() > v.value() + height:
            v.setValue(rect.bottom() - height + 1)

    def block_screen_rect(self, block: Block) -> QRectF:
        """Where `block` is painted in viewport coordinates (used by tests and the drag pixmap)."""
        return to_screen_f(
            self.geometry_.block_rect(block),
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
            self.viewport().rect(),
            self.layoutDirection(),
        )

    def cell_screen_rect(self, column: int, row: int) -> QRect:
        return to_screen(
            self.geometry_.cell_rect(column, row),
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
            self.viewport().rect(),
            self.layoutDirection(),
        )

    def now_y(self) -> float | None:
        """The y (content) of the now-line, when the day shown is today."""
        if not self._is_today() or self.layout_ is None or self.now is None:
            return None
        rows = self.layout_.rows
        if not rows.opening <= self.now <= rows.closing:
            return None
        return self.geometry_.minute_y(rows.minutes_from_opening(self.now))

    # --- hit testing ------------------------------------------------------------------------------

    def cell_at(self, pos: QPointF | QPoint) -> Cell | None:
        x = content_x(pos.x(), self.horizontalScrollBar().value(), self.viewport().width(), self.layoutDirection())
        y = pos.y() + self.verticalScrollBar().value()
        column, row = self.geometry_.column_at(x), self.geometry_.row_at(y)
        return None if column is None or row is None else Cell(column, row)

    def block_at(self, pos: QPointF | QPoint) -> Block | None:
        cell = self.cell_at(pos)
        if cell is None or self.layout_ is None:
            return None
        for block in self.layout_.blocks_at(cell.column, cell.row):
            if self.block_screen_rect(block).adjusted(-1, -1, 1, 1).contains(QPointF(pos)):
                return block
        return None

    # --- focus and selection ----------------------------------------------------------------------

    def focus_cell(self) -> Cell:
        return self._focus

    def selected_lesson(self) -> UUID | None:
        return self._selected

    def focused_block(self) -> Block | None:
        if self.layout_ is None:
            return None
        if self._selected is not None:
            block = self.layout_.block_of(self._selected)
            if block is not None and block.column == self._focus.column and block.covers_row(self._focus.row):
                return block
        blocks = self.layout_.blocks_at(self._focus.column, self._focus.row)
        return blocks[self._lane % len(blocks)] if blocks else None

    def set_focus_cell(self, column: int, row: int, *, select: UUID | None = None) -> None:
        if self.layout_ is None:
            return
        columns, rows = len(self.layout_.columns), self.layout_.rows.count
        self._focus = Cell(min(max(column, 0), max(columns - 1, 0)), min(max(row, 0), max(rows - 1, 0)))
        if select is None:
            blocks = self.layout_.blocks_at(self._focus.column, self._focus.row)
            self._lane = 0
            select = blocks[0].lesson_id if blocks else None
        self._set_selected(select)
        self.ensure_visible(self._focus)
        self.focus_moved.emit(self._focus.column, self._focus.row)
        self._refresh_all()
        self._announce()

    def select_lesson(self, lesson_id: UUID) -> bool:
        """Focus the lesson's first cell and scroll to it; False when it is not on this day."""
        block = self.layout_.block_of(lesson_id) if self.layout_ else None
        if block is None:
            return False
        self.set_focus_cell(block.column, block.first_row, select=lesson_id)
        return True

    def focus_instructor(self, instructor_id: UUID) -> bool:
        column = self.layout_.column_of(instructor_id) if self.layout_ else None
        if column is None:
            return False
        self.set_focus_cell(column, self._focus.row)
        return True

    def _set_selected(self, lesson_id: UUID | None) -> None:
        if lesson_id != self._selected:
            self._selected = lesson_id
            self.selection_changed.emit(lesson_id)

    def _refresh_all(self) -> None:
        self.viewport().update()
        self.header.update()
        self.time_column.update()

    def focus_description(self) -> str:
        """What a screen reader says for the focused cell."""
        view = self.view
        if view is None or self.layout_ is None or not self.layout_.columns:
            return self.tr("Day calendar")
        column = self.layout_.columns[self._focus.column]
        block = self.focused_block()
        zone = view.catalog.zone
        if block is not None:
            return block_description(block, zone, column.instructor.name)
        return free_cell_description(column.instructor.name, self.layout_.rows.instant_of(self._focus.row), zone)

    def _announce(self) -> None:
        self.setAccessibleDescription(self.focus_description())
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._announce()
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    # --- painting ---------------------------------------------------------------------------------

    def _exposed(self, area: QRect) -> tuple[int, int, int, int]:
        """(first column, last column, first row, last row) touching the exposed viewport area."""
        geometry = self.geometry_
        sx, sy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        width = self.viewport().width()
        direction = self.layoutDirection()
        edges = sorted(content_x(x, sx, width, direction) for x in (area.left(), area.right() + 1))
        first_col = max(0, int(edges[0] // geometry.column_width))
        last_col = min(geometry.columns - 1, int(edges[1] // geometry.column_width))
        height = geometry.metrics.row_height
        first_row = max(0, (area.top() + sy) // height)
        last_row = min(geometry.rows - 1, (area.bottom() + sy) // height)
        return first_col, last_col, first_row, last_row

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self.layout_
        painter = QPainter(self.viewport())
        style = self._style
        viewport = self.viewport().rect()
        painter.fillRect(event.rect(), style.base)
        if layout is None or not layout.columns:
            painter.setPen(self.palette().color(self.palette().ColorRole.PlaceholderText))
            painter.drawText(viewport, Qt.AlignmentFlag.AlignCenter, self.tr("No instructors to show."))
            return
        geometry = self.geometry_
        sx, sy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        direction = self.layoutDirection()
        first_col, last_col, first_row, last_row = self._exposed(event.rect())
        if first_col > last_col or first_row > last_row:
            return
        left, right = geometry.column_x(first_col), geometry.column_x(last_col + 1)
        rows = layout.rows
        height = geometry.metrics.row_height
        run_start: int | None = None
        for row in range(first_row, last_row + 2):
            outside = row <= last_row and not rows.in_business_hours(row)
            if outside and run_start is None:
                run_start = row
            elif not outside and run_start is not None:
                band = QRect(left, geometry.row_y(run_start), right - left, (row - run_start) * height)
                painter.fillRect(to_screen(band, sx, sy, viewport, direction), style.outside_hours)
                run_start = None
        for index in range(first_col, last_col + 1):
            if not layout.columns[index].works_today:
                band = QRect(
                    geometry.column_x(index),
                    geometry.row_y(first_row),
                    geometry.column_width,
                    (last_row + 1 - first_row) * height,
                )
                painter.fillRect(to_screen(band, sx, sy, viewport, direction), style.off_duty)
        width = viewport.width()
        for row in range(first_row, last_row + 1):
            line = style.hour_line if rows.rows[row].on_the_hour else style.quarter_line
            painter.fillRect(QRect(0, geometry.row_y(row) - sy, width, 1), line)
        for index in range(first_col, last_col + 2):
            x = to_screen(QRect(geometry.column_x(index), 0, 1, 1), sx, sy, viewport, direction).x()
            painter.fillRect(QRect(x, 0, 1, viewport.height()), style.hour_line)
        self._paint_blocks(painter, first_col, last_col, first_row, last_row)
        self._paint_ghost(painter)
        now_y = self.now_y()
        if now_y is not None:
            painter.setPen(style.now_pen)
            painter.drawLine(QPointF(0, now_y - sy), QPointF(viewport.width(), now_y - sy))
        focus = to_screen(geometry.cell_rect(self._focus.column, self._focus.row), sx, sy, viewport, direction)
        pen = style.focus_pen
        if not self.hasFocus():
            pen = type(pen)(pen)
            pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(focus.adjusted(1, 1, -1, -1))

    def _paint_blocks(self, painter: QPainter, first_col: int, last_col: int, first_row: int, last_row: int) -> None:
        """Blocks are painted once into pixmaps and blitted, so a scroll repaints in a few milliseconds."""
        assert self.layout_ is not None
        selected = None
        for index in range(first_col, last_col + 1):
            for block in self.layout_.column_blocks(index):
                if block.first_row > last_row or block.first_row + block.row_count <= first_row:
                    continue
                rect = self.block_screen_rect(block)
                painter.drawPixmap(QPointF(round(rect.x()), round(rect.y())), self._block_pixmap(block, rect))
                if block.lesson_id == self._selected:
                    selected = rect
        if selected is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(self._style.selected_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(selected.adjusted(-1, -1, 1, 1), 4, 4)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _block_pixmap(self, block: Block, rect: QRectF) -> QPixmap:
        width, height = max(int(rect.width()), 1), max(int(rect.height()), 1)
        key = (block.lesson_id, width, height)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            assert self.view is not None
            ratio = self.viewport().devicePixelRatioF()
            pixmap = QPixmap(int(width * ratio), int(height * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setLayoutDirection(self.layoutDirection())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            paint_block(
                painter,
                self._style,
                block,
                QRectF(0.5, 0.5, width - 1, height - 1),
                rtl=self.isRightToLeft(),
                zone=self.view.catalog.zone,
            )
            painter.end()
            self._pixmaps[key] = pixmap
        return pixmap

    def _paint_ghost(self, painter: QPainter) -> None:
        if self._drag_target is None:
            return
        column, row, rows = self._drag_target
        geometry = self.geometry_
        rect = QRect(
            geometry.column_x(column) + 2,
            geometry.row_y(row),
            geometry.column_width - 4,
            rows * geometry.metrics.row_height,
        )
        screen = to_screen(
            rect,
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
            self.viewport().rect(),
            self.layoutDirection(),
        )
        painter.fillRect(screen, self._style.ghost)
        painter.setPen(self._style.focus_pen)
        painter.drawRect(screen.adjusted(0, 0, -1, -1))

    # --- keyboard ---------------------------------------------------------------------------------

    def _direction_of(self, key: int) -> Direction | None:
        rtl = self.isRightToLeft()
        return {
            Qt.Key.Key_Up: Direction.UP,
            Qt.Key.Key_Down: Direction.DOWN,
            Qt.Key.Key_Left: Direction.FORWARD if rtl else Direction.BACKWARD,
            Qt.Key.Key_Right: Direction.BACKWARD if rtl else Direction.FORWARD,
        }.get(Qt.Key(key))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.layout_ is None or not self.layout_.columns:
            super().keyPressEvent(event)
            return
        key, mods = event.key(), event.modifiers()
        direction = self._direction_of(key)
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif ctrl and key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif ctrl and key == Qt.Key.Key_0:
            self.reset_zoom()
        elif direction is not None and ctrl and not shift:
            self._keyboard_move(direction)
        elif direction in (Direction.UP, Direction.DOWN) and shift and not ctrl:
            self._keyboard_resize(1 if direction is Direction.DOWN else -1)
        elif direction is not None and not (ctrl or shift):
            self._step(direction)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and not ctrl:
            self._step(Direction.UP if key == Qt.Key.Key_PageUp else Direction.DOWN, PAGE_ROWS)
        elif key == Qt.Key.Key_Home and not ctrl:
            self.set_focus_cell(self._focus.column, 0)
        elif key == Qt.Key.Key_End and not ctrl:
            self.set_focus_cell(self._focus.column, self.layout_.rows.count - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate_focus()
        elif key == Qt.Key.Key_Space:
            self._next_lane()
        elif key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and shift):
            rect = self.cell_screen_rect(self._focus.column, self._focus.row)
            self._request_menu(self.viewport().mapToGlobal(rect.center()))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step(self, direction: Direction, by: int = 1) -> None:
        assert self.layout_ is not None
        cell = step_cell(self._focus, direction, len(self.layout_.columns), self.layout_.rows.count, by=by)
        self.set_focus_cell(cell.column, cell.row)

    def _next_lane(self) -> None:
        assert self.layout_ is not None
        blocks = self.layout_.blocks_at(self._focus.column, self._focus.row)
        if len(blocks) > 1:
            self._lane = (self._lane + 1) % len(blocks)
            self._set_selected(blocks[self._lane].lesson_id)
            self._refresh_all()
            self._announce()

    def activate_focus(self) -> None:
        """Enter: open the focused lesson, or book the focused empty cell."""
        block = self.focused_block()
        if block is not None:
            self.lesson_activated.emit(block.lesson_id)
        else:
            self._request_booking(self._focus)

    def _request_booking(self, cell: Cell) -> None:
        assert self.layout_ is not None
        column = self.layout_.columns[cell.column]
        self.booking_requested.emit(column.instructor.id, self.layout_.rows.instant_of(cell.row))

    def _keyboard_move(self, direction: Direction) -> None:
        block = self.focused_block()
        if block is None or self.layout_ is None:
            return
        instructors = [c.instructor.id for c in self.layout_.columns]
        target = moved(Placement.of(block.lesson), direction, self.layout_.rows, instructors)
        if target is not None:
            self.move_requested.emit(block.lesson, target, "keyboard")

    def _keyboard_resize(self, steps: int) -> None:
        block = self.focused_block()
        if block is None or self.layout_ is None:
            return
        target = resized(Placement.of(block.lesson), steps, self.layout_.rows)
        if target is not None:
            self.move_requested.emit(block.lesson, target, "keyboard")

    # --- mouse ------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        cell = self.cell_at(event.position())
        if cell is None:
            return
        block = self.block_at(event.position())
        previous = (self._focus, self._selected)
        self.set_focus_cell(cell.column, cell.row, select=block.lesson_id if block else None)
        if block is None:
            self._set_selected(None)
            self._refresh_all()
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._press_block = block
            if block is None and previous == (cell, None) and event.type() == event.Type.MouseButtonPress:
                self._request_booking(cell)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position())
        cell = self.cell_at(event.position())
        if block is not None:
            self.lesson_activated.emit(block.lesson_id)
        elif cell is not None:
            self._request_booking(cell)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self._press_block is None or self.view is None:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        block = self._press_block
        self._press, self._press_block = None, None
        if not self.view.can_schedule:
            return
        grab_cell = self.cell_at(event.position())
        grab_rows = max(0, (grab_cell.row if grab_cell else block.first_row) - block.first_row)
        drag = QDrag(self)
        drag.setMimeData(lesson_mime(block.lesson_id, "grid", grab_rows))
        rect = self.block_screen_rect(block).toAlignedRect()
        drag.setPixmap(self.viewport().grab(rect))
        drag.setHotSpot(event.position().toPoint() - rect.topLeft())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press, self._press_block = None, None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        cell = self.cell_at(QPointF(event.pos()))
        if cell is not None:
            block = self.block_at(QPointF(event.pos()))
            self.set_focus_cell(cell.column, cell.row, select=block.lesson_id if block else None)
            if block is None:
                self._set_selected(None)
        self._request_menu(event.globalPos())

    def _request_menu(self, where: QPoint) -> None:
        if self.layout_ is None:
            return
        block = self.focused_block()
        column = self.layout_.columns[self._focus.column]
        start = self.layout_.rows.instant_of(self._focus.row)
        self.context_menu_requested.emit(block.lesson_id if block else None, column.instructor.id, start, where)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y() or event.angleDelta().x()
            if delta > 0:
                self.zoom_in()
            elif delta < 0:
                self.zoom_out()
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            delta = event.angleDelta().y() or event.angleDelta().x()
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - delta)
            event.accept()
            return
        super().wheelEvent(event)

    # --- drag and drop ----------------------------------------------------------------------------

    def _drop_cell(self, event: QDragMoveEvent | QDropEvent, grab_rows: int) -> Cell | None:
        cell = self.cell_at(event.position())
        if cell is None:
            return None
        return Cell(cell.column, max(0, cell.row - grab_rows))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.view is not None and self.view.can_schedule and read_lesson_mime(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        payload = read_lesson_mime(event.mimeData())
        if payload is None or self.layout_ is None:
            event.ignore()
            return
        cell = self._drop_cell(event, payload.grab_rows)
        if cell is None:
            self._drag_target = None
            event.ignore()
        else:
            block = self.layout_.block_of(payload.lesson_id)
            rows = block.row_count if block else 3
            self._drag_target = (cell.column, cell.row, rows)
            event.acceptProposedAction()
        self.viewport().update()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drag_target = None
        self.viewport().update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drag_target = None
        self.viewport().update()
        payload = read_lesson_mime(event.mimeData())
        if payload is None or self.layout_ is None:
            event.ignore()
            return
        cell = self._drop_cell(event, payload.grab_rows)
        if cell is None:
            event.ignore()
            return
        event.acceptProposedAction()
        column = self.layout_.columns[cell.column]
        start = self.layout_.rows.instant_of(cell.row)
        self.lesson_dropped.emit(payload.lesson_id, column.instructor.id, start, payload.source)

    # --- tooltips ---------------------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.block_at(event.pos())
            if block is not None and self.view is not None:
                column = self.layout_.columns[block.column] if self.layout_ else None
                text = block_tooltip(
                    block,
                    self.view.catalog.zone,
                    column.instructor.name if column else "",
                    self.view.conflicts.get(block.lesson_id, ()),
                )
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
