"""Hard rules of calendar writes: booking, adding a participant, moving, manual-override metadata."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest

from reinex_desktop.domain.calendar import rules
from reinex_desktop.domain.calendar.commands import AddParticipant, BookOneTimeLesson
from reinex_desktop.domain.calendar.moves import Placement
from reinex_desktop.domain.catalog import GENERAL_RATE_SERVICE_ID, Service
from reinex_desktop.domain.enums import LessonStatus, ParticipantStatus
from reinex_desktop.domain.text import DomainError
from tests.domain.calendar_builders import GROUP, RIDING, ZONE, at, capability, instructor, lesson

AVI = instructor("אבי")


def booking(**kwargs) -> BookOneTimeLesson:
    base = dict(
        lesson_id=uuid.uuid4(),
        instructor_id=AVI.id,
        service_id=RIDING.id,
        start=at("10:00"),
        duration_minutes=45,
        student_ids=(uuid.uuid4(),),
    )
    return BookOneTimeLesson(**(base | kwargs))


def refused(call, code: str) -> None:
    with pytest.raises(DomainError) as caught:
        call()
    assert caught.value.code == code, caught.value.message
    assert caught.value.message.context == "CalendarRules"


def test_booking_rules():
    caps = [capability(AVI, RIDING, 2)]
    rules.check_booking(booking(), RIDING, caps)
    refused(lambda: rules.check_booking(booking(duration_minutes=10), RIDING, caps), "rule_violation")
    refused(lambda: rules.check_booking(booking(student_ids=()), RIDING, caps), "rule_violation")
    same = uuid.uuid4()
    refused(lambda: rules.check_booking(booking(student_ids=(same, same)), RIDING, caps), "rule_violation")
    general = Service(GENERAL_RATE_SERVICE_ID, "תעריף כללי")
    refused(lambda: rules.check_booking(booking(service_id=general.id), general, caps), "rule_violation")
    refused(lambda: rules.check_booking(booking(service_id=GROUP.id), GROUP, caps), "not_capable")
    three = tuple(uuid.uuid4() for _ in range(3))
    refused(lambda: rules.check_booking(booking(student_ids=three), RIDING, caps), "capacity")


def test_an_instructor_without_recorded_capabilities_gives_any_service_without_a_known_limit():
    rules.check_booking(booking(service_id=GROUP.id, student_ids=(uuid.uuid4(), uuid.uuid4())), GROUP, [])
    assert rules.capacity_of(AVI.id, GROUP.id, []) is None
    assert rules.bookable_services(AVI.id, [RIDING, GROUP], [capability(AVI, GROUP, 6)]) == [GROUP]


def test_adding_a_participant_respects_capacity_and_status():
    s1, s2 = uuid.uuid4(), uuid.uuid4()
    group = lesson(AVI, "16:00", 60, (s1,), service=GROUP)
    caps = [capability(AVI, GROUP, 2)]
    rules.check_add_participant(group, AddParticipant(group.id, s2, uuid.uuid4()), caps)
    refused(lambda: rules.check_add_participant(group, AddParticipant(group.id, s1, uuid.uuid4()), caps), "duplicate")
    full = lesson(AVI, "16:00", 60, (s1, uuid.uuid4()), service=GROUP)
    refused(lambda: rules.check_add_participant(full, AddParticipant(full.id, s2, uuid.uuid4()), caps), "capacity")
    done = replace(group, status=LessonStatus.COMPLETED)
    refused(lambda: rules.check_add_participant(done, AddParticipant(done.id, s2, uuid.uuid4()), caps), "completed")
    off = replace(group, status=LessonStatus.CANCELLED_CLINIC)
    refused(lambda: rules.check_add_participant(off, AddParticipant(off.id, s2, uuid.uuid4()), caps), "cancelled")


def test_only_lessons_without_an_outcome_move():
    one = lesson(AVI, "10:00", 45, (uuid.uuid4(),))
    target = Placement(AVI.id, at("11:00"), 45)
    rules.check_reschedule(one, target)
    refused(lambda: rules.check_reschedule(one, Placement.of(one)), "unchanged")
    attended = lesson(AVI, "10:00", 45, (uuid.uuid4(),), participant_status=ParticipantStatus.ATTENDED)
    refused(lambda: rules.check_reschedule(attended, target), "settled")
    cancelled = replace(one, status=LessonStatus.CANCELLED_STUDENT)
    refused(lambda: rules.check_reschedule(cancelled, target), "cancelled")


def test_a_manual_move_marks_the_override_and_keeps_the_occurrence_date():
    generated = lesson(AVI, "10:00", template_id=uuid.uuid4(), metadata={"generation_run_id": "r1"})
    metadata = rules.rescheduled_metadata(generated, ZONE)
    assert metadata == {"generation_run_id": "r1", "manual_override": True, "occurrence_date": "2026-11-23"}
    kept = replace(generated, metadata={"occurrence_date": "2026-11-16"})
    assert rules.rescheduled_metadata(kept, ZONE)["occurrence_date"] == "2026-11-16"
    one_time = lesson(AVI, "10:00")
    assert rules.rescheduled_metadata(one_time, ZONE) == {"manual_override": True}
    assert date.fromisoformat(metadata["occurrence_date"]) == date(2026, 11, 23)
