"""Two desks, offline periods, lost answers and restarts: a hypothesis state machine over the real stack.

Desks move lessons and change a student's status through their caches; they go offline, lose the
server's answers (the server committed, the desk never heard), restart, and sync in any order. At
the end, with both desks back online and drained, the rules are checked from their text:
- every write ends applied, conflicting or rejected, exactly once (on the desk and on the server);
- no applied write overwrote a version its desk never saw: the row's version on the server just
  before the write is the version the desk read, or the one its own earlier write produced;
- no instructor and no student is in two overlapping lessons.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import combinations
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test
from sqlalchemy.engine import Engine

from reinex_desktop.data.engine import open_engine
from reinex_desktop.domain.calendar.commands import RescheduleLesson
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.students.commands import SetStudentActive
from reinex_desktop.sync.cache import CachedGateway, open_cached_gateway
from reinex_desktop.sync.cache import store_tables as cache_tables
from reinex_desktop.sync.errors import BackendUnavailable, Problem
from reinex_desktop.sync.feed import BatchResult, Remote
from reinex_desktop.sync.mutations import Mutation, Outcome
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.sync.tenant_db.remote import TenantDbRemote
from tests.conftest import PgDatabases
from tests.sync.sync_fixtures import OWNER, clone, running_backend, today_bounds

DESKS = (0, 1)
FINAL = {Outcome.APPLIED.value, Outcome.CONFLICT.value, Outcome.REJECTED.value}


class FlakyLine:
    """A desk's line to its remote: it can be cut, and it can lose the answer to a committed batch."""

    def __init__(self, remote: Remote) -> None:
        self.remote = remote
        self.online = True
        self.lose = 0

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self.remote, name)
        if not callable(attribute) or name == "close":
            return attribute

        def call(*args: Any, **kwargs: Any) -> Any:
            if not self.online:
                raise BackendUnavailable(Problem.UNREACHABLE, "cable pulled")
            return attribute(*args, **kwargs)

        return call

    def apply_batch(self, mutations: Sequence[Mutation]) -> BatchResult:
        if not self.online:
            return BatchResult(error=BackendUnavailable(Problem.UNREACHABLE, "cable pulled"))
        result: BatchResult = self.remote.apply_batch(mutations)
        if self.lose > 0 and result.error is None:
            self.lose -= 1
            return BatchResult(error=BackendUnavailable(Problem.TIMEOUT, "the answer was lost"))
        return result


@dataclass
class Write:
    desk: int
    mutation_id: UUID
    row: tuple[str, UUID]  # (entity type, id) whose version it was based on
    base: datetime | None  # the version the desk saw
    local_stamp: datetime | None  # the version its optimistic effect gave the row on the desk
    refused_locally: bool = False


@dataclass
class World:
    """What one example works on: a fresh tenant, its web backend or none, and where caches live."""

    engine: Engine
    remote: Any  # () -> Remote
    folder: Path
    lessons: list[LessonInstance] = field(default_factory=list)
    student: UUID | None = None
    slots: list[datetime] = field(default_factory=list)


