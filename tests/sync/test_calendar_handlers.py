"""The calendar's writes through the real gateway (SQLite and PostgreSQL): booking, reschedule,
adding a participant — rules, conflicts, versions, permissions and the audit trail."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.calendar.commands import AddParticipant, BookOneTimeLesson, RescheduleLesson
from reinex_desktop.domain.enums import CreatedSource
from reinex_desktop.sync.mutations import Mutation, Outcome
from tests.calendar_fixtures import DAY, CalendarWorld, at

OFFICE = Actor(None, "דנה", "office")
INSTRUCTOR = Actor(None, "אבי", "instructor")


@pytest.fixture
def world(any_engine):
    w = CalendarWorld(any_engine)
    w.avi = w.instructor("אבי")
    w.dana = w.instructor("דנה")
    w.riding = w.service("רכיבה")
    w.group = w.service("קבוצה", minutes=60)
    w.capability(w.avi, w.riding)
    w.capability(w.dana, w.riding)
    w.capability(w.dana, w.group, max_students=2)
    w.noa = w.student("נועה", "כהן")
    w.yoni = w.student("יוני", "לוי")
    w.tal = w.student("טל", "מזרחי")
    return w


def book(world, *, start="10:00", instructor=None, students=None, service=None, accept=False, actor=OFFICE):
    command = BookOneTimeLesson(
        lesson_id=uuid.uuid4(),
        instructor_id=instructor or world.avi,
        service_id=service or world.riding,
        start=at(DAY, start),
        duration_minutes=45,
        student_ids=tuple(students or (world.noa,)),
        note="שיעור השלמה",
        accept_conflicts=accept,
    )
    return command, world.gateway().apply(Mutation.of(command, actor))


def test_booking_creates_a_one_time_lesson_with_participants_and_an_audit_event(world):
    command, result = book(world)
    assert result.outcome is Outcome.APPLIED, result.message
    gateway = world.gateway()
    lesson = gateway.lesson(command.lesson_id)
    assert lesson.created_source is CreatedSource.ONE_TIME
    assert lesson.datetime_start == at(DAY, "10:00") and lesson.duration_minutes == 45
    assert [p.student_id for p in lesson.participants] == [world.noa]
    assert lesson.metadata["note"] == "שיעור השלמה"
    events = gateway.audit_events(entity_type="lesson_instances", entity_id=str(command.lesson_id))
    assert [e.action for e in events] == ["lesson.book"]
    assert events[0].actor_role == "office" and events[0].after["participants"] == [str(world.noa)]


def test_a_conflicting_booking_is_refused_unless_accepted(world):
    book(world)
    _command, refused = book(world, start="10:30", students=[world.yoni])
    assert refused.outcome is Outcome.REJECTED and refused.result["code"] == "conflict"
    assert refused.message.context == "Conflicts"
    accepted_command, accepted = book(world, start="10:30", students=[world.yoni], accept=True)
    assert accepted.applied and accepted.result["conflicts"] == 1
    assert world.gateway().lesson(accepted_command.lesson_id) is not None


def test_booking_refuses_a_service_the_instructor_does_not_give_and_over_capacity(world):
    _c, not_capable = book(world, service=world.group)
    assert not_capable.result["code"] == "not_capable"
    _c, over = book(world, instructor=world.dana, service=world.group, students=[world.noa, world.yoni, world.tal])
    assert over.result["code"] == "capacity"
    assert world.gateway().lessons_between(at(DAY, "00:00"), at(DAY, "23:00")) == []


def test_roles_without_schedule_permission_are_refused_by_the_data_layer(world):
    _c, result = book(world, actor=INSTRUCTOR)
    assert result.outcome is Outcome.REJECTED and result.result["code"] == "forbidden"


def test_reschedule_moves_marks_manual_override_keeps_occurrence_and_audits(world):
    template = world.template(world.noa, world.avi, world.riding, DAY)
    lesson_id = world.lesson(
        world.avi,
        world.riding,
        at(DAY, "10:00"),
        45,
        [world.noa],
        source="weekly_generation",
        template=template,
        metadata={"generation_run_id": "run-1"},
    )
    gateway = world.gateway()
    before = gateway.lesson(lesson_id)
    command = RescheduleLesson(lesson_id, world.dana, at(DAY, "12:15"), 60, via="drag")
    result = gateway.apply(Mutation.of(command, OFFICE, base_version=before.updated_at))
    assert result.applied, result.message
    after = gateway.lesson(lesson_id)
    assert (after.instructor_employee_id, after.datetime_start, after.duration_minutes) == (
        world.dana,
        at(DAY, "12:15"),
        60,
    )
    assert after.metadata == {"generation_run_id": "run-1", "manual_override": True, "occurrence_date": "2026-11-23"}
    assert after.created_source is CreatedSource.WEEKLY_GENERATION
    (event,) = gateway.audit_events(entity_type="lesson_instances", entity_id=str(lesson_id))
    assert event.action == "lesson.reschedule" and event.metadata["via"] == "drag"
    assert event.before["instructor_employee_id"] == str(world.avi)
    assert event.after["instructor_employee_id"] == str(world.dana)
    assert event.after["metadata"]["manual_override"] is True


def test_a_stale_base_version_is_a_conflict_and_changes_nothing(world):
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    gateway = world.gateway()
    seen = gateway.lesson(lesson_id)
    first = RescheduleLesson(lesson_id, world.avi, at(DAY, "11:00"), 45)
    assert gateway.apply(Mutation.of(first, OFFICE, base_version=seen.updated_at)).applied
    second = RescheduleLesson(lesson_id, world.avi, at(DAY, "09:00"), 45)
    result = gateway.apply(Mutation.of(second, OFFICE, base_version=seen.updated_at))
    assert result.outcome is Outcome.CONFLICT
    assert result.current["datetime_start"] == at(DAY, "11:00").isoformat()
    assert gateway.lesson(lesson_id).datetime_start == at(DAY, "11:00")


def test_a_move_into_a_conflict_is_refused_without_acceptance(world):
    world.lesson(world.dana, world.riding, at(DAY, "11:00"), 45, [world.yoni])
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    gateway = world.gateway()
    seen = gateway.lesson(lesson_id)
    into = RescheduleLesson(lesson_id, world.dana, at(DAY, "11:15"), 45)
    refused = gateway.apply(Mutation.of(into, OFFICE, base_version=seen.updated_at))
    assert refused.outcome is Outcome.REJECTED and refused.result["code"] == "conflict"
    assert gateway.lesson(lesson_id) == seen
    accepted = RescheduleLesson(lesson_id, world.dana, at(DAY, "11:15"), 45, accept_conflicts=True)
    assert gateway.apply(Mutation.of(accepted, OFFICE, base_version=seen.updated_at)).applied


def test_add_participant_within_capacity_with_audit(world):
    lesson_id = world.lesson(world.dana, world.group, at(DAY, "16:00"), 60, [world.noa])
    gateway = world.gateway()
    command = AddParticipant(lesson_id, world.yoni, uuid.uuid4())
    assert gateway.apply(Mutation.of(command, OFFICE)).applied
    lesson = gateway.lesson(lesson_id)
    assert {p.student_id for p in lesson.participants} == {world.noa, world.yoni}
    assert any(p.id == command.participant_id for p in lesson.participants)
    full = gateway.apply(Mutation.of(AddParticipant(lesson_id, world.tal, uuid.uuid4()), OFFICE))
    assert full.outcome is Outcome.REJECTED and full.result["code"] == "capacity"
    actions = [e.action for e in gateway.audit_events(entity_type="lesson_instances", entity_id=str(lesson_id))]
    assert actions == ["lesson.add_participant"]


def test_adding_a_student_busy_elsewhere_needs_acceptance(world):
    world.lesson(world.avi, world.riding, at(DAY, "16:30"), 45, [world.yoni])
    lesson_id = world.lesson(world.dana, world.group, at(DAY, "16:00"), 60, [world.noa])
    gateway = world.gateway()
    refused = gateway.apply(Mutation.of(AddParticipant(lesson_id, world.yoni, uuid.uuid4()), OFFICE))
    assert refused.result["code"] == "conflict"
    accepted = AddParticipant(lesson_id, world.yoni, uuid.uuid4(), accept_conflicts=True)
    assert gateway.apply(Mutation.of(accepted, OFFICE)).applied


def test_the_same_booking_applied_twice_creates_one_lesson(world):
    command = BookOneTimeLesson(uuid.uuid4(), world.avi, world.riding, at(DAY, "13:00"), 45, (world.noa,))
    mutation = Mutation.of(command, OFFICE)
    gateway = world.gateway()
    assert gateway.apply(mutation).applied
    assert gateway.apply(mutation).applied
    day = gateway.lessons_between(at(DAY, "00:00"), at(DAY, "00:00") + timedelta(days=1))
    assert len(day) == 1


def test_the_calendar_and_the_roster_name_a_student_alike(world) -> None:
    """One rule for a student's name: the lesson's participant reads as the student's full name."""
    shira = world.student("שירה", "בן דוד", middle="לאה")
    lesson = world.lesson(world.avi, world.riding, at(DAY, "12:00"), 45, [shira])
    gateway = world.gateway()
    student = gateway.student(shira)
    assert student is not None and student.full_name == "שירה לאה בן דוד"
    [on_the_day] = [x for x in gateway.lessons_between(at(DAY, "00:00"), at(DAY, "23:59")) if x.id == lesson]
    assert [p.student_name for p in on_the_day.participants] == [student.full_name]
    found = gateway.lesson(lesson)
    assert found is not None and [p.student_name for p in found.participants] == [student.full_name]
