"""Which status icon a lesson block shows (REQUIREMENTS screen 1).

⚫ undocumented (scheduled, nothing recorded yet), 🟢 completed, 🔴 no-show, 🟡 needs an admin's
attention (a conflict, an unpaid charge, a flag, a commitment running out), and the cancelled style
(greyed and struck through). A cancelled lesson is only ever "cancelled", and a no-show is only
ever 🔴 (its no-show charge is usually unpaid, which would otherwise hide the outcome the desk
looks for); otherwise attention wins over the outcome, because a completed lesson that still owes
money is work for the desk. The reasons stay in the block's details either way.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from enum import StrEnum

from reinex_desktop.domain.enums import LessonStatus, ParticipantStatus
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant

CANCELLED_PARTICIPANT = frozenset({ParticipantStatus.CANCELLED_CLINIC, ParticipantStatus.CANCELLED_STUDENT})
CHARGED_PARTICIPANT = frozenset(
    {ParticipantStatus.ATTENDED, ParticipantStatus.NO_SHOW, ParticipantStatus.CANCELLED_STUDENT}
)


class StatusIcon(StrEnum):
    UNDOCUMENTED = "undocumented"
    COMPLETED = "completed"
    NO_SHOW = "no_show"
    ATTENTION = "attention"
    CANCELLED = "cancelled"


class Attention(StrEnum):
    """Why a lesson needs an admin's attention."""

    CONFLICT = "conflict"
    UNPAID = "unpaid"
    FLAG = "flag"
    LOW_BALANCE = "low_balance"


def active_participants(lesson: LessonInstance) -> tuple[LessonParticipant, ...]:
    """Participants still expected or settled (not cancelled): the ones that count toward capacity."""
    return tuple(p for p in lesson.participants if p.participant_status not in CANCELLED_PARTICIPANT)


def is_cancelled(lesson: LessonInstance) -> bool:
    """Cancelled as a whole, or every participant cancelled."""
    if lesson.is_cancelled:
        return True
    return bool(lesson.participants) and not active_participants(lesson)


def is_unpaid(participant: LessonParticipant) -> bool:
    """Charged (price above zero) with no commitment covering it and not marked paid: money to collect."""
    price = participant.price_charged
    return (
        participant.participant_status in CHARGED_PARTICIPANT
        and price is not None
        and price > Decimal(0)
        and participant.commitment_id is None
        and not participant.metadata.get("paid")
    )


def is_flagged(lesson: LessonInstance) -> bool:
    """A person put a flag on the lesson or on one of its participants (`metadata.flag`)."""
    return bool(lesson.metadata.get("flag")) or any(p.metadata.get("flag") for p in lesson.participants)


def attention_of(
    lesson: LessonInstance,
    *,
    conflicted: bool = False,
    low_balance: bool = False,
) -> tuple[Attention, ...]:
    """Every reason, in a fixed order, that `lesson` needs attention (empty when none)."""
    reasons: list[Attention] = []
    if conflicted:
        reasons.append(Attention.CONFLICT)
    if any(is_unpaid(p) for p in lesson.participants):
        reasons.append(Attention.UNPAID)
    if is_flagged(lesson):
        reasons.append(Attention.FLAG)
    if low_balance:
        reasons.append(Attention.LOW_BALANCE)
    return tuple(reasons)


def status_icon(lesson: LessonInstance, attention: Iterable[Attention] = ()) -> StatusIcon:
    """The icon of a lesson block; see the module docstring for the precedence."""
    active = active_participants(lesson)
    if lesson.is_cancelled or (lesson.participants and not active):
        return StatusIcon.CANCELLED
    statuses = {p.participant_status for p in active}
    if lesson.status is LessonStatus.NO_SHOW or (active and statuses == _NO_SHOW_ONLY):
        return StatusIcon.NO_SHOW
    if any(True for _reason in attention):
        return StatusIcon.ATTENTION
    if lesson.status is LessonStatus.COMPLETED or (active and statuses <= _SETTLED):
        return StatusIcon.COMPLETED
    return StatusIcon.UNDOCUMENTED


_NO_SHOW_ONLY = frozenset({ParticipantStatus.NO_SHOW})
_SETTLED = frozenset({ParticipantStatus.ATTENDED, ParticipantStatus.NO_SHOW})
