"""Generation reads over SQLAlchemy: the engine's snapshot, runs, and undo / reset candidates.

The loading functions take a `Session`, so the command handlers call the very same code inside
their transaction (with row locks) that the preview calls in a read session. Rows are read as
Core tuples, not ORM objects: a 14-day snapshot of a large clinic is some ten thousand rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.orm import Session

from reinex_desktop.data import tables as t
from reinex_desktop.domain.clinic_time import clinic_zone, day_bounds_utc
from reinex_desktop.domain.generation.matching import Lineages, seat_template_id
from reinex_desktop.domain.generation.plan import Snapshot
from reinex_desktop.domain.generation.runs import GenerationRun, RunKind
from reinex_desktop.domain.generation.safety import RemovalCandidate
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant, LessonTemplate, TemplateOverride
from reinex_desktop.domain.settings import ClinicSettings
from reinex_desktop.sync.tenant_db import mappers
from reinex_desktop.sync.tenant_db.reads_catalog import load_settings
from reinex_desktop.sync.tenant_db.session_base import SessionSource

I: sa.Table = t.InstanceRow.__table__  # type: ignore[assignment]  # noqa: E741
P: sa.Table = t.ParticipantRow.__table__  # type: ignore[assignment]
I_META = I.c["metadata"]
P_META = P.c["metadata"]
#: How far from its occurrence date a lesson moved by hand is still looked for.
MOVED_REACH = timedelta(days=60)


def live_override() -> Any:
    """Overrides not removed (soft delete): the only ones any read or rule may see."""
    return sa.not_(t.OverrideRow.deleted)


#: What the engine needs of a lesson: where, when, who, its state and its tags.
_LESSON_SHAPE = (
    I.c.id,
    I.c.template_id,
    I.c.datetime_start,
    I.c.duration_minutes,
    I.c.instructor_employee_id,
    I.c.service_id,
    I.c.status,
    I.c.documentation_status,
    I.c.created_source,
    I_META,
)
#: What the engine needs of a participant (the snapshot of a large clinic reads thousands).
_SEAT_SHAPE = (P.c.id, P.c.lesson_instance_id, P.c.student_id, P.c.participant_status, P_META)


def load_lessons(
    session: Session, condition: Any, *, lock: bool = False, full_seats: bool = True
) -> list[LessonInstance]:
    """Lessons matching `condition` with all their participants; `lock` takes row locks (handlers).

    `full_seats=False` reads only what the engine needs (the generation snapshot); the safety
    filter of undo / reset forward needs the charges and documentation links too.
    """
    lessons = sa.select(*((I,) if full_seats else _LESSON_SHAPE)).where(condition).order_by(I.c.datetime_start, I.c.id)
    shape = (P,) if full_seats else _SEAT_SHAPE
    seats = sa.select(*shape).where(P.c.lesson_instance_id.in_(sa.select(I.c.id).where(condition))).order_by(P.c.id)
    if lock:
        lessons, seats = lessons.with_for_update(), seats.with_for_update()
    rows = session.execute(lessons).all()
    by_lesson: dict[UUID, list[LessonParticipant]] = defaultdict(list)
    for row in session.execute(seats):
        by_lesson[row.lesson_instance_id].append(mappers.participant(row))
    return [mappers.instance(row, tuple(by_lesson.get(row.id, ()))) for row in rows]


def load_templates(session: Session) -> list[LessonTemplate]:
    """Every template version (Core rows: a large clinic has thousands)."""
    return [mappers.template(row) for row in session.execute(sa.select(t.TemplateRow.__table__))]


def _window(first: date, last: date, settings: ClinicSettings) -> tuple[datetime, datetime]:
    zone = clinic_zone(settings.timezone)
    return day_bounds_utc(first, zone)[0], day_bounds_utc(last, zone)[1]


def load_snapshot(session: Session, first: date, last: date, *, lock: bool = False) -> Snapshot:
    """The engine's input for `first`…`last` (plan §5.3 step 2), from one session."""
    settings = load_settings(session)
    start, end = _window(first, last, settings)
    in_range = sa.and_(I.c.datetime_start >= start, I.c.datetime_start < end)
    stands_for = sa.and_(
        I.c.template_id.is_not(None),
        I_META["occurrence_date"].as_string().between(first.isoformat(), last.isoformat()),
    )
    near = sa.and_(I.c.datetime_start >= start - MOVED_REACH, I.c.datetime_start < end + MOVED_REACH)
    existing = load_lessons(session, sa.and_(near, sa.or_(in_range, stands_for)), lock=lock, full_seats=False)
    overrides = session.scalars(
        sa.select(t.OverrideRow).where(t.OverrideRow.target_date.between(first, last), live_override())
    )
    capabilities = session.scalars(sa.select(t.CapabilityRow))
    return Snapshot(
        templates=load_templates(session),
        overrides=[mappers.override(row) for row in overrides],
        existing=existing,
        capabilities=[mappers.capability(row) for row in capabilities],
        settings=settings,
    )


