"""What an attendance action writes: participant updates, consumption entries, earnings, lesson status.

`plan_action` turns the facts of one lesson and one action into an `AttendanceChange`; the
data layer only writes it. The rules (plan §5.4):

- confirmation keeps the participant `scheduled` and records who, when and through which channel;
- a settling action prices the outcome with the charging engine (written once), consumes the
  earliest-expiring open commitment of the student for the service when something is charged, and
  when the last participant settles the lesson takes its status — `completed` with a
  `lesson_earnings` row for the instructor when someone attended;
- a correction never edits or deletes ledger rows: it adds reversing consumption entries and
  earnings, returns the participant (and the lesson) to `scheduled` and keeps the old outcome in the
  participant's `metadata.corrections`; it may settle the participant anew in the same change.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from reinex_desktop.domain.attendance.rules import (
    LESSON_HAS_NO_PARTICIPANTS,
    NEGATIVE_PRICE,
    NOT_A_SETTLING_ACTION,
    NOTICE_AFTER_NOW,
    PARTICIPANT_NOT_FOUND,
    PRICE_ALREADY_CHARGED,
    REASON_REQUIRED,
    AttendanceAction,
    ConfirmationChannel,
    check_action,
    lesson_status_for,
    refusal,
)
from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.catalog import Capability, RateHistoryEntry, Service
from reinex_desktop.domain.charging.balances import choose_commitment
from reinex_desktop.domain.charging.engine import Charge, ChargeRequest, PriceInputs, compute_charge
from reinex_desktop.domain.charging.settings import ChargingSettings, parse_decimal
from reinex_desktop.domain.clinic_time import local_date
from reinex_desktop.domain.enums import LessonStatus, ParticipantStatus
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant
from reinex_desktop.domain.money import Commitment, ConsumptionEntry, LessonEarning
from reinex_desktop.domain.payroll.rates import PaymentModel, payout_amount, rate_in_force

SECONDS_PER_HOUR = Decimal(3600)


@dataclass(frozen=True, slots=True)
class StudentFacts:
    """What charging needs about one participant's student."""

    special_rate: Decimal | None = None
    #: The student's commitments for the lesson's service.
    commitments: tuple[Commitment, ...] = ()
    #: Medical-note waivers the student used in the lesson's calendar year, not counting this lesson.
    medical_notes_used: int = 0


