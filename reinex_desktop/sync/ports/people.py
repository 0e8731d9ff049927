"""Reads of students and guardians."""

from __future__ import annotations

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