def _links(session: Session, condition: Any) -> tuple[frozenset[UUID], frozenset[UUID]]:
    """(participants with consumption, lessons with earnings) among the lessons matching `condition`."""
    lesson_ids = sa.select(I.c.id).where(condition)
    seat_ids = sa.select(P.c.id).where(P.c.lesson_instance_id.in_(lesson_ids))
    consumed = session.scalars(
        sa.select(t.ConsumptionRow.lesson_participant_id).where(t.ConsumptionRow.lesson_participant_id.in_(seat_ids))
    )
    earned = session.scalars(
        sa.select(t.EarningRow.lesson_instance_id).where(t.EarningRow.lesson_instance_id.in_(lesson_ids))
    )
    return frozenset(consumed), frozenset(earned)


def _candidates(
    lessons: list[LessonInstance],
    seats: dict[UUID, frozenset[UUID] | None],
    links: tuple[frozenset[UUID], frozenset[UUID]],
) -> list[RemovalCandidate]:
    consumed, earned = links
    return [
        RemovalCandidate(
            lesson=lesson,
            seat_ids=seats[lesson.id],
            consumed_participant_ids=frozenset(p.id for p in lesson.participants if p.id in consumed),
            has_earnings=lesson.id in earned,
        )
        for lesson in lessons
        if lesson.id in seats
    ]


def load_undo_candidates(session: Session, run: GenerationRun, *, lock: bool = False) -> list[RemovalCandidate]:
    """Lessons tagged with the run (whole), and the run's participants seated in other lessons (seats)."""
    tag = str(run.id)
    start, end = _window(run.range_start, run.range_end, load_settings(session))
    near = sa.and_(I.c.datetime_start >= start - MOVED_REACH, I.c.datetime_start < end + MOVED_REACH)
    own = I_META["generation_run_id"].as_string() == tag
    seated = sa.exists().where(P.c.lesson_instance_id == I.c.id, P_META["generation_run_id"].as_string() == tag)
    condition = sa.and_(near, sa.or_(own, seated))
    lessons = load_lessons(session, condition, lock=lock)
    seats: dict[UUID, frozenset[UUID] | None] = {}
    for lesson in lessons:
        if lesson.generation_run_id == tag:
            seats[lesson.id] = None
        else:
            seats[lesson.id] = frozenset(
                p.id for p in lesson.participants if p.metadata.get("generation_run_id") == tag
            )
    return _candidates(lessons, seats, _links(session, condition))


def load_reset_candidates(
    session: Session, first: date, last: date, template_ids: Sequence[UUID], *, lock: bool = False
) -> list[RemovalCandidate]:
    """Lessons of the chosen series (every version) from `first` to `last` (plan §5.3, reset step 1)."""
    settings = load_settings(session)
    start, end = _window(first, last, settings)
    lineages = Lineages(load_templates(session))
    members = lineages.members(lineages.root(template_id) for template_id in template_ids)
    condition = sa.and_(I.c.datetime_start >= start, I.c.datetime_start < end, I.c.template_id.is_not(None))
    lessons = load_lessons(session, condition, lock=lock)
    seats: dict[UUID, frozenset[UUID] | None] = {}
    for lesson in lessons:
        chosen = frozenset(p.id for p in lesson.participants if (seat_template_id(p) or lesson.template_id) in members)
        if len(chosen) == len(lesson.participants) and (chosen or lesson.template_id in members):
            seats[lesson.id] = None
        elif chosen:
            seats[lesson.id] = chosen
    return _candidates(lessons, seats, _links(session, condition))


def run_of(row: t.GenerationRunRow) -> GenerationRun:
    return GenerationRun(
        id=row.id,
        kind=RunKind(row.kind),
        range_start=row.range_start,
        range_end=row.range_end,
        created_at=row.created_at,
        created_by=row.created_by,
        instances_created=row.instances_created,
        participants_created=row.participants_created,
        undone_at=row.undone_at,
        report=dict(row.report) if isinstance(row.report, dict) else {},
    )


class GenerationReadsMixin(SessionSource):
    def generation_snapshot(self, first: date, last: date) -> Snapshot:
        with self.read_session() as session, session.begin():
            return load_snapshot(session, first, last)

    def generation_runs(self, *, limit: int = 20) -> list[GenerationRun]:
        query = sa.select(t.GenerationRunRow).order_by(t.GenerationRunRow.created_at.desc()).limit(limit)
        with self.read_session() as session:
            return [run_of(row) for row in session.scalars(query)]

    def generation_run(self, run_id: UUID) -> GenerationRun | None:
        with self.read_session() as session:
            row = session.get(t.GenerationRunRow, run_id)
            return run_of(row) if row is not None else None

    def undo_candidates(self, run_id: UUID) -> list[RemovalCandidate]:
        run = self.generation_run(run_id)
        if run is None:
            return []
        with self.read_session() as session, session.begin():
            return load_undo_candidates(session, run)

    def reset_candidates(self, first: date, last: date, template_ids: Sequence[UUID]) -> list[RemovalCandidate]:
        with self.read_session() as session, session.begin():
            return load_reset_candidates(session, first, last, template_ids)

    def template_overrides(self, template_id: UUID) -> list[TemplateOverride]:
        with self.read_session() as session:
            lineages = Lineages(load_templates(session))
            members = lineages.members([lineages.root(template_id)])
            query = (
                sa.select(t.OverrideRow)
                .where(t.OverrideRow.template_id.in_(members), live_override())
                .order_by(t.OverrideRow.target_date)
            )
            return [mappers.override(row) for row in session.scalars(query)]
