"""CSV export and import of the roster (REQUIREMENTS screen 3).

Export: all students the user sees, or a chosen subset (the filtered roster), as the Excel-ready
file of `domain.students.csv_export`. Import: `preview_import` is the dry run — nothing is
written; `apply_import` sends the chosen lines as one command that the tenant applies in one
transaction, all lines or none.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import time
from pathlib import Path
from uuid import UUID

from reinex_desktop.domain.permissions import Permission
from reinex_desktop.domain.students.csv_export import StudentCsvRecord, write_students_csv
from reinex_desktop.domain.students.csv_import import ImportPlan, KnownStudent, plan_import, read_table
from reinex_desktop.domain.students.rules import STUDENT_WRITE
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.students.access import medical_visible, visible_ids
from reinex_desktop.services.students.roster import Roster, load_roster
from reinex_desktop.services.students.writes import send

_EXPORTED = QT_TRANSLATE_NOOP("StudentServices", "Exported {count} students to {path}.")
_IMPORTED = QT_TRANSLATE_NOOP("StudentServices", "Imported {created} new students and updated {updated}.")
_NOTHING = QT_TRANSLATE_NOOP("StudentServices", "Nothing was imported: no line was chosen.")


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    created: int
    updated: int

    @property
    def message(self) -> Message:
        if not self.created and not self.updated:
            return Message("StudentServices", _NOTHING)
        return Message("StudentServices", _IMPORTED, {"created": self.created, "updated": self.updated})


def _weekly(context: AppContext) -> dict[UUID, list[tuple[int, time]]]:
    today = context.today()
    slots: dict[UUID, list[tuple[int, time]]] = defaultdict(list)
    for template in context.gateway.templates(active_only=True):
        if template.valid_until is None or template.valid_until >= today:
            slots[template.student_id].append((template.day_of_week, template.time_of_day))
    return slots


def export_records(
    context: AppContext, roster: Roster, student_ids: Iterable[UUID] | None = None
) -> list[StudentCsvRecord]:
    """One record per student of `roster` (or of `student_ids`, in their order)."""
    zone = context.zone()
    weekly = _weekly(context)
    chosen = roster.rows if student_ids is None else [roster.by_id[i] for i in student_ids if i in roster.by_id]
    return [
        StudentCsvRecord(
            student=row.student,
            primary=row.primary,
            weekly=tuple(sorted(weekly.get(row.student.id, ()))),
            next_lesson=row.next_lesson.astimezone(zone) if row.next_lesson else None,
            instructors=row.instructors,
        )
        for row in chosen
    ]


def export_students(
    context: AppContext, student_ids: Sequence[UUID] | None = None, *, roster: Roster | None = None
) -> bytes:
    """The CSV file of the students the user sees (or of `student_ids`): Hebrew headers, UTF-8 BOM."""
    roster = roster or load_roster(context)
    records = export_records(context, roster, student_ids)
    return write_students_csv(records, include_medical=medical_visible(context))


def export_to_file(
    context: AppContext, path: Path, student_ids: Sequence[UUID] | None = None, *, roster: Roster | None = None
) -> Message:
    """Write the export to `path`; returns the sentence to tell the user."""
    records = export_records(context, roster or load_roster(context), student_ids)
    path.write_bytes(write_students_csv(records, include_medical=medical_visible(context)))
    return Message("StudentServices", _EXPORTED, {"count": len(records), "path": str(path)})


def preview_import(context: AppContext, data: bytes, file_name: str = "") -> ImportPlan:
    """The dry run of a CSV file: per-line changes or errors; writes nothing."""
    context.user.require(STUDENT_WRITE)
    table = read_table(data)
    gateway = context.gateway
    students = gateway.students(active=None)
    allowed = visible_ids(context)
    if allowed is not None:
        students = [student for student in students if student.id in allowed]
    links = defaultdict(list)
    for link in gateway.guardians_of(None):
        links[link.student_id].append(link)
    known = {student.id: KnownStudent(student, tuple(links.get(student.id, ()))) for student in students}
    permissions = frozenset(p for p in Permission if context.user.can(p))
    return plan_import(
        table,
        known,
        gateway.national_id_owners(),
        today=context.today(),
        allowed=permissions,
        file_name=file_name,
    )


def apply_import(context: AppContext, plan: ImportPlan, lines: Sequence[int] | None = None) -> ImportOutcome:
    """Import the chosen lines (all error-free changing lines by default) in one transaction."""
    context.user.require(STUDENT_WRITE)
    command = plan.command(plan.selectable_lines() if lines is None else lines)
    if not command.rows:
        return ImportOutcome(0, 0)
    result = send(context, command)
    return ImportOutcome(int(result.get("created", 0)), int(result.get("updated", 0)))
