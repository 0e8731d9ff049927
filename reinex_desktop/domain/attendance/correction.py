"""Corrections of a settled participant: reversing ledger rows, never edits or deletes (plan §5.4)."""

from __future__ import annotations

import dataclasses
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
    participant_of,
    reversed_id,
    who,
)
from reinex_desktop.domain.attendance.rules import (
    NOT_A_SETTLING_ACTION,
    REASON_REQUIRED,
    AttendanceAction,
    check_action,
    refusal,
)
from reinex_desktop.domain.attendance.settle import net_earnings, settle
from reinex_desktop.domain.enums import LessonStatus, ParticipantStatus
from reinex_desktop.domain.lessons import LessonParticipant
from reinex_desktop.domain.money import ConsumptionEntry, LessonEarning


def _open_consumption(facts: LessonFacts, participant_id: UUID) -> list[ConsumptionEntry]:
    mine = [e for e in facts.consumption if e.lesson_participant_id == participant_id]
    reversed_ids = {reversed_id(e.metadata) for e in mine}
    return [e for e in mine if reversed_id(e.metadata) is None and e.id not in reversed_ids]


def correct(facts: LessonFacts, request: ActionRequest) -> AttendanceChange:
    """Reverse the participant's open consumption rows and the lesson's open earnings with new rows,
    return the participant and the lesson to `scheduled`, keep the old outcome in the history, and
    settle the participant anew when `request.then` asks for it (plan §5.4)."""
    lesson = facts.lesson
    participant = participant_of(lesson, request.participant_id)
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
        for earning in net_earnings(facts)
    ]
    history = list(participant.metadata.get("corrections", ()))
    history.append(
        {
            "at": request.now.isoformat(),
            "by": who(request),
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
    settled = settle(
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
