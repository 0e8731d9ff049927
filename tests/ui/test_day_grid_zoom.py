"""The dense day grid: zoom keys and buttons, "fit all instructors", initials, and the side panel toggle."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reinex_desktop.data.demo import load_demo
from reinex_desktop.domain.calendar.zoom import DEFAULT_STEP, MIN_STEP, Zoom
from reinex_desktop.domain.clinic_time import clinic_zone, local_to_utc
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.calendar.pinboard import MemoryPinStore
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.ui.calendar.day_grid import DayGridView
from reinex_desktop.ui.calendar.day_view import DayCalendarView
from reinex_desktop.ui.calendar.grid_chrome import header_name
from tests.domain.calendar_builders import DAY, instructor, lesson
from tests.ui.calendar_helpers import day_view, noon
from tests.ui.conftest import save_png

TODAY = date(2026, 11, 22)
MONDAY = date(2026, 11, 23)


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[None]:
    """The user's settings in a fresh folder of this test."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings().clear()
    yield
    QSettings().clear()
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


@pytest.fixture
def demo_context(sqlite_engine, settings) -> AppContext:
    load_demo(sqlite_engine, "small", today=TODAY)
    now = local_to_utc(MONDAY, time(10, 20), clinic_zone())
    return AppContext(TenantDbGateway(sqlite_engine), UserContext.for_role(Role.OFFICE, "דנה"), clock=lambda: now)


def _screen(qtbot: QtBot, context: AppContext) -> DayCalendarView:
    view = DayCalendarView(context, pin_store=MemoryPinStore())
    qtbot.addWidget(view)
    view.resize(1600, 900)
    view.show()
    view.show_date(MONDAY)
    QApplication.processEvents()
    return view


def _grid_like(qtbot: QtBot, screen: DayCalendarView) -> DayGridView:
    """A grid exactly as large as the day screen's, for a 40-instructor day."""
    grid = DayGridView()
    qtbot.addWidget(grid)
    grid.resize(screen.grid.size())
    grid.show()
    return grid


def _forty() -> tuple[list, list]:
    first = ("שירה", "אביגיל", "נועה", "מיכל", "יעל")
    last = ("בן-דוד", "כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן")
    teachers = [instructor(f"{first[n % 5]} {last[n % 8]}", color=f"#{(n * 40) % 256:02x}80c0") for n in range(40)]
    lessons = [lesson(t, "09:00", 45, (uuid.uuid4(),)) for t in teachers]
    return teachers, lessons


def test_fit_all_shows_twenty_columns_of_forty_at_1600_px(
    qtbot: QtBot, hebrew_app: QApplication, demo_context: AppContext
) -> None:
    screen = _screen(qtbot, demo_context)
    assert screen.width() == 1600
    screen.density.fit_all.click()
    assert screen.grid.zoom().fit
    grid = _grid_like(qtbot, screen)
    teachers, lessons = _forty()
    grid.set_day(day_view(DAY, teachers, lessons), noon(DAY))
    assert grid.visible_columns()[1] - grid.visible_columns()[0] + 1 < 20, "the default size does not fit 20"
    grid.set_zoom(screen.grid.zoom())
    first, last = grid.visible_columns()
    whole = grid.viewport().width() // grid.geometry_.column_width
    assert whole >= 20 and last - first + 1 >= 20
    # The header shows a readable name or its initials; the block at least part of the student's name.
    bold = QFont(grid.header.font())
    bold.setBold(True)
    shown = header_name(teachers[0].name, QFontMetrics(bold), grid.geometry_.column_width - 12)
    assert shown and shown != "…"
    block = grid.layout_.block_of(lessons[0].id)
    rect = grid.block_screen_rect(block)
    assert rect.width() >= grid.fontMetrics().horizontalAdvance("M") * 3
    grid.select_lesson(lessons[0].id)
    save_png(grid, "day_grid_40_fit_all_he")


def test_header_name_falls_back_to_initials() -> None:
    metrics = QFontMetrics(QFont())
    name = "אביגיל בן-שושן"
    assert header_name(name, metrics, 1000) == name
    narrow = metrics.horizontalAdvance("אב״ב") + 2
    assert "״" in header_name(name, metrics, narrow)


def test_ctrl_plus_minus_zero_and_wheel_change_the_zoom_and_it_is_remembered(
    qtbot: QtBot, hebrew_app: QApplication, demo_context: AppContext
) -> None:
    screen = _screen(qtbot, demo_context)
    grid = screen.grid
    grid.setFocus()
    height, width = grid.geometry_.metrics.row_height, grid.geometry_.column_width
    qtbot.keyClick(grid, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert grid.zoom().step == DEFAULT_STEP + 1
    assert grid.geometry_.metrics.row_height > height and grid.geometry_.column_width >= width
    qtbot.keyClick(grid, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(grid, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert grid.zoom().step == DEFAULT_STEP - 1
    assert grid.geometry_.metrics.row_height < height
    center = QPointF(grid.viewport().rect().center())
    wheel = QWheelEvent(
        center,
        QPointF(grid.viewport().mapToGlobal(center.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(grid.viewport(), wheel)
    assert grid.zoom().step == DEFAULT_STEP - 2
    again = _screen(qtbot, demo_context)
    assert again.grid.zoom() == Zoom(DEFAULT_STEP - 2), "the zoom is remembered"
    qtbot.keyClick(again.grid, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.grid.zoom() == Zoom()
    assert _screen(qtbot, demo_context).grid.zoom() == Zoom()


def test_zoom_buttons_and_fit_are_remembered(qtbot: QtBot, hebrew_app: QApplication, demo_context) -> None:
    screen = _screen(qtbot, demo_context)
    screen.density.zoom_in.click()
    assert screen.grid.zoom().step == DEFAULT_STEP + 1
    screen.density.fit_all.click()
    assert screen.grid.zoom() == Zoom(MIN_STEP, True)
    again = _screen(qtbot, demo_context)
    assert again.grid.zoom() == Zoom(MIN_STEP, True) and again.density.fit_all.isChecked()


def test_side_panel_toggle_hides_shows_and_is_remembered(
    qtbot: QtBot, hebrew_app: QApplication, demo_context: AppContext
) -> None:
    screen = _screen(qtbot, demo_context)
    assert screen.side.isVisible() and screen.density.panel_toggle.isChecked()
    narrow = screen.grid.width()
    screen.density.panel_toggle.click()
    QApplication.processEvents()
    assert not screen.side.isVisible() and screen.grid.width() > narrow, "the grid takes the panel's room"
    again = _screen(qtbot, demo_context)
    assert not again.side.isVisible() and not again.density.panel_toggle.isChecked()
    again.density.panel_toggle.click()
    assert again.side.isVisible()
    assert _screen(qtbot, demo_context).side.isVisible()


def test_render_densest_and_default_in_hebrew(qtbot: QtBot, hebrew_app: QApplication, demo_context) -> None:
    screen = _screen(qtbot, demo_context)
    save_png(screen, "day_calendar_default_zoom_he")
    screen.density.fit_all.click()
    screen.density.set_panel_visible(False)
    QApplication.processEvents()
    save_png(screen, "day_calendar_fit_all_he")
    assert screen.grid.zoom().fit
