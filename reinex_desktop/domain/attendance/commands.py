"""The attendance writes (plan §5.4). Each is applied by one handler that charges, books the
consumption and the instructor's earnings, and audits, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import ClassVar
from uuid import UUID

from reinex_desktop.domain.attendance.rules import AttendanceAction, ConfirmationChannel
from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.enums import ParticipantStatus


@dataclass(frozen=True, slots=True)
class ConfirmAttendance(Command):
    """The family said "coming": the participant stays scheduled, the confirmation is recorded."""

    KIND: ClassVar[str] = "attendance.confirm"
    lesson_id: UUID
    participant_id: UUID
    channel: ConfirmationChannel = ConfirmationChannel.WHATSAPP
    note: str = ""


@dataclass(frozen=True, slots=True)
class MarkAttended(Command):
    KIND: ClassVar[str] = "attendance.attended"
    lesson_id: UUID
    participant_id: UUID


@dataclass(frozen=True, slots=True)
class MarkNoShow(Command):
    KIND: ClassVar[str] = "attendance.no_show"
    lesson_id: UUID
    participant_id: UUID
    #: An emergency medical note waives the charge (at most the yearly quota).
    medical_note: bool = False


@dataclass(frozen=True, slots=True)
class CancelByStudent(Command):
    """ "Not coming": charged per the cancellation window from the time the notice was given."""

    KIND: ClassVar[str] = "attendance.cancel_by_student"
    lesson_id: UUID
    participant_id: UUID
    #: When the family gave notice; the time of recording when not given.
    notified_at: datetime | None = None
    medical_note: bool = False
    reason: str = ""


@dataclass(frozen=True, slots=True)
class CancelByClinic(Command):
    """The clinic cancels one participant, or the whole lesson when `participant_id` is None; no charge."""

    KIND: ClassVar[str] = "attendance.cancel_by_clinic"
    lesson_id: UUID
    participant_id: UUID | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class CorrectAttendance(Command):
    """Undo a settled participant's outcome with reversing ledger rows, then optionally settle it anew."""

    KIND: ClassVar[str] = "attendance.correct"
    lesson_id: UUID
    participant_id: UUID
    reason: str
    then: AttendanceAction | None = None
    then_medical_note: bool = False
    #: The status the desk last saw (its own undo): any other status now is a conflict, not corrected.
    expected_status: ParticipantStatus | None = None


@dataclass(frozen=True, slots=True)
class SetLessonPrice(Command):
    """A per-lesson price override (`lesson_instances.metadata.price_override`); None removes it."""

    KIND: ClassVar[str] = "attendance.set_lesson_price"
    lesson_id: UUID
    price: Decimal | None
