"""Handlers of weekly templates and their per-date overrides (plan §5.1, §4.2.5).

A change "from date X onward" is a new template version; an override is one row per template and
date. Removing an override is a soft delete (`deleted`, `deleted_at`, `deleted_by`): the row stays
on record and out of every read; setting one again on that date revives it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any
from uuid import UUID

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.domain.clinic_time import clinic_zone
from reinex_desktop.domain.generation import refusals
from reinex_desktop.domain.generation.commands import (
    ChangeTemplate,
    CreateTemplate,
    EndTemplate,
    RemoveTemplateOverride,
    SetTemplateActive,
    SetTemplateOverride,
)
from reinex_desktop.domain.generation.matching import ExistingLessons, Lineages
from reinex_desktop.domain.generation.templates import (
    TemplateDraft,
    change_from,
    end_series,
    new_template,
    validate_override,
)
from reinex_desktop.domain.lessons import LessonTemplate, TemplateOverride
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.sync.tenant_db import mappers
from reinex_desktop.sync.tenant_db.handlers import HandlerContext, handles
from reinex_desktop.sync.tenant_db.handlers_generation import manager, today
from reinex_desktop.sync.tenant_db.reads_catalog import load_settings
from reinex_desktop.sync.tenant_db.reads_generation import live_override, load_snapshot

# --- templates -----------------------------------------------------------------------------------


def _write_template(row: t.TemplateRow, template: LessonTemplate, now: datetime) -> None:
    row.student_id = template.student_id
    row.instructor_employee_id = template.instructor_employee_id
    row.service_id = template.service_id
    row.day_of_week = template.day_of_week
    row.time_of_day = template.time_of_day
    row.duration_minutes = template.duration_minutes
    row.valid_from = template.valid_from
    row.valid_until = template.valid_until
    row.price_override = template.price_override
    row.notes_internal = template.notes_internal
    row.is_active = template.is_active
    row.version = template.version
    row.supersedes_template_id = template.supersedes_template_id
    row.updated_at = now


def _template_row(ctx: HandlerContext, template_id: UUID) -> t.TemplateRow:
    row = ctx.session.get(t.TemplateRow, template_id, with_for_update=True)
    if row is None:
        raise refusals.no_such_template()
    return row


def _template_to_change(ctx: HandlerContext, template_id: UUID) -> tuple[t.TemplateRow, LessonTemplate]:
    """A manager's change to a series: the row locked, as the user last saw it (else a conflict)."""
    manager(ctx)
    row = _template_row(ctx, template_id)
    ctx.check_version(row.updated_at, {"id": str(row.id), "updated_at": row.updated_at.isoformat()})
    return row, mappers.template(row)


def _check_references(ctx: HandlerContext, student_id: UUID | None, instructor: UUID, service: UUID) -> None:
    missing = (
        (student_id is not None and ctx.session.get(t.StudentRow, student_id) is None)
        or ctx.session.get(t.Employee, instructor) is None
        or ctx.session.get(t.ServiceRow, service) is None
    )
    if missing:
        raise refusals.missing_references()


def _draft(command: CreateTemplate | ChangeTemplate) -> TemplateDraft:
    """What a new series or a new version asks for, as the template rules read it."""
    return TemplateDraft(
        command.instructor_employee_id,
        command.service_id,
        command.day_of_week,
        command.time_of_day,
        command.duration_minutes,
        command.price_override,
        command.notes_internal,
        command.valid_until,
    )


@handles(CreateTemplate)
def create_template(ctx: HandlerContext, command: CreateTemplate) -> dict[str, Any]:
    manager(ctx)
    _check_references(ctx, command.student_id, command.instructor_employee_id, command.service_id)
    draft = _draft(command)
    template = new_template(
        command.template_id,
        command.student_id,
        draft,
        valid_from=command.valid_from,
        today=today(ctx, ctx.session),
        settings=load_settings(ctx.session),
    )
    row = t.TemplateRow(id=template.id, created_at=ctx.now, flags={}, metadata_={})
    _write_template(row, template, ctx.now)
    ctx.session.add(row)
    ctx.audit("templates.create", "lesson_templates", template.id, after=template)
    return {"template_id": template.id, "updated_at": ctx.now}


@handles(ChangeTemplate)
def change_template(ctx: HandlerContext, command: ChangeTemplate) -> dict[str, Any]:
    """Plan §5.1: "from date X onward" is a new version; the old one ends at X − 1."""
    row, old = _template_to_change(ctx, command.template_id)
    _check_references(ctx, None, command.instructor_employee_id, command.service_id)
    successor = ctx.session.scalar(
        sa.select(sa.func.count()).select_from(t.TemplateRow).where(t.TemplateRow.supersedes_template_id == old.id)
    )
    draft = _draft(command)
    change = change_from(
        old,
        draft,
        command.from_date,
        today=today(ctx, ctx.session),
        new_id=command.new_template_id,
        has_successor=bool(successor),
        settings=load_settings(ctx.session),
    )
    _write_template(row, change.updated, ctx.now)
    if change.created is not None:
        created = t.TemplateRow(id=change.created.id, created_at=ctx.now, flags=dict(old.flags), metadata_={})
        _write_template(created, change.created, ctx.now)
        ctx.session.add(created)
    ctx.audit(
        "templates.change",
        "lesson_templates",
        old.id,
        before=old,
        after={"updated": change.updated, "created": change.created},
    )
    return {
        "template_id": (change.created or change.updated).id,
        "versioned": change.versioned,
        "updated_at": ctx.now,
    }


