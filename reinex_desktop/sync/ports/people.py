"""Reads of students and guardians."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol
from uuid import UUID

from reinex_desktop.domain.people import Student, StudentGuardian


class PeopleReads(Protocol):
    def students(self, *, active: bool | None = True) -> list[Student]:
        """Active students (True), inactive (False) or all (None)."""
        ...

    def student(self, student_id: UUID) -> Student | None: ...

    def guardians_of(self, student_ids: list[UUID] | None = None) -> list[StudentGuardian]:
        """Guardian links of the given students, or of every student when None."""
        ...

    def student_ids_assigned_to(self, employee_id: UUID) -> frozenset[UUID]:
        """Students an instructor teaches: an active weekly template or any lesson with them (plan §7.1)."""
        ...

    def national_id_owners(self) -> dict[str, tuple[UUID, str]]:
        """Every stored `metadata.national_id` → (student id, full name), active or not."""
        ...

    def next_lessons(self, after: datetime) -> dict[UUID, tuple[datetime, UUID]]:
        """Each student's first lesson starting at or after `after` that is still scheduled for
        them: student id → (start in UTC, instructor id)."""
        ...