@dataclass(frozen=True, slots=True)
class InstructorFacts:
    """What the earning needs about the lesson's instructor."""

    current_rate: Decimal | None = None
    employee_type: str | None = None
    capabilities: tuple[Capability, ...] = ()
    rate_history: tuple[RateHistoryEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class LessonFacts:
    """Everything the attendance rules read about one lesson, loaded by the data layer."""

    lesson: LessonInstance
    service: Service | None
    template_price_override: Decimal | None
    students: Mapping[UUID, StudentFacts]
    #: commitment id → remaining balance from `commitment_balances`.
    remaining: Mapping[UUID, Decimal]
    #: Consumption entries already written for the lesson's participants.
    consumption: tuple[ConsumptionEntry, ...]
    #: Earnings already written for the lesson.
    earnings: tuple[LessonEarning, ...]
    instructor: InstructorFacts
    settings: ChargingSettings
    zone: ZoneInfo


@dataclass(frozen=True, slots=True)
class ParticipantUpdate:
    participant_id: UUID
    status: ParticipantStatus
    price_charged: Decimal | None
    pricing_breakdown: Mapping[str, Any] | None
    commitment_id: UUID | None
    metadata: Mapping[str, Any]
    confirmed_at: datetime | None = None
    confirmed_by: UUID | None = None
    #: Whether `confirmed_at`/`confirmed_by` are to be written.
    records_confirmation: bool = False


@dataclass(frozen=True, slots=True)
class NewConsumption:
    lesson_participant_id: UUID
    commitment_id: UUID | None
    amount_charged: Decimal
    metadata: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class NewEarning:
    employee_id: UUID
    lesson_instance_id: UUID
    rate_used: Decimal
    payout_amount: Decimal
    metadata: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class AttendanceChange:
    lesson_id: UUID
    lesson_status: LessonStatus
    previous_lesson_status: LessonStatus
    participants: tuple[ParticipantUpdate, ...] = ()
    consumption: tuple[NewConsumption, ...] = ()
    earnings: tuple[NewEarning, ...] = ()
    #: The charge of the participant acted on (None for confirmations and corrections alone).
    charge: Charge | None = None
    lesson_metadata: Mapping[str, Any] | None = None

    @property
    def lesson_status_changed(self) -> bool:
        return self.lesson_status is not self.previous_lesson_status


@dataclass(frozen=True, slots=True)
class ActionRequest:
    action: AttendanceAction
    participant_id: UUID | None
    actor: Actor
    now: datetime
    channel: ConfirmationChannel = ConfirmationChannel.WHATSAPP
    note: str = ""
    notified_at: datetime | None = None
    medical_note: bool = False
    reason: str = ""
    then: AttendanceAction | None = None
    then_medical_note: bool = False
    #: The lesson start as the user reads it, for messages ("Sun 22.11 16:00").
    start_text: str = ""


def _participant(lesson: LessonInstance, participant_id: UUID | None) -> LessonParticipant:
    for participant in lesson.participants:
        if participant.id == participant_id:
            return participant
    raise refusal(PARTICIPANT_NOT_FOUND, "participant_not_found")


def _who(request: ActionRequest) -> dict[str, Any]:
    actor = request.actor
    who: dict[str, Any] = {"name": actor.name, "role": actor.role}
    if actor.user_id is not None:
        who["user_id"] = str(actor.user_id)
    return who


def instance_price_override(lesson: LessonInstance) -> Decimal | None:
    """`lesson_instances.metadata.price_override`, when it holds an amount."""
    value = lesson.metadata.get("price_override")
    if value is None:
        return None
    try:
        return parse_decimal(value)
    except ValueError:
        return None


def medical_note_used(breakdown: Mapping[str, Any] | None) -> bool:
    """Whether a written breakdown used up one medical-note waiver."""
    return bool(breakdown and breakdown.get("medical_note_waived"))


def plan_action(facts: LessonFacts, request: ActionRequest) -> AttendanceChange:
    """The change one attendance action makes to one lesson (plan §5.4); raises DomainError if illegal."""
    action = request.action
    if action is AttendanceAction.CONFIRM:
        return _confirm(facts, request)
    if action is AttendanceAction.CORRECT:
        return _correct(facts, request)
    if action is AttendanceAction.CANCEL_BY_CLINIC and request.participant_id is None:
        return _cancel_whole_lesson(facts, request)
    return _settle(facts, request, (_participant(facts.lesson, request.participant_id),))


# --- confirmation -------------------------------------------------------------------------------------


def _confirm(facts: LessonFacts, request: ActionRequest) -> AttendanceChange:
    lesson = facts.lesson
    participant = _participant(lesson, request.participant_id)
    check_action(lesson, participant, AttendanceAction.CONFIRM, request.now, request.start_text)
    confirmation = {"channel": request.channel.value, "at": request.now.isoformat(), "by": _who(request)}
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


# --- settling -------------------------------------------------------------------------------------------


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
    record: dict[str, Any] = {"status": action.target.value, "at": request.now.isoformat(), "by": _who(request)}
    if action is AttendanceAction.CANCEL_BY_STUDENT:
        record["notified_at"] = (request.notified_at or request.now).isoformat()
    if request.reason.strip() and action in (AttendanceAction.CANCEL_BY_STUDENT, AttendanceAction.CANCEL_BY_CLINIC):
        record["reason"] = request.reason.strip()
    metadata["attendance"] = record
    return metadata


def _settle(
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


def _cancel_whole_lesson(facts: LessonFacts, request: ActionRequest) -> AttendanceChange:
    lesson = facts.lesson
    open_ones = tuple(p for p in lesson.participants if p.participant_status is ParticipantStatus.SCHEDULED)
    if not lesson.participants:
        if lesson.status is not LessonStatus.SCHEDULED:
            raise refusal(LESSON_HAS_NO_PARTICIPANTS, "no_participants")
        return AttendanceChange(lesson.id, LessonStatus.CANCELLED_CLINIC, lesson.status)
    if not open_ones:
        check_action(lesson, lesson.participants[0], AttendanceAction.CANCEL_BY_CLINIC, request.now)
    return _settle(facts, request, open_ones, action=AttendanceAction.CANCEL_BY_CLINIC, medical=False)


def _net_earnings(facts: LessonFacts) -> list[LessonEarning]:
    """Earnings of the lesson not reversed yet (reversals themselves excluded)."""
    reversed_ids = {reversed_id(e.metadata) for e in facts.earnings}
    return [e for e in facts.earnings if reversed_id(e.metadata) is None and e.id not in reversed_ids]


def _earnings_on_completion(
    facts: LessonFacts, statuses: Mapping[UUID, ParticipantStatus], new_status: LessonStatus
) -> tuple[NewEarning, ...]:
    """A `lesson_earnings` row for the instructor when the lesson becomes completed (plan §5.4)."""
    lesson = facts.lesson
    if new_status is not LessonStatus.COMPLETED or _net_earnings(facts):
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


# --- correction -----------------------------------------------------------------------------------------


def reversed_id(metadata: Mapping[str, Any]) -> UUID | None:
    """The ledger row a reversing row reverses (`metadata.reverses`), if any."""
    value = metadata.get("reverses")
    try:
        return UUID(str(value)) if value else None
    except ValueError:
        return None


def _open_consumption(facts: LessonFacts, participant_id: UUID) -> list[ConsumptionEntry]:
    mine = [e for e in facts.consumption if e.lesson_participant_id == participant_id]
    reversed_ids = {reversed_id(e.metadata) for e in mine}
    return [e for e in mine if reversed_id(e.metadata) is None and e.id not in reversed_ids]


def _correct(facts: LessonFacts, request: ActionRequest) -> AttendanceChange:
    lesson = facts.lesson
    participant = _participant(lesson, request.participant_id)
    reason = request.reason.strip()
    if not reason:
        raise refusal(REASON_REQUIRED, "reason_required")
    check_action(lesson, participant, AttendanceAction.CORRECT, request.now, request.start_text)
    if request.then is not None and not request.then.settles:
        raise refusal(NOT_A_SETTLING_ACTION, "not_settling")

    reversals = [
        NewConsumption(
            lesson_participant_id=participant.id,
            commitment_id=entry.commitment_id,
            amount_charged=-entry.amount_charged,
            metadata={"reverses": str(entry.id), "reason": reason},
        )
        for entry in _open_consumption(facts, participant.id)
    ]
    earning_reversals = [
        NewEarning(
            employee_id=earning.employee_id,
            lesson_instance_id=lesson.id,
            rate_used=earning.rate_used,
            payout_amount=-earning.payout_amount,
            metadata={**_earning_facts(earning), "reverses": str(earning.id), "reason": reason},
        )
        for earning in _net_earnings(facts)
    ]
    history = list(participant.metadata.get("corrections", ()))
    history.append(
        {
            "at": request.now.isoformat(),
            "by": _who(request),
            "reason": reason,
            "previous_status": participant.participant_status.value,
            "previous_price": None if participant.price_charged is None else str(participant.price_charged),
            "previous_breakdown": participant.pricing_breakdown,
            "previous_commitment_id": None if participant.commitment_id is None else str(participant.commitment_id),
            "reversed_consumption": [str(r.metadata["reverses"]) for r in reversals],
            "reversed_earnings": [str(r.metadata["reverses"]) for r in earning_reversals],
        }
    )
    metadata = {k: v for k, v in participant.metadata.items() if k != "attendance"}
    metadata["corrections"] = history
    update = ParticipantUpdate(
        participant_id=participant.id,
        status=ParticipantStatus.SCHEDULED,
        price_charged=None,
        pricing_breakdown=None,
        commitment_id=None,
        metadata=metadata,
    )
    corrected = AttendanceChange(
        lesson.id,
        LessonStatus.SCHEDULED,
        lesson.status,
        participants=(update,),
        consumption=tuple(reversals),
        earnings=tuple(earning_reversals),
    )
    if request.then is None:
        return corrected
    return _then_settle(facts, request, corrected, participant, update)


def _earning_facts(earning: LessonEarning) -> dict[str, Any]:
    keep = ("payment_model", "students", "duration_minutes", "lesson_date", "rate_source")
    return {key: earning.metadata[key] for key in keep if key in earning.metadata}


def _then_settle(
    facts: LessonFacts,
    request: ActionRequest,
    corrected: AttendanceChange,
    participant: LessonParticipant,
    update: ParticipantUpdate,
) -> AttendanceChange:
    """Settle the corrected participant anew, on the facts as the correction leaves them."""
    assert request.then is not None
    reset = dataclasses.replace(
        participant,
        participant_status=ParticipantStatus.SCHEDULED,
        price_charged=None,
        pricing_breakdown=None,
        commitment_id=None,
        metadata=update.metadata,
    )
    lesson = dataclasses.replace(
        facts.lesson,
        status=LessonStatus.SCHEDULED,
        participants=tuple(reset if p.id == participant.id else p for p in facts.lesson.participants),
    )
    remaining = dict(facts.remaining)
    for reversal in corrected.consumption:
        if reversal.commitment_id is not None:
            remaining[reversal.commitment_id] = remaining.get(reversal.commitment_id, Decimal(0)) - (
                reversal.amount_charged
            )
    after = dataclasses.replace(facts, lesson=lesson, remaining=remaining, earnings=())
    settled = _settle(
        after, dataclasses.replace(request, reason=""), (reset,), action=request.then, medical=request.then_medical_note
    )
    merged = settled.participants[0]
    return AttendanceChange(
        lesson.id,
        settled.lesson_status,
        facts.lesson.status,
        participants=(merged,),
        consumption=corrected.consumption + settled.consumption,
        earnings=corrected.earnings + settled.earnings,
        charge=settled.charge,
    )


def plan_price_override(lesson: LessonInstance, price: Decimal | None) -> dict[str, Any]:
    """The lesson metadata with a per-lesson price override set (or removed when None) (plan §5.4).

    Charges are written once: a lesson whose participants are already charged keeps its price
    until their attendance is corrected.
    """
    if price is not None and price < 0:
        raise refusal(NEGATIVE_PRICE, "negative_price")
    if any(p.price_charged is not None for p in lesson.participants):
        raise refusal(PRICE_ALREADY_CHARGED, "already_charged")
    metadata = {k: v for k, v in lesson.metadata.items() if k != "price_override"}
    if price is not None:
        metadata["price_override"] = str(price)
    return metadata
