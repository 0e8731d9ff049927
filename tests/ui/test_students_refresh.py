"""A student created anywhere — the roster's editor, a dialog, an import, another thread's background
write — appears at once in the roster and in the booking search, without a restart, and the
notice crosses threads without Qt warnings (pytest fails on any)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.students.details import StudentDetails
from reinex_desktop.services.calendar.pinboard import MemoryPinStore
from reinex_desktop.services.students.editing import create_student
from reinex_desktop.ui.calendar.day_view import DayCalendarView
from reinex_desktop.ui.students.roster_view import StudentsView
from tests.students_seed import context_for, seed_clinic


def roster_names(view: StudentsView) -> list[str]:
    table = view.findChild(QTableView, "studentRoster")
    model = table.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_a_student_written_on_a_worker_thread_shows_everywhere_at_once(
    qtbot: QtBot, hebrew_app: QApplication, sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    clinic = seed_clinic(sqlite_engine)
    context = context_for(clinic.engine, Role.OFFICE)
    roster = StudentsView(context)
    calendar = DayCalendarView(context, pin_store=MemoryPinStore())
    for widget in (roster, calendar):
        qtbot.addWidget(widget)
    roster.show()
    assert not any("תמר" in name for name in roster_names(roster))
    assert calendar.service.directory().search("תמר") == []
    monkeypatch.setenv("REINEX_SYNC_OPERATIONS", "0")  # real background threads from here on

    writer = threading.Thread(target=lambda: create_student(context, StudentDetails("תמר", "גולן")))
    writer.start()
    writer.join()
    qtbot.waitUntil(lambda: any("תמר גולן" in name for name in roster_names(roster)), timeout=5000)
    assert [choice.name for choice in calendar.service.directory().search("תמר")] == ["תמר גולן"]
