"""Opening a day that is not today shows its first lessons; today still opens at now."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reinex_desktop.ui.calendar.day_grid import DayGridView
from tests.domain.calendar_builders import DAY, at, lesson
from tests.ui.calendar_helpers import day_view, instructors
from tests.ui.conftest import save_png

OTHER_DAY = date(2026, 11, 24)


@pytest.fixture
def grid(qtbot: QtBot, hebrew_app: QApplication) -> DayGridView:
    widget = DayGridView()
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    widget.show()
    return widget


def test_a_day_whose_first_lesson_is_at_two_opens_with_it_in_sight(grid: DayGridView) -> None:
    teachers = instructors(3)
    first = lesson(teachers[2], "14:00", students=(uuid.uuid4(),), day=OTHER_DAY)
    later = lesson(teachers[0], "16:30", students=(uuid.uuid4(),), day=OTHER_DAY)
    grid.set_day(day_view(OTHER_DAY, teachers, [later, first]), at("09:00"))
    block = grid.layout_.block_of(first.id)
    top, bottom = grid.visible_rows()
    assert top > 0, "not stuck at the opening hour"
    assert top < block.first_row and block.first_row + block.row_count <= bottom, "the whole first lesson is shown"
    assert grid.focus_cell() == type(grid.focus_cell())(2, block.first_row), "the focus is on the first lesson"
    rect = grid.block_screen_rect(block)
    assert grid.viewport().rect().contains(rect.toRect()), "painted inside the viewport"
    save_png(grid, "day_grid_opens_at_first_lesson")


def test_a_morning_day_and_an_empty_day_still_open_at_business_hours(grid: DayGridView) -> None:
    teachers = instructors(2)
    grid.set_day(day_view(OTHER_DAY, teachers, [lesson(teachers[0], "09:00", day=OTHER_DAY)]), at("09:00"))
    assert grid.verticalScrollBar().value() == 0
    grid.set_day(day_view(OTHER_DAY, teachers), at("15:00"))
    assert grid.verticalScrollBar().value() == 0


def test_today_still_opens_at_now_even_with_an_earlier_first_lesson(grid: DayGridView) -> None:
    teachers = instructors(1)
    grid.set_day(day_view(DAY, teachers, [lesson(teachers[0], "08:00")]), at("16:00"))
    now_row = grid.layout_.rows.row_at(at("16:00"))
    top, bottom = grid.visible_rows()
    assert top <= now_row <= bottom and top > grid.layout_.rows.row_at(at("08:00"))
    assert grid.focus_cell().row == now_row
