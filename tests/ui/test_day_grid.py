"""The day grid's geometry and keyboard in right-to-left: where things are painted and what keys ask for."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from reinex_desktop.domain.calendar.moves import Placement
from reinex_desktop.ui.calendar.day_grid import DayGridView
from tests.domain.calendar_builders import DAY, at, lesson
from tests.ui.calendar_helpers import day_view, instructors, noon
from tests.ui.conftest import save_png


@pytest.fixture
def grid(qtbot: QtBot, hebrew_app: QApplication) -> DayGridView:
    widget = DayGridView()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def test_right_to_left_time_column_at_the_right_first_instructor_rightmost(grid: DayGridView) -> None:
    teachers = instructors(3)
    ten = lesson(teachers[0], "10:00", 45, (uuid.uuid4(),))
    grid.set_day(day_view(DAY, teachers, [ten]), noon(DAY))
    assert grid.isRightToLeft()
    viewport = grid.viewport().geometry()
    time_column = grid.time_column.geometry()
    assert time_column.left() == viewport.right() + 1, "the time column sits at the right edge of the cells"
    assert time_column.right() >= grid.width() - 1 - grid.frameWidth()
    first, second = grid.cell_screen_rect(0, 0), grid.cell_screen_rect(1, 0)
    assert first.right() >= viewport.width() - 2 and first.left() > second.left(), "first instructor rightmost"
    block = grid.layout_.block_of(ten.id)
    rect = grid.block_screen_rect(block)
    row_height = grid.geometry_.metrics.row_height
    scroll = grid.verticalScrollBar().value()
    assert rect.top() == pytest.approx(12 * row_height - scroll + 1)
    assert rect.bottom() == pytest.approx(15 * row_height - scroll - 1), "10:00–10:45 spans exactly three rows"
    assert (block.first_row, block.row_count) == (12, 3)
    assert first.contains(rect.center().toPoint().x(), first.center().y())


def test_left_to_right_mirrors_everything(qtbot: QtBot, hebrew_app: QApplication) -> None:
    grid = DayGridView()
    grid.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.addWidget(grid)
    grid.resize(1100, 700)
    grid.show()
    grid.set_day(day_view(DAY, instructors(3)), noon(DAY))
    assert grid.time_column.geometry().right() == grid.viewport().geometry().left() - 1
    assert grid.cell_screen_rect(0, 0).left() == 0


def test_forty_instructors_scroll_sideways_with_the_time_column_frozen(grid: DayGridView) -> None:
    teachers = instructors(40)
    lessons = [lesson(t, "09:00") for t in teachers]
    grid.set_day(day_view(DAY, teachers, lessons), noon(DAY))
    bar = grid.horizontalScrollBar()
    assert grid.geometry_.column_width == grid.geometry_.metrics.min_column_width, "never squeezed"
    assert bar.maximum() > 0 and grid.geometry_.content_width > grid.viewport().width()
    time_before, header_before = grid.time_column.geometry(), grid.header.geometry()
    assert grid.visible_columns()[0] == 0
    save_png(grid, "day_grid_40_instructors_start")
    bar.setValue(bar.maximum())
    assert grid.time_column.geometry() == time_before and grid.header.geometry() == header_before
    first, last = grid.visible_columns()
    assert first > 0 and last == 39
    assert grid.cell_screen_rect(39, 0).left() <= 1, "the last instructor reaches the far (left) edge"
    assert grid.cell_screen_rect(0, 0).left() > grid.viewport().width(), "the first one scrolled out to the right"
    save_png(grid, "day_grid_40_instructors_end")


@pytest.mark.parametrize(
    ("day", "rows", "first", "last"),
    [(date(2027, 3, 26), 28, "07:00", "13:45"), (date(2026, 10, 25), 56, "07:00", "20:45")],
)
def test_daylight_saving_days_rows_and_lesson_positions(grid: DayGridView, day: date, rows: int, first: str, last: str):
    teacher = instructors(1)
    ten = lesson(teacher[0], "10:00", 45, day=day)
    grid.set_day(day_view(day, teacher, [ten]), noon(day))
    layout = grid.layout_
    assert layout.rows.count == rows and grid.geometry_.rows == rows
    assert layout.rows.rows[0].label() == first and layout.rows.rows[-1].label() == last
    block = layout.block_of(ten.id)
    assert layout.rows.rows[block.first_row].label() == "10:00" and block.row_count == 3
    assert grid.geometry_.block_rect(block).top() == pytest.approx(12 * grid.geometry_.metrics.row_height + 1)


def test_arrow_keys_move_the_focus_cell_in_the_direction_of_the_arrow(grid: DayGridView, qtbot: QtBot) -> None:
    grid.set_day(day_view(DAY, instructors(3)), noon(DAY))
    grid.setFocus()
    start = grid.focus_cell()
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert grid.focus_cell().column == start.column + 1, "left arrow goes to the next instructor in Hebrew"
    assert grid.cell_screen_rect(1, 0).left() < grid.cell_screen_rect(0, 0).left()
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.focus_cell() == type(start)(start.column, start.row + 1)
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert grid.focus_cell().row == start.row + 9


def test_enter_books_an_empty_cell_and_opens_a_lesson(grid: DayGridView, qtbot: QtBot) -> None:
    teachers = instructors(2)
    ten = lesson(teachers[1], "10:00", 45)
    grid.set_day(day_view(DAY, teachers, [ten]), noon(DAY))
    grid.set_focus_cell(0, 12)
    with qtbot.waitSignal(grid.booking_requested) as booking:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert booking.args == [teachers[0].id, at("10:00")]
    grid.set_focus_cell(1, 13)
    assert grid.selected_lesson() == ten.id
    with qtbot.waitSignal(grid.lesson_activated) as opened:
        qtbot.keyClick(grid, Qt.Key.Key_Enter)
    assert opened.args == [ten.id]


def test_modifier_arrows_ask_to_move_or_resize_the_focused_lesson(grid: DayGridView, qtbot: QtBot) -> None:
    teachers = instructors(2)
    ten = lesson(teachers[0], "10:00", 45)
    grid.set_day(day_view(DAY, teachers, [ten]), noon(DAY))
    grid.select_lesson(ten.id)
    with qtbot.waitSignal(grid.move_requested) as down:
        qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert down.args == [ten, Placement(teachers[0].id, at("10:15"), 45), "keyboard"]
    with qtbot.waitSignal(grid.move_requested) as sideways:
        qtbot.keyClick(grid, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert sideways.args[1] == Placement(teachers[1].id, at("10:00"), 45), "left = next instructor in Hebrew"
    with qtbot.waitSignal(grid.move_requested) as longer:
        qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert longer.args[1] == Placement(teachers[0].id, at("10:00"), 60)


def test_mouse_click_twice_on_an_empty_cell_books_it(grid: DayGridView, qtbot: QtBot) -> None:
    teachers = instructors(2)
    grid.set_day(day_view(DAY, teachers), noon(DAY))
    grid.scroll_to_row(0)
    target = grid.cell_screen_rect(1, 4).center()
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert grid.focus_cell() == type(grid.focus_cell())(1, 4)
    with qtbot.waitSignal(grid.booking_requested) as booking:
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert booking.args == [teachers[1].id, at("08:00")]


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_tooltip_and_screen_reader_describe_the_lesson(grid: DayGridView) -> None:
    teachers = instructors(1)
    student = uuid.uuid4()
    ten = lesson(teachers[0], "10:00", 45, (student,))
    grid.set_day(day_view(DAY, teachers, [ten]), noon(DAY))
    grid.select_lesson(ten.id)
    description = grid.accessibleDescription()
    assert "תלמיד 0" in description and "10:00" in description and teachers[0].name in description
    assert grid.accessibleName()
    center = grid.block_screen_rect(grid.layout_.block_of(ten.id)).center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, center, grid.viewport().mapToGlobal(center))
    QApplication.sendEvent(grid.viewport(), event)
    assert "תלמיד 0" in QToolTip.text()
    QToolTip.hideText()


def test_now_line_only_today(grid: DayGridView) -> None:
    teachers = instructors(1)
    grid.set_day(day_view(DAY, teachers), at("10:30"))
    assert grid.now_y() == pytest.approx(grid.geometry_.minute_y(210))
    grid.set_day(day_view(DAY, teachers), at("10:30", date(2026, 11, 24)))
    assert grid.now_y() is None


def test_initial_scroll_is_now_on_today_and_opening_otherwise(grid: DayGridView) -> None:
    teachers = instructors(1)
    grid.set_day(day_view(DAY, teachers), at("15:00"))
    row_height = grid.geometry_.metrics.row_height
    assert grid.verticalScrollBar().value() > 20 * row_height
    grid.set_day(day_view(date(2026, 11, 24), teachers), at("15:00"))
    assert grid.verticalScrollBar().value() == 0


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight])
def test_scrolling_moves_pixels_the_right_way(qtbot: QtBot, hebrew_app: QApplication, direction) -> None:
    """Scrolling moves the painted pixels and paints only the new strip; the result must equal a full
    repaint, in both directions (the right-to-left mirror of Qt's horizontal offset included)."""
    grid = DayGridView()
    grid.setLayoutDirection(direction)
    qtbot.addWidget(grid)
    grid.resize(900, 600)
    grid.show()
    teachers = instructors(20)
    lessons = [lesson(t, f"{8 + n % 10:02d}:00", 45 + 15 * (n % 3)) for n, t in enumerate(teachers)]
    grid.set_day(day_view(DAY, teachers, lessons), noon(DAY))

    def screen():
        QApplication.processEvents()
        return QApplication.primaryScreen().grabWindow(grid.winId()).toImage()

    before = screen()
    grid.horizontalScrollBar().setValue(grid.geometry_.column_width * 2 + 17)
    grid.verticalScrollBar().setValue(grid.verticalScrollBar().value() + 3 * grid.geometry_.metrics.row_height + 5)
    scrolled = screen()
    for part in (grid.viewport(), grid.header, grid.time_column):
        part.update()
    assert scrolled != before
    assert scrolled == screen(), "the scrolled pixels equal a fresh paint"


def test_a_fifteen_minute_lesson_stays_readable(grid: DayGridView) -> None:
    teachers = instructors(40)
    short = lesson(teachers[0], "10:00", 15, (uuid.uuid4(),))
    grid.set_day(day_view(DAY, teachers, [short]), noon(DAY))
    rect = grid.block_screen_rect(grid.layout_.block_of(short.id))
    metrics = grid.fontMetrics()
    assert rect.height() >= metrics.lineSpacing() + 2, "a line of text and the status icon fit"
    assert rect.width() >= metrics.horizontalAdvance("M") * 9, "columns keep a readable width even with 40"
