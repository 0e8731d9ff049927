"""Transient database failures are retried, never turned into rejections; only rules reject.

Two batches that lock the same two lessons in opposite order deadlock in PostgreSQL (a trigger
holds each lock a moment, so the order is certain). The loser is sent again and ends applied or as
a conflict — never as "collides with data already saved".
"""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import psycopg.errors as pg
import pytest
import sqlalchemy as sa
from sqlalchemy import exc
from sqlalchemy.engine import Engine

from reinex_desktop.data.engine import open_engine
from reinex_desktop.domain.calendar.commands import RescheduleLesson
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.sync.errors import Problem
from reinex_desktop.sync.feed import BatchResult
from reinex_desktop.sync.mutations import Mutation, Outcome
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.sync.tenant_db.remote import TenantDbRemote, classify
from reinex_desktop.sync.tenant_db.transient import is_transient
from tests.sync.sync_fixtures import OWNER, today_bounds

_SLOW_UPDATES = """
CREATE FUNCTION test_hold_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM pg_sleep(0.4); RETURN NEW; END $$;
CREATE TRIGGER test_hold_lock AFTER UPDATE ON lesson_instances FOR EACH ROW EXECUTE FUNCTION test_hold_lock();
"""


def _two_lessons(server: TenantDbGateway) -> tuple[LessonInstance, LessonInstance]:
    start, end = today_bounds()
    lessons = [lesson for lesson in server.lessons_between(start, end) if lesson.participants]
    return lessons[0], lessons[1]


def _move(lesson: LessonInstance, hours: int) -> Mutation:
    target = lesson.datetime_start + timedelta(days=56, hours=hours)
    command = RescheduleLesson(lesson.id, lesson.instructor_employee_id, target, lesson.duration_minutes, via="drag")
    return Mutation.of(command, OWNER, base_version=lesson.updated_at)


def _send_until_answered(remote: TenantDbRemote, batch: list[Mutation], results: list[BatchResult]) -> None:
    """What the pusher does: a batch stopped by a transient failure is sent again."""
    for _attempt in range(10):
        result = remote.apply_batch(batch)
        results.append(result)
        if result.error is None:
            return
        assert result.error.transient, result.error


def test_a_deadlock_between_two_batches_is_retried_and_ends_applied_or_conflict(
    seeded_pg_url: str, seeded_pg_engine: Engine
) -> None:
    database = sa.engine.make_url(seeded_pg_url).database
    with seeded_pg_engine.begin() as connection:
        connection.exec_driver_sql(_SLOW_UPDATES)
        connection.exec_driver_sql(f"ALTER DATABASE {database} SET deadlock_timeout = '100ms'")
    engine = open_engine(seeded_pg_url)
    try:
        first, second = _two_lessons(TenantDbGateway(engine))
        batches = [[_move(first, 0), _move(second, 2)], [_move(second, 4), _move(first, 6)]]
        results: list[list[BatchResult]] = [[], []]
        threads = [
            threading.Thread(target=_send_until_answered, args=(TenantDbRemote(engine), batch, out))
            for batch, out in zip(batches, results, strict=True)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        with engine.connect() as connection:
            deadlocks = connection.execute(
                sa.text("SELECT deadlocks FROM pg_stat_database WHERE datname = :d"), {"d": database}
            ).scalar_one()
    finally:
        engine.dispose()
    assert deadlocks >= 1, "the two batches did not deadlock: the test proves nothing"
    outcomes = [verdict.outcome for out in results for verdict in out[-1].verdicts]
    assert len(outcomes) == 4 and all(out[-1].error is None for out in results)
    assert Outcome.REJECTED not in outcomes, outcomes
    assert outcomes.count(Outcome.APPLIED) >= 2


@pytest.mark.parametrize(
    ("driver_error", "problem"),
    [
        (pg.DeadlockDetected("deadlock detected"), Problem.BUSY),
        (pg.SerializationFailure("could not serialize access"), Problem.BUSY),
        (pg.LockNotAvailable("canceling statement due to lock timeout"), Problem.BUSY),
        (pg.QueryCanceled("canceling statement due to statement timeout"), Problem.TIMEOUT),
        (pg.AdminShutdown("terminating connection due to administrator command"), Problem.UNREACHABLE),
        (pg.InsufficientPrivilege("permission denied for table students"), Problem.FORBIDDEN),
        (pg.UndefinedTable('relation "lesson_instances" does not exist'), Problem.SCHEMA_UPGRADE_REQUIRED),
    ],
)
def test_database_failures_are_named_by_their_sqlstate_not_their_wording(driver_error: Any, problem: Problem) -> None:
    wrapped = exc.OperationalError("statement", {}, driver_error)
    assert classify(wrapped).problem is problem
    assert classify(wrapped).transient is (problem in {Problem.BUSY, Problem.TIMEOUT, Problem.UNREACHABLE})


def test_rule_violations_are_not_transient() -> None:
    assert not is_transient(exc.IntegrityError("statement", {}, pg.UniqueViolation("duplicate key")))
    assert not is_transient(exc.IntegrityError("statement", {}, pg.ExclusionViolation("conflicting key")))
    assert is_transient(exc.OperationalError("statement", {}, pg.DeadlockDetected("deadlock detected")))
