"""Generation and template use cases as a screen calls them (embedded SQLite database)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy.engine import Engine

from reinex_desktop.domain.generation.reasons import Blocker
from reinex_desktop.domain.generation.runs import RunKind
from reinex_desktop.domain.generation.templates import TemplateState, draft_of
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.services.generation.overrides import (
    cancel_occurrence,
    change_occurrence,
    occurrence_overrides,
    restore_occurrence,
)
from reinex_desktop.services.generation.preview import preview_generation, preview_range, preview_reset_forward
from reinex_desktop.services.generation.runs import apply_preview, recent_runs, undo_run, undo_status
from reinex_desktop.services.generation.templates import change_template, list_templates
from reinex_desktop.sync.tenant_db import TenantDbGateway
from tests.generation_world import World, build_world


@pytest.fixture
def world(sqlite_engine: Engine) -> World:
    return build_world(sqlite_engine)


def _context(engine: Engine, role: Role = Role.OWNER) -> AppContext:
    return AppContext(gateway=TenantDbGateway(engine), user=UserContext.for_role(role, "Dana"))


def test_the_default_range_is_the_horizon_from_the_coming_sunday(world: World, sqlite_engine: Engine) -> None:
    context = _context(sqlite_engine)
    saturday = date(2026, 11, 21)
    context.clock = lambda: datetime(2026, 11, 21, 10, tzinfo=UTC)
    assert preview_range(context) == (saturday + timedelta(days=1), saturday + timedelta(days=14))
    context.clock = lambda: datetime(2026, 11, 22, 10, tzinfo=UTC)  # a Sunday: this very day
    assert preview_range(context) == (date(2026, 11, 22), date(2026, 12, 5))


def test_preview_apply_undo(world: World, sqlite_engine: Engine) -> None:
    context = _context(sqlite_engine)
    changed: list[frozenset[str]] = []
    context.notices.subscribe(changed.append)
    preview = preview_generation(context, world.first, world.last)
    assert (preview.counts.instances, preview.counts.participants) == (10, 12)
    assert preview.names.student(world.students[0]) == "תלמיד0 ישראלי"
    report = apply_preview(context, preview)
    assert report.run_id == preview.run_id and report.kind is RunKind.WEEKLY_GENERATION
    assert (report.inserted_instances, report.inserted_participants) == (10, 12)
    assert not report.differs_from_preview
    assert changed and "lessons" in changed[-1]
    status = undo_status(context, preview.run_id)
    assert status is not None and status.allowed and status.time_left > timedelta(minutes=29)
    assert [run.id for run in recent_runs(context)] == [preview.run_id]
    undone = undo_run(context, preview.run_id)
    assert (undone.lessons_deleted, undone.participants_deleted, undone.kept) == (10, 12, ())
    after = undo_status(context, preview.run_id)
    assert after is not None and not after.allowed


def test_a_second_apply_of_the_same_preview_is_refused(world: World, sqlite_engine: Engine) -> None:
    context = _context(sqlite_engine)
    preview = preview_generation(context, world.first, world.last)
    apply_preview(context, preview)
    with pytest.raises(DomainError) as refused:
        apply_preview(context, preview)
    assert refused.value.code == "already_applied"


def test_office_may_not_preview_generation_but_may_cancel_a_date(world: World, sqlite_engine: Engine) -> None:
    office = _context(sqlite_engine, Role.OFFICE)
    with pytest.raises(DomainError) as refused:
        preview_generation(office, world.first, world.last)
    assert refused.value.code == "forbidden"
    result = cancel_occurrence(office, world.templates["sun_10"], world.first, "יום הורים")
    assert result.existing_lesson_id is None
    owner = _context(sqlite_engine)
    preview = preview_generation(owner, world.first, world.last)
    assert preview.counts.instances == 9 and preview.counts.skipped_by_reason == {"cancel_override": 1}


def test_the_calendar_api_names_the_lesson_already_generated(world: World, sqlite_engine: Engine) -> None:
    owner = _context(sqlite_engine)
    apply_preview(owner, preview_generation(owner, world.first, world.last))
    tpl = world.templates["mon_11"]
    monday = world.first + timedelta(days=1)
    result = change_occurrence(owner, tpl, monday, start_time=time(15), duration_minutes=60)
    assert result.existing_lesson_id is not None
    lesson = owner.gateway.lesson(result.existing_lesson_id)
    assert lesson is not None and lesson.template_id == tpl  # the lesson itself is left as it was
    (override,) = occurrence_overrides(owner, tpl)
    assert (override.target_date, override.new_time_of_day, override.new_duration_minutes) == (monday, time(15), 60)
    restore_occurrence(owner, tpl, monday)
    assert occurrence_overrides(owner, tpl) == []


def test_reset_forward_preview_matches_what_apply_does(world: World, sqlite_engine: Engine) -> None:
    context = _context(sqlite_engine)
    apply_preview(context, preview_generation(context, world.first, world.last))
    item = next(i for i in list_templates(context).items if i.template.id == world.templates["tue_09"])
    outcome = change_template(
        context, item.template, replace(draft_of(item.template), time_of_day=time(13)), world.first
    )
    assert outcome.versioned
    preview = preview_reset_forward(context, world.first, world.last, (outcome.template_id,))
    removal = preview.removal_report
    assert removal is not None and (removal.lessons_deleted, len(removal.kept)) == (2, 0)
    assert (preview.counts.instances, preview.counts.participants) == (2, 2)
    report = apply_preview(context, preview)
    assert report.removal is not None and report.removal.lessons_deleted == 2
    assert (report.inserted_instances, report.inserted_participants) == (2, 2)
    assert not report.differs_from_preview
    states = {i.template.id: i.state for i in list_templates(context).items}
    assert states[outcome.template_id] in (TemplateState.NOT_STARTED, TemplateState.ACTIVE)
    assert states[item.template.id] in (TemplateState.REPLACED, TemplateState.ACTIVE)
    with pytest.raises(DomainError):
        undo_run(context, preview.run_id)  # a reset forward is not undone


def test_undo_reports_kept_rows_with_reasons(world: World, sqlite_engine: Engine) -> None:
    context = _context(sqlite_engine)
    preview = preview_generation(context, world.first, world.last)
    apply_preview(context, preview)
    from sqlalchemy import update
    from sqlalchemy.orm import Session

    from reinex_desktop.data import tables as t

    with Session(sqlite_engine) as session, session.begin():
        session.execute(
            update(t.ParticipantRow)
            .where(t.ParticipantRow.student_id == world.students[2])
            .values(participant_status="cancelled_student")
        )
    report = undo_run(context, preview.run_id)
    assert report.lessons_deleted == 8
    assert {b for row in report.kept for b in row.blockers} == {Blocker.PARTICIPANT_NOT_SCHEDULED}
