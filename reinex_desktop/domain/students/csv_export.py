"""Writing the students CSV file: Hebrew headers, UTF-8 with BOM, no formula injection.

REQUIREMENTS screen 3: the file opens in Excel with Hebrew intact (the BOM tells Excel it is
UTF-8), phone numbers stay text, days are Hebrew day names, and no cell can run as a formula —
any cell starting with = + - @ (or a tab / carriage return) gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time

from reinex_desktop.domain.people import Student, StudentGuardian
from reinex_desktop.domain.students.csv_columns import (
    COLUMNS,
    CsvColumn,
    format_flags,
    format_next_lesson,
    format_value,
    format_weekly,
    neutralize,
)
from reinex_desktop.domain.students.details import DETAIL_FIELDS, details_of

BOM = "\ufeff"


@dataclass(frozen=True, slots=True)
class StudentCsvRecord:
    """Everything one line of the file shows about a student."""

    student: Student
    primary: StudentGuardian | None = None
    #: (day_of_week, local time) of the active weekly templates.
    weekly: tuple[tuple[int, time], ...] = ()
    #: The next lesson's start in clinic local time.
    next_lesson: datetime | None = None
    instructors: tuple[str, ...] = ()


def export_columns(*, include_medical: bool) -> tuple[CsvColumn, ...]:
    """The written columns; medical flags only for users allowed to see them."""
    return tuple(c for c in COLUMNS if include_medical or c.key != "medical_flags")


def record_values(record: StudentCsvRecord) -> dict[str, str]:
    """Each column's text for one student, before neutralization."""
    student = record.student
    details = details_of(student)
    values = {name: format_value(name, getattr(details, name)) for name in DETAIL_FIELDS}
    values["id"] = str(student.id)
    values["is_active"] = format_value("is_active", student.is_active)
    values["medical_flags"] = format_flags(student.medical_flags)
    link = record.primary
    if link is not None:
        person = link.guardian
        values["guardian_first_name"] = person.first_name
        values["guardian_last_name"] = person.last_name or ""
        values["guardian_relationship"] = format_value("guardian_relationship", link.relationship)
        values["guardian_phone"] = format_value("guardian_phone", person.phone)
        values["guardian_email"] = person.email or ""
    values["weekly_lessons"] = format_weekly(record.weekly)
    values["next_lesson"] = format_next_lesson(record.next_lesson) if record.next_lesson else ""
    values["instructors"] = ", ".join(record.instructors)
    return values


def write_students_csv(records: Iterable[StudentCsvRecord], *, include_medical: bool) -> bytes:
    """The file's bytes: BOM, Hebrew header line, one line per student, CRLF line ends."""
    columns = export_columns(include_medical=include_medical)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([column.hebrew for column in columns])
    for record in records:
        values = record_values(record)
        writer.writerow([neutralize(values.get(column.key, "")) for column in columns])
    return (BOM + buffer.getvalue()).encode("utf-8")
