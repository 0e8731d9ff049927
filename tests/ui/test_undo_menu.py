"""The Edit menu and Ctrl+Z / Ctrl+Shift+Z: the desk's last move undone and redone from the window,
named in the menu and in a status-bar toast; a lesson changed by another desk is reported, not overwritten."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reinex_desktop.domain.calendar.moves import Placement
from reinex_desktop.services.calendar import scheduling
from reinex_desktop.ui import main_window
from reinex_desktop.ui.main_window import MainWindow
from tests.calendar_fixtures import DAY, NOW, CalendarWorld, at


@pytest.fixture
def world(sqlite_engine):
    w = CalendarWorld(sqlite_engine)
    w.avi = w.instructor("אבי")
    w.dana = w.instructor("דנה")
    w.riding = w.service("רכיבה")
    for teacher in (w.avi, w.dana):
        w.capability(teacher, w.riding)
    w.noa = w.student("נועה", "כהן")
    w.lesson_id = w.lesson(w.avi, w.riding, at(DAY, "10:00"), 45, [w.noa])
    return w


def _action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None
    return action


def _window(qtbot: QtBot, context) -> MainWindow:
    window = MainWindow(context, language="he")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _press(qtbot: QtBot, window: MainWindow, modifiers: Qt.KeyboardModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, modifiers)


def test_ctrl_z_undoes_the_move_and_ctrl_shift_z_redoes_it(qtbot: QtBot, hebrew_app: QApplication, world) -> None:
    desk = world.context()
    window = _window(qtbot, desk)
    undo, redo = _action(window, "undo"), _action(window, "redo")
    assert not undo.isEnabled() and not redo.isEnabled()

    lesson = desk.gateway.lesson(world.lesson_id)
    scheduling.reschedule(desk, lesson, Placement(world.dana, at(DAY, "12:00"), 45), via="drag")
    assert undo.isEnabled() and undo.text() == "&בטל „השיעור הועבר”"
    assert window.statusBar().currentMessage() == "השיעור הועבר — לביטול: Ctrl+Z"

    _press(qtbot, window, Qt.KeyboardModifier.ControlModifier)
    back = desk.gateway.lesson(world.lesson_id)
    assert (back.instructor_employee_id, back.datetime_start) == (world.avi, at(DAY, "10:00"))
    assert not undo.isEnabled() and redo.isEnabled()
    assert "השיעור הועבר" in window.statusBar().currentMessage()

    _press(qtbot, window, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    again = desk.gateway.lesson(world.lesson_id)
    assert (again.instructor_employee_id, again.datetime_start) == (world.dana, at(DAY, "12:00"))
    assert undo.isEnabled() and not redo.isEnabled()
    events = desk.gateway.audit_events(entity_type="lesson_instances", entity_id=str(world.lesson_id))
    assert sorted(e.metadata.get("via") for e in events if e.action == "lesson.reschedule") == ["drag", "redo", "undo"]


def test_undo_after_another_desk_changed_the_lesson_is_reported_and_changes_nothing(
    qtbot: QtBot, hebrew_app: QApplication, world, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(main_window, "show_error", lambda _parent, error: shown.append(error))
    desk = world.context(now=NOW)
    window = _window(qtbot, desk)
    scheduling.reschedule(
        desk, desk.gateway.lesson(world.lesson_id), Placement(world.dana, at(DAY, "12:00"), 45), via="drag"
    )
    other = world.context(now=NOW + timedelta(minutes=1))
    scheduling.reschedule(
        other, other.gateway.lesson(world.lesson_id), Placement(world.avi, at(DAY, "15:00"), 45), via="drag"
    )

    _action(window, "undo").trigger()
    [error] = shown
    assert getattr(error, "code", None) == "conflict"
    now = desk.gateway.lesson(world.lesson_id)
    assert (now.instructor_employee_id, now.datetime_start) == (world.avi, at(DAY, "15:00"))
    assert not _action(window, "undo").isEnabled()


def test_the_edit_menu_undoes_a_booking_and_names_it(qtbot: QtBot, hebrew_app: QApplication, world) -> None:
    desk = world.context()
    window = _window(qtbot, desk)
    request = scheduling.BookingRequest(world.dana, world.riding, at(DAY, "13:00"), 45, (world.noa,))
    lesson_id = scheduling.book_lesson(desk, request)
    undo = _action(window, "undo")
    assert undo.text() == "&בטל „השיעור נקבע”"
    assert window.statusBar().currentMessage() == "השיעור נקבע — לביטול: Ctrl+Z"
    undo.trigger()
    assert desk.gateway.lesson(lesson_id).status.value == "cancelled_clinic"
    assert window.statusBar().currentMessage() == "בוטל: השיעור נקבע — לביצוע שוב: Ctrl+Shift+Z"
    assert _action(window, "redo").text() == "&בצע שוב „השיעור נקבע”"


def test_the_menu_follows_a_language_switch_and_a_closed_window_stops_listening(
    qtbot: QtBot, hebrew_app: QApplication, world
) -> None:
    desk = world.context()
    window = _window(qtbot, desk)
    window.set_language("en")
    scheduling.reschedule(
        desk, desk.gateway.lesson(world.lesson_id), Placement(world.dana, at(DAY, "12:00"), 45), via="drag"
    )
    assert _action(window, "undo").text() == "&Undo “Lesson moved”"
    assert window.statusBar().currentMessage() == "Lesson moved — Undo: Ctrl+Z"
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: not desk.undo._listeners)
