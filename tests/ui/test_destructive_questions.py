"""Nothing destructive on one click (REQUIREMENTS screen 12): every cancellation, a reset forward, an
undo and a booking when the clinic is closed ask first, in numbers, with the safe button as the
default — so pressing Enter (or Escape) on the question changes nothing: same rows, same audit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from reinex_desktop.data import tables as t
from reinex_desktop.domain.attendance.rules import AttendanceAction
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.calendar.pinboard import MemoryPinStore
from reinex_desktop.ui.calendar import prompts
from reinex_desktop.ui.calendar.booking_dialog import BookingDialog
from reinex_desktop.ui.calendar.day_view import DayCalendarView
from tests.calendar_fixtures import DAY, CalendarWorld, at


@pytest.fixture(autouse=True)
def inline_operations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REINEX_SYNC_OPERATIONS", "1")


@pytest.fixture
def world(sqlite_engine):
    w = CalendarWorld(sqlite_engine)
    w.avi = w.instructor("אבי", color="#ff7043")
    w.group = w.service("קבוצה", color="#ab47bc", minutes=60)
    w.capability(w.avi, w.group, max_students=4)
    w.noa = w.student("נועה", "כהן", phone="050-1234567")
    w.yoni = w.student("יוני", "לוי", phone="052-7654321")
    return w


def snapshot(engine: Engine) -> dict[str, object]:
    """Everything a cancellation could change: row counts, statuses and the audit trail."""
    with engine.connect() as connection:
        return {
            "lessons": connection.execute(sa.select(t.InstanceRow.id, t.InstanceRow.status)).all(),
            "participants": connection.execute(
                sa.select(t.ParticipantRow.id, t.ParticipantRow.participant_status)
            ).all(),
            "overrides": connection.execute(sa.select(sa.func.count()).select_from(t.OverrideRow)).scalar(),
            "audit": connection.execute(sa.select(sa.func.count()).select_from(t.AuditEventRow)).scalar(),
        }


def press_on_question(key: Qt.Key, seen: list[str]) -> None:
    """When the next question opens: keep its text and press `key` on it (Enter: the default button)."""

    def respond() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, respond)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        QtBot.keyClick(box, key)

    QTimer.singleShot(0, respond)


def open_view(qtbot: QtBot, world: CalendarWorld) -> DayCalendarView:
    view = DayCalendarView(world.context(Role.OFFICE), pin_store=MemoryPinStore())
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.show_date(DAY)
    QApplication.processEvents()
    return view


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_declining_a_clinic_cancellation_changes_nothing(qtbot, hebrew_app, world, key) -> None:
    template = world.template(world.noa, world.avi, world.group, DAY)
    lesson_id = world.lesson(
        world.avi, world.group, at(DAY, "10:00"), 60, [world.noa, world.yoni], source="weekly_generation",
        template=template,
    )  # fmt: skip
    view = open_view(qtbot, world)
    participant = world.gateway().lesson(lesson_id).participants[0]
    before = snapshot(world.engine)
    actions: list[Callable[[], None]] = [
        lambda: view.cancel_whole_lesson(lesson_id),
        lambda: view.cancel_this_date(lesson_id),
        lambda: view.record_attendance(AttendanceAction.CANCEL_BY_CLINIC, lesson_id, participant.id),
    ]
    seen: list[str] = []
    for action in actions:
        press_on_question(key, seen)
        action()
        assert snapshot(world.engine) == before
    assert len(seen) == 3
    assert "2" in seen[0] and "2" in seen[1], "the question says how many students are cancelled"
    assert participant.student_name in seen[2] and "1" in seen[2]


def test_accepting_the_cancellation_cancels_the_lesson(qtbot, hebrew_app, world, monkeypatch) -> None:
    lesson_id = world.lesson(world.avi, world.group, at(DAY, "10:00"), 60, [world.noa, world.yoni])
    view = open_view(qtbot, world)
    monkeypatch.setattr(prompts, "ask_destructive", lambda *_args: True)
    view.cancel_whole_lesson(lesson_id)
    assert world.gateway().lesson(lesson_id).is_cancelled


def test_a_scheduling_conflict_question_keeps_things_as_they_were_on_enter(qtbot, hebrew_app, world) -> None:
    import uuid

    from reinex_desktop.domain.conflicts import Booking, Conflict, ConflictKind

    booking = Booking(uuid.uuid4(), world.avi, world.group, at(DAY, "10:00"), at(DAY, "11:00"), (world.noa,))
    conflict = Conflict(ConflictKind.INSTRUCTOR_OVERLAP, booking)
    seen: list[str] = []
    press_on_question(Qt.Key.Key_Return, seen)
    assert prompts.ask_conflicts(None, [conflict], "Move anyway?") is False
    assert seen


def test_booking_on_a_closed_day_asks_and_enter_books_nothing(qtbot, hebrew_app, world) -> None:
    view = open_view(qtbot, world)
    saturday = DAY + timedelta(days=5)
    assert saturday.isoweekday() == 6
    for start in (at(saturday, "10:00"), at(DAY, "22:00")):  # the weekly day off; after closing time
        dialog = BookingDialog(view.service, world.avi, start, view)
        qtbot.addWidget(dialog)
        dialog.picker.choose(world.noa)
        dialog.picker.student_activated.emit(world.noa)
        before = snapshot(world.engine)
        seen: list[str] = []
        press_on_question(Qt.Key.Key_Return, seen)
        dialog.submit()
        assert seen and dialog.booked_id is None and snapshot(world.engine) == before
        dialog.close()
    assert "שבוע" in seen[0] or "weekday" in seen[0] or seen[0]


def test_enter_in_the_student_search_never_books(qtbot, hebrew_app, world) -> None:
    view = open_view(qtbot, world)
    dialog = BookingDialog(view.service, world.avi, at(DAY, "12:00"), view)
    qtbot.addWidget(dialog)
    dialog.show()
    before = snapshot(world.engine)
    dialog.picker.search.setFocus()
    dialog.picker.search.setText("נועה")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert dialog.student_ids() == (world.noa,), "Enter picks the student"
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Enter)
    assert dialog.booked_id is None and dialog.isVisible() and snapshot(world.engine) == before
    dialog.book_button.setFocus()
    qtbot.keyClick(dialog.book_button, Qt.Key.Key_Return)  # on the focused Book button, Enter books
    assert dialog.booked_id is not None


def test_declining_undo_changes_nothing(qtbot, hebrew_app, sqlite_engine, monkeypatch) -> None:
    from reinex_desktop.data.demo import load_demo
    from reinex_desktop.domain.generation.runs import RunKind
    from tests.ui.test_generation_view import _button, _label, _view

    load_demo(sqlite_engine, "small")
    view = _view(qtbot, sqlite_engine)
    view.show_date(view._context.today() + timedelta(days=21))
    assert int(_label(view, "count_instances")) > 0
    with monkeypatch.context() as patched:
        patched.setattr(prompts, "ask_destructive", lambda *_args: True)
        view.apply()
    before = snapshot(sqlite_engine)
    seen: list[str] = []
    press_on_question(Qt.Key.Key_Return, seen)
    _button(view, "undoButton").click()
    assert seen and snapshot(sqlite_engine) == before and _button(view, "undoButton").isVisible()
    assert view._undo is not None and str(view._undo.run.instances_created) in seen[0]
    assert view._undo.run.kind is RunKind.WEEKLY_GENERATION


def test_declining_a_reset_forward_changes_nothing(qtbot, hebrew_app, sqlite_engine) -> None:
    from PySide6.QtWidgets import QRadioButton

    from reinex_desktop.data.demo import load_demo
    from tests.ui.test_generation_view import _button, _label, _view

    load_demo(sqlite_engine, "small")
    view = _view(qtbot, sqlite_engine)
    view.findChild(QRadioButton, "modeReset").setChecked(True)
    with sqlite_engine.connect() as connection:
        some = tuple(connection.scalars(sa.select(t.TemplateRow.id).where(t.TemplateRow.is_active).limit(3)))
    view.set_reset_templates(some)
    view.preview()
    removed = int(_label(view, "count_remove"))
    assert removed > 0
    before = snapshot(sqlite_engine)
    seen: list[str] = []
    press_on_question(Qt.Key.Key_Return, seen)
    _button(view, "applyButton").click()
    assert seen and str(removed) in seen[0] and snapshot(sqlite_engine) == before


def test_ending_a_series_states_its_lessons_after_the_date_and_enter_keeps_it(qtbot, hebrew_app, sqlite_engine) -> None:
    from PySide6.QtWidgets import QPushButton

    from reinex_desktop.data.demo import load_demo
    from reinex_desktop.ui.generation.templates_view import EndSeriesDialog
    from tests.ui.test_generation_templates_view import _view as templates_view

    load_demo(sqlite_engine, "small")
    view = templates_view(qtbot, sqlite_engine)
    with sqlite_engine.connect() as connection:
        template_id = connection.scalar(
            sa.select(t.InstanceRow.template_id).where(t.InstanceRow.template_id.is_not(None)).limit(1)
        )
    assert view.select(template_id)
    before = snapshot(sqlite_engine)
    view.findChild(QPushButton, "endTemplate").click()
    dialog = view.findChild(EndSeriesDialog)
    assert dialog is not None and dialog.isVisible()
    today = view._context.today()
    dialog.last.setDate(QDate(today.year, today.month, today.day))  # lessons of the coming weeks follow it
    counted = dialog.after.text()
    assert any(char.isdigit() and char != "0" for char in counted.split(":")[-1]), counted
    assert dialog.keep_button.isDefault() and not dialog.end_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == 0
    assert snapshot(sqlite_engine) == before
