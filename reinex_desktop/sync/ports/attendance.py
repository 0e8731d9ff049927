"""Reads the attendance rules need before a change: the facts of one lesson (plan §5.4)."""

from __future__ import annotations

from typing import Protocol
from uuid import UUID

from reinex_desktop.domain.attendance.facts import LessonFacts


class AttendanceReads(Protocol):
    def attendance_facts(self, lesson_id: UUID) -> LessonFacts | None:
        """Everything the attendance and charging rules read about the lesson — the same facts the
        attendance handlers load inside their transaction — or None when there is no such lesson."""
        ...
