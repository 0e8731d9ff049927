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

from decimal import Decimal
from typing import Any

from reinex_desktop.domain.attendance.correction import correct
from reinex_desktop.domain.attendance.facts import (
    ActionRequest,
    AttendanceChange,
    InstructorFacts,
    LessonFacts,
    NewConsumption,
    NewEarning,
    ParticipantUpdate,
    StudentFacts,
    instance_price_override,
    medical_note_used,
    participant_of,
    reversed_id,
)
from reinex_desktop.domain.attendance.rules import (
    NEGATIVE_PRICE,
    PRICE_ALREADY_CHARGED,
    AttendanceAction,
    refusal,
)
from reinex_desktop.domain.attendance.settle import cancel_whole_lesson, confirm, settle
from reinex_desktop.domain.lessons import LessonInstance

__all__ = [
    "ActionRequest",
    "AttendanceChange",
    "InstructorFacts",
    "LessonFacts",
    "NewConsumption",
    "NewEarning",
    "ParticipantUpdate",
    "StudentFacts",
    "instance_price_override",
    "medical_note_used",
    "plan_action",
    "plan_price_override",
    "reversed_id",
]


def plan_action(facts: LessonFacts, request: ActionRequest) -> AttendanceChange:
    """The change one attendance action makes to one lesson (plan §5.4); raises DomainError if illegal."""
    action = request.action
    if action is AttendanceAction.CONFIRM:
        return confirm(facts, request)
    if action is AttendanceAction.CORRECT:
        return correct(facts, request)
    if action is AttendanceAction.CANCEL_BY_CLINIC and request.participant_id is None:
        return cancel_whole_lesson(facts, request)
    return settle(facts, request, (participant_of(facts.lesson, request.participant_id),))


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
