"""Handlers of the students area: create, edit, guardians, deactivate and CSV import.

Each loads the rows, asks `domain.students` for the decision (clean-up, guardian rules, ID
uniqueness, permissions of the changed fields) and writes the result with an audit event naming
the changed fields. The ID-number uniqueness check runs here, inside the transaction, under a
lock on PostgreSQL so two workstations cannot save the same number at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.domain.clinic_time import clinic_zone
from reinex_desktop.domain.codec import to_json
from reinex_desktop.domain.enums import Relationship
from reinex_desktop.domain.students.commands import (
    CreateStudent,
    ImportRow,
    ImportStudents,
    SaveStudentGuardians,
    SetStudentActive,
    UpdateStudent,
)
from reinex_desktop.domain.students.details import (
    METADATA_FIELDS,
    FieldChange,
    StudentDetails,
    changed_fields,
    changes_as_maps,
    clean_details,
    details_of,
    metadata_with_details,
)
from reinex_desktop.domain.students.guardians import GuardianLink, check_guardians, check_self_links
from reinex_desktop.domain.students.rules import STUDENT_WRITE, permissions_needed
from reinex_desktop.domain.students.validation import check_national_id_free, student_exists, student_gone
from reinex_desktop.sync.tenant_db import mappers
from reinex_desktop.sync.tenant_db.handlers import HandlerContext, VersionConflict, handles
from reinex_desktop.sync.tenant_db.reads_people import student_national_id

#: Any fixed number: the advisory lock that serializes ID-number checks across workstations.
_ID_NUMBER_LOCK = 0x5EED_1D


def _today(ctx: HandlerContext) -> date:
    return ctx.now.astimezone(clinic_zone(ctx.settings().timezone)).date()


def _require(ctx: HandlerContext, changes: Iterable[FieldChange]) -> None:
    for permission in sorted(permissions_needed(changes)):
        ctx.require(permission)


def _student_row(ctx: HandlerContext, student_id: UUID) -> t.StudentRow:
    row = ctx.session.get(t.StudentRow, student_id, with_for_update=True)
    if row is None:
        raise student_gone()
    return row


def _version_row(row: t.StudentRow) -> dict[str, Any]:
    current = {"id": row.id, "first_name": row.first_name, "last_name": row.last_name, "updated_at": row.updated_at}
    return dict(to_json(current))


def _check_national_id(ctx: HandlerContext, number: str | None, student_id: UUID) -> None:
    """Refuse an ID number another student holds (any student, active or not)."""
    if not number:
        return
    if ctx.session.get_bind().dialect.name == "postgresql":
        ctx.session.execute(sa.select(sa.func.pg_advisory_xact_lock(_ID_NUMBER_LOCK)))
    query = (
        sa.select(t.StudentRow.id, t.StudentRow.first_name, t.StudentRow.last_name)
        .where(student_national_id == number, t.StudentRow.id != student_id)
        .limit(1)
    )
    found = ctx.session.execute(query).first()
    owner = None if found is None else (found.id, " ".join(p for p in (found.first_name, found.last_name) if p))
    check_national_id_free(number, owner, student_id)


def _write_details(row: t.StudentRow, details: StudentDetails, changes: Sequence[FieldChange]) -> None:
    for change in changes:
        if change.field in METADATA_FIELDS:
            row.metadata_ = metadata_with_details(row.metadata_, details)
        elif change.field == "medical_flags":
            row.medical_flags = mappers.flags_to_json(details.medical_flags or ())
        elif change.field == "last_name":
            row.last_name = details.last_name or ""
        else:
            setattr(row, change.field, getattr(details, change.field))


def _insert_student(ctx: HandlerContext, student_id: UUID, details: StudentDetails, active: bool = True) -> None:
    if ctx.session.get(t.StudentRow, student_id) is not None:
        raise student_exists()
    _check_national_id(ctx, details.national_id, student_id)
    row = t.StudentRow(
        id=student_id,
        first_name=details.first_name,
        middle_name=details.middle_name,
        last_name=details.last_name or "",
        date_of_birth=details.date_of_birth,
        notes_internal=details.notes_internal,
        default_notification_method=details.default_notification_method.value,
        special_rate=details.special_rate,
        medical_flags=mappers.flags_to_json(details.medical_flags or ()),
        onboarding_status=details.onboarding_status.value,
        is_active=active,
        created_at=ctx.now,
        updated_at=ctx.now,
        metadata_=metadata_with_details({}, details),
    )
    ctx.session.add(row)
    ctx.session.flush()


def _update_student(ctx: HandlerContext, row: t.StudentRow, proposed: StudentDetails) -> tuple[FieldChange, ...]:
    """Write the fields of `proposed` that differ from the row; returns them (nothing written when none)."""
    stored = mappers.student(row)
    before = details_of(stored, with_medical=proposed.medical_flags is not None)
    after = clean_details(proposed, _today(ctx))
    changes = changed_fields(before, after)
    _require(ctx, changes)
    fields = {change.field for change in changes}
    if "national_id" in fields:
        _check_national_id(ctx, after.national_id, row.id)
    if "date_of_birth" in fields:
        check_self_links([link.relationship for link in _links(ctx, row.id)], after.date_of_birth, _today(ctx))
    _write_details(row, after, changes)
    return changes


@dataclass
class _Link:
    link: t.StudentGuardianRow
    person: t.GuardianRow

    @property
    def relationship(self) -> Relationship:
        return Relationship(self.link.relationship)


def _links(ctx: HandlerContext, student_id: UUID) -> list[_Link]:
    query = (
        sa.select(t.StudentGuardianRow, t.GuardianRow)
        .join(t.GuardianRow, t.GuardianRow.id == t.StudentGuardianRow.guardian_id)
        .where(t.StudentGuardianRow.student_id == student_id, sa.not_(t.StudentGuardianRow.deleted))
    )
    return [_Link(link, person) for link, person in ctx.session.execute(query)]


def _unlinked(ctx: HandlerContext, student_id: UUID) -> dict[UUID, t.StudentGuardianRow]:
    """The student's soft-deleted links by guardian: linking that guardian again revives the row."""
    query = sa.select(t.StudentGuardianRow).where(
        t.StudentGuardianRow.student_id == student_id, t.StudentGuardianRow.deleted
    )
    return {row.guardian_id: row for row in ctx.session.scalars(query)}


