"""The managers' week: the model (qtmodeltester), counts and load, click-through to the day, PNG."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from reinex_desktop.data.demo import load_demo
from reinex_desktop.domain.clinic_time import clinic_zone, local_to_utc
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.ui.calendar.week_model import CellRole, CountRole, WeekMode
from reinex_desktop.ui.calendar.week_view import WeekCalendarView
from reinex_desktop.ui.main_window import MainWindow
from tests.ui.conftest import save_png

TODAY = date(2026, 11, 22)


@pytest.fixture
def demo_context(sqlite_engine, monkeypatch: pytest.MonkeyPatch) -> AppContext:
    load_demo(sqlite_engine, "small", today=TODAY)
    now = local_to_utc(TODAY, time(9), clinic_zone())
    return AppContext(TenantDbGateway(sqlite_engine), UserContext.for_role(Role.ADMIN, "מנהלת"), clock=lambda: now)


def test_week_model_passes_the_model_tester_in_both_modes(
    qtbot: QtBot, qtmodeltester: ModelTester, hebrew_app: QApplication, demo_context: AppContext
) -> None:
    view = WeekCalendarView(demo_context)
    qtbot.addWidget(view)
    model = view.model
    qtmodeltester.check(model)
    days = view.view.summary.days
    assert days[0] == TODAY and len(days) == 6
    assert model.rowCount() == len(view.view.summary.instructors) + 1 and model.columnCount() == 7
    total = model.index(model.rowCount() - 1, model.columnCount() - 1).data(CellRole)
    lessons = demo_context.gateway.lessons_between(
        local_to_utc(days[0], time(0), clinic_zone()), local_to_utc(date(2026, 11, 28), time(0), clinic_zone())
    )
    assert total.lessons + total.cancelled == len(lessons), "every lesson of the week is counted once"
    first = model.index(0, 1).data(CellRole)
    if first.available_minutes:
        assert first.load == first.booked_minutes / first.available_minutes
    else:
        assert first.load is None, "an instructor who does not work that day has no load"
    view.by_hour.setChecked(True)
    assert model.mode is WeekMode.HOURS
    qtmodeltester.check(model)
    assert (
        sum(model.index(r, model.columnCount() - 1).data(CountRole) for r in range(model.rowCount() - 1))
        == total.lessons
    )


def test_click_through_opens_the_day_on_the_instructor(qtbot: QtBot, hebrew_app: QApplication, demo_context) -> None:
    window = MainWindow(demo_context, language="he")
    qtbot.addWidget(window)
    window.show()
    assert window.section_keys[:2] == ["day", "week"], "the day calendar opens first, the week next"
    week = window.open_section("week", date(2026, 11, 23))
    assert isinstance(week, WeekCalendarView)
    QApplication.processEvents()
    monday = week.model.index(2, 1)
    instructor = week.model.instructor_of(2)
    with qtbot.waitSignal(week.day_requested) as asked:
        rect = week.table.visualRect(monday)
        qtbot.mouseClick(week.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked.args == [date(2026, 11, 23), instructor]
    day = window.current_section()
    assert day.objectName() == "dayCalendar" and day.current_day() == date(2026, 11, 23)
    column = day.grid.focus_cell().column
    assert day.view.layout.columns[column].instructor.id == instructor


def test_week_view_png_in_hebrew(qtbot: QtBot, hebrew_app: QApplication, demo_context) -> None:
    view = WeekCalendarView(demo_context)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    QApplication.processEvents()
    assert view.title.text() == "22 בנובמבר – 27 בנובמבר 2026"
    save_png(view, "week_view_he")
    view.by_hour.setChecked(True)
    QApplication.processEvents()
    save_png(view, "week_view_by_hour_he")


def test_instructors_do_not_get_the_week_section(qtbot: QtBot, hebrew_app: QApplication, demo_context) -> None:
    instructor = demo_context.gateway.instructors()[0]
    context = AppContext(
        demo_context.gateway, UserContext.for_role(Role.INSTRUCTOR, instructor.name, employee_id=instructor.id)
    )
    window = MainWindow(context, language="he")
    qtbot.addWidget(window)
    assert "week" not in window.section_keys and window.section_keys[0] == "day"
