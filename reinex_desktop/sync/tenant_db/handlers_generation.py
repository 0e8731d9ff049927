"""Handlers of weekly generation and of templates: load, ask the domain, write, audit (plan §5).

Apply and reset forward recompute the plan inside their transaction and insert with
`INSERT … ON CONFLICT DO NOTHING`: the partial unique index on (template_id, datetime_start) of
generated lessons and the unique (lesson_instance_id, student_id) of participants make a second
apply, or a concurrent one from another workstation, insert nothing twice — the database enforces
it, not only this code. Undo and reset forward are the only paths that hard-delete lessons, and
only those the domain's safety filter lets through; candidate rows are locked first so nobody
marks one attended between the check and the delete.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from reinex_desktop.data import tables as t
from reinex_desktop.domain.clinic_time import clinic_zone
from reinex_desktop.domain.codec import to_json
from reinex_desktop.domain.generation import refusals
from reinex_desktop.domain.generation.access import require_manager_role, validate_range
from reinex_desktop.domain.generation.commands import (
    ApplyGeneration,
    ChangeTemplate,
    CreateTemplate,
    EndTemplate,
    RemoveTemplateOverride,
    ResetForward,
    SetTemplateActive,
    SetTemplateOverride,
    UndoGeneration,
)
from reinex_desktop.domain.generation.engine import plan_generation
from reinex_desktop.domain.generation.matching import ExistingLessons, Lineages
from reinex_desktop.domain.generation.plan import GenerationPlan
from reinex_desktop.domain.generation.runs import (
    ApplyReport,
    GenerationRun,
    RemovalReport,
    RunKind,
    removal_report,
    removed_ids,
    require_undo_allowed,
    stored_report,
)
from reinex_desktop.domain.generation.safety import select_removals
from reinex_desktop.domain.generation.templates import (
    TemplateDraft,
    change_from,
    end_series,
    new_template,
    validate_override,
)
from reinex_desktop.domain.generation.touched import STAMP, generation_stamp
from reinex_desktop.domain.lessons import LessonTemplate, TemplateOverride
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.sync.tenant_db import mappers
from reinex_desktop.sync.tenant_db.handlers import HandlerContext, handles
from reinex_desktop.sync.tenant_db.reads_catalog import load_settings
from reinex_desktop.sync.tenant_db.reads_generation import (
    I,
    P,
    load_reset_candidates,
    load_snapshot,
    load_undo_candidates,
    run_of,
)

CHUNK = 500
#: The advisory lock that makes generation runs of one tenant take turns (PostgreSQL).
GENERATION_LOCK = 0x5245494E4558  # "REINEX"


def _manager(ctx: HandlerContext) -> None:
    ctx.require(Permission.SCHEDULE_MANAGE)
    require_manager_role(ctx.actor.role)


def _take_turn(ctx: HandlerContext) -> None:
    """Wait for any generation run in progress on another connection to commit (or roll back).

    Two overlapping runs would otherwise plan from the same state; the unique index keeps the
    second from inserting twice, but it would still record a run of nothing. Waiting makes the
    second plan from what the first wrote. SQLite has one writer at a time already.
    """
    if ctx.session.get_bind().dialect.name == "postgresql":
        ctx.session.execute(sa.select(sa.func.pg_advisory_xact_lock(GENERATION_LOCK)))


def _refuse_empty(ctx: HandlerContext, row: t.GenerationRunRow, report: ApplyReport) -> None:
    """A run that inserted and removed nothing is not recorded: name the run that did the work."""
    removal = report.removal
    if report.inserted_instances or report.inserted_participants:
        return
    if removal is not None and (removal.lessons_deleted or removal.participants_deleted):
        return
    earlier = ctx.session.scalar(
        sa.select(t.GenerationRunRow)
        .where(
            t.GenerationRunRow.id != row.id,
            t.GenerationRunRow.undone_at.is_(None),
            t.GenerationRunRow.range_start <= row.range_end,
            t.GenerationRunRow.range_end >= row.range_start,
        )
        .order_by(t.GenerationRunRow.created_at.desc())
        .limit(1)
    )
    if earlier is None:
        raise refusals.nothing_to_generate(None, None)
    zone = clinic_zone(load_settings(ctx.session).timezone)
    at = "\u2066" + earlier.created_at.astimezone(zone).strftime("%d.%m.%Y %H:%M") + "\u2069"
    raise refusals.nothing_to_generate(earlier.created_by or "?", at)


def _today(ctx: HandlerContext, session: Session) -> date:
    return ctx.now.astimezone(clinic_zone(load_settings(session).timezone)).date()


def _chunks(rows: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _insert_new(session: Session, table: sa.Table, rows: list[dict[str, Any]]) -> set[UUID]:
    """Insert `rows`, skipping any that a unique index already holds; returns the ids inserted.

    `ON CONFLICT DO NOTHING` leaves out what another workstation wrote first. On PostgreSQL the
    rows go through the driver's pipelined `executemany` and the ids that made it in are read back
    in one query (cheaper than RETURNING over thousands of rows); SQLite returns them directly.
    """
    if not rows:
        return set()
    if session.get_bind().dialect.name != "postgresql":
        statement = sqlite.insert(table).on_conflict_do_nothing().returning(table.c.id)
        return set(session.scalars(statement, rows))
    session.execute(postgresql.insert(table).on_conflict_do_nothing(), rows)
    ids = sa.bindparam("ids", [row["id"] for row in rows], type_=postgresql.ARRAY(postgresql.UUID(as_uuid=True)))
    return set(session.scalars(sa.select(table.c.id).where(table.c.id == sa.any_(ids))))


def _delete(session: Session, table: sa.Table, ids: list[UUID]) -> None:
    for chunk in _chunks(ids):
        session.execute(sa.delete(table).where(table.c.id.in_(list(chunk))))


# --- apply -------------------------------------------------------------------------------------


def insert_plan(session: Session, plan: GenerationPlan, run_id: UUID, now: datetime) -> tuple[int, int]:
    """Write the plan's lessons and participants tagged with the run; returns what was really inserted."""
    tag = str(run_id)
    lessons: list[dict[str, Any]] = []
    lesson_ids: dict[str, UUID] = {}
    for planned in plan.new_lessons:
        lesson_id = uuid.uuid4()
        lesson_ids[planned.key] = lesson_id
        lessons.append(
            {
                "id": lesson_id,
                "template_id": planned.template_id,
                "datetime_start": planned.start,
                "duration_minutes": planned.duration_minutes,
                "instructor_employee_id": planned.instructor_id,
                "service_id": planned.service_id,
                "status": "scheduled",
                "documentation_status": "undocumented",
                "created_source": "weekly_generation",
                "applied_override_id": planned.applied_override_id,
                "created_at": now,
                "updated_at": now,
                "metadata": {
                    "generation_run_id": tag,
                    "occurrence_date": planned.day.isoformat(),
                    STAMP: generation_stamp(
                        planned.start,
                        planned.duration_minutes,
                        planned.instructor_id,
                        planned.service_id,
                        [seat.student_id for seat in planned.seats],
                    ),
                },
            }
        )
    inserted_lessons = _insert_new(session, I, lessons)
    seats: list[dict[str, Any]] = []
    for planned in plan.lessons:
        lesson_id = planned.existing_lesson_id or lesson_ids[planned.key]
        if planned.existing_lesson_id is None and lesson_id not in inserted_lessons:
            continue  # another workstation inserted this lesson first
        for seat in planned.seats:
            metadata: dict[str, Any] = {
                "generation_run_id": tag,
                "occurrence_date": seat.day.isoformat(),
                "template_id": str(seat.template_id),
            }
            if seat.override_id is not None:
                metadata["applied_override_id"] = str(seat.override_id)
            seats.append(
                {
                    "id": uuid.uuid4(),
                    "lesson_instance_id": lesson_id,
                    "student_id": seat.student_id,
                    "participant_status": "scheduled",
                    "metadata": metadata,
                }
            )
    inserted_seats = _insert_new(session, P, seats)
    return len(inserted_lessons), len(inserted_seats)