def _guardian_json(link: GuardianLink) -> dict[str, Any]:
    return dict(to_json(link))


def _stored_json(item: _Link) -> dict[str, Any]:
    person = item.person
    return _guardian_json(
        GuardianLink(
            guardian_id=person.id,
            first_name=person.first_name,
            last_name=person.last_name or "",
            middle_name=person.middle_name,
            phone=person.phone,
            email=person.email,
            relationship=item.relationship,
            is_primary=item.link.is_primary,
        )
    )


def _write_guardians(ctx: HandlerContext, student_id: UUID, links: Sequence[GuardianLink]) -> bool:
    """Make the student's guardian links exactly `links`; audit and return True when anything changed."""
    existing = {item.person.id: item for item in _links(ctx, student_id)}
    before = [_stored_json(item) for item in existing.values()]
    wanted = {link.guardian_id for link in links}
    for guardian_id, item in existing.items():
        if guardian_id not in wanted:  # soft delete: the link stays on record, out of every read
            item.link.deleted, item.link.deleted_at, item.link.deleted_by = True, ctx.now, ctx.actor.user_id
            item.link.is_primary = False
    ctx.session.flush()
    unlinked = _unlinked(ctx, student_id)
    for link in links:
        person = ctx.session.get(t.GuardianRow, link.guardian_id)
        if person is None:
            person = t.GuardianRow(id=link.guardian_id, first_name=link.first_name, created_at=ctx.now, metadata_={})
            ctx.session.add(person)
        person.first_name = link.first_name
        person.middle_name = link.middle_name
        person.last_name = link.last_name or ""
        person.phone = link.phone
        person.email = link.email
        assert link.relationship is not None  # check_guardians refused a missing one
        stored = existing.get(link.guardian_id)
        revived = unlinked.get(link.guardian_id) if stored is None else None
        if revived is not None:
            revived.deleted, revived.deleted_at, revived.deleted_by = False, None, None
            revived.relationship = link.relationship.value
            revived.is_primary = link.is_primary
        elif stored is None:
            ctx.session.add(
                t.StudentGuardianRow(
                    student_id=student_id,
                    guardian_id=link.guardian_id,
                    relationship=link.relationship.value,
                    is_primary=link.is_primary,
                    created_at=ctx.now,
                )
            )
        else:
            stored.link.relationship = link.relationship.value
            stored.link.is_primary = link.is_primary
    ctx.session.flush()
    after = [_guardian_json(link) for link in links]
    key = lambda entry: str(entry["guardian_id"])  # noqa: E731
    if sorted(before, key=key) == sorted(after, key=key):
        return False
    ctx.audit("students.guardians", "students", student_id, before={"guardians": before}, after={"guardians": after})
    return True


