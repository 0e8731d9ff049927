"""Handlers of weekly generation, undo and reset forward: load, ask the domain, write, audit (plan §5.3).

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
    ResetForward,
    UndoGeneration,
)
from reinex_desktop.domain.generation.engine import plan_generation
from reinex_desktop.domain.generation.matching import Lineages
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
from reinex_desktop.domain.generation.touched import STAMP, generation_stamp
from reinex_desktop.domain.permissions import Permission
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


def manager(ctx: HandlerContext) -> None:
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


def today(ctx: HandlerContext, session: Session) -> date:
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
    manager(ctx)
    _take_turn(ctx)
    validate_range(command.first, command.last, today=today(ctx, ctx.session))
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
    manager(ctx)
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
    manager(ctx)
    _take_turn(ctx)
    validate_range(command.from_date, command.last, today=today(ctx, ctx.session))
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
