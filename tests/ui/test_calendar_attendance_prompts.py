"""Before a chargeable status change the calendar shows the charge the rules will apply; a correction
asks for its reason. Declining either changes nothing (plan §5.4)."""

from __future__ import annotations

import uuid
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from reinex_desktop.data import tables as t
from reinex_desktop.domain.attendance.rules import AttendanceAction
from reinex_desktop.domain.clinic_time import local_to_utc
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.calendar.pinboard import MemoryPinStore
from reinex_desktop.ui.calendar import attendance_prompts, prompts
from reinex_desktop.ui.calendar.day_view import DayCalendarView
from tests.calendar_fixtures import DAY, ZONE, CalendarWorld, at

#: Eight hours after the fixed clock (08:00 on 22.11): inside the 24-hour cancellation window.
SOON = local_to_utc(date(2026, 11, 22), time(16), ZONE)


@pytest.fixture
def world(sqlite_engine):
    w = CalendarWorld(sqlite_engine)
    w.avi = w.instructor("אבי", color="#ff7043")
    w.riding = w.service("רכיבה", color="#7cb342")
    w.capability(w.avi, w.riding)
    w.noa = w.student("נועה", "כהן", phone="050-1234567")
    return w


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, error: shown.append(prompts.error_text(error)))
    return shown


def open_view(qtbot: QtBot, world: CalendarWorld, role: Role = Role.OFFICE) -> DayCalendarView:
    view = DayCalendarView(world.context(role), pin_store=MemoryPinStore())
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.show_date(DAY)
    QApplication.processEvents()
    return view


def participant(world: CalendarWorld, lesson_id: uuid.UUID) -> t.ParticipantRow:
    return world.gateway().lesson(lesson_id).participants[0]


def answer_modal(qtbot: QtBot, answer, seen: list) -> None:
    """When the next modal dialog opens: remember it, then answer it with `answer(dialog)`."""

    def respond() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, respond)
            return
        seen.append(dialog)
        answer(dialog)

    QTimer.singleShot(0, respond)


def test_declining_the_charge_preview_writes_nothing(qtbot, hebrew_app, world, errors) -> None:
    lesson_id = world.lesson(world.avi, world.riding, SOON, 45, [world.noa], metadata={"price_override": "180.00"})
    view = open_view(qtbot, world)
    seen: list = []

    def decline(box: QMessageBox) -> None:
        Path("artifacts").mkdir(exist_ok=True)
        box.grab().save("artifacts/attendance_charge_preview.png")
        [reject] = [b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.RejectRole]
        reject.click()

    answer_modal(qtbot, decline, seen)
    view.record_attendance(AttendanceAction.CANCEL_BY_STUDENT, lesson_id, participant(world, lesson_id).id)

    [box] = seen
    assert isinstance(box, QMessageBox)
    text = box.informativeText()
    assert "24" in text and "100%" in text and "180.00" in text, text
    after = participant(world, lesson_id)
    assert after.participant_status == "scheduled" and after.price_charged is None
    assert world.gateway().audit_events(entity_type="lesson_participants") == []
    assert errors == []


def test_the_preview_names_the_rule_and_confirming_records_that_charge(
    qtbot, hebrew_app, world, errors, monkeypatch
) -> None:
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    world.setting("no_show_charge_percent", 50)
    late = world.lesson(world.avi, world.riding, SOON, 45, [world.noa], metadata={"price_override": "200.00"})
    asked: list[str] = []

    def ask(_parent, preview, student) -> bool:
        asked.append(attendance_prompts.charge_text(preview))
        return True

    monkeypatch.setattr(attendance_prompts, "ask_charge", ask)
    view = open_view(qtbot, world)
    # more than 24 hours ahead: cancelled in time, no charge — said before recording
    view.record_attendance(AttendanceAction.CANCEL_BY_STUDENT, lesson_id, participant(world, lesson_id).id)
    view.record_attendance(AttendanceAction.CANCEL_BY_STUDENT, late, participant(world, late).id)
    assert len(asked) == 2 and "180" not in asked[0] and "200.00" in asked[1] and "24" in asked[1], asked
    assert participant(world, lesson_id).participant_status == "cancelled_student"
    assert participant(world, late).price_charged == pytest.approx(200)
    assert errors == []


def test_correct_asks_for_a_reason_and_passes_it_on(qtbot, hebrew_app, world, errors) -> None:
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    view = open_view(qtbot, world, Role.OWNER)
    pid = participant(world, lesson_id).id
    view.attendance.cancel_by_clinic(lesson_id, pid)
    assert participant(world, lesson_id).participant_status == "cancelled_clinic"
    seen: list = []

    def cancel(dialog: QInputDialog) -> None:
        dialog.reject()

    answer_modal(qtbot, cancel, seen)
    view.record_attendance(AttendanceAction.CORRECT, lesson_id, pid)
    assert isinstance(seen[0], QInputDialog)
    assert participant(world, lesson_id).participant_status == "cancelled_clinic"

    def empty_then_reason(dialog: QInputDialog) -> None:
        dialog.setTextValue("   ")
        answer_modal(qtbot, lambda warning: (warning.accept(), answer_modal(qtbot, with_reason, seen)), seen)
        dialog.accept()

    def with_reason(dialog: QInputDialog) -> None:
        dialog.setTextValue("סומן בטעות")
        dialog.accept()

    answer_modal(qtbot, empty_then_reason, seen)
    view.record_attendance(AttendanceAction.CORRECT, lesson_id, pid)
    assert [type(d) for d in seen[1:]] == [QInputDialog, QMessageBox, QInputDialog]
    after = participant(world, lesson_id)
    assert after.participant_status == "scheduled"
    corrections = after.metadata.get("corrections")
    assert corrections and corrections[-1]["reason"] == "סומן בטעות", after.metadata
    assert errors == []
