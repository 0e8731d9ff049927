"""The lost update of two desks and a lost answer, scripted, in database mode and web-backend mode.

Desk A, offline, moves lesson L twice (to X, then to Y). When A reconnects the server commits the
first move but its answer is lost. Desk B syncs, sees L at X and moves it to Z. A's second move was
made on top of X, never on top of Z: it must end as a conflict in A's attention list, not be applied
over B's move (the invariant in `reinex_desktop/sync/cache/versions.py`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from reinex_desktop.bff_server.faults import Fault
from reinex_desktop.domain.calendar.commands import RescheduleLesson
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.sync.cache import CachedGateway
from reinex_desktop.sync.errors import BackendUnavailable, Problem
from reinex_desktop.sync.feed import BatchResult, Remote
from reinex_desktop.sync.mutations import Mutation, Outcome
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.sync.tenant_db.remote import TenantDbRemote
from tests.sync.sync_fixtures import OWNER, Switch, cached, eventually, running_backend, today_bounds


class LosesAnswers:
    """A database-mode remote whose next `lose` batches commit on the server but whose answers never arrive."""

    def __init__(self, remote: Remote) -> None:
        self.remote = remote
        self.lose = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.remote, name)

    def apply_batch(self, mutations: Sequence[Mutation]) -> BatchResult:
        result = self.remote.apply_batch(mutations)
        if self.lose > 0:
            self.lose -= 1
            return BatchResult(error=BackendUnavailable(Problem.TIMEOUT, "the answer was lost"))
        return result


def _lesson(server: TenantDbGateway) -> LessonInstance:
    start, end = today_bounds()
    return next(lesson for lesson in server.lessons_between(start, end) if lesson.participants)


def _move(desk: CachedGateway, lesson_id: Any, to: datetime) -> None:
    lesson = desk.lesson(lesson_id)
    assert lesson is not None
    command = RescheduleLesson(lesson.id, lesson.instructor_employee_id, to, lesson.duration_minutes, via="drag")
    verdict = desk.apply(Mutation.of(command, OWNER, base_version=lesson.updated_at))
    assert verdict.outcome is Outcome.APPLIED, verdict


def _start(desk: CachedGateway, lesson_id: Any) -> datetime | None:
    lesson = desk.lesson(lesson_id)
    return None if lesson is None else lesson.datetime_start


def _scenario(
    server: TenantDbGateway,
    desk_a: CachedGateway,
    switch_a: Switch,
    desk_b: CachedGateway,
    lose_next_answer: Any,
) -> None:
    lesson = _lesson(server)
    far = lesson.datetime_start + timedelta(days=49)  # past the demo clinic's lessons: the slots are free
    x, y, z = far, far + timedelta(hours=2), far + timedelta(hours=4)
    assert desk_a.sync.run_once().error is None
    assert desk_b.sync.run_once().error is None

    switch_a.online = False
    _move(desk_a, lesson.id, x)
    _move(desk_a, lesson.id, y)

    switch_a.online = True
    lose_next_answer()
    assert desk_a.sync.run_once().error is not None  # the first move committed, its answer lost
    moved = server.lesson(lesson.id)
    assert moved is not None and moved.datetime_start == x

    eventually(desk_b.sync.run_once, lambda: _start(desk_b, lesson.id) == x)  # B sees L at X
    _move(desk_b, lesson.id, z)
    assert desk_b.sync.drain(timeout=30)
    assert desk_b.sync.attention() == []

    desk_a.sync.sync_now()
    assert desk_a.sync.drain(timeout=30)

    final = server.lesson(lesson.id)
    assert final is not None and final.datetime_start == z, "A's second move went over B's move"
    attention = desk_a.sync.attention()
    assert [item.outcome for item in attention] == [Outcome.CONFLICT.value]
    assert attention[0].payload["lesson_id"] == str(lesson.id)


@contextmanager
def _desks(tmp_path: Path, remote_a: Remote, remote_b: Remote) -> Iterator[tuple[CachedGateway, Switch, CachedGateway]]:
    switch_a = Switch(remote_a)
    with (
        cached(tmp_path / "a.db", switch_a, backoff_cap=0.2) as desk_a,  # type: ignore[arg-type]
        cached(tmp_path / "b.db", remote_b, backoff_cap=0.2) as desk_b,
    ):
        yield desk_a, switch_a, desk_b


def test_database_mode_a_move_made_on_top_of_a_lost_answer_is_a_conflict_not_a_lost_update(
    seeded_pg_engine: Engine, tmp_path: Path
) -> None:
    server = TenantDbGateway(seeded_pg_engine)
    remote_a = LosesAnswers(TenantDbRemote(seeded_pg_engine))

    def lose() -> None:
        remote_a.lose = 1

    with _desks(tmp_path, remote_a, TenantDbRemote(seeded_pg_engine)) as (desk_a, switch_a, desk_b):  # type: ignore[arg-type]
        _scenario(server, desk_a, switch_a, desk_b, lose)


def test_web_mode_a_move_made_on_top_of_a_lost_answer_is_a_conflict_not_a_lost_update(
    seeded_pg_engine: Engine, tmp_path: Path
) -> None:
    server = TenantDbGateway(seeded_pg_engine)
    with running_backend(seeded_pg_engine) as backend:

        def lose() -> None:
            backend.faults.add(Fault(after_apply=True, status=502, remaining=1))

        with _desks(tmp_path, backend.gateway(), backend.gateway()) as (desk_a, switch_a, desk_b):
            _scenario(server, desk_a, switch_a, desk_b, lose)
