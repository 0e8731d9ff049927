"""Apply, undo, reset forward and template commands through `TenantDbGateway` (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from uuid import UUID, uuid4

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from reinex_desktop.data import tables as t
from reinex_desktop.domain.enums import OverrideType
from reinex_desktop.domain.generation.commands import (
    ApplyGeneration,
    ChangeTemplate,
    EndTemplate,
    RemoveTemplateOverride,
    ResetForward,
    SetTemplateOverride,
    UndoGeneration,
)
from reinex_desktop.domain.generation.engine import plan_generation
from reinex_desktop.sync.mutations import Outcome
from reinex_desktop.sync.tenant_db import TenantDbGateway
from tests.generation_world import OFFICE, World, build_world


@pytest.fixture
def world(any_engine: Engine) -> World:
    return build_world(any_engine)


@pytest.fixture
def gateway(any_engine: Engine) -> TenantDbGateway:
    return TenantDbGateway(any_engine)


def _lessons(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return [
            tuple(row)
            for row in connection.execute(
                sa.select(t.InstanceRow.template_id, t.InstanceRow.datetime_start).order_by(
                    t.InstanceRow.datetime_start, t.InstanceRow.template_id
                )
            )
        ]


def _count(engine: Engine, table: type) -> int:
    with engine.connect() as connection:
        return connection.scalar(sa.select(sa.func.count()).select_from(table)) or 0


def test_apply_inserts_the_plan_tagged_with_its_run_and_audits(
    world: World, gateway: TenantDbGateway, any_engine: Engine
) -> None:
    run_id = uuid4()
    result = world.apply(gateway, ApplyGeneration(run_id, world.first, world.last, 10, 12))
    assert result.outcome is Outcome.APPLIED, result.message
    assert (result.result["inserted_instances"], result.result["inserted_participants"]) == (10, 12)
    with Session(any_engine) as session:
        lessons = session.scalars(sa.select(t.InstanceRow)).all()
        assert {lesson.metadata_["generation_run_id"] for lesson in lessons} == {str(run_id)}
        assert {lesson.created_source for lesson in lessons} == {"weekly_generation"}
        assert all("occurrence_date" in lesson.metadata_ for lesson in lessons)
        seats = session.scalars(sa.select(t.ParticipantRow)).all()
        assert {seat.metadata_["generation_run_id"] for seat in seats} == {str(run_id)}
        run = session.get(t.GenerationRunRow, run_id)
        assert run is not None and (run.instances_created, run.participants_created) == (10, 12)
        assert run.report["inserted_instances"] == 10
        (event,) = session.scalars(sa.select(t.AuditEventRow).where(t.AuditEventRow.action == "generation.apply"))
        assert event.after["instances"] == 10 and event.actor_role == "owner"


def test_applying_twice_gives_the_same_rows_and_records_no_empty_run(
    world: World, gateway: TenantDbGateway, any_engine: Engine
) -> None:
    first = world.apply(gateway, ApplyGeneration(uuid4(), world.first, world.last))
    before = _lessons(any_engine)
    second = world.apply(gateway, ApplyGeneration(uuid4(), world.first, world.last, 10, 12))
    assert first.applied
    assert second.outcome is Outcome.REJECTED and second.result["code"] == "nothing_to_generate"
    assert second.message is not None and second.message.params["who"] == "Dana Manager"
    assert _lessons(any_engine) == before
    assert _count(any_engine, t.ParticipantRow) == 12
    assert _count(any_engine, t.GenerationRunRow) == 1


def test_the_same_run_cannot_be_applied_twice(world: World, gateway: TenantDbGateway) -> None:
    run_id = uuid4()
    assert world.apply(gateway, ApplyGeneration(run_id, world.first, world.last)).applied
    again = world.apply(gateway, ApplyGeneration(run_id, world.first, world.last))
    assert again.outcome is Outcome.REJECTED and again.result["code"] == "already_applied"


def test_generation_needs_a_manager(world: World, gateway: TenantDbGateway, any_engine: Engine) -> None:
    result = world.apply(gateway, ApplyGeneration(uuid4(), world.first, world.last), OFFICE)
    assert result.outcome is Outcome.REJECTED and result.result["code"] == "forbidden"
    assert _count(any_engine, t.InstanceRow) == 0


def test_a_range_in_the_past_is_refused(world: World, gateway: TenantDbGateway) -> None:
    past = world.first - timedelta(days=30)
    result = world.apply(gateway, ApplyGeneration(uuid4(), past, past + timedelta(days=3)))
    assert result.outcome is Outcome.REJECTED and result.result["code"] == "bad_range"


def test_apply_reports_when_the_database_changed_since_the_preview(world: World, gateway: TenantDbGateway) -> None:
    preview = plan_generation(world.first, world.last, gateway.generation_snapshot(world.first, world.last)).counts()
    assert world.apply(gateway, ApplyGeneration(uuid4(), world.first, world.first + timedelta(days=2))).applied
    result = world.apply(
        gateway, ApplyGeneration(uuid4(), world.first, world.last, preview.instances, preview.participants)
    )
    assert result.result["inserted_instances"] < preview.instances
    assert result.result["preview_instances"] == preview.instances


def _set(engine: Engine, lesson_filter: object, **values: object) -> None:
    with Session(engine) as session, session.begin():
        session.execute(sa.update(t.InstanceRow).where(lesson_filter).values(**values))  # type: ignore[arg-type]


def test_undo_deletes_only_safe_rows_and_reports_the_rest(
    world: World, gateway: TenantDbGateway, any_engine: Engine
) -> None:
    run_id = uuid4()
    assert world.apply(gateway, ApplyGeneration(run_id, world.first, world.last)).applied
    sunday = t.InstanceRow.template_id == world.templates["sun_10"]
    _set(any_engine, sunday, documentation_status="documented")
    monday = t.InstanceRow.template_id == world.templates["mon_11"]
    _set(any_engine, monday, metadata_={"generation_run_id": str(run_id), "manual_override": True})
    with Session(any_engine) as session, session.begin():
        tuesday = session.scalars(
            sa.select(t.InstanceRow.id).where(t.InstanceRow.template_id == world.templates["tue_09"])
        ).first()
        session.add(
            t.ParticipantRow(lesson_instance_id=tuesday, student_id=world.students[0], participant_status="scheduled")
        )
    result = world.apply(gateway, UndoGeneration(run_id))
    assert result.applied, result.message
    reasons = sorted(b for row in result.result["kept"] for b in row["blockers"])
    # The SQL writes above also moved `updated_at`: a write after generation is a human's too.
    assert reasons == ["documented", "documented", "hand_added_participant", *["manually_edited"] * 4]
    assert result.result["lessons_deleted"] == 10 - 5
    remaining = {row[0] for row in _lessons(any_engine)}
    assert remaining == {world.templates["sun_10"], world.templates["mon_11"], world.templates["tue_09"]}
    with Session(any_engine) as session:
        run = session.get(t.GenerationRunRow, run_id)
        assert run is not None and run.undone_at is not None and run.report["undo"]["lessons_deleted"] == 5
        assert session.scalar(sa.select(sa.func.count()).where(t.AuditEventRow.action == "generation.undo")) == 1
    again = world.apply(gateway, UndoGeneration(run_id))
    assert again.outcome is Outcome.REJECTED and again.result["code"] == "undo_refused"


def test_undo_after_the_window_is_refused_and_deletes_nothing(
    world: World, gateway: TenantDbGateway, any_engine: Engine
) -> None:
    run_id = uuid4()
    assert world.apply(gateway, ApplyGeneration(run_id, world.first, world.last)).applied
    with Session(any_engine) as session, session.begin():
        run = session.get(t.GenerationRunRow, run_id)
        assert run is not None
        run.created_at = datetime.now(UTC) - timedelta(minutes=31)
    result = world.apply(gateway, UndoGeneration(run_id))
    assert result.outcome is Outcome.REJECTED and result.message is not None
    assert result.message.params == {"minutes": 30}
    assert _count(any_engine, t.InstanceRow) == 10


def test_undo_removes_seats_it_added_to_an_existing_group_lesson(
    world: World, gateway: TenantDbGateway, any_engine: Engine
) -> None:
    assert world.apply(gateway, ApplyGeneration(uuid4(), world.first, world.last)).applied
    with Session(any_engine) as session, session.begin():
        joiner = t.TemplateRow(
            id=uuid4(),
            student_id=world.students[0],
            instructor_employee_id=world.instructors[1],
            service_id=world.group,
            day_of_week=3,
            time_of_day=time(16),
            duration_minutes=60,
            valid_from=world.first,
        )
        session.add(joiner)
    run_id = uuid4()
    result = world.apply(gateway, ApplyGeneration(run_id, world.first, world.last))
    assert (result.result["inserted_instances"], result.result["inserted_participants"]) == (0, 2)
    undo = world.apply(gateway, UndoGeneration(run_id))
    assert (undo.result["lessons_deleted"], undo.result["participants_deleted"]) == (0, 2)
    assert _count(any_engine, t.InstanceRow) == 10 and _count(any_engine, t.ParticipantRow) == 12


def test_reset_forward_replaces_safe_lessons_of_a_changed_template(
    world: World, gateway: TenantDbGateway, any_engine: Engine
) -> None:
    assert world.apply(gateway, ApplyGeneration(uuid4(), world.first, world.last)).applied
    old_id = world.templates["sun_10"]
    second_sunday = world.first + timedelta(days=7)
    new_id = uuid4()
    change = world.apply(
        gateway,
        ChangeTemplate(old_id, world.first, new_id, world.instructors[1], world.riding, 0, time(12), 45),
    )
    assert change.applied and change.result["versioned"] is True, change.message
    # The first Sunday's lesson was edited by hand: reset forward must keep it.
    _set(
        any_engine,
        sa.and_(
            t.InstanceRow.template_id == old_id,
            t.InstanceRow.datetime_start < datetime.combine(second_sunday, time(0), tzinfo=UTC),
        ),
        metadata_={"manual_override": True},
    )
    result = world.apply(gateway, ResetForward(uuid4(), world.first, world.last, (new_id,)))
    assert result.applied, result.message
    removal = result.result["removal"]
    assert (removal["lessons_deleted"], len(removal["kept"])) == (1, 1)
    assert removal["kept"][0]["blockers"] == ["manually_edited"]
    assert (result.result["inserted_instances"], result.result["inserted_participants"]) == (1, 1)
    with Session(any_engine) as session:
        rows = session.execute(
            sa.select(t.InstanceRow.template_id, t.InstanceRow.instructor_employee_id, t.InstanceRow.created_source)
            .where(t.InstanceRow.template_id.in_([old_id, new_id]))
            .order_by(t.InstanceRow.datetime_start)
        ).all()
        assert [(r[0], r[1]) for r in rows] == [(old_id, world.instructors[0]), (new_id, world.instructors[1])]
        run = session.scalars(sa.select(t.GenerationRunRow).where(t.GenerationRunRow.kind == "reset_forward")).one()
        assert run.report["removal"]["lessons_deleted"] == 1
    # Other series were not touched.
    assert _count(any_engine, t.InstanceRow) == 10


def test_overrides_are_one_per_date_and_office_may_set_them(
    world: World, gateway: TenantDbGateway, any_engine: Engine
) -> None:
    tpl = world.templates["sun_10"]
    first = world.apply(
        gateway, SetTemplateOverride(uuid4(), tpl, world.first, OverrideType.CANCEL, note="חופשה"), OFFICE
    )
    assert first.applied, first.message
    assert first.result["existing_lesson_id"] is None
    second = world.apply(
        gateway, SetTemplateOverride(uuid4(), tpl, world.first, OverrideType.MODIFY, new_time_of_day=time(13)), OFFICE
    )
    assert second.applied and second.result["override_id"] == first.result["override_id"]
    with Session(any_engine) as session:
        (row,) = session.scalars(sa.select(t.OverrideRow)).all()
        assert row.override_type == "modify" and row.new_time_of_day == time(13)
    wrong_day = world.apply(
        gateway, SetTemplateOverride(uuid4(), tpl, world.first + timedelta(days=1), OverrideType.CANCEL)
    )
    assert wrong_day.outcome is Outcome.REJECTED
    assert world.apply(gateway, RemoveTemplateOverride(tpl, world.first), OFFICE).applied
    assert gateway.template_overrides(tpl) == []  # soft-deleted: on record, out of every read


def test_an_override_that_shaped_a_lesson_cannot_be_removed(world: World, gateway: TenantDbGateway) -> None:
    tpl = world.templates["sun_10"]
    assert world.apply(
        gateway, SetTemplateOverride(uuid4(), tpl, world.first, OverrideType.MODIFY, new_time_of_day=time(13))
    ).applied
    applied = world.apply(gateway, ApplyGeneration(uuid4(), world.first, world.last))
    assert applied.applied
    removal = world.apply(gateway, RemoveTemplateOverride(tpl, world.first))
    assert removal.outcome is Outcome.REJECTED and removal.result["code"] == "in_use"


def test_a_modify_override_shapes_the_generated_lesson(
    world: World, gateway: TenantDbGateway, any_engine: Engine
) -> None:
    tpl = world.templates["sun_10"]
    override = world.apply(
        gateway,
        SetTemplateOverride(
            uuid4(), tpl, world.first, OverrideType.MODIFY, new_instructor_employee_id=world.instructors[1]
        ),
    )
    assert world.apply(gateway, ApplyGeneration(uuid4(), world.first, world.last)).applied
    with Session(any_engine) as session:
        shaped = session.scalars(
            sa.select(t.InstanceRow).where(t.InstanceRow.applied_override_id == UUID(override.result["override_id"]))
        ).one()
        assert shaped.instructor_employee_id == world.instructors[1]


def test_ending_a_series_stops_generation_after_its_last_date(
    world: World, gateway: TenantDbGateway, any_engine: Engine
) -> None:
    tpl = world.templates["sun_10"]
    assert world.apply(gateway, EndTemplate(tpl, world.first)).applied
    assert world.apply(gateway, ApplyGeneration(uuid4(), world.first, world.last)).applied
    with Session(any_engine) as session:
        count = session.scalar(sa.select(sa.func.count()).where(t.InstanceRow.template_id == tpl))
    assert count == 1
