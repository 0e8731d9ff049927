"""The facts an attendance action reads about one lesson, and the change it makes (plan §5.4).

The data layer loads `LessonFacts` inside its transaction and writes the `AttendanceChange` the
rules return; nothing here touches a database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from reinex_desktop.domain.attendance.rules import (
    PARTICIPANT_NOT_FOUND,
    AttendanceAction,
    ConfirmationChannel,
    refusal,
)
from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.catalog import Capability, RateHistoryEntry, Service
from reinex_desktop.domain.charging.engine import Charge
from reinex_desktop.domain.charging.settings import ChargingSettings, parse_decimal
from reinex_desktop.domain.enums import LessonStatus, ParticipantStatus
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant
from reinex_desktop.domain.money import Commitment, ConsumptionEntry, LessonEarning


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


def participant_of(lesson: LessonInstance, participant_id: UUID | None) -> LessonParticipant:
    for participant in lesson.participants:
        if participant.id == participant_id:
            return participant
    raise refusal(PARTICIPANT_NOT_FOUND, "participant_not_found")


def who(request: ActionRequest) -> dict[str, Any]:
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


def reversed_id(metadata: Mapping[str, Any]) -> UUID | None:
    """The ledger row a reversing row reverses (`metadata.reverses`), if any."""
    value = metadata.get("reverses")
    try:
        return UUID(str(value)) if value else None
    except ValueError:
        return None