def _versions(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


class TwoDesks(RuleBasedStateMachine):
    world: World  # set by the test before the machine runs

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[int, FlakyLine] = {}
        self.desks: dict[int, CachedGateway] = {}
        self.writes: list[Write] = []
        self.initial: dict[tuple[str, UUID], datetime] = {}

    @initialize()
    def open_desks(self) -> None:
        server = TenantDbGateway(self.world.engine)
        for lesson in self.world.lessons:
            current = server.lesson(lesson.id)
            assert current is not None
            self.initial[("lesson_instances", lesson.id)] = current.updated_at
        with self.world.engine.connect() as connection:
            self.initial[("students", self.world.student)] = connection.execute(  # type: ignore[index]
                sa.text("SELECT updated_at FROM students WHERE id = :i"), {"i": self.world.student}
            ).scalar_one()
        for desk in DESKS:
            self._open(desk)

    def _open(self, desk: int) -> None:
        self.lines[desk] = FlakyLine(self.world.remote())
        path = self.world.folder / f"desk{desk}.db"
        gateway, _hygiene = open_cached_gateway(path, self.lines[desk], pull_interval=0.0, backoff_cap=0.05)
        self.desks[desk] = gateway
        gateway.sync.run_once()

    # --- what people and networks do --------------------------------------------------------------

    @rule(desk=st.sampled_from(DESKS), which=st.integers(0, 1), slot=st.integers(0, 3))
    def move(self, desk: int, which: int, slot: int) -> None:
        self._move(desk, which, slot)

    @rule(
        desk=st.sampled_from(DESKS),
        moves=st.lists(st.tuples(st.integers(0, 1), st.integers(0, 3)), min_size=1, max_size=3),
    )
    def work_offline(self, desk: int, moves: list[tuple[int, int]]) -> None:
        self.lines[desk].online = False
        for which, slot in moves:
            self._move(desk, which, slot)

    def _move(self, desk: int, which: int, slot: int) -> None:
        gateway = self.desks[desk]
        lesson = gateway.lesson(self.world.lessons[which].id)
        assert lesson is not None
        target = self.world.slots[slot]
        if lesson.datetime_start == target:
            return
        command = RescheduleLesson(lesson.id, lesson.instructor_employee_id, target, lesson.duration_minutes)
        self._write(desk, Mutation.of(command, OWNER, base_version=lesson.updated_at), ("lesson_instances", lesson.id))

    @rule(desk=st.sampled_from(DESKS), active=st.booleans())
    def change_status(self, desk: int, active: bool) -> None:
        gateway = self.desks[desk]
        student = gateway.student(self.world.student)  # type: ignore[arg-type]
        assert student is not None
        command = SetStudentActive(student.id, active, None if active else "paused")
        self._write(desk, Mutation.of(command, OWNER, base_version=student.updated_at), ("students", student.id))

    def _write(self, desk: int, mutation: Mutation, row: tuple[str, UUID]) -> None:
        verdict = self.desks[desk].apply(mutation)
        stamp = _versions((verdict.result or {}).get("updated_at")) if verdict.applied else None
        self.writes.append(
            Write(desk, mutation.mutation_id, row, mutation.base_version, stamp, refused_locally=not verdict.applied)
        )

    @rule(desk=st.sampled_from(DESKS))
    def go_offline(self, desk: int) -> None:
        self.lines[desk].online = False

    @rule(desk=st.sampled_from(DESKS), lose=st.integers(0, 2))
    def reconnect(self, desk: int, lose: int) -> None:
        """Back online; the answers to the next `lose` committed batches never arrive."""
        self.lines[desk].online = True
        self.lines[desk].lose = lose
        self.desks[desk].sync.sync_now()
        self.desks[desk].sync.run_once()

    @rule(desk=st.sampled_from(DESKS), now=st.booleans())
    def sync(self, desk: int, now: bool) -> None:
        if now:
            self.desks[desk].sync.sync_now()
        self.desks[desk].sync.run_once()

    @rule(desk=st.sampled_from(DESKS))
    def restart(self, desk: int) -> None:
        lose = self.lines[desk].lose
        self.desks[desk].close()
        self._open(desk)
        self.lines[desk].lose = lose

    # --- the rules, checked at the end --------------------------------------------------------------

    def teardown(self) -> None:
        try:
            if len(self.desks) == len(DESKS):
                self._settle()
                self._check()
        finally:
            for gateway in self.desks.values():
                gateway.close()

    def _settle(self) -> None:
        for line in self.lines.values():
            line.online, line.lose = True, 0
        for _round in range(2):
            for gateway in self.desks.values():
                gateway.sync.sync_now()
                assert gateway.sync.drain(timeout=30), "a desk's queue did not drain"

    def _check(self) -> None:
        with self.world.engine.connect() as connection:
            recorded = dict(
                connection.execute(sa.text("SELECT mutation_id, outcome FROM sync_applied_mutations")).all()
            )
            audits = connection.execute(
                sa.text(
                    "SELECT entity_type, entity_id, occurred_at, metadata->>'mutation_id' FROM audit_events "
                    "WHERE action IN ('lesson.reschedule', 'students.deactivate', 'students.reactivate') "
                    "ORDER BY occurred_at"
                )
            ).all()
        self._exactly_once(recorded, audits)
        self._never_over_an_unseen_version(audits)
        self._nobody_double_booked()

    def _desk_states(self) -> dict[UUID, str]:
        states: dict[UUID, str] = {}
        for gateway in self.desks.values():
            with gateway.store.read_connection() as connection:
                for mutation_id, state in connection.execute(
                    sa.select(cache_tables.outbox.c.mutation_id, cache_tables.outbox.c.state)
                ):
                    states[UUID(mutation_id)] = state
        return states

    def _exactly_once(self, recorded: dict[Any, str], audits: Sequence[Any]) -> None:
        states = self._desk_states()
        audited: dict[str, int] = {}
        for *_row, mutation_id in audits:
            audited[mutation_id] = audited.get(mutation_id, 0) + 1
        for write in self.writes:
            if write.refused_locally:  # answered at once, never queued, never sent
                assert write.mutation_id not in states and write.mutation_id not in recorded
                continue
            state = states.get(write.mutation_id)
            assert state in FINAL, f"write {write.mutation_id} ended {state}"
            assert recorded.get(write.mutation_id) == state, "the desk and the server disagree on a verdict"
            assert audited.get(str(write.mutation_id), 0) <= (1 if state == Outcome.APPLIED.value else 0)

    def _never_over_an_unseen_version(self, audits: Sequence[Any]) -> None:
        by_id = {str(write.mutation_id): write for write in self.writes}
        produced: dict[UUID, datetime] = {}  # the server version each applied, audited write produced
        previous: dict[tuple[str, UUID], datetime] = dict(self.initial)
        before: dict[UUID, datetime] = {}
        for entity_type, entity_id, occurred_at, mutation_id in audits:
            key = (("lesson_instances" if entity_type != "students" else "students"), UUID(entity_id))
            write = by_id.get(mutation_id)
            if write is None or key not in previous:
                continue
            before[write.mutation_id] = previous[key]
            produced[write.mutation_id] = occurred_at
            previous[key] = occurred_at
        # A write that changed nothing on its desk left the version it was based on: it produced nothing.
        local = {(w.desk, w.local_stamp): w for w in self.writes if w.local_stamp not in (None, w.base)}
        for write in self.writes:
            if write.mutation_id not in before or write.base is None:
                continue
            earlier = local.get((write.desk, write.base))
            # Seen: the version the desk read, or the version its own earlier write produced.
            seen = produced.get(earlier.mutation_id) if earlier is not None else write.base
            assert before[write.mutation_id] == seen, (
                f"desk {write.desk}'s write {write.mutation_id} was applied over a version it never saw"
            )

    def _nobody_double_booked(self) -> None:
        server = TenantDbGateway(self.world.engine)
        lessons = [server.lesson(lesson.id) for lesson in self.world.lessons]
        for one, other in combinations([lesson for lesson in lessons if lesson is not None], 2):
            overlap = one.datetime_start < other.datetime_end and other.datetime_start < one.datetime_end
            if not overlap:
                continue
            assert one.instructor_employee_id != other.instructor_employee_id, "an instructor is double-booked"
            students = {p.student_id for p in one.participants} & {p.student_id for p in other.participants}
            assert not students, "a student is double-booked"


def _world(engine: Engine, remote: Any, folder: Path) -> World:
    server = TenantDbGateway(engine)
    start, end = today_bounds()
    lessons = [lesson for lesson in server.lessons_between(start, end) if lesson.participants]
    instructor, _count = Counter(lesson.instructor_employee_id for lesson in lessons).most_common(1)[0]
    mine = [lesson for lesson in lessons if lesson.instructor_employee_id == instructor][:3]
    assert len(mine) == 3
    student = mine[0].participants[0].student_id
    far = mine[0].datetime_start.replace(hour=8, minute=0) + timedelta(days=63)  # past the demo's lessons
    slots = [far, far + timedelta(minutes=30), far + timedelta(hours=3), far + timedelta(hours=6)]
    return World(engine, remote, folder, mine, student, slots)


@pytest.mark.parametrize("mode", ["database", "web"])
def test_two_desks_never_lose_an_update_nor_apply_one_twice(
    mode: str, pg_databases: PgDatabases, seeded_template: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    examples = {"n": 0}

    class Machine(TwoDesks):
        def __init__(self) -> None:
            examples["n"] += 1
            self._stack = ExitStack()
            engine = open_engine(clone(pg_databases, seeded_template))
            self._stack.callback(engine.dispose)
            folder = tmp_path_factory.mktemp(f"{mode}{examples['n']}")
            if mode == "web":
                backend = self._stack.enter_context(running_backend(engine))
                remote: Any = backend.gateway
            else:

                def remote() -> TenantDbRemote:
                    return TenantDbRemote(engine)

            self.world = _world(engine, remote, folder)
            super().__init__()

        def teardown(self) -> None:
            try:
                super().teardown()
            finally:
                self._stack.close()

    run_state_machine_as_test(
        Machine,
        settings=settings(
            max_examples=5,
            stateful_step_count=12,
            deadline=None,
            phases=[Phase.explicit, Phase.reuse, Phase.generate],
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )
