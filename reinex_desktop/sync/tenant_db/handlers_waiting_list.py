"""Handlers of the waiting list: create, edit, close (soft) and match an entry (plan §4.2.10, Phase 6).

Each needs `reinex_waiting_list_manage`, locks the entry row, checks the version the user saw
(`metadata.updated_at`: the table has no `updated_at` column of its own), asks
`domain.waiting_list.rules` for the decision and writes an audit event. A match runs the booking,
seat or series command's own handler in the same transaction, so the lesson or series and the
entry's `matched` status are saved together or not at all.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.domain.clinic_time import clinic_zone
from reinex_desktop.domain.codec import to_json
from reinex_desktop.domain.enums import WaitingListStatus
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.domain.waiting_list import rules
from reinex_desktop.domain.waiting_list.commands import (
    CloseWaitingListEntry,
    CreateWaitingListEntry,
    EntryDetails,
    MatchWaitingListEntry,
    UpdateWaitingListEntry,
)
from reinex_desktop.domain.waiting_list.entries import WaitingListEntry, windows_json
from reinex_desktop.sync.tenant_db import mappers
from reinex_desktop.sync.tenant_db.handlers import HandlerContext, handler_for, handles
from reinex_desktop.sync.tenant_db.reads_waiting_list import entry_of

ENTITY = "waiting_list_entries"


def _today(ctx: HandlerContext) -> date:
    return ctx.now.astimezone(clinic_zone(ctx.settings().timezone)).date()


def _row(ctx: HandlerContext, entry_id: UUID) -> tuple[t.WaitingListRow, WaitingListEntry]:
    row = ctx.session.get(t.WaitingListRow, entry_id, with_for_update=True)
    if row is None:
        raise rules.entry_gone()
    entry = entry_of(row)
    ctx.check_version(entry.updated_at, _version_row(row, entry))
    return row, entry


def _version_row(row: t.WaitingListRow, entry: WaitingListEntry) -> dict[str, Any]:
    return dict(to_json({"id": row.id, "status": row.status, "updated_at": entry.updated_at}))


def _stamp(ctx: HandlerContext, row: t.WaitingListRow, **extra: Any) -> None:
    metadata = dict(row.metadata_ or {})
    metadata.update(to_json(extra))
    metadata["updated_at"] = ctx.now.isoformat()
    metadata["updated_by"] = ctx.actor.name
    row.metadata_ = metadata


def _write(row: t.WaitingListRow, details: EntryDetails) -> None:
    row.desired_service_id = details.desired_service_id
    row.preferred_days = list(details.preferred_days) or None
    row.preferred_times = windows_json(details.preferred_times)
    row.instructor_preferences = list(details.instructor_preferences) or None
    row.willing_to_pay_premium = details.willing_to_pay_premium
    row.priority_flag = details.priority_flag
    row.priority_reason = details.priority_reason
    row.notes = details.notes


def _duplicates(
    ctx: HandlerContext, student_id: UUID, details: EntryDetails, accept: bool, exclude: UUID | None
) -> list[str]:
    """Refuse a duplicate the user did not accept; returns the ids of the accepted ones."""
    templates = ctx.session.scalars(
        sa.select(t.TemplateRow).where(
            t.TemplateRow.student_id == student_id, t.TemplateRow.service_id == details.desired_service_id
        )
    ).all()
    entries = ctx.session.scalars(
        sa.select(t.WaitingListRow).where(
            t.WaitingListRow.student_id == student_id,
            t.WaitingListRow.desired_service_id == details.desired_service_id,
            t.WaitingListRow.status == WaitingListStatus.OPEN.value,
        )
    ).all()
    found = rules.find_duplicates(
        student_id,
        details.desired_service_id,
        templates=[mappers.template(row) for row in templates],
        entries=[entry_of(row) for row in entries],
        today=_today(ctx),
        exclude_entry=exclude,
    )
    if found and not accept:
        raise rules.duplicate_refusal(found)
    return [str(d.id) for d in found]


def _check_references(ctx: HandlerContext, student_id: UUID, service_id: UUID) -> None:
    if ctx.session.get(t.StudentRow, student_id) is None or ctx.session.get(t.ServiceRow, service_id) is None:
        raise rules.unknown_reference()


@handles(CreateWaitingListEntry)
def create_entry(ctx: HandlerContext, command: CreateWaitingListEntry) -> dict[str, Any]:
    ctx.require(Permission.WAITING_LIST_MANAGE)
    if ctx.session.get(t.WaitingListRow, command.entry_id) is not None:
        raise rules.entry_exists()
    details = rules.clean_details(command.details)
    _check_references(ctx, command.student_id, details.desired_service_id)
    duplicates = _duplicates(ctx, command.student_id, details, command.accept_duplicate, None)
    row = t.WaitingListRow(
        id=command.entry_id,
        student_id=command.student_id,
        status=WaitingListStatus.OPEN.value,
        created_at=ctx.now,
        metadata_={},
    )
    _write(row, details)
    _stamp(ctx, row, created_by=ctx.actor.name, **({"duplicate_of": duplicates} if duplicates else {}))
    ctx.session.add(row)
    ctx.session.flush()
    ctx.audit("waiting_list.create", ENTITY, row.id, after=entry_of(row), duplicates=duplicates)
    return {"entry_id": row.id, "updated_at": ctx.now, "duplicates": duplicates}


@handles(UpdateWaitingListEntry)
def update_entry(ctx: HandlerContext, command: UpdateWaitingListEntry) -> dict[str, Any]:
    ctx.require(Permission.WAITING_LIST_MANAGE)
    row, before = _row(ctx, command.entry_id)
    rules.check_editable(before)
    details = rules.clean_details(command.details)
    _check_references(ctx, row.student_id, details.desired_service_id)
    duplicates = _duplicates(ctx, row.student_id, details, command.accept_duplicate, row.id)
    _write(row, details)
    _stamp(ctx, row, **({"duplicate_of": duplicates} if duplicates else {}))
    ctx.session.flush()
    ctx.audit("waiting_list.update", ENTITY, row.id, before=before, after=entry_of(row), duplicates=duplicates)
    return {"entry_id": row.id, "updated_at": ctx.now, "duplicates": duplicates}


@handles(CloseWaitingListEntry)
def close_entry(ctx: HandlerContext, command: CloseWaitingListEntry) -> dict[str, Any]:
    ctx.require(Permission.WAITING_LIST_MANAGE)
    row, before = _row(ctx, command.entry_id)
    rules.check_closable(before)
    row.status = WaitingListStatus.CLOSED.value
    _stamp(ctx, row, closed_at=ctx.now, closed_by=ctx.actor.name, closed_reason=command.reason.strip() or None)
    ctx.session.flush()
    ctx.audit("waiting_list.close", ENTITY, row.id, before=before, after=entry_of(row))
    return {"entry_id": row.id, "updated_at": ctx.now}


@handles(MatchWaitingListEntry)
def match_entry(ctx: HandlerContext, command: MatchWaitingListEntry) -> dict[str, Any]:
    ctx.require(Permission.WAITING_LIST_MANAGE)
    row, before = _row(ctx, command.entry_id)
    inner: Any = command.lesson or command.join or command.template
    results = sum(1 for part in (command.lesson, command.join, command.template) if part is not None)
    student_id, service_id = _target_of(ctx, command)
    rules.check_match(before, student_id=student_id, service_id=service_id, results=results)
    handler = handler_for(inner.KIND)
    assert handler is not None  # every command kind above has its handler registered
    outcome = dict(handler(ctx, inner) or {})
    link: dict[str, Any] = {"matched_at": ctx.now, "matched_by": ctx.actor.name}
    if command.lesson is not None:
        link["matched_lesson_id"] = command.lesson.lesson_id
    elif command.join is not None:
        link["matched_lesson_id"] = command.join.lesson_id
        link["matched_participant_id"] = command.join.participant_id
    elif command.template is not None:
        link["matched_template_id"] = command.template.template_id
    row.status = WaitingListStatus.MATCHED.value
    _stamp(ctx, row, **link)
    ctx.session.flush()
    ctx.audit("waiting_list.match", ENTITY, row.id, before=before, after=entry_of(row), kind=inner.KIND)
    return {"entry_id": row.id, "updated_at": ctx.now, **to_json(link), "result": to_json(outcome)}


def _target_of(ctx: HandlerContext, command: MatchWaitingListEntry) -> tuple[UUID | None, UUID | None]:
    """(student, service) of what the match creates, to check it is the entry's own."""
    if command.lesson is not None:
        students = command.lesson.student_ids
        return (students[0] if len(students) == 1 else None), command.lesson.service_id
    if command.join is not None:
        lesson = ctx.session.get(t.InstanceRow, command.join.lesson_id)
        return command.join.student_id, lesson.service_id if lesson is not None else None
    if command.template is not None:
        return command.template.student_id, command.template.service_id
    return None, None
