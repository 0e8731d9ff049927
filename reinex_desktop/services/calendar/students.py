"""The students a calendar dialog can pick: a prepared search index (the roster's own search rules),
names and the primary guardian's phone. Instructors pick only students assigned to them (plan §7.1)."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from reinex_desktop.domain.students.search import SearchEntry, StudentSearchIndex
from reinex_desktop.services.calendar.day import own_instructor
from reinex_desktop.services.context import AppContext


@dataclass(frozen=True, slots=True)
class StudentChoice:
    id: UUID
    name: str
    phone: str = ""


class StudentDirectory:
    def __init__(self, choices: list[StudentChoice], entries: list[SearchEntry]) -> None:
        self.choices = {choice.id: choice for choice in choices}
        self._index = StudentSearchIndex(entries)

    def __len__(self) -> int:
        return len(self.choices)

    def search(self, query: str, limit: int = 60) -> list[StudentChoice]:
        """Best matches first (names, guardians' names, phone numbers; Hebrew final letters folded)."""
        return [self.choices[i] for i in self._index.search(query)[:limit] if i in self.choices]

    def get(self, student_id: UUID) -> StudentChoice | None:
        return self.choices.get(student_id)


def load_directory(context: AppContext) -> StudentDirectory:
    gateway = context.gateway
    students = gateway.students(active=True)
    own = own_instructor(context)
    if own is not None:
        assigned = {t.student_id for t in gateway.templates(active_only=True) if t.instructor_employee_id == own}
        students = [s for s in students if s.id in assigned]
    links = gateway.guardians_of([s.id for s in students]) if own is not None else gateway.guardians_of(None)
    by_student: dict[UUID, list[tuple[bool, str, str]]] = {}
    for link in links:
        by_student.setdefault(link.student_id, []).append(
            (link.is_primary, link.guardian.full_name, link.guardian.phone or "")
        )
    choices, entries = [], []
    for student in students:
        guardians = sorted(by_student.get(student.id, []), key=lambda g: not g[0])
        phone = next((p for _primary, _name, p in guardians if p), "")
        choices.append(StudentChoice(student.id, student.full_name, phone))
        entries.append(
            SearchEntry(
                student_id=student.id,
                first_name=student.first_name,
                last_name=student.last_name,
                middle_name=student.middle_name,
                guardian_names=tuple(name for _p, name, _ph in guardians),
                phones=tuple(p for _pr, _n, p in guardians if p),
                national_id=student.national_id,
            )
        )
    return StudentDirectory(choices, entries)
