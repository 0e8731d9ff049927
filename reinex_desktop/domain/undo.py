"""What undoes a desk's own action: each kind of write and the compensating command that reverses it.

An `UndoStep` holds both directions as plain commands: `undo` puts the row back as it was, `redo`
does the action again. Either is sent as the user's own new command (audited, version-checked),
never as a rewrite of history; `version` is the row's version the last direction produced, so
a change made since by anyone else comes back as a conflict instead of being overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from uuid import UUID

from reinex_desktop.domain.calendar.commands import RescheduleLesson
from reinex_desktop.domain.calendar.moves import Placement
from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, Message

CONTEXT = "Undo"
LESSON_MOVED = QT_TRANSLATE_NOOP("Undo", "Lesson moved")
LESSON_RESIZED = QT_TRANSLATE_NOOP("Undo", "Lesson length changed")
#: How an undo or redo reached the backend (kept in the audit trail as the move's `via`).
VIA_UNDO = "undo"
VIA_REDO = "redo"


@dataclass(frozen=True, slots=True)
class UndoStep:
    """One reversible action of this desk: what it was called, and the command of each direction."""

    label: Message
    entity_id: UUID
    undo: Command
    redo: Command
    #: The row's version after the last direction applied (the base version of the next one).
    version: datetime | None

    def after(self, version: datetime | None) -> UndoStep:
        """The same step once a direction applied and left the row at `version`."""
        return replace(self, version=version)


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
