"""Creating and editing students and their guardians; deactivating instead of deleting.

Plan §4.2.1–4.2.3. Each use case checks everything first — the user's permissions, the
details' clean-up, the guardian rules and the ID number's uniqueness — so a refusal writes
nothing at all; the tenant database checks the same rules again inside its transaction. Edits
carry the student's `updated_at` as their base version: a change saved meanwhile on another
workstation is reported (`StudentChangedError`), never overwritten.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from uuid import UUID, uuid4

from reinex_desktop.domain.people import Guardian, Student
from reinex_desktop.domain.students.commands import (
    CreateStudent,
    SaveStudentGuardians,
    SetStudentActive,
    UpdateStudent,
)
from reinex_desktop.domain.students.details import (
    StudentDetails,
    changed_fields,
    clean_details,
    details_of,
)
from reinex_desktop.domain.students.guardians import GuardianLink, check_guardians
from reinex_desktop.domain.students.rules import STUDENT_WRITE, permissions_needed
from reinex_desktop.domain.students.validation import check_national_id_free
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.students.access import medical_visible
from reinex_desktop.services.students.writes import refusal, send


def _check_national_id(context: AppContext, number: str | None, student_id: UUID) -> None:
    if not number:
        return
    try:
        check_national_id_free(number, context.gateway.national_id_owners().get(number), student_id)
    except DomainError as error:
        raise refusal(error) from None


def _require_all(context: AppContext, details_before: StudentDetails | None, details: StudentDetails) -> None:
    for permission in sorted(permissions_needed(changed_fields(details_before, details))):
        context.user.require(permission)


def create_student(
    context: AppContext,
    details: StudentDetails,
    guardians: Sequence[GuardianLink] = (),
    *,
    student_id: UUID | None = None,
) -> UUID:
    """A new student with their guardians; returns the new id (plan §4.2.1–4.2.3)."""
    context.user.require(STUDENT_WRITE)
    today = context.today()
    if not medical_visible(context):
        details = replace(details, medical_flags=None)
    cleaned = clean_details(details, today)
    _require_all(context, None, cleaned)
    links = check_guardians(guardians, cleaned.date_of_birth, today)
    new_id = student_id or uuid4()
    _check_national_id(context, cleaned.national_id, new_id)
    send(context, CreateStudent(new_id, cleaned, links))
    return new_id


def update_student(context: AppContext, student: Student, details: StudentDetails) -> datetime | None:
    """Save new details of `student` (as the user last saw them); returns the new version.

    Fields the user may not see (medical flags without the permission) stay as stored.
    """
    context.user.require(STUDENT_WRITE)
    if not medical_visible(context):
        details = replace(details, medical_flags=None)
    cleaned = clean_details(details, context.today())
    before = details_of(student, with_medical=cleaned.medical_flags is not None)
    _require_all(context, before, cleaned)
    if cleaned.national_id != before.national_id:
        _check_national_id(context, cleaned.national_id, student.id)
    result = send(context, UpdateStudent(student.id, cleaned), base_version=student.updated_at)
    return _version(result.get("updated_at"))


def check_guardian(context: AppContext, link: GuardianLink, born: date | None) -> GuardianLink:
    """One guardian checked on its own (name, relationship, phone, e-mail); the list rules
    (one primary, `self` only once) are checked when the list is saved."""
    (cleaned,) = check_guardians([replace(link, is_primary=True)], born, context.today())
    return replace(cleaned, is_primary=link.is_primary)


def guardian_directory(context: AppContext) -> list[Guardian]:
    """Every guardian already known, once each, to link a sibling to the same parents (plan §4.2.2)."""
    context.user.require(STUDENT_WRITE)
    people = {link.guardian.id: link.guardian for link in context.gateway.guardians_of(None)}
    return sorted(people.values(), key=lambda person: (person.full_name, str(person.id)))


def save_guardians(context: AppContext, student: Student, guardians: Sequence[GuardianLink]) -> datetime | None:
    """Replace the student's guardian list (add, change, remove links) in one write."""
    context.user.require(STUDENT_WRITE)
    links = check_guardians(guardians, student.date_of_birth, context.today())
    result = send(context, SaveStudentGuardians(student.id, links), base_version=student.updated_at)
    return _version(result.get("updated_at"))


def set_active(context: AppContext, student: Student, active: bool, reason: str | None = None) -> datetime | None:
    """Deactivate (or reactivate) a student; students are never deleted."""
    context.user.require(STUDENT_WRITE)
    result = send(context, SetStudentActive(student.id, active, reason), base_version=student.updated_at)
    return _version(result.get("updated_at"))


def _version(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value)) if value else None