def _set_active(ctx: HandlerContext, row: t.StudentRow, active: bool, reason: str | None) -> bool:
    if row.is_active == active:
        return False
    metadata = dict(row.metadata_ or {})
    if active:
        metadata.pop("inactive_reason", None)
    elif reason:
        metadata["inactive_reason"] = reason
    row.metadata_ = metadata
    row.is_active = active
    action = "students.reactivate" if active else "students.deactivate"
    ctx.audit(
        action, "students", row.id, before={"is_active": not active}, after={"is_active": active, "reason": reason}
    )
    return True


@handles(CreateStudent)
def create_student(ctx: HandlerContext, command: CreateStudent) -> dict[str, Any]:
    ctx.require(STUDENT_WRITE)
    today = _today(ctx)
    details = clean_details(command.details, today)
    changes = changed_fields(None, details)
    _require(ctx, changes)
    links = check_guardians(command.guardians, details.date_of_birth, today)
    _insert_student(ctx, command.student_id, details)
    _before, after = changes_as_maps(changes)
    ctx.audit("students.create", "students", command.student_id, after=after, fields=[c.field for c in changes])
    if links:
        _write_guardians(ctx, command.student_id, links)
    return {"student_id": command.student_id, "updated_at": ctx.now}


@handles(UpdateStudent)
def update_student(ctx: HandlerContext, command: UpdateStudent) -> dict[str, Any]:
    ctx.require(STUDENT_WRITE)
    row = _student_row(ctx, command.student_id)
    ctx.check_version(row.updated_at, _version_row(row))
    changes = _update_student(ctx, row, command.details)
    if not changes:
        return {"student_id": row.id, "updated_at": row.updated_at, "fields": []}
    row.updated_at = ctx.now
    before, after = changes_as_maps(changes)
    ctx.audit("students.update", "students", row.id, before=before, after=after, fields=[c.field for c in changes])
    return {"student_id": row.id, "updated_at": ctx.now, "fields": [c.field for c in changes]}


@handles(SaveStudentGuardians)
def save_guardians(ctx: HandlerContext, command: SaveStudentGuardians) -> dict[str, Any]:
    ctx.require(STUDENT_WRITE)
    row = _student_row(ctx, command.student_id)
    ctx.check_version(row.updated_at, _version_row(row))
    links = check_guardians(command.guardians, row.date_of_birth, _today(ctx))
    if _write_guardians(ctx, row.id, links):
        row.updated_at = ctx.now
    return {"student_id": row.id, "updated_at": row.updated_at}


@handles(SetStudentActive)
def set_active(ctx: HandlerContext, command: SetStudentActive) -> dict[str, Any]:
    ctx.require(STUDENT_WRITE)
    row = _student_row(ctx, command.student_id)
    ctx.check_version(row.updated_at, _version_row(row))
    if _set_active(ctx, row, command.active, (command.reason or "").strip() or None):
        row.updated_at = ctx.now
    return {"student_id": row.id, "updated_at": row.updated_at, "is_active": row.is_active}


def _import_row(ctx: HandlerContext, item: ImportRow, today: date) -> bool:
    """Apply one confirmed line; True when it created the student."""
    if item.is_new:
        details = clean_details(item.details, today)
        changes = changed_fields(None, details)
        _require(ctx, changes)
        _insert_student(ctx, item.student_id, details, active=item.active is not False)
        _before, after = changes_as_maps(changes)
        ctx.audit("students.create", "students", item.student_id, after=after, line=item.line, source="csv")
        if item.guardians:
            _write_guardians(ctx, item.student_id, check_guardians(item.guardians, details.date_of_birth, today))
        return True
    row = _student_row(ctx, item.student_id)
    if item.base_version is not None and row.updated_at != item.base_version:
        raise VersionConflict({"line": item.line, **_version_row(row)})
    changes = _update_student(ctx, row, item.details)
    touched = bool(changes)
    if changes:
        before, after = changes_as_maps(changes)
        fields = [c.field for c in changes]
        ctx.audit("students.update", "students", row.id, before=before, after=after, fields=fields, line=item.line)
    if item.guardians is not None:
        links = check_guardians(item.guardians, row.date_of_birth, today)
        touched = _write_guardians(ctx, row.id, links) or touched
    if item.active is not None:
        touched = _set_active(ctx, row, item.active, None) or touched
    if touched:
        row.updated_at = ctx.now
    return False


@handles(ImportStudents)
def import_students(ctx: HandlerContext, command: ImportStudents) -> dict[str, Any]:
    """All confirmed lines in this one transaction: one refusal or conflict undoes every line."""
    ctx.require(STUDENT_WRITE)
    today = _today(ctx)
    created = sum(1 for item in command.rows if _import_row(ctx, item, today))
    updated = len(command.rows) - created
    summary = {"file": command.file_name, "created": created, "updated": updated}
    ctx.audit("students.import", "students", None, after=summary)
    return summary
