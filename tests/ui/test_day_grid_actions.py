"""The day screen carries out what the grid asks — through the services, with audit events — and asks
first when a change would cause a conflict (changing nothing when the answer is no)."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.calendar.pinboard import MemoryPinStore
from reinex_desktop.ui.calendar import prompts
from reinex_desktop.ui.calendar.booking_dialog import BookingDialog
from reinex_desktop.ui.calendar.day_grid import lesson_mime
from reinex_desktop.ui.calendar.day_view import DayCalendarView
from tests.calendar_fixtures import DAY, ZONE, CalendarWorld, at


@pytest.fixture(autouse=True)
def inline_operations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REINEX_SYNC_OPERATIONS", "1")


@pytest.fixture
def world(sqlite_engine):
    w = CalendarWorld(sqlite_engine)
    w.avi = w.instructor("אבי", color="#ff7043")
    w.dana = w.instructor("דנה", color="#42a5f5")
    w.riding = w.service("רכיבה", color="#7cb342")
    w.group = w.service("קבוצה", color="#ab47bc", minutes=60)
    for teacher in (w.avi, w.dana):
        w.capability(teacher, w.riding)
    w.capability(w.dana, w.group, max_students=4)
    w.noa = w.student("נועה", "כהן", phone="050-1234567")
    w.yoni = w.student("יוני", "לוי", phone="052-7654321")
    return w


class Questions(list):
    """Every conflict question asked (its lines); each answered with `answer`. Questions before a
    cancellation are answered yes and kept in `destructive` (their own tests decline them)."""

    answer = False

    def __init__(self) -> None:
        super().__init__()
        self.destructive: list[str] = []


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    asked = Questions()

    def ask(_parent, conflicts, _question) -> bool:
        asked.append(prompts.conflict_lines(conflicts))
        return asked.answer

    monkeypatch.setattr(prompts, "ask_conflicts", ask)
    monkeypatch.setattr(
        prompts, "ask_destructive", lambda _parent, _title, question, *_rest: not asked.destructive.append(question)
    )
    monkeypatch.setattr(
        prompts, "show_error", lambda _parent, error: asked.append(["error", prompts.error_text(error)])
    )
    monkeypatch.setattr(prompts, "show_info", lambda _parent, title, text: asked.append(["info", title, text]))
    return asked


def open_view(qtbot: QtBot, world: CalendarWorld, role: Role = Role.OFFICE, **kwargs) -> DayCalendarView:
    view = DayCalendarView(world.context(role, **kwargs), pin_store=MemoryPinStore())
    qtbot.addWidget(view)
    view.resize(1400, 860)
    view.show()
    view.show_date(DAY)
    QApplication.processEvents()
    return view


def events(world: CalendarWorld, lesson_id: uuid.UUID) -> list:
    return world.gateway().audit_events(entity_type="lesson_instances", entity_id=str(lesson_id))


def test_keyboard_move_goes_through_the_services_and_is_audited(qtbot, hebrew_app, world, questions) -> None:
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    view = open_view(qtbot, world)
    grid = view.grid
    assert grid.select_lesson(lesson_id)
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()  # the change notice refreshes the screen from the event loop
    moved = world.gateway().lesson(lesson_id)
    assert moved.datetime_start == at(DAY, "10:15") and moved.manually_edited
    [event] = events(world, lesson_id)
    assert event.action == "lesson.reschedule" and event.metadata["via"] == "keyboard"
    assert grid.selected_lesson() == lesson_id, "the focus follows the moved lesson"
    assert view.view.layout.block_of(lesson_id).first_row == 13
    qtbot.keyClick(grid, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert world.gateway().lesson(lesson_id).instructor_employee_id == world.dana
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert world.gateway().lesson(lesson_id).duration_minutes == 60
    assert questions == []


def test_a_conflicting_move_asks_first_and_changes_nothing_when_declined(qtbot, hebrew_app, world, questions):
    world.lesson(world.dana, world.riding, at(DAY, "10:00"), 45, [world.yoni])
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    view = open_view(qtbot, world)
    before = world.gateway().lesson(lesson_id)
    view.grid.select_lesson(lesson_id)
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # onto Dana at 10:00
    assert len(questions) == 1 and questions[0] == ["למדריך/ה כבר יש שיעור אחר בשעה זו."]
    assert world.gateway().lesson(lesson_id) == before, "declined: nothing changed"
    assert events(world, lesson_id) == []
    questions.answer = True
    qtbot.keyClick(view.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert len(questions) == 2
    QApplication.processEvents()
    after = world.gateway().lesson(lesson_id)
    assert after.instructor_employee_id == world.dana
    [event] = events(world, lesson_id)
    assert event.metadata["accepted_conflicts"] == 1
    assert view.view.layout.block_of(lesson_id).conflicted


def _drop(view: DayCalendarView, lesson_id: uuid.UUID, column: int, row: int, source: str = "grid") -> None:
    grid = view.grid
    grid.ensure_visible(type(grid.focus_cell())(column, row))
    where = QPointF(grid.cell_screen_rect(column, row).center())
    mime = lesson_mime(lesson_id, source)
    actions = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(grid.viewport(), enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(where.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(grid.viewport(), move)
    assert grid._drag_target is not None and grid._drag_target[:2] == (column, row)
    QApplication.sendEvent(grid.viewport(), QDropEvent(where, actions, mime, buttons, mods))


def test_drag_and_drop_moves_to_the_cell_under_the_mouse(qtbot, hebrew_app, world, questions) -> None:
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    view = open_view(qtbot, world)
    columns = [c.instructor.id for c in view.view.layout.columns]
    dana = columns.index(world.dana)
    assert view.grid.cell_screen_rect(dana, 0).left() < view.grid.cell_screen_rect(columns.index(world.avi), 0).left()
    _drop(view, lesson_id, dana, 22)  # 12:30, the column to the left in Hebrew
    moved = world.gateway().lesson(lesson_id)
    assert (moved.instructor_employee_id, moved.datetime_start) == (world.dana, at(DAY, "12:30"))
    [event] = events(world, lesson_id)
    assert event.metadata["via"] == "drag"


def test_read_only_users_cannot_drop(qtbot, hebrew_app, world, questions) -> None:
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    view = open_view(qtbot, world, Role.READ_ONLY)
    where = view.grid.cell_screen_rect(0, 20).center()
    enter = QDragEnterEvent(
        where,
        Qt.DropAction.MoveAction,
        lesson_mime(lesson_id, "grid"),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.grid.viewport(), enter)
    assert not enter.isAccepted()
    assert not view.book_button.isEnabled()


def test_booking_an_empty_cell_through_the_dialog(qtbot, hebrew_app, world, questions, monkeypatch) -> None:
    view = open_view(qtbot, world)
    seen: list[BookingDialog] = []

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, BookingDialog)
        seen.append(dialog)
        assert [dialog.kind.itemText(i) for i in range(dialog.kind.count())] == ["רכיבה"], "only what Avi gives"
        assert dialog.picker.choose(world.noa)
        dialog.picker.student_activated.emit(world.noa)
        assert "1" in dialog.seats.text()
        dialog.note.setText("שיעור השלמה")
        dialog.submit()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(view, "exec_dialog", drive)
    avi = [c.instructor.id for c in view.view.layout.columns].index(world.avi)
    view.grid.set_focus_cell(avi, 20)  # 12:00
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert seen and seen[0].booked_id is not None
    booked = world.gateway().lesson(seen[0].booked_id)
    assert booked.datetime_start == at(DAY, "12:00") and booked.instructor_employee_id == world.avi
    assert booked.metadata["note"] == "שיעור השלמה" and [p.student_id for p in booked.participants] == [world.noa]
    assert [e.action for e in events(world, booked.id)] == ["lesson.book"]
    assert view.grid.selected_lesson() == booked.id


def test_booking_into_a_conflict_is_asked_and_declined_keeps_the_dialog(qtbot, hebrew_app, world, questions):
    world.lesson(world.dana, world.riding, at(DAY, "12:00"), 45, [world.noa])
    view = open_view(qtbot, world)
    dialog = BookingDialog(view.service, world.avi, at(DAY, "12:15"), view)
    qtbot.addWidget(dialog)
    dialog.picker.choose(world.noa)
    dialog.picker.student_activated.emit(world.noa)
    dialog.submit()
    assert len(questions) == 1 and dialog.booked_id is None and dialog.result() != QDialog.DialogCode.Accepted
    day = world.gateway().lessons_between(at(DAY, "00:00"), at(DAY, "00:00") + timedelta(days=1))
    assert len(day) == 1


def test_pinboard_parks_a_lesson_and_places_it_on_another_day(qtbot, hebrew_app, world, questions) -> None:
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    view = open_view(qtbot, world)
    view.pin_lesson(lesson_id)
    assert view.pins.ids() == [lesson_id]
    assert world.gateway().lesson(lesson_id).datetime_start == at(DAY, "10:00"), "parking changes nothing"
    later = DAY + timedelta(days=2)
    view.show_date(later)
    dana = [c.instructor.id for c in view.view.layout.columns].index(world.dana)
    view.grid.set_focus_cell(dana, 28)  # 14:00
    view.pins.list.setCurrentIndex(view.pins.model.index(0))
    view.pins.place.click()
    moved = world.gateway().lesson(lesson_id)
    assert (moved.instructor_employee_id, moved.datetime_start) == (world.dana, at(later, "14:00"))
    assert view.pinboard.ids() == [] and view.pins.ids() == []
    [event] = events(world, lesson_id)
    assert event.metadata["via"] == "pinboard"


def test_dropping_from_the_pinboard_onto_the_grid(qtbot, hebrew_app, world, questions) -> None:
    lesson_id = world.lesson(world.avi, world.riding, at(DAY + timedelta(days=1), "10:00"), 45, [world.noa])
    view = open_view(qtbot, world)
    view.pin_lesson(lesson_id)
    _drop(view, lesson_id, 0, 16, source="pinboard")
    moved = world.gateway().lesson(lesson_id)
    assert moved.datetime_start == at(DAY, "11:00") and view.pinboard.ids() == []


def test_confirmation_received_goes_through_the_attendance_service(qtbot, hebrew_app, world, questions) -> None:
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    view = open_view(qtbot, world)
    view.grid.select_lesson(lesson_id)
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    details = view.details
    assert details.details is not None and details.details.lesson.id == lesson_id
    assert details.participants.rowCount() == 1
    assert "050" in details.participants.data(details.participants.index(0, 2))
    button = details.buttons[next(a for a in details.buttons if a.value == "confirm")]
    assert button.isEnabled()
    button.click()
    participant = world.gateway().lesson(lesson_id).participants[0]
    assert participant.attendance_confirmed_at is not None
    actions = [e.action for e in world.gateway().audit_events(entity_type="lesson_participants")]
    assert "attendance.confirm" in actions


def test_context_menu_offers_the_actions_by_role(qtbot, hebrew_app, world, questions) -> None:
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    view = open_view(qtbot, world)
    menu = view.build_menu(lesson_id, world.avi, at(DAY, "10:00"))
    texts = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
    assert any("Reschedule" in t or "הזזה" in t or "העבר" in t for t in texts)
    assert len([t for t, enabled in texts.items() if enabled]) >= 6
    empty = view.build_menu(None, world.dana, at(DAY, "16:00"))
    assert empty.actions()[0].isEnabled()
    reader = open_view(qtbot, world, Role.READ_ONLY)
    locked = reader.build_menu(lesson_id, world.avi, at(DAY, "10:00"))
    enabled = [a.text() for a in locked.actions() if a.isEnabled() and a.text() and not a.menu()]
    assert len(enabled) <= 2, enabled  # details and opening the student


def test_an_instructor_sees_only_their_own_column(qtbot, hebrew_app, world, questions) -> None:
    world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    mine = world.lesson(world.dana, world.riding, at(DAY, "11:00"), 45, [world.yoni])
    view = open_view(qtbot, world, Role.INSTRUCTOR, employee_id=world.dana)
    assert [c.instructor.id for c in view.view.layout.columns] == [world.dana]
    assert [b.lesson_id for b in view.view.layout.blocks] == [mine]
    assert not view.pins.isVisible() and not view.book_button.isEnabled()


def test_jump_to_a_students_next_lesson(qtbot, hebrew_app, world, questions, monkeypatch) -> None:
    later = DAY + timedelta(days=3)
    lesson_id = world.lesson(world.dana, world.riding, at(later, "15:00"), 45, [world.yoni])
    view = open_view(qtbot, world)

    def drive(dialog: QDialog) -> bool:
        dialog.picker.start("יוני")
        dialog.choose_current()
        return True

    monkeypatch.setattr(view, "exec_dialog", drive)
    view.jump_to_student()
    assert view.current_day() == later and view.grid.selected_lesson() == lesson_id


def test_a_move_over_a_change_from_another_desk_is_a_conflict_shown_not_an_overwrite(
    qtbot, hebrew_app, world, questions
) -> None:
    from sqlalchemy.orm import Session

    from reinex_desktop.data import tables as t

    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    view = open_view(qtbot, world)
    with Session(world.engine) as session, session.begin():  # another workstation moves it meanwhile
        row = session.get(t.InstanceRow, lesson_id)
        row.datetime_start = at(DAY, "13:00")
        row.updated_at = row.updated_at + timedelta(seconds=5)
    view.grid.select_lesson(lesson_id)
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert questions and questions[-1][0] == "error" and "מישהו אחר שינה" in questions[-1][1]
    assert world.gateway().lesson(lesson_id).datetime_start == at(DAY, "13:00"), "the other desk's change stays"
    assert events(world, lesson_id) == []
    assert view.view.layout.block_of(lesson_id).first_row == 24, "the screen now shows the lesson as it is"


def test_copy_the_whatsapp_confirmation_for_the_primary_guardian(qtbot, hebrew_app, world, questions) -> None:
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    view = open_view(qtbot, world)
    participant = world.gateway().lesson(lesson_id).participants[0]
    view.send_message("copy", lesson_id, participant.id)
    text = QApplication.clipboard().text()
    assert "נועה" in text and "10:00" in text
    assert "הועתקה" in view.summary.text()


def test_find_a_free_slot_then_book_it(qtbot, hebrew_app, world, questions, monkeypatch) -> None:
    from reinex_desktop.ui.calendar.free_slot_dialog import FreeSlotDialog

    view = open_view(qtbot, world)
    booked: list = []

    def drive(dialog: QDialog) -> bool:
        if isinstance(dialog, FreeSlotDialog):
            assert dialog.picker.choose(world.yoni)
            dialog.search()
            assert dialog.model.rowCount() >= 8, "one opening on each open day of the next ten"
            dialog.table.setCurrentIndex(dialog.model.index(1, 0))
            assert dialog.book_button.isEnabled()
            dialog.book_button.click()
            return dialog.result() == QDialog.DialogCode.Accepted
        assert isinstance(dialog, BookingDialog)
        assert dialog.student_ids() == (world.yoni,)
        dialog.submit()
        booked.append(dialog.booked_id)
        return dialog.booked_id is not None

    monkeypatch.setattr(view, "exec_dialog", drive)
    view.find_free_slot()
    QApplication.processEvents()
    lesson = world.gateway().lesson(booked[0])
    assert [p.student_id for p in lesson.participants] == [world.yoni]
    assert view.current_day() == lesson.datetime_start.astimezone(ZONE).date() != DAY - timedelta(days=1)
    assert view.grid.selected_lesson() == lesson.id, "the calendar opens the booked day on the new lesson"


def test_cancel_this_date_only_keeps_the_series(qtbot, hebrew_app, world, questions) -> None:
    template = world.template(world.noa, world.avi, world.riding, DAY)
    lesson_id = world.lesson(
        world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa], source="weekly_generation", template=template
    )
    view = open_view(qtbot, world)
    menu = view.build_menu(lesson_id, world.avi, at(DAY, "10:00"))
    [entry] = [a for a in menu.actions() if a.text() == "ביטול המועד הזה בלבד (הסדרה ממשיכה)"]
    entry.trigger()
    QApplication.processEvents()
    assert questions == [] and len(questions.destructive) == 1
    gateway = world.gateway()
    [override] = gateway.template_overrides(template)
    assert override.target_date == DAY and override.override_type.value == "cancel"
    assert gateway.lesson(lesson_id).is_cancelled
    assert [t.id for t in gateway.templates(student_id=world.noa)] == [template], "the series goes on"
    assert view.view.layout.block_of(lesson_id).cancelled
