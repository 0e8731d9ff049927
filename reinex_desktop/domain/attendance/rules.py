"""Which attendance actions a participant allows, and the lesson status that follows (plan §5.4).

A participant starts `scheduled`. Confirmation keeps it `scheduled` (and records who, when and
through which channel). Attended, no-show, cancelled by the student and cancelled by the clinic
settle it; a settled participant changes only through an explicit correction, which reverses the
ledger rows its settlement wrote. The lesson becomes `completed` once every participant is
settled and someone attended; otherwise it takes its participants' outcome.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from enum import StrEnum

from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.charging.engine import ChargeEvent
from reinex_desktop.domain.enums import LessonStatus, ParticipantStatus
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message

CONTEXT = "Attendance"
#: Attendance (attended / no-show) may be recorded from this long before the lesson starts.
EARLY_MARKING = timedelta(minutes=30)


class AttendanceAction(StrEnum):
    CONFIRM = "confirm"
    ATTENDED = "attended"
    NO_SHOW = "no_show"
    CANCEL_BY_STUDENT = "cancelled_student"
    CANCEL_BY_CLINIC = "cancelled_clinic"
    CORRECT = "correct"

    @property
    def settles(self) -> bool:
        return self in SETTLING

    @property
    def target(self) -> ParticipantStatus:
        """The participant status this action leads to."""
        return _TARGET[self]

    @property
    def event(self) -> ChargeEvent:
        return ChargeEvent(self.target.value)


SETTLING = frozenset(
    {
        AttendanceAction.ATTENDED,
        AttendanceAction.NO_SHOW,
        AttendanceAction.CANCEL_BY_STUDENT,
        AttendanceAction.CANCEL_BY_CLINIC,
    }
)

_TARGET = {
    AttendanceAction.CONFIRM: ParticipantStatus.SCHEDULED,
    AttendanceAction.CORRECT: ParticipantStatus.SCHEDULED,
    AttendanceAction.ATTENDED: ParticipantStatus.ATTENDED,
    AttendanceAction.NO_SHOW: ParticipantStatus.NO_SHOW,
    AttendanceAction.CANCEL_BY_STUDENT: ParticipantStatus.CANCELLED_STUDENT,
    AttendanceAction.CANCEL_BY_CLINIC: ParticipantStatus.CANCELLED_CLINIC,
}


class ConfirmationChannel(StrEnum):
    """How the family said "coming"."""

    WHATSAPP = "whatsapp"
    PHONE = "phone"
    EMAIL = "email"
    IN_PERSON = "in_person"


LESSON_NOT_FOUND = QT_TRANSLATE_NOOP("Attendance", "The lesson was not found; it may have been removed.")
PARTICIPANT_NOT_FOUND = QT_TRANSLATE_NOOP("Attendance", "This student is not a participant of the lesson.")
ALREADY_SETTLED = QT_TRANSLATE_NOOP(
    "Attendance", "The attendance of {student} is already recorded. To change it, use Correct."
)
NOT_SETTLED = QT_TRANSLATE_NOOP(
    "Attendance", "There is nothing to correct: the attendance of {student} has not been recorded yet."
)
TOO_EARLY = QT_TRANSLATE_NOOP(
    "Attendance", "Attendance can be recorded from 30 minutes before the lesson starts ({start})."
)
LESSON_CANCELLED = QT_TRANSLATE_NOOP("Attendance", "This lesson is cancelled; attendance cannot be recorded on it.")
NOT_OWN_LESSON = QT_TRANSLATE_NOOP("Attendance", "Instructors may record attendance only for their own lessons.")
REASON_REQUIRED = QT_TRANSLATE_NOOP("Attendance", "A correction needs a reason.")
NOTICE_AFTER_NOW = QT_TRANSLATE_NOOP("Attendance", "The time the cancellation was given cannot be in the future.")
NOT_A_SETTLING_ACTION = QT_TRANSLATE_NOOP(
    "Attendance", "After a correction, choose attended, no-show or a cancellation."
)
LESSON_HAS_NO_PARTICIPANTS = QT_TRANSLATE_NOOP("Attendance", "The lesson has no participants.")
PRICE_ALREADY_CHARGED = QT_TRANSLATE_NOOP(
    "Attendance", "Charges already recorded for this lesson are not recomputed; correct the attendance first."
)
NEGATIVE_PRICE = QT_TRANSLATE_NOOP("Attendance", "The price must be an amount of zero or more.")


CHANGES_CONTEXT = "Changes"
CHANGE_CONFLICT = QT_TRANSLATE_NOOP("Changes", "Someone else changed this in the meantime; your change was not saved.")
CHANGE_REFUSED = QT_TRANSLATE_NOOP("Changes", "The change was refused.")


def refusal(text: str, code: str = "attendance", **params: object) -> DomainError:
    return DomainError(Message(CONTEXT, text, params), code=code)


def may_record(actor: Actor, lesson: LessonInstance) -> bool:
    """Instructors record attendance only for their own lessons (plan §7.1); other roles for any."""
    if actor.role != Role.INSTRUCTOR.value:
        return True
    return actor.employee_id is not None and actor.employee_id == lesson.instructor_employee_id


def is_settled(participant: LessonParticipant) -> bool:
    return participant.participant_status is not ParticipantStatus.SCHEDULED


def check_action(
    lesson: LessonInstance,
    participant: LessonParticipant,
    action: AttendanceAction,
    now: datetime,
    start_text: str = "",
) -> None:
    """Refuse an illegal transition with a clear message (plan §5.4)."""
    name = participant.student_name or ""
    if action is AttendanceAction.CORRECT:
        if not is_settled(participant):
            raise refusal(NOT_SETTLED, "not_settled", student=name)
        return
    if is_settled(participant):
        raise refusal(ALREADY_SETTLED, "already_settled", student=name)
    present = (AttendanceAction.CONFIRM, AttendanceAction.ATTENDED, AttendanceAction.NO_SHOW)
    if lesson.is_cancelled and action in present:
        raise refusal(LESSON_CANCELLED, "lesson_cancelled")
    if action in (AttendanceAction.ATTENDED, AttendanceAction.NO_SHOW) and now < lesson.datetime_start - EARLY_MARKING:
        raise refusal(TOO_EARLY, "too_early", start=start_text or lesson.datetime_start.isoformat())


def allowed_actions(
    lesson: LessonInstance, participant: LessonParticipant, now: datetime, *, may_correct: bool
) -> frozenset[AttendanceAction]:
    """What the menu may offer for this participant right now."""
    if is_settled(participant):
        return frozenset({AttendanceAction.CORRECT}) if may_correct else frozenset()
    actions = {AttendanceAction.CANCEL_BY_STUDENT, AttendanceAction.CANCEL_BY_CLINIC}
    if lesson.is_cancelled:
        return frozenset(actions)
    actions.add(AttendanceAction.CONFIRM)
    if now >= lesson.datetime_start - EARLY_MARKING:
        actions |= {AttendanceAction.ATTENDED, AttendanceAction.NO_SHOW}
    return frozenset(actions)


def lesson_status_for(statuses: Iterable[ParticipantStatus]) -> LessonStatus:
    """The lesson's status from its participants' (plan §5.4).

    Scheduled while anyone is still scheduled; completed once everyone is settled and someone
    attended; otherwise cancelled by the clinic if the clinic cancelled anyone, a no-show if anyone
    did not show up, else cancelled by the student.
    """
    seen = set(statuses)
    if not seen or ParticipantStatus.SCHEDULED in seen:
        return LessonStatus.SCHEDULED
    if ParticipantStatus.ATTENDED in seen:
        return LessonStatus.COMPLETED
    if ParticipantStatus.CANCELLED_CLINIC in seen:
        return LessonStatus.CANCELLED_CLINIC
    if ParticipantStatus.NO_SHOW in seen:
        return LessonStatus.NO_SHOW
    return LessonStatus.CANCELLED_STUDENT
