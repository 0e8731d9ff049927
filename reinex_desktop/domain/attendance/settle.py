"""Confirming and settling participants: the charge, the consumption, the lesson's status and the
instructor's earning (plan §5.4)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

from reinex_desktop.domain.attendance.facts import (
    ActionRequest,
    AttendanceChange,
    LessonFacts,
    NewConsumption,
    NewEarning,
    ParticipantUpdate,
    StudentFacts,
    instance_price_override,
    participant_of,
    reversed_id,
    who,
)
from reinex_desktop.domain.attendance.rules import (
    LESSON_HAS_NO_PARTICIPANTS,
    NOTICE_AFTER_NOW,
    AttendanceAction,
    check_action,
    lesson_status_for,
    refusal,
)
from reinex_desktop.domain.charging.balances import choose_commitment
from reinex_desktop.domain.charging.engine import Charge, ChargeRequest, PriceInputs, compute_charge
from reinex_desktop.domain.charging.settings import parse_decimal
from reinex_desktop.domain.clinic_time import local_date
from reinex_desktop.domain.enums import LessonStatus, ParticipantStatus
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant
from reinex_desktop.domain.money import Commitment, LessonEarning
from reinex_desktop.domain.payroll.rates import PaymentModel, payout_amount, rate_in_force

SECONDS_PER_HOUR = Decimal(3600)


def confirm(facts: LessonFacts, request: ActionRequest) -> AttendanceChange:
    """ "Coming": the participant stays scheduled; who, when and the channel are recorded (plan §5.4)."""
    lesson = facts.lesson
    participant = participant_of(lesson, request.participant_id)
    check_action(lesson, participant, AttendanceAction.CONFIRM, request.now, request.start_text)
    confirmation = {"channel": request.channel.value, "at": request.now.isoformat(), "by": who(request)}
    if request.note.strip():
        confirmation["note"] = request.note.strip()
    update = ParticipantUpdate(
        participant_id=participant.id,
        status=ParticipantStatus.SCHEDULED,
        price_charged=participant.price_charged,
        pricing_breakdown=participant.pricing_breakdown,
        commitment_id=participant.commitment_id,
        metadata={**participant.metadata, "confirmation": confirmation},
        confirmed_at=request.now,
        confirmed_by=request.actor.user_id,
        records_confirmation=True,
    )
    return AttendanceChange(lesson.id, lesson.status, lesson.status, participants=(update,))


def _hours_before(lesson: LessonInstance, request: ActionRequest) -> Decimal:
    notice = request.notified_at or request.now
    if notice > request.now:
        raise refusal(NOTICE_AFTER_NOW, "notice_in_future")
    seconds = Decimal(int((lesson.datetime_start - notice).total_seconds()))
    return seconds / SECONDS_PER_HOUR


def _charge_for(
    facts: LessonFacts, participant: LessonParticipant, action: AttendanceAction, request: ActionRequest, medical: bool
) -> tuple[Charge, Commitment | None]:
    lesson = facts.lesson
    student = facts.students.get(participant.student_id, StudentFacts())
    event = action.event
    commitment = choose_commitment(
        student.commitments,
        facts.remaining,
        student_id=participant.student_id,
        service_id=lesson.service_id,
        at=lesson.datetime_start,
        event=event,
        settings=facts.settings,
    )
    copay = None
    if commitment is not None and commitment.metadata.get("parent_copay") is not None:
        try:
            copay = parse_decimal(commitment.metadata["parent_copay"])
        except ValueError:
            copay = None
    charge = compute_charge(
        ChargeRequest(
            event=event,
            prices=PriceInputs(
                service_base_price=facts.service.base_price if facts.service else None,
                student_special_rate=student.special_rate,
                template_price_override=facts.template_price_override,
                instance_override=instance_price_override(lesson),
            ),
            payer=commitment.payer if commitment is not None else "private",
            payer_copay=copay,
            hours_before=_hours_before(lesson, request) if action is AttendanceAction.CANCEL_BY_STUDENT else None,
            medical_note=medical,
            medical_notes_used=student.medical_notes_used,
        ),
        facts.settings,
    )
    return charge, commitment


def _settled_metadata(
    participant: LessonParticipant, action: AttendanceAction, request: ActionRequest
) -> dict[str, Any]:
    metadata = dict(participant.metadata)
    record: dict[str, Any] = {"status": action.target.value, "at": request.now.isoformat(), "by": who(request)}
    if action is AttendanceAction.CANCEL_BY_STUDENT:
        record["notified_at"] = (request.notified_at or request.now).isoformat()
    if request.reason.strip() and action in (AttendanceAction.CANCEL_BY_STUDENT, AttendanceAction.CANCEL_BY_CLINIC):
        record["reason"] = request.reason.strip()
    metadata["attendance"] = record
    return metadata


def settle(
    facts: LessonFacts,
    request: ActionRequest,
    participants: tuple[LessonParticipant, ...],
    *,
    action: AttendanceAction | None = None,
    medical: bool | None = None,
) -> AttendanceChange:
    lesson = facts.lesson
    action = action or request.action
    medical = request.medical_note if medical is None else medical
    updates: list[ParticipantUpdate] = []
    consumption: list[NewConsumption] = []
    charge: Charge | None = None
    for participant in participants:
        check_action(lesson, participant, action, request.now, request.start_text)
        charge, commitment = _charge_for(facts, participant, action, request, medical)
        charged = charge.price_charged > 0
        target = commitment if charged else None
        updates.append(
            ParticipantUpdate(
                participant_id=participant.id,
                status=action.target,
                price_charged=charge.price_charged,
                pricing_breakdown=charge.breakdown(),
                commitment_id=target.id if target is not None else None,
                metadata=_settled_metadata(participant, action, request),
            )
        )
        if charged:
            consumption.append(
                NewConsumption(
                    lesson_participant_id=participant.id,
                    commitment_id=target.id if target is not None else None,
                    amount_charged=charge.price_charged,
                    metadata={
                        "rule": charge.rule.value,
                        "payer_type": charge.payer,
                        "parent_share": str(charge.parent_share),
                        "hmo_share": str(charge.hmo_share),
                    },
                )
            )
    statuses = {p.id: p.participant_status for p in lesson.participants}
    statuses.update({u.participant_id: u.status for u in updates})
    new_status = lesson_status_for(statuses.values())
    earnings = _earnings_on_completion(facts, statuses, new_status)
    return AttendanceChange(
        lesson.id,
        new_status,
        lesson.status,
        participants=tuple(updates),
        consumption=tuple(consumption),
        earnings=earnings,
        charge=charge if len(updates) == 1 else None,
    )


def cancel_whole_lesson(facts: LessonFacts, request: ActionRequest) -> AttendanceChange:
    lesson = facts.lesson
    open_ones = tuple(p for p in lesson.participants if p.participant_status is ParticipantStatus.SCHEDULED)
    if not lesson.participants:
        if lesson.status is not LessonStatus.SCHEDULED:
            raise refusal(LESSON_HAS_NO_PARTICIPANTS, "no_participants")
        return AttendanceChange(lesson.id, LessonStatus.CANCELLED_CLINIC, lesson.status)
    if not open_ones:
        check_action(lesson, lesson.participants[0], AttendanceAction.CANCEL_BY_CLINIC, request.now)
    return settle(facts, request, open_ones, action=AttendanceAction.CANCEL_BY_CLINIC, medical=False)


def net_earnings(facts: LessonFacts) -> list[LessonEarning]:
    """Earnings of the lesson not reversed yet (reversals themselves excluded)."""
    reversed_ids = {reversed_id(e.metadata) for e in facts.earnings}
    return [e for e in facts.earnings if reversed_id(e.metadata) is None and e.id not in reversed_ids]


def _earnings_on_completion(
    facts: LessonFacts, statuses: Mapping[UUID, ParticipantStatus], new_status: LessonStatus
) -> tuple[NewEarning, ...]:
    """A `lesson_earnings` row for the instructor when the lesson becomes completed (plan §5.4)."""
    lesson = facts.lesson
    if new_status is not LessonStatus.COMPLETED or net_earnings(facts):
        return ()
    day: date = local_date(lesson.datetime_start, facts.zone)
    instructor = facts.instructor
    decision = rate_in_force(
        employee_id=lesson.instructor_employee_id,
        service_id=lesson.service_id,
        day=day,
        capabilities=instructor.capabilities,
        rate_history=instructor.rate_history,
        current_rate=instructor.current_rate,
        employee_type=instructor.employee_type,
    )
    model = PaymentModel.of(facts.service.payment_model if facts.service else None)
    students = sum(1 for status in statuses.values() if status is ParticipantStatus.ATTENDED)
    payout = payout_amount(decision.rate, model, students=students, duration_minutes=lesson.duration_minutes)
    metadata: dict[str, Any] = {
        "rate_source": decision.source.value,
        "payment_model": model.value,
        "students": students,
        "duration_minutes": lesson.duration_minutes,
        "lesson_date": day.isoformat(),
    }
    if decision.effective_date is not None:
        metadata["rate_effective_date"] = decision.effective_date.isoformat()
    return (NewEarning(lesson.instructor_employee_id, lesson.id, decision.rate, payout, metadata),)
