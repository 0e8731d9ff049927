"""The writes of the students area (plan §4.2.1–4.2.3). Each is applied at most once, audited.

Editing commands travel with the student's `updated_at` as the mutation's base version, so a
change made meanwhile on another workstation comes back as a conflict, never overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar
from uuid import UUID

from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.students.details import StudentDetails
from reinex_desktop.domain.students.guardians import GuardianLink


@dataclass(frozen=True, slots=True)
class CreateStudent(Command):
    """A new student with their guardians; `student_id` is chosen by the client (idempotent replays)."""

    KIND: ClassVar[str] = "students.create"
    student_id: UUID
    details: StudentDetails
    guardians: tuple[GuardianLink, ...] = ()


@dataclass(frozen=True, slots=True)
class UpdateStudent(Command):
    """New details of an existing student; only the fields that differ are written and audited."""

    KIND: ClassVar[str] = "students.update"
    student_id: UUID
    details: StudentDetails


@dataclass(frozen=True, slots=True)
class SaveStudentGuardians(Command):
    """The complete guardian list of a student: links added, changed or removed in one go."""

    KIND: ClassVar[str] = "students.save_guardians"
    student_id: UUID
    guardians: tuple[GuardianLink, ...]


@dataclass(frozen=True, slots=True)
class SetStudentActive(Command):
    """Deactivate (or reactivate) a student; students are never deleted."""

    KIND: ClassVar[str] = "students.set_active"
    student_id: UUID
    active: bool
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One confirmed row of a CSV import: the student's resulting state.

    `base_version` is the `updated_at` the preview saw (None for a new student); `guardians` is
    the complete resulting guardian list, or None when the row leaves guardians alone.
    """

    line: int
    student_id: UUID
    is_new: bool
    details: StudentDetails
    base_version: datetime | None = None
    guardians: tuple[GuardianLink, ...] | None = None
    active: bool | None = None


@dataclass(frozen=True, slots=True)
class ImportStudents(Command):
    """The selected rows of a previewed CSV import, applied all together or not at all."""

    KIND: ClassVar[str] = "students.import"
    rows: tuple[ImportRow, ...]
    file_name: str = ""
