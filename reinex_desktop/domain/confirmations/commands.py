"""The write of the confirmation round beyond plan §5.4's own: that a family was asked, or did not answer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar
from uuid import UUID

from reinex_desktop.domain.attendance.rules import AttendanceAction, check_action
from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.confirmations.states import REQUEST_KEY, RequestOutcome
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant


@dataclass(frozen=True, slots=True)
class RecordConfirmationRequest(Command):
    """Record on a participant that the family was asked, or did not answer (audited)."""

    KIND: ClassVar[str] = "attendance.confirmation_request"
    lesson_id: UUID
    participant_id: UUID
    outcome: RequestOutcome


def request_metadata(
    lesson: LessonInstance,
    participant: LessonParticipant,
    outcome: RequestOutcome,
    now: datetime,
    actor: Actor,
) -> dict[str, Any]:
    """The participant's metadata with the request recorded (`metadata.confirmation_request`).

    Only a participant who could still confirm may be asked: not settled, on a lesson not cancelled
    (the confirmation rule of plan §5.4, so the refusal reads the same).
    """
    check_action(lesson, participant, AttendanceAction.CONFIRM, now)
    previous: Mapping[str, Any] = participant.metadata
    by: dict[str, Any] = {"name": actor.name, "role": actor.role}
    if actor.user_id is not None:
        by["user_id"] = str(actor.user_id)
    return {**previous, REQUEST_KEY: {"outcome": outcome.value, "at": now.isoformat(), "by": by}}
