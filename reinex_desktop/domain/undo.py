"""What undoes a desk's own action: each kind of write and the compensating command that reverses it.

An `UndoStep` holds both directions as plain commands: `undo` puts the row back as it was, `redo`
does the action again. Either is sent as the user's own new command (audited, version-checked),
never as a rewrite of history; `version` is the row's version the last direction produced, so
a change made since by anyone else comes back as a conflict instead of being overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from uuid import UUID, uuid4

from reinex_desktop.domain.attendance.commands import (
    CancelByClinic,
    CancelByStudent,
    CorrectAttendance,
    MarkAttended,
    MarkNoShow,
)
from reinex_desktop.domain.calendar.commands import AddParticipant, BookOneTimeLesson, RescheduleLesson
from reinex_desktop.domain.calendar.moves import Placement
from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.enums import ParticipantStatus
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, Message

CONTEXT = "Undo"
LESSON_MOVED = QT_TRANSLATE_NOOP("Undo", "Lesson moved")
LESSON_RESIZED = QT_TRANSLATE_NOOP("Undo", "Lesson length changed")
LESSON_BOOKED = QT_TRANSLATE_NOOP("Undo", "Lesson booked")
PARTICIPANT_ADDED = QT_TRANSLATE_NOOP("Undo", "Participant added")
MARKED_ATTENDED = QT_TRANSLATE_NOOP("Undo", "Marked attended")
MARKED_NO_SHOW = QT_TRANSLATE_NOOP("Undo", "Marked no-show")
STUDENT_CANCELLED = QT_TRANSLATE_NOOP("Undo", "Cancellation by the student recorded")
CLINIC_CANCELLED = QT_TRANSLATE_NOOP("Undo", "Cancellation by the clinic recorded")
#: The reason kept on a lesson or participant the clinic cancelled to undo the desk's booking.
UNDO_REASON = "undo"
#: How an undo or redo reached the backend (kept in the audit trail as the move's `via`).
VIA_UNDO = "undo"
VIA_REDO = "redo"


@dataclass(frozen=True, slots=True)
class UndoStep:
    """One reversible action of this desk: what it was called, and the command of each direction."""

    label: Message
    entity_id: UUID
    undo: Command
    #: None when the action cannot be done again once undone (it would add a second row).
    redo: Command | None
    #: The row's version after the last direction applied (the base version of the next one).
    version: datetime | None

    def after(self, version: datetime | None) -> UndoStep:
        """The same step once a direction applied and left the row at `version`."""
        return replace(self, version=version)

    def redone(self, version: datetime | None) -> UndoStep:
        """The step once its action was done again: a booking done again is a new lesson, whose
        undo cancels that lesson (and whose own redo books yet another)."""
        if isinstance(self.redo, BookOneTimeLesson):
            return booking_step(self.redo, version)
        return self.after(version)


def move_step(lesson: LessonInstance, target: Placement, version: datetime | None) -> UndoStep:
    """Undo of a move or resize of `lesson` (as it was before) to `target`: move it back where it was.

    A change of length only (same instructor, same start) reads as "Lesson length changed".
    """
    before = Placement.of(lesson)
    resized = before.instructor_id == target.instructor_id and before.start == target.start
    label = Message(CONTEXT, LESSON_RESIZED if resized else LESSON_MOVED)

    def to(place: Placement, via: str) -> RescheduleLesson:
        # The desk placed the lesson there once already; a conflict created since is refused again.
        return RescheduleLesson(lesson.id, place.instructor_id, place.start, place.duration_minutes, via=via)

    return UndoStep(label, lesson.id, undo=to(before, VIA_UNDO), redo=to(target, VIA_REDO), version=version)


def booking_step(command: BookOneTimeLesson, version: datetime | None) -> UndoStep:
    """Undo of a one-time booking: the clinic cancels the lesson (no charge; the row stays, audited).

    Done again, it books the same slot anew as another lesson (conflicts refused again).
    """
    again = replace(command, lesson_id=uuid4(), accept_conflicts=False)
    undo = CancelByClinic(command.lesson_id, None, reason=UNDO_REASON)
    return UndoStep(Message(CONTEXT, LESSON_BOOKED), command.lesson_id, undo=undo, redo=again, version=version)


def participant_step(command: AddParticipant, version: datetime | None) -> UndoStep:
    """Undo of adding a participant: the clinic cancels that participant (no charge; the row stays).

    It is not done again by redo: the student is on the lesson already (cancelled), so the desk
    adds them anew if that is wanted.
    """
    undo = CancelByClinic(command.lesson_id, command.participant_id, reason=UNDO_REASON)
    return UndoStep(Message(CONTEXT, PARTICIPANT_ADDED), command.lesson_id, undo=undo, redo=None, version=version)


#: A participant's status change the desk can take back, and its name.
_STATUS_CHANGES: dict[type[Command], str] = {
    MarkAttended: MARKED_ATTENDED,
    MarkNoShow: MARKED_NO_SHOW,
    CancelByStudent: STUDENT_CANCELLED,
    CancelByClinic: CLINIC_CANCELLED,
}


def status_step(command: Command, produced: ParticipantStatus, version: datetime | None) -> UndoStep | None:
    """Undo of one participant's status change: the existing correction (reversing ledger rows, the
    participant back to scheduled; no row deleted), only over the status this desk's write produced.

    Done again, the same mark is recorded anew (charged again by the same rules). None for what is
    not one participant's status change (a confirmation, a whole lesson cancelled).
    """
    label = _STATUS_CHANGES.get(type(command))
    lesson_id = getattr(command, "lesson_id", None)
    participant_id = getattr(command, "participant_id", None)
    if label is None or lesson_id is None or participant_id is None:
        return None
    undo = CorrectAttendance(lesson_id, participant_id, reason=UNDO_REASON, expected_status=produced)
    return UndoStep(Message(CONTEXT, label), lesson_id, undo=undo, redo=command, version=version)