def _open_run(ctx: HandlerContext, run_id: UUID, kind: RunKind, first: date, last: date) -> t.GenerationRunRow:
    row = t.GenerationRunRow(
        id=run_id,
        kind=kind.value,
        range_start=first,
        range_end=last,
        created_at=ctx.now,
        created_by=ctx.actor.name,
        instances_created=0,
        participants_created=0,
        report={},
        metadata_={"mutation_id": str(ctx.mutation.mutation_id)},
    )
    ctx.session.add(row)
    ctx.session.flush()  # claims the run id before any lesson is written
    return row


def _generate(
    ctx: HandlerContext,
    row: t.GenerationRunRow,
    first: date,
    last: date,
    *,
    only: Sequence[UUID] | None = None,
    preview: tuple[int | None, int | None] = (None, None),
    removal: RemovalReport | None = None,
) -> ApplyReport:
    snapshot = load_snapshot(ctx.session, first, last)
    roots = None
    if only is not None:
        lineages = Lineages(snapshot.templates)
        roots = frozenset(lineages.root(template_id) for template_id in only)
    plan = plan_generation(first, last, snapshot, not_before=ctx.now, only_lineages=roots)
    instances, participants = insert_plan(ctx.session, plan, row.id, ctx.now)
    counts = plan.counts()
    report = ApplyReport(
        run_id=row.id,
        kind=RunKind(row.kind),
        first=first,
        last=last,
        inserted_instances=instances,
        inserted_participants=participants,
        kept=counts.kept,
        skipped=counts.skipped_by_reason,
        conflicts=counts.conflicts,
        preview_instances=preview[0],
        preview_participants=preview[1],
        removal=removal,
    )
    _refuse_empty(ctx, row, report)
    row.instances_created, row.participants_created = instances, participants
    row.report = stored_report(plan, report)
    return report


