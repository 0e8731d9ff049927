"""Where each participant of the day stands in the confirmation round, from what is recorded on it.

A confirmation ("coming") is the attendance confirmation of plan §5.4 (`attendance_confirmed_at`,
`metadata.confirmation`); "not coming" is a cancellation by the student; that the family was
asked, or did not answer, is kept in the participant's `metadata.confirmation_request`.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from reinex_desktop.domain.enums import LessonStatus, ParticipantStatus
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant

#: The participant metadata key of the confirmation round: {"outcome", "at", "by"}.
REQUEST_KEY = "confirmation_request"


class RequestOutcome(StrEnum):
    """What the desk records about asking a family."""

    ASKED = "asked"  # the message was sent (copied or opened in WhatsApp)
    NO_ANSWER = "no_answer"  # asked, and the family has not answered


class ConfirmationState(StrEnum):
    NOT_ASKED = "not_asked"
    ASKED = "asked"
    NO_ANSWER = "no_answer"
    CONFIRMED = "confirmed"
    NOT_COMING = "not_coming"


#: States still waiting for the family's answer.
PENDING = frozenset({ConfirmationState.NOT_ASKED, ConfirmationState.ASKED, ConfirmationState.NO_ANSWER})


def takes_part(lesson: LessonInstance, participant: LessonParticipant) -> bool:
    """A participant the round is about: still scheduled on a lesson that takes place, or one whose
    family already said "not coming" (shown as answered). Clinic cancellations and settled
    participants are not asked."""
    if participant.participant_status is ParticipantStatus.CANCELLED_STUDENT:
        return True
    if lesson.status is not LessonStatus.SCHEDULED:
        return False
    return participant.participant_status is ParticipantStatus.SCHEDULED


def participant_state(participant: LessonParticipant) -> ConfirmationState:
    if participant.participant_status is ParticipantStatus.CANCELLED_STUDENT:
        return ConfirmationState.NOT_COMING
    if participant.attendance_confirmed_at is not None or participant.metadata.get("confirmation"):
        return ConfirmationState.CONFIRMED
    request = participant.metadata.get(REQUEST_KEY)
    outcome = request.get("outcome") if isinstance(request, dict) else None
    if outcome == RequestOutcome.NO_ANSWER.value:
        return ConfirmationState.NO_ANSWER
    if outcome == RequestOutcome.ASKED.value:
        return ConfirmationState.ASKED
    return ConfirmationState.NOT_ASKED


def family_state(states: Iterable[ConfirmationState]) -> ConfirmationState:
    """A family's state from its lessons': not asked while any lesson is; waiting (asked / no
    answer) while any lesson waits; confirmed once every lesson is answered and one is coming;
    not coming when none is."""
    seen = set(states)
    if ConfirmationState.NOT_ASKED in seen:
        return ConfirmationState.NOT_ASKED
    if ConfirmationState.NO_ANSWER in seen:
        return ConfirmationState.NO_ANSWER
    if ConfirmationState.ASKED in seen:
        return ConfirmationState.ASKED
    if ConfirmationState.CONFIRMED in seen:
        return ConfirmationState.CONFIRMED
    return ConfirmationState.NOT_COMING
