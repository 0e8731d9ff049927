"""The roster: every student the user may see, with what the reception looks at first.

REQUIREMENTS screen 3: name, primary contact and phone, next lesson, instructor(s), onboarding
status and a balance warning (from the ledger, plan §4.2.7, as `services.commitments` computes
it); searchable as the user types through a `StudentSearchIndex` prepared once per load, and
filtered by active / inactive / all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from uuid import UUID

from reinex_desktop.domain.charging.balances import BalanceLevel
from reinex_desktop.domain.lessons import LessonTemplate
from reinex_desktop.domain.people import Student, StudentGuardian
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.domain.students.details import age_on
from reinex_desktop.domain.students.guardians import primary_of
from reinex_desktop.domain.students.search import SearchEntry, StudentSearchIndex
from reinex_desktop.services.commitments import balance_warnings
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.students.access import for_viewer, visible_ids


class RosterFilter(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    ALL = "all"

    def admits(self, student: Student) -> bool:
        if self is RosterFilter.ALL:
            return True
        return student.is_active is (self is RosterFilter.ACTIVE)


@dataclass(frozen=True, slots=True)
class RosterRow:
    """One line of the roster (a plain value; the table model adapts it)."""

    student: Student
    guardians: tuple[StudentGuardian, ...] = ()
    next_lesson: datetime | None = None  # UTC
    instructors: tuple[str, ...] = ()
    #: The worst balance warning of the student's open commitments (None: none, or not allowed to see).
    balance: BalanceLevel | None = None
    age: int | None = None

    @property
    def primary(self) -> StudentGuardian | None:
        return primary_of(self.guardians)

    @property
    def primary_phone(self) -> str | None:
        primary = self.primary
        return primary.guardian.phone if primary else None


@dataclass(frozen=True)
class Roster:
    rows: tuple[RosterRow, ...]
    index: StudentSearchIndex
    by_id: dict[UUID, RosterRow] = field(default_factory=dict)
    #: The user may see balances (`reinex_financials_view`).
    money_visible: bool = False
    #: `is_active` of each row, in row order (filtering without attribute lookups).
    active: tuple[bool, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "active", tuple(row.student.is_active for row in self.rows))

    def search(self, query: str, which: RosterFilter = RosterFilter.ACTIVE) -> list[RosterRow]:
        """Rows matching `query` (best first; alphabetical when empty) that pass the filter.

        The index was built from `rows` in their order, so its positions index `rows` directly.
        """
        rows = self.rows
        positions = self.index.search_positions(query)
        if which is RosterFilter.ALL:
            return [rows[position] for position in positions]
        wanted = which is RosterFilter.ACTIVE
        active = self.active
        return [rows[position] for position in positions if active[position] is wanted]


def search_entry(student: Student, guardians: Iterable[StudentGuardian]) -> SearchEntry:
    """What the search knows of a student: names, guardians' names and phones, ID number."""
    people = [link.guardian for link in guardians]
    return SearchEntry(
        student_id=student.id,
        first_name=student.first_name,
        last_name=student.last_name,
        middle_name=student.middle_name,
        guardian_names=tuple(person.full_name for person in people),
        phones=tuple(person.phone for person in people if person.phone),
        national_id=student.national_id,
    )


def _teachers(templates: Iterable[LessonTemplate], today: date, names: dict[UUID, str]) -> dict[UUID, list[str]]:
    teachers: dict[UUID, list[str]] = defaultdict(list)
    for template in templates:
        if template.valid_until is not None and template.valid_until < today:
            continue
        name = names.get(template.instructor_employee_id)
        if name and name not in teachers[template.student_id]:
            teachers[template.student_id].append(name)
    return teachers


def build_rows(context: AppContext, students: list[Student]) -> list[RosterRow]:
    """Roster rows of `students`: contacts, next lesson, instructors, balance warning."""
    gateway = context.gateway
    now = context.clock()
    today = now.astimezone(context.zone()).date()
    links: dict[UUID, list[StudentGuardian]] = defaultdict(list)
    for link in gateway.guardians_of(None):
        links[link.student_id].append(link)
    names = {instructor.id: instructor.name for instructor in gateway.instructors(include_inactive=True)}
    teachers = _teachers(gateway.templates(active_only=True), today, names)
    upcoming = gateway.next_lessons(now)
    levels = {
        student_id: min((w.level for w in found), key=lambda level: level is not BalanceLevel.EXHAUSTED)
        for student_id, found in balance_warnings(context).items()
        if found
    }
    rows = []
    for student in students:
        lesson = upcoming.get(student.id)
        instructors = list(teachers.get(student.id, ()))
        if lesson and names.get(lesson[1]) and names[lesson[1]] not in instructors:
            instructors.append(names[lesson[1]])
        rows.append(
            RosterRow(
                student=for_viewer(context, student),
                guardians=tuple(links.get(student.id, ())),
                next_lesson=lesson[0] if lesson else None,
                instructors=tuple(instructors),
                balance=levels.get(student.id),
                age=age_on(student.date_of_birth, today),
            )
        )
    return rows


def load_roster(context: AppContext) -> Roster:
    """Every student the user may see (active and inactive) with a search index built once."""
    students = context.gateway.students(active=None)
    allowed = visible_ids(context)
    if allowed is not None:
        students = [student for student in students if student.id in allowed]
    rows = build_rows(context, students)
    index = StudentSearchIndex(search_entry(row.student, row.guardians) for row in rows)
    money = context.user.can(Permission.FINANCIALS_VIEW)
    return Roster(tuple(rows), index, {row.student.id: row for row in rows}, money)