def _summary(report: ApplyReport) -> dict[str, Any]:
    return {
        "instances": report.inserted_instances,
        "participants": report.inserted_participants,
        "kept": report.kept,
        "skipped": dict(report.skipped),
        "conflicts": report.conflicts,
        "preview": {"instances": report.preview_instances, "participants": report.preview_participants},
    }


@handles(ApplyGeneration)
def apply_generation(ctx: HandlerContext, command: ApplyGeneration) -> dict[str, Any]:
    """Plan §5.3 "If apply": one transaction, tagged rows, an audit event with the counts."""
    _manager(ctx)
    _take_turn(ctx)
    validate_range(command.first, command.last, today=_today(ctx, ctx.session))
    if ctx.session.get(t.GenerationRunRow, command.run_id) is not None:
        raise refusals.already_applied()
    row = _open_run(ctx, command.run_id, RunKind.WEEKLY_GENERATION, command.first, command.last)
    report = _generate(
        ctx, row, command.first, command.last, preview=(command.preview_instances, command.preview_participants)
    )
    ctx.audit("generation.apply", "generation_runs", row.id, after=_summary(report))
    result: dict[str, Any] = to_json(report)
    return result


# --- undo and reset forward ------------------------------------------------------------------


def _remove(ctx: HandlerContext, selection: Any) -> RemovalReport:
    lessons, participants = removed_ids(selection.removed)
    _delete(ctx.session, P, participants)
    _delete(ctx.session, I, lessons)
    return removal_report(selection)


@handles(UndoGeneration)
def undo_generation(ctx: HandlerContext, command: UndoGeneration) -> dict[str, Any]:
    """Plan §5.3 "Undo": inside the window, only rows meeting every safety condition; the rest reported."""
    _manager(ctx)
    row = ctx.session.get(t.GenerationRunRow, command.run_id, with_for_update=True)
    if row is None:
        raise refusals.no_such_run()
    run: GenerationRun = run_of(row)
    settings = load_settings(ctx.session)
    require_undo_allowed(run, now=ctx.now, window_minutes=settings.undo_window_minutes)
    candidates = load_undo_candidates(ctx.session, run, lock=True)
    report = _remove(ctx, select_removals(candidates, now=ctx.now, run_id=run.id))
    row.undone_at = ctx.now
    row.report = {**(row.report or {}), "undo": to_json(report)}
    ctx.audit(
        "generation.undo",
        "generation_runs",
        row.id,
        after={
            "lessons_deleted": report.lessons_deleted,
            "participants_deleted": report.participants_deleted,
            "kept": len(report.kept),
            "kept_by_reason": report.kept_by_blocker,
        },
    )
    result: dict[str, Any] = to_json(report)
    return result


