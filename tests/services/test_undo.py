"""Ctrl+Z of the desk's own moves: a compensating command through the one write path (audited,
version-checked), redo, and a conflict — never an overwrite — when another desk changed the lesson."""

from __future__ import annotations

from datetime import timedelta

import pytest

from reinex_desktop.domain.attendance.rules import AttendanceAction
from reinex_desktop.domain.calendar.moves import Placement
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.attendance import AttendanceService
from reinex_desktop.services.calendar import scheduling
from reinex_desktop.services.undo import redo_last, undo_last
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
    return w


def _where(context, lesson_id):
    lesson = context.gateway.lesson(lesson_id)
    return lesson.instructor_employee_id, lesson.datetime_start, lesson.duration_minutes


def _vias(context, lesson_id):
    events = context.gateway.audit_events(entity_type="lesson_instances", entity_id=str(lesson_id))
    return sorted((e.occurred_at, e.metadata.get("via")) for e in events if e.action == "lesson.reschedule")


def test_undo_moves_the_lesson_back_through_an_audited_command_and_redo_moves_it_again(world):
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    desk = world.context(now=NOW)
    scheduling.reschedule(desk, desk.gateway.lesson(lesson_id), Placement(world.dana, at(DAY, "12:00"), 45), via="drag")
    assert desk.undo.next_undo().label.text == "Lesson moved"

    later = world.context(now=NOW + timedelta(minutes=1))
    later.undo = desk.undo  # the same desk a minute later
    step = undo_last(later)
    assert step.label.text == "Lesson moved"
    assert _where(later, lesson_id) == (world.avi, at(DAY, "10:00"), 45)
    assert desk.undo.next_undo() is None and desk.undo.next_redo() is not None

    again = world.context(now=NOW + timedelta(minutes=2))
    again.undo = desk.undo
    redo_last(again)
    assert _where(again, lesson_id) == (world.dana, at(DAY, "12:00"), 45)
    assert [via for _at, via in _vias(again, lesson_id)] == ["drag", "undo", "redo"]
    undo_last(again)  # and undone once more, from the version the redo produced
    assert _where(again, lesson_id) == (world.avi, at(DAY, "10:00"), 45)


def test_a_resize_is_undone_to_its_old_length(world):
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    desk = world.context()
    scheduling.reschedule(desk, desk.gateway.lesson(lesson_id), Placement(world.avi, at(DAY, "10:00"), 60), via="drag")
    assert desk.undo.next_undo().label.text == "Lesson length changed"
    undo_last(desk)
    assert _where(desk, lesson_id) == (world.avi, at(DAY, "10:00"), 45)


def test_a_lesson_changed_meanwhile_by_another_desk_gives_a_conflict_and_nothing_is_overwritten(world):
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    desk = world.context(now=NOW)
    scheduling.reschedule(desk, desk.gateway.lesson(lesson_id), Placement(world.dana, at(DAY, "12:00"), 45), via="drag")
    other = world.context(now=NOW + timedelta(minutes=1))
    scheduling.reschedule(
        other, other.gateway.lesson(lesson_id), Placement(world.dana, at(DAY, "14:00"), 45), via="drag"
    )
    before = _vias(desk, lesson_id)
    seen: list[frozenset[str]] = []
    desk.notices.subscribe(seen.append)
    with pytest.raises(DomainError) as refused:
        undo_last(desk)
    assert refused.value.code == "conflict"
    assert "Lesson moved" in str(refused.value)
    assert _where(desk, lesson_id) == (world.dana, at(DAY, "14:00"), 45)
    assert _vias(desk, lesson_id) == before
    assert seen and "lessons" in seen[0], "the calendar shows the lesson as it is now"
    assert desk.undo.next_undo() is None and desk.undo.next_redo() is None


def test_nothing_to_undo_or_redo_is_a_clear_message(world):
    desk = world.context()
    with pytest.raises(DomainError) as empty:
        undo_last(desk)
    assert empty.value.code == "nothing"
    with pytest.raises(DomainError):
        redo_last(desk)


def test_a_new_action_clears_what_could_be_redone(world):
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    desk = world.context()
    scheduling.reschedule(desk, desk.gateway.lesson(lesson_id), Placement(world.dana, at(DAY, "12:00"), 45), via="drag")
    undo_last(desk)
    assert desk.undo.next_redo() is not None
    scheduling.reschedule(desk, desk.gateway.lesson(lesson_id), Placement(world.avi, at(DAY, "11:00"), 45), via="drag")
    assert desk.undo.next_redo() is None


def _statuses(context, lesson_id):
    lesson = context.gateway.lesson(lesson_id)
    return lesson.status.value, sorted(
        (p.student_id, p.participant_status.value, p.price_charged) for p in lesson.participants
    )


