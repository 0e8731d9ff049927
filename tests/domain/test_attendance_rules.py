"""Attendance transitions and the change they plan (plan §5.4), without a database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from uuid import uuid4

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reinex_desktop.domain.attendance.plan import (
    ActionRequest,
    InstructorFacts,
    LessonFacts,
    StudentFacts,
    plan_action,
    plan_price_override,
)
from reinex_desktop.domain.attendance.rules import (
    AttendanceAction,
    allowed_actions,
    check_action,
    lesson_status_for,
    may_record,
)
from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.catalog import Capability, Service
from reinex_desktop.domain.charging.settings import ChargingSettings
from reinex_desktop.domain.clinic_time import clinic_zone
from reinex_desktop.domain.enums import LessonStatus, ParticipantStatus
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant
from reinex_desktop.domain.money import Commitment, ConsumptionEntry, LessonEarning
from reinex_desktop.domain.text import DomainError

NOW = datetime(2026, 11, 22, 14, tzinfo=UTC)
OWNER = Actor(None, "דנה", "owner")
INSTRUCTOR, SERVICE = uuid4(), uuid4()
S = ParticipantStatus


def participant(status: S = S.SCHEDULED, **extra: object) -> LessonParticipant:
    return LessonParticipant(uuid4(), uuid4(), uuid4(), status, student_name="נועה", **extra)  # type: ignore[arg-type]


def lesson(
    *participants: LessonParticipant, start: datetime = NOW - timedelta(minutes=5), **extra: object
) -> LessonInstance:
    return LessonInstance(uuid4(), start, 45, INSTRUCTOR, SERVICE, participants=participants, **extra)  # type: ignore[arg-type]


def facts(subject: LessonInstance, **extra: object) -> LessonFacts:
    values: dict[str, object] = {
        "lesson": subject,
        "service": Service(SERVICE, "רכיבה", base_price=Decimal("220"), payment_model="per_session"),
        "template_price_override": None,
        "students": {},
        "remaining": {},
        "consumption": (),
        "earnings": (),
        "instructor": InstructorFacts(capabilities=(Capability(uuid4(), INSTRUCTOR, SERVICE, base_rate=Decimal(100)),)),
        "settings": ChargingSettings(),
        "zone": clinic_zone(),
    }
    values.update(extra)
    return LessonFacts(**values)  # type: ignore[arg-type]


def request(action: AttendanceAction, participant_id: object, **extra: object) -> ActionRequest:
    return ActionRequest(action, participant_id, OWNER, NOW, **extra)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ([], LessonStatus.SCHEDULED),
        ([S.SCHEDULED, S.ATTENDED], LessonStatus.SCHEDULED),
        ([S.ATTENDED, S.NO_SHOW], LessonStatus.COMPLETED),
        ([S.CANCELLED_STUDENT, S.ATTENDED], LessonStatus.COMPLETED),
        ([S.CANCELLED_CLINIC, S.CANCELLED_STUDENT], LessonStatus.CANCELLED_CLINIC),
        ([S.NO_SHOW, S.CANCELLED_STUDENT], LessonStatus.NO_SHOW),
        ([S.CANCELLED_STUDENT], LessonStatus.CANCELLED_STUDENT),
    ],
)
def test_the_lesson_takes_its_participants_outcome(statuses: list[S], expected: LessonStatus) -> None:
    assert lesson_status_for(statuses) is expected


SETTLING = [
    AttendanceAction.ATTENDED,
    AttendanceAction.NO_SHOW,
    AttendanceAction.CANCEL_BY_STUDENT,
    AttendanceAction.CANCEL_BY_CLINIC,
]


@settings(max_examples=100, deadline=None)
@given(
    status=st.sampled_from(list(S)),
    action=st.sampled_from(list(AttendanceAction)),
    minutes=st.integers(-600, 600),
)
def test_only_the_transitions_of_plan_5_4_are_legal(status: S, action: AttendanceAction, minutes: int) -> None:
    subject = participant(status)
    current = lesson(subject, start=NOW + timedelta(minutes=minutes))
    legal = (
        status is not S.SCHEDULED
        if action is AttendanceAction.CORRECT
        else status is S.SCHEDULED
        and (action not in (AttendanceAction.ATTENDED, AttendanceAction.NO_SHOW) or minutes <= 30)
    )
    try:
        check_action(current, subject, action, NOW)
    except DomainError:
        assert not legal
    else:
        assert legal
    offered = allowed_actions(current, subject, NOW, may_correct=True)
    assert (action in offered) is legal


def test_instructors_record_only_their_own_lessons() -> None:
    mine = lesson(participant())
    assert may_record(Actor(None, "יעל", "instructor", employee_id=INSTRUCTOR), mine)
    assert not may_record(Actor(None, "אורי", "instructor", employee_id=uuid4()), mine)
    assert not may_record(Actor(None, "?", "instructor"), mine)
    assert may_record(Actor(None, "קבלה", "office"), mine)


def test_confirmation_records_channel_who_and_when_and_changes_no_status() -> None:
    subject = participant()
    change = plan_action(facts(lesson(subject)), request(AttendanceAction.CONFIRM, subject.id, note="אבא"))
    [update] = change.participants
    assert update.status is S.SCHEDULED and update.records_confirmation and update.confirmed_at == NOW
    assert update.metadata["confirmation"]["channel"] == "whatsapp"
    assert update.metadata["confirmation"]["by"] == {"name": "דנה", "role": "owner"}
    assert change.consumption == () and change.earnings == () and not change.lesson_status_changed


def test_attendance_charges_the_earliest_expiring_commitment_and_pays_the_instructor() -> None:
    subject = participant()
    soon = Commitment(uuid4(), subject.student_id, SERVICE, Decimal(1000), expires_at=NOW + timedelta(days=5))
    late = Commitment(uuid4(), subject.student_id, SERVICE, Decimal(1000), expires_at=NOW + timedelta(days=50))
    plan = facts(lesson(subject), students={subject.student_id: StudentFacts(commitments=(late, soon))})
    change = plan_action(plan, request(AttendanceAction.ATTENDED, subject.id))
    [update] = change.participants
    assert update.price_charged == Decimal("220.00") and update.commitment_id == soon.id
    assert [(c.commitment_id, c.amount_charged) for c in change.consumption] == [(soon.id, Decimal("220.00"))]
    assert change.lesson_status is LessonStatus.COMPLETED
    [earning] = change.earnings
    assert earning.rate_used == Decimal(100) and earning.payout_amount == Decimal("100.00")


def test_a_free_outcome_writes_no_ledger_row() -> None:
    subject = participant()
    change = plan_action(facts(lesson(subject)), request(AttendanceAction.CANCEL_BY_CLINIC, subject.id))
    assert change.participants[0].price_charged == Decimal("0.00") and change.consumption == ()
    assert change.lesson_status is LessonStatus.CANCELLED_CLINIC and change.earnings == ()


def test_correction_reverses_with_new_rows_and_keeps_the_history() -> None:
    breakdown = {"rule": "attended", "amount": "220.00"}
    subject = participant(S.ATTENDED, price_charged=Decimal("220.00"), pricing_breakdown=breakdown)
    commitment_id = uuid4()
    entry = ConsumptionEntry(uuid4(), subject.id, Decimal("220.00"), commitment_id)
    earning = LessonEarning(uuid4(), INSTRUCTOR, uuid4(), Decimal(100), Decimal("100.00"), metadata={"students": 1})
    current = lesson(subject, status=LessonStatus.COMPLETED)
    change = plan_action(
        facts(current, consumption=(entry,), earnings=(earning,)),
        request(AttendanceAction.CORRECT, subject.id, reason="טעות"),
    )
    assert [(c.amount_charged, c.metadata["reverses"]) for c in change.consumption] == [
        (Decimal("-220.00"), str(entry.id))
    ]
    assert [(e.payout_amount, e.metadata["reverses"]) for e in change.earnings] == [
        (Decimal("-100.00"), str(earning.id))
    ]
    [update] = change.participants
    assert update.status is S.SCHEDULED and update.price_charged is None and update.pricing_breakdown is None
    assert update.metadata["corrections"][0]["previous_breakdown"] == breakdown
    assert change.lesson_status is LessonStatus.SCHEDULED


def test_an_already_reversed_row_is_not_reversed_twice() -> None:
    subject = participant(S.NO_SHOW, price_charged=Decimal("220.00"))
    first = ConsumptionEntry(uuid4(), subject.id, Decimal("220.00"))
    reversal = ConsumptionEntry(uuid4(), subject.id, Decimal("-220.00"), metadata={"reverses": str(first.id)})
    second = ConsumptionEntry(uuid4(), subject.id, Decimal("110.00"))
    change = plan_action(
        facts(lesson(subject), consumption=(first, reversal, second)),
        request(AttendanceAction.CORRECT, subject.id, reason="שוב"),
    )
    assert [c.amount_charged for c in change.consumption] == [Decimal("-110.00")]


def test_a_correction_needs_a_reason_and_a_settling_follow_up() -> None:
    subject = participant(S.ATTENDED)
    with pytest.raises(DomainError, match="needs a reason"):
        plan_action(facts(lesson(subject)), request(AttendanceAction.CORRECT, subject.id, reason="  "))
    with pytest.raises(DomainError, match="choose attended"):
        plan_action(
            facts(lesson(subject)),
            request(AttendanceAction.CORRECT, subject.id, reason="x", then=AttendanceAction.CONFIRM),
        )


def test_a_lesson_price_is_set_only_before_anyone_is_charged() -> None:
    free = lesson(participant())
    assert plan_price_override(free, Decimal("95"))["price_override"] == "95"
    assert "price_override" not in plan_price_override(lesson(participant(), metadata={"price_override": "95"}), None)
    with pytest.raises(DomainError):
        plan_price_override(free, Decimal("-1"))
    with pytest.raises(DomainError, match="not recomputed"):
        plan_price_override(lesson(participant(S.ATTENDED, price_charged=Decimal(1))), Decimal("95"))


def test_a_cancelled_lesson_takes_no_attendance_but_its_participants_can_still_be_cancelled() -> None:
    subject = participant()
    cancelled = lesson(subject, status=LessonStatus.CANCELLED_CLINIC)
    for action in (AttendanceAction.ATTENDED, AttendanceAction.NO_SHOW, AttendanceAction.CONFIRM):
        with pytest.raises(DomainError, match="cancelled"):
            check_action(cancelled, subject, action, NOW)
    assert allowed_actions(cancelled, subject, NOW, may_correct=True) == {
        AttendanceAction.CANCEL_BY_STUDENT,
        AttendanceAction.CANCEL_BY_CLINIC,
    }
