"""The pinboard: lessons parked to be dropped on another day (REQUIREMENTS "Moving a lesson to another day").

Parking changes nothing in the data; the lesson stays where it is until it is dropped on a cell of
any day, which is an ordinary reschedule (`via="pinboard"`, conflicts previewed, audited). The
board keeps lesson ids in a `PinStore` (the workstation's settings in the app), and reads each lesson
fresh, so a lesson cancelled or moved meanwhile shows as it is now and a deleted one disappears.
"""

from __future__ import annotations

from typing import Protocol
from uuid import UUID

from reinex_desktop.domain.calendar.moves import Placement
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.services.calendar.scheduling import reschedule
from reinex_desktop.services.context import AppContext

#: More pinned lessons than this and the oldest falls off (a parking spot, not an archive).
CAPACITY = 30


class PinStore(Protocol):
    def load(self) -> list[str]: ...

    def save(self, ids: list[str]) -> None: ...


class MemoryPinStore:
    def __init__(self) -> None:
        self._ids: list[str] = []

    def load(self) -> list[str]:
        return list(self._ids)

    def save(self, ids: list[str]) -> None:
        self._ids = list(ids)


class Pinboard:
    def __init__(self, context: AppContext, store: PinStore | None = None) -> None:
        self._context = context
        self._store = store or MemoryPinStore()

    def ids(self) -> list[UUID]:
        found = []
        for text in self._store.load():
            try:
                found.append(UUID(text))
            except ValueError:
                continue
        return found

    def pin(self, lesson_id: UUID) -> None:
        ids = [i for i in self.ids() if i != lesson_id] + [lesson_id]
        self._store.save([str(i) for i in ids[-CAPACITY:]])

    def unpin(self, lesson_id: UUID) -> None:
        self._store.save([str(i) for i in self.ids() if i != lesson_id])

    def contains(self, lesson_id: UUID) -> bool:
        return lesson_id in self.ids()

    def lessons(self) -> list[LessonInstance]:
        """The pinned lessons as they are now; ids of lessons that no longer exist are dropped."""
        found: list[LessonInstance] = []
        for lesson_id in self.ids():
            lesson = self._context.gateway.lesson(lesson_id)
            if lesson is None:
                self.unpin(lesson_id)
            else:
                found.append(lesson)
        return found

    def drop(self, lesson: LessonInstance, target: Placement, *, accept_conflicts: bool = False) -> None:
        """Move the pinned lesson to `target` (any day) and take it off the board."""
        reschedule(self._context, lesson, target, via="pinboard", accept_conflicts=accept_conflicts)
        self.unpin(lesson.id)