def test_a_booking_is_undone_by_the_clinic_cancelling_it_without_charge_and_redo_books_it_again(world):
    desk = world.context(now=NOW)
    request = scheduling.BookingRequest(world.avi, world.riding, at(DAY, "12:00"), 45, (world.noa,))
    lesson_id = scheduling.book_lesson(desk, request)
    assert desk.undo.next_undo().label.text == "Lesson booked"
    undo_last(desk)
    status, participants = _statuses(desk, lesson_id)
    assert status == "cancelled_clinic"
    [(_student, participant_status, price)] = participants
    assert participant_status == "cancelled_clinic" and not price, "no charge"
    events = desk.gateway.audit_events(entity_type="lesson_instances", entity_id=str(lesson_id))
    assert {e.action for e in events} == {"lesson.book", "attendance.cancel_by_clinic"}, "the row stays, audited"

    redo_last(desk)
    again = [
        lesson
        for lesson in desk.gateway.lessons_between(at(DAY, "11:00"), at(DAY, "13:00"))
        if lesson.status.value == "scheduled"
    ]
    assert [(lesson.instructor_employee_id, lesson.datetime_start) for lesson in again] == [
        (world.avi, at(DAY, "12:00"))
    ]
    undo_last(desk)  # the lesson booked again is the one cancelled now
    assert _statuses(desk, again[0].id)[0] == "cancelled_clinic"


def test_a_booking_changed_meanwhile_by_another_desk_is_not_cancelled(world):
    desk = world.context(now=NOW)
    request = scheduling.BookingRequest(world.avi, world.riding, at(DAY, "12:00"), 45, (world.noa,))
    lesson_id = scheduling.book_lesson(desk, request)
    other = world.context(now=NOW + timedelta(minutes=1))
    scheduling.reschedule(
        other, other.gateway.lesson(lesson_id), Placement(world.dana, at(DAY, "13:00"), 45), via="drag"
    )
    with pytest.raises(DomainError) as refused:
        undo_last(desk)
    assert refused.value.code == "conflict"
    lesson = desk.gateway.lesson(lesson_id)
    assert lesson.status.value == "scheduled" and lesson.instructor_employee_id == world.dana
    events = desk.gateway.audit_events(entity_type="lesson_instances", entity_id=str(lesson_id))
    assert "attendance.cancel_by_clinic" not in {e.action for e in events}


def test_an_added_participant_is_undone_by_cancelling_that_participant_only(world):
    world.group = world.service("קבוצה", minutes=60)
    world.capability(world.dana, world.group, max_students=3)
    world.yoni = world.student("יוני", "לוי")
    group = world.lesson(world.dana, world.group, at(DAY, "16:00"), 60, [world.noa])
    desk = world.context()
    participant_id = scheduling.add_participant(desk, desk.gateway.lesson(group), world.yoni)
    assert desk.undo.next_undo().label.text == "Participant added"
    undo_last(desk)
    lesson = desk.gateway.lesson(group)
    by_student = {p.student_id: p for p in lesson.participants}
    assert by_student[world.yoni].id == participant_id
    assert by_student[world.yoni].participant_status.value == "cancelled_clinic"
    assert not by_student[world.yoni].price_charged
    assert by_student[world.noa].participant_status.value == "scheduled"
    assert lesson.status.value == "scheduled"
    assert desk.undo.next_redo() is None, "adding the same student again is the desk's own new action"


def _participant(context, lesson_id):
    [participant] = context.gateway.lesson(lesson_id).participants
    return participant


def test_a_status_change_is_undone_by_the_correction_and_redone_by_the_same_mark(world):
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    desk = world.context(Role.ADMIN, now=at(DAY, "11:00"))
    participant = _participant(desk, lesson_id)
    AttendanceService(desk).mark_no_show(lesson_id, participant.id)
    assert desk.undo.next_undo().label.text == "Marked no-show"
    charged = _participant(desk, lesson_id).price_charged

    later = world.context(Role.ADMIN, now=at(DAY, "11:01"))
    later.undo = desk.undo
    undo_last(later)
    back = _participant(later, lesson_id)
    assert back.participant_status.value == "scheduled" and back.id == participant.id, "no row deleted"
    assert desk.gateway.lesson(lesson_id).status.value == "scheduled"
    events = later.gateway.audit_events(entity_type="lesson_participants", entity_id=str(participant.id))
    assert [e.action for e in sorted(events, key=lambda e: e.occurred_at)] == [
        "attendance.no_show",
        "attendance.correct",
    ]

    redo_last(later)
    assert _participant(later, lesson_id).participant_status.value == "no_show"
    assert _participant(later, lesson_id).price_charged == charged


def test_a_status_changed_meanwhile_by_another_desk_is_not_corrected(world):
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    desk = world.context(Role.ADMIN, now=at(DAY, "11:00"))
    participant = _participant(desk, lesson_id)
    AttendanceService(desk).mark_no_show(lesson_id, participant.id)
    other = AttendanceService(world.context(Role.ADMIN, now=at(DAY, "11:01")))
    other.correct(lesson_id, participant.id, reason="mistake", then=AttendanceAction.ATTENDED)
    with pytest.raises(DomainError) as refused:
        undo_last(desk)
    assert refused.value.code == "conflict"
    assert _participant(desk, lesson_id).participant_status.value == "attended", "the other desk's change stays"


def test_an_office_desk_that_may_not_correct_is_not_offered_an_undo_of_a_mark(world):
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    desk = world.context(Role.OFFICE, now=at(DAY, "11:00"))
    AttendanceService(desk).mark_attended(lesson_id, _participant(desk, lesson_id).id)
    assert desk.undo.next_undo() is None
