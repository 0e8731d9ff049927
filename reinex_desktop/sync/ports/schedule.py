"""Reads of lessons, templates and overrides."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol
from uuid import UUID

from reinex_desktop.domain.lessons import LessonInstance, LessonTemplate, TemplateOverride


class ScheduleReads(Protocol):
    def lessons_between(
        self,
        start: datetime,
        end: datetime,
        *,
        instructor_id: UUID | None = None,
        student_id: UUID | None = None,
    ) -> list[LessonInstance]:
        """Lessons starting in [start, end) (UTC), with participants, ordered by start."""
        ...

    def lesson(self, lesson_id: UUID) -> LessonInstance | None: ...

    def templates(self, *, active_only: bool = True, student_id: UUID | None = None) -> list[LessonTemplate]: ...

    def overrides_between(self, first: date, last: date) -> list[TemplateOverride]: ...