@handles(EndTemplate)
def end_template(ctx: HandlerContext, command: EndTemplate) -> dict[str, Any]:
    row, old = _template_to_change(ctx, command.template_id)
    ended = end_series(old, command.last_date, today=today(ctx, ctx.session))
    _write_template(row, ended, ctx.now)
    ctx.audit("templates.end", "lesson_templates", old.id, before=old, after=ended)
    return {"template_id": old.id, "updated_at": ctx.now}


@handles(SetTemplateActive)
def set_template_active(ctx: HandlerContext, command: SetTemplateActive) -> dict[str, Any]:
    row, old = _template_to_change(ctx, command.template_id)
    updated = replace(old, is_active=command.active)
    _write_template(row, updated, ctx.now)
    ctx.audit("templates.set_active", "lesson_templates", old.id, before=old, after=updated)
    return {"template_id": old.id, "updated_at": ctx.now}


# --- per-date overrides ------------------------------------------------------------------------


def _lesson_standing_for(ctx: HandlerContext, template: LessonTemplate, day: date) -> UUID | None:
    snapshot = load_snapshot(ctx.session, day, day)
    lineages = Lineages(snapshot.templates)
    existing = ExistingLessons(snapshot.existing, lineages, clinic_zone(snapshot.settings.timezone))
    found = existing.match(lineages.root(template.id), day, template.student_id, template.service_id)
    return found.id if found is not None else None


@handles(SetTemplateOverride)
def set_template_override(ctx: HandlerContext, command: SetTemplateOverride) -> dict[str, Any]:
    """One override per template and date (plan §4.2.5); a second one for the date replaces the first."""
    ctx.require(Permission.SCHEDULE_MANAGE)
    template = mappers.template(_template_row(ctx, command.template_id))
    wanted = validate_override(
        template,
        TemplateOverride(
            id=command.override_id,
            template_id=command.template_id,
            target_date=command.target_date,
            override_type=command.override_type,
            new_instructor_employee_id=command.new_instructor_employee_id,
            new_service_id=command.new_service_id,
            new_time_of_day=command.new_time_of_day,
            new_duration_minutes=command.new_duration_minutes,
            note=command.note,
        ),
        today=today(ctx, ctx.session),
    )
    row = ctx.session.scalar(
        sa.select(t.OverrideRow)
        .where(t.OverrideRow.template_id == wanted.template_id, t.OverrideRow.target_date == wanted.target_date)
        .with_for_update()
    )
    before = mappers.override(row) if row is not None and not row.deleted else None
    if row is None:
        row = t.OverrideRow(
            id=wanted.id,
            template_id=wanted.template_id,
            target_date=wanted.target_date,
            created_by=ctx.actor.user_id,
            created_at=ctx.now,
        )
        ctx.session.add(row)
    elif row.deleted:  # a removed change for this date comes back (the unique key keeps one row a date)
        row.deleted, row.deleted_at, row.deleted_by = False, None, None
        row.created_by, row.created_at = ctx.actor.user_id, ctx.now
    row.override_type = wanted.override_type.value
    row.new_instructor_employee_id = wanted.new_instructor_employee_id
    row.new_service_id = wanted.new_service_id
    row.new_time_of_day = wanted.new_time_of_day
    row.new_duration_minutes = wanted.new_duration_minutes
    row.note = wanted.note
    ctx.session.flush()
    after = mappers.override(row)
    ctx.audit("templates.set_override", "lesson_template_overrides", row.id, before=before, after=after)
    return {"override_id": row.id, "existing_lesson_id": _lesson_standing_for(ctx, template, wanted.target_date)}


@handles(RemoveTemplateOverride)
def remove_template_override(ctx: HandlerContext, command: RemoveTemplateOverride) -> dict[str, Any]:
    ctx.require(Permission.SCHEDULE_MANAGE)
    row = ctx.session.scalar(
        sa.select(t.OverrideRow)
        .where(
            t.OverrideRow.template_id == command.template_id,
            t.OverrideRow.target_date == command.target_date,
            live_override(),
        )
        .with_for_update()
    )
    if row is None:
        raise refusals.no_override_on_date()
    shaped = ctx.session.scalar(
        sa.select(sa.func.count()).select_from(t.InstanceRow).where(t.InstanceRow.applied_override_id == row.id)
    )
    if shaped:
        raise refusals.override_in_use()
    before = mappers.override(row)
    row.deleted, row.deleted_at, row.deleted_by = True, ctx.now, ctx.actor.user_id  # soft delete
    ctx.audit("templates.remove_override", "lesson_template_overrides", before.id, before=before)
    return {"override_id": before.id}