@handles(ResetForward)
def reset_forward(ctx: HandlerContext, command: ResetForward) -> dict[str, Any]:
    """Plan §5.3 "Reset Forward": delete the safe generated subset from D, then regenerate — one transaction."""
    _manager(ctx)
    _take_turn(ctx)
    validate_range(command.from_date, command.last, today=_today(ctx, ctx.session))
    if not command.template_ids:
        raise refusals.no_templates_chosen()
    if ctx.session.get(t.GenerationRunRow, command.run_id) is not None:
        raise refusals.already_applied()
    row = _open_run(ctx, command.run_id, RunKind.RESET_FORWARD, command.from_date, command.last)
    candidates = load_reset_candidates(ctx.session, command.from_date, command.last, command.template_ids, lock=True)
    removal = _remove(ctx, select_removals(candidates, now=ctx.now, run_id=None))
    report = _generate(
        ctx,
        row,
        command.from_date,
        command.last,
        only=command.template_ids,
        preview=(command.preview_instances, command.preview_participants),
        removal=removal,
    )
    ctx.audit(
        "generation.reset_forward",
        "generation_runs",
        row.id,
        after={
            **_summary(report),
            "templates": [str(template_id) for template_id in command.template_ids],
            "lessons_deleted": removal.lessons_deleted,
            "participants_deleted": removal.participants_deleted,
            "kept": len(removal.kept),
            "kept_by_reason": removal.kept_by_blocker,
        },
    )
    result: dict[str, Any] = to_json(report)
    return result


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
    _manager(ctx)
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


@handles(CreateTemplate)
def create_template(ctx: HandlerContext, command: CreateTemplate) -> dict[str, Any]:
    _manager(ctx)
    _check_references(ctx, command.student_id, command.instructor_employee_id, command.service_id)
    draft = TemplateDraft(
        command.instructor_employee_id,
        command.service_id,
        command.day_of_week,
        command.time_of_day,
        command.duration_minutes,
        command.price_override,
        command.notes_internal,
        command.valid_until,
    )
    template = new_template(
        command.template_id,
        command.student_id,
        draft,
        valid_from=command.valid_from,
        today=_today(ctx, ctx.session),
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
    draft = TemplateDraft(
        command.instructor_employee_id,
        command.service_id,
        command.day_of_week,
        command.time_of_day,
        command.duration_minutes,
        command.price_override,
        command.notes_internal,
        command.valid_until,
    )
    change = change_from(
        old,
        draft,
        command.from_date,
        today=_today(ctx, ctx.session),
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
    ended = end_series(old, command.last_date, today=_today(ctx, ctx.session))
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
        today=_today(ctx, ctx.session),
    )
    row = ctx.session.scalar(
        sa.select(t.OverrideRow)
        .where(t.OverrideRow.template_id == wanted.template_id, t.OverrideRow.target_date == wanted.target_date)
        .with_for_update()
    )
    before = mappers.override(row) if row is not None else None
    if row is None:
        row = t.OverrideRow(
            id=wanted.id,
            template_id=wanted.template_id,
            target_date=wanted.target_date,
            created_by=ctx.actor.user_id,
            created_at=ctx.now,
        )
        ctx.session.add(row)
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
        .where(t.OverrideRow.template_id == command.template_id, t.OverrideRow.target_date == command.target_date)
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
    ctx.session.delete(row)
    ctx.audit("templates.remove_override", "lesson_template_overrides", before.id, before=before)
    return {"override_id": before.id}
