"""Undo and reset forward keep every lesson a person touched after generation (plan §5.3).

Through the real handlers, on SQLite and on real PostgreSQL: each kind of human edit alone keeps
its lesson, with its reason in the report; hypothesis then spreads random edits over a run and the
oracle of `tests.generation_edits` (written from the rule's text) says which lessons survive.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from uuid import UUID

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import Engine

from reinex_desktop.domain.clock import fixed_clock
from reinex_desktop.domain.generation.commands import ResetForward, UndoGeneration
from reinex_desktop.sync.mutations import Mutation
from reinex_desktop.sync.tenant_db import TenantDbGateway
from tests.generation_edits import (
    EXPECTED_REASON,
    KINDS,
    ORDER,
    apply_run,
    edit,
    expected_outcome,
    expected_reasons,
    remaining_lessons,
    targets,
    wipe_schedule,
)
from tests.generation_world import OWNER, ZONE, World, build_world


@pytest.fixture
def world(any_engine: Engine) -> World:
    return build_world(any_engine)


@pytest.fixture
def gateway(any_engine: Engine, world: World) -> TenantDbGateway:
    # A fixed clock two days before the range: every write carries the same time, so no edit is
    # seen through `updated_at` alone; each must be seen for what it changed.
    return TenantDbGateway(
        any_engine, clock=fixed_clock(datetime.combine(world.first, time(12), ZONE) - timedelta(days=2))
    )


def _undo(gateway: TenantDbGateway, run_id: UUID) -> dict[str, object]:
    result = gateway.apply(Mutation.of(UndoGeneration(run_id), OWNER))
    assert result.applied, result.message
    return dict(result.result)


def _kept_reasons(report: dict[str, object]) -> dict[UUID, set[str]]:
    return {UUID(str(row["lesson_id"])): set(row["blockers"]) for row in report["kept"]}  # type: ignore[attr-defined, index]


def _check(report: dict[str, object], engine: Engine, edits: dict[UUID, set[str]], lessons: list[UUID]) -> None:
    deleted, kept = expected_outcome(edits, lessons)
    assert remaining_lessons(engine) & set(lessons) == kept
    assert not remaining_lessons(engine) & deleted
    reasons = _kept_reasons(report)
    assert set(reasons) == kept
    for lesson, kinds in edits.items():
        assert expected_reasons(kinds) <= reasons.get(lesson, set()), (kinds, reasons.get(lesson))


@pytest.mark.parametrize("kind", KINDS)
def test_each_human_edit_alone_keeps_its_lesson_on_undo(
    kind: str, world: World, gateway: TenantDbGateway, any_engine: Engine
) -> None:
    run_id = apply_run(world, gateway)
    lessons = targets(any_engine, run_id)
    touched = lessons[3]  # the Wednesday group lesson has two participants; any lesson will do
    assert edit(kind, world, gateway, any_engine, touched)
    report = _undo(gateway, run_id)
    _check(report, any_engine, {touched.lesson_id: {kind}}, [x.lesson_id for x in lessons])


@pytest.mark.parametrize("kind", KINDS)
def test_each_human_edit_alone_keeps_its_lesson_on_reset_forward(
    kind: str, world: World, gateway: TenantDbGateway, any_engine: Engine
) -> None:
    run_id = apply_run(world, gateway)
    lessons = targets(any_engine, run_id)
    touched = lessons[0]
    assert edit(kind, world, gateway, any_engine, touched)
    reset = ResetForward(UUID(int=run_id.int ^ 1), world.first, world.last, tuple(world.templates.values()))
    result = gateway.apply(Mutation.of(reset, OWNER))
    assert result.applied, result.message
    removal = dict(result.result["removal"])
    reasons = _kept_reasons(removal)
    assert touched.lesson_id in reasons and EXPECTED_REASON[kind] in reasons[touched.lesson_id]
    assert set(reasons) == {touched.lesson_id}
    assert touched.lesson_id in remaining_lessons(any_engine)
    others = {x.lesson_id for x in lessons} - {touched.lesson_id}
    assert not others & remaining_lessons(any_engine)  # the untouched ones were deleted (and regenerated anew)


edits_of_a_run = st.dictionaries(st.integers(0, 9), st.sets(st.sampled_from(KINDS), min_size=1, max_size=3))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chosen=edits_of_a_run)
def test_undo_keeps_exactly_the_touched_lessons(
    chosen: dict[int, set[str]], world: World, gateway: TenantDbGateway, any_engine: Engine
) -> None:
    wipe_schedule(any_engine)
    run_id = apply_run(world, gateway)
    lessons = targets(any_engine, run_id)
    edits: dict[UUID, set[str]] = {}
    for index, kinds in chosen.items():
        target = lessons[index]
        done = {kind for kind in ORDER if kind in kinds and edit(kind, world, gateway, any_engine, target)}
        edits[target.lesson_id] = done
    report = _undo(gateway, run_id)
    _check(report, any_engine, edits, [x.lesson_id for x in lessons])
