"""Attendance → charge → consumption → balance; correction → reversing rows → balance restored.

On real PostgreSQL (and the embedded SQLite database where marked), through the one use case the
calendar, the profile and the command line share (plan §5.4).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.engine import Engine

from reinex_desktop.data import tables as t
from reinex_desktop.domain.attendance.commands import MarkAttended
from reinex_desktop.domain.attendance.rules import AttendanceAction, ConfirmationChannel
from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.enums import LessonStatus, ParticipantStatus
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.attendance import AttendanceService
from reinex_desktop.sync.mutations import Outcome
from tests.ledger_world import NOW, World, build_world

D = Decimal


@pytest.fixture
def world(pg_engine: Engine) -> Iterator[World]:
    yield build_world(pg_engine)
    pg_engine.dispose()  # give the pooled connections back to the server now, not at the end of the run


def participant(world: World, participant_id: object) -> t.ParticipantRow:
    return world.rows(t.ParticipantRow, t.ParticipantRow.id == participant_id)[0]


def instance(world: World, lesson_id: object) -> t.InstanceRow:
    return world.rows(t.InstanceRow, t.InstanceRow.id == lesson_id)[0]


def test_attendance_consumes_the_commitment_and_correction_restores_the_balance(world: World) -> None:
    student = world.student()
    commitment = world.commitment(student, "1000")
    lesson, [pid] = world.lesson(student)
    service = AttendanceService(world.context())

    result = service.mark_attended(lesson, pid)

    assert result.lesson_status is LessonStatus.COMPLETED and result.price_charged == D("220.00")
    assert world.balance(commitment) == D("780.00")
    row = participant(world, pid)
    assert row.participant_status == "attended" and row.commitment_id == commitment
    assert row.price_charged == D("220.00") and row.pricing_breakdown["rule"] == "attended"
    [entry] = world.rows(t.ConsumptionRow, t.ConsumptionRow.lesson_participant_id == pid)
    assert entry.amount_charged == D("220.00") and entry.commitment_id == commitment
    [earning] = world.rows(t.EarningRow, t.EarningRow.lesson_instance_id == lesson)
    assert earning.rate_used == D("110") and earning.payout_amount == D("110.00")
    assert earning.employee_id == world.instructor_id and earning.metadata_["rate_source"] == "capability"

    corrected = service.correct(lesson, pid, reason="סומן בטעות")

    assert corrected.lesson_status is LessonStatus.SCHEDULED
    assert world.balance(commitment) == D("1000.00")
    entries = world.rows(t.ConsumptionRow, t.ConsumptionRow.lesson_participant_id == pid)
    assert sorted(e.amount_charged for e in entries) == [D("-220.00"), D("220.00")]
    reversal = next(e for e in entries if e.amount_charged < 0)
    assert reversal.metadata_["reverses"] == str(entry.id) and reversal.commitment_id == commitment
    earnings = world.rows(t.EarningRow, t.EarningRow.lesson_instance_id == lesson)
    assert sorted(e.payout_amount for e in earnings) == [D("-110.00"), D("110.00")]
    row = participant(world, pid)
    assert row.participant_status == "scheduled" and row.price_charged is None and row.commitment_id is None
    [history] = row.metadata_["corrections"]
    assert history["previous_status"] == "attended" and history["previous_price"] == "220.00"
    assert history["reason"] == "סומן בטעות" and history["reversed_consumption"] == [str(entry.id)]
    assert instance(world, lesson).status == "scheduled"
    actions = {event.action for event in world.gateway.audit_events()}
    assert {"attendance.attended", "attendance.correct", "ledger.consumption", "payroll.earning"} <= actions


def test_a_correction_can_settle_the_participant_anew_in_one_step(world: World) -> None:
    student = world.student()
    commitment = world.commitment(student, "1000")
    lesson, [pid] = world.lesson(student)
    service = AttendanceService(world.context())
    service.mark_attended(lesson, pid)

    result = service.correct(lesson, pid, reason="לא הגיע", then=AttendanceAction.NO_SHOW, then_medical_note=True)

    assert result.participant_status is ParticipantStatus.NO_SHOW and result.price_charged == D("0.00")
    assert result.lesson_status is LessonStatus.NO_SHOW
    assert world.balance(commitment) == D("1000.00")
    earnings = world.rows(t.EarningRow, t.EarningRow.lesson_instance_id == lesson)
    assert sum(e.payout_amount for e in earnings) == 0
    assert participant(world, pid).pricing_breakdown["medical_note_waived"] is True


def test_correction_of_a_correction_is_refused_until_settled_again(world: World) -> None:
    student = world.student()
    lesson, [pid] = world.lesson(student)
    service = AttendanceService(world.context())
    service.mark_no_show(lesson, pid)
    service.correct(lesson, pid, reason="טעות")
    with pytest.raises(DomainError) as refused:
        service.correct(lesson, pid, reason="שוב")
    assert "nothing to correct" in str(refused.value)


def test_a_charge_without_any_commitment_is_recorded_as_owed(world: World) -> None:
    student = world.student(special_rate=D("150"))
    lesson, [pid] = world.lesson(student)
    AttendanceService(world.context()).mark_attended(lesson, pid)
    [entry] = world.rows(t.ConsumptionRow, t.ConsumptionRow.lesson_participant_id == pid)
    assert entry.commitment_id is None and entry.amount_charged == D("150.00")
    assert participant(world, pid).pricing_breakdown["price_source"] == "student_special_rate"


def test_the_earliest_expiring_commitment_is_consumed(world: World) -> None:
    student = world.student()
    later = world.commitment(student, "1000", expires_in_days=120)
    sooner = world.commitment(student, "1000", expires_in_days=20)
    world.commitment(student, "1000", expires_in_days=-1)  # expired
    lesson, [pid] = world.lesson(student)
    AttendanceService(world.context()).mark_attended(lesson, pid)
    assert participant(world, pid).commitment_id == sooner
    assert world.balance(sooner) == D("780.00") and world.balance(later) == D("1000.00")


def test_cancellation_window_counts_from_the_notice(world: World) -> None:
    student = world.student()
    commitment = world.commitment(student, "1000")
    service = AttendanceService(world.context())
    in_two_days, [early] = world.lesson(student, start=NOW + timedelta(days=2))
    assert service.cancel_by_student(in_two_days, early, reason="נסיעה").price_charged == D("0.00")
    # the lesson is 10 hours away, but the family called 20 hours ago: 30 hours of notice, no charge
    called_earlier, [noticed] = world.lesson(student, start=NOW + timedelta(hours=10))
    result = service.cancel_by_student(called_earlier, noticed, notified_at=NOW - timedelta(hours=20))
    assert result.price_charged == D("0.00") and participant(world, noticed).pricing_breakdown["rule"] == (
        "cancelled_in_time"
    )
    assert world.rows(t.ConsumptionRow) == [] and world.balance(commitment) == D("1000.00")

    soon, [tomorrow] = world.lesson(student, start=NOW + timedelta(hours=10))
    result = service.cancel_by_student(soon, tomorrow)
    assert result.price_charged == D("220.00") and result.lesson_status is LessonStatus.CANCELLED_STUDENT
    assert world.balance(commitment) == D("780.00")
    breakdown = participant(world, tomorrow).pricing_breakdown
    assert breakdown["rule"] == "late_cancellation" and breakdown["steps"][1]["window_hours"] == 24
    assert participant(world, early).metadata_["attendance"]["reason"] == "נסיעה"
    with pytest.raises(DomainError, match="cannot be in the future"):
        later, [pid] = world.lesson(student, start=NOW + timedelta(days=3))
        service.cancel_by_student(later, pid, notified_at=NOW + timedelta(hours=2))


def test_clinic_cancellation_of_a_whole_group_lesson_charges_nobody(world: World) -> None:
    a, b = world.student("אבי"), world.student("בת")
    lesson, pids = world.lesson(a, b, service_id=world.group_service_id)
    result = AttendanceService(world.context()).cancel_by_clinic(lesson, reason="מזג אוויר")
    assert result.lesson_status is LessonStatus.CANCELLED_CLINIC
    assert {participant(world, p).participant_status for p in pids} == {"cancelled_clinic"}
    assert {participant(world, p).price_charged for p in pids} == {D("0.00")}
    assert world.rows(t.ConsumptionRow) == [] and world.rows(t.EarningRow) == []


def test_a_group_lesson_completes_when_everyone_is_settled_and_pays_per_student(world: World) -> None:
    world.add(
        t.RateHistoryRow(
            employee_id=world.instructor_id,
            service_id=world.group_service_id,
            rate=D("45"),
            effective_date=date(2020, 1, 1),
        ),
        t.RateHistoryRow(
            employee_id=world.instructor_id,
            service_id=world.group_service_id,
            rate=D("60"),
            effective_date=date(2099, 1, 1),
        ),
    )
    a, b, c = world.student("אבי"), world.student("בת"), world.student("גיל")
    lesson, (pa, pb, pc) = world.lesson(a, b, c, service_id=world.group_service_id, duration=60)
    service = AttendanceService(world.context())
    assert service.mark_attended(lesson, pa).lesson_status is LessonStatus.SCHEDULED
    assert service.mark_no_show(lesson, pb).lesson_status is LessonStatus.SCHEDULED
    assert world.rows(t.EarningRow) == []
    assert service.mark_attended(lesson, pc).lesson_status is LessonStatus.COMPLETED
    [earning] = world.rows(t.EarningRow)
    assert earning.rate_used == D("45") and earning.payout_amount == D("90.00")
    assert earning.metadata_["rate_source"] == "rate_history" and earning.metadata_["students"] == 2


def test_medical_notes_waive_at_most_three_charges_a_year(world: World) -> None:
    student = world.student()
    service = AttendanceService(world.context())
    charges = []
    for days in range(4):
        lesson, [pid] = world.lesson(student, start=NOW - timedelta(days=days, hours=1))
        charges.append(service.mark_no_show(lesson, pid, medical_note=True).price_charged)
    assert charges == [D("0.00")] * 3 + [D("220.00")]


def test_illegal_transitions_are_refused_with_a_clear_message_and_change_nothing(world: World) -> None:
    student = world.student()
    lesson, [pid] = world.lesson(student)
    service = AttendanceService(world.context())
    service.mark_attended(lesson, pid)
    for attempt in (
        lambda: service.mark_no_show(lesson, pid),
        lambda: service.cancel_by_student(lesson, pid),
        lambda: service.confirm(lesson, pid),
    ):
        with pytest.raises(DomainError) as refused:
            attempt()
        assert "already recorded" in str(refused.value) and "Correct" in str(refused.value)
    future, [later] = world.lesson(student, start=NOW + timedelta(days=1))
    with pytest.raises(DomainError, match="30 minutes before"):
        service.mark_attended(future, later)
    assert participant(world, later).participant_status == "scheduled"
    assert len(world.rows(t.ConsumptionRow)) == 1


def test_confirmation_keeps_the_participant_scheduled_and_records_who_when_and_how(world: World) -> None:
    student = world.student()
    lesson, [pid] = world.lesson(student, start=NOW + timedelta(days=1))
    result = AttendanceService(world.context(Role.OFFICE)).confirm(lesson, pid, ConfirmationChannel.PHONE, note="אמא")
    assert result.participant_status is ParticipantStatus.SCHEDULED
    row = participant(world, pid)
    assert row.participant_status == "scheduled" and row.attendance_confirmed_at is not None
    confirmation = row.metadata_["confirmation"]
    assert confirmation["channel"] == "phone" and confirmation["by"]["role"] == "office"
    assert confirmation["note"] == "אמא"


def test_a_written_charge_is_never_recomputed(world: World) -> None:
    student = world.student()
    lesson, [pid] = world.lesson(student)
    service = AttendanceService(world.context())
    service.mark_attended(lesson, pid)
    with pytest.raises(DomainError, match="not recomputed"):
        service.set_lesson_price(lesson, D("100"))
    with world.session() as session, session.begin():
        session.get(t.ServiceRow, world.service_id).metadata_ = {"base_price": "999"}  # type: ignore[union-attr]
    assert participant(world, pid).price_charged == D("220.00")


def test_a_per_lesson_price_set_before_attendance_is_charged(world: World) -> None:
    student = world.student()
    lesson, [pid] = world.lesson(student)
    service = AttendanceService(world.context())
    service.set_lesson_price(lesson, D("100"))
    assert service.mark_attended(lesson, pid).price_charged == D("100.00")
    assert participant(world, pid).pricing_breakdown["price_source"] == "instance_override"


def test_instructors_record_only_their_own_lessons_in_the_service_and_the_data_layer(world: World) -> None:
    student = world.student()
    mine, [p_mine] = world.lesson(student)
    theirs, [p_theirs] = world.lesson(student, instructor_id=world.other_instructor_id)
    service = AttendanceService(world.context(Role.INSTRUCTOR, employee_id=world.instructor_id))
    assert service.mark_attended(mine, p_mine).lesson_status is LessonStatus.COMPLETED
    with pytest.raises(DomainError, match="their own lessons"):
        service.mark_attended(theirs, p_theirs)
    intruder = Actor(None, "יעל", "instructor", employee_id=world.instructor_id)
    verdict = world.apply(MarkAttended(theirs, p_theirs), intruder)
    assert verdict.outcome is Outcome.REJECTED and participant(world, p_theirs).participant_status == "scheduled"


def test_roles_without_attendance_or_financial_rights_are_refused(world: World) -> None:
    student = world.student()
    lesson, [pid] = world.lesson(student)
    with pytest.raises(DomainError, match="may not"):
        AttendanceService(world.context(Role.READ_ONLY)).mark_attended(lesson, pid)
    verdict = world.apply(MarkAttended(lesson, pid), Actor(None, "צופה", "read_only"))
    assert verdict.outcome is Outcome.REJECTED
    office = AttendanceService(world.context(Role.OFFICE))
    office.mark_attended(lesson, pid)
    with pytest.raises(DomainError, match="may not"):
        office.correct(lesson, pid, reason="טעות")
    assert participant(world, pid).participant_status == "attended"


def test_the_same_ledger_on_the_embedded_database(sqlite_engine: Engine) -> None:
    world = build_world(sqlite_engine)
    student = world.student()
    commitment = world.commitment(student, "500", payer="clalit")
    lesson, [pid] = world.lesson(student)
    service = AttendanceService(world.context())
    service.mark_attended(lesson, pid)
    assert world.balance(commitment) == D("280.00")
    breakdown = participant(world, pid).pricing_breakdown
    assert breakdown["parent_share"] == "45.00" and breakdown["hmo_share"] == "175.00"
    service.correct(lesson, pid, reason="טעות")
    assert world.balance(commitment) == D("500.00")
