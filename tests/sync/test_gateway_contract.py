"""The Gateway contract: one suite, every implementation (DESIGN "that suite is the definition of the protocol").

Implementations: `TenantDbGateway` on the embedded SQLite database and on PostgreSQL, `BffGateway`
against the web backend on 127.0.0.1 over PostgreSQL, and `CachedGateway` in front of either. The
seeded tenant is the demo clinic; every read of the protocol — those other areas add included — is
called with arguments made from its data and must answer exactly what the tenant database answers.
"""

from __future__ import annotations

import dataclasses
import inspect
import typing
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from reinex_desktop.data.demo import load_demo
from reinex_desktop.data.engine import open_engine
from reinex_desktop.data.setup_script import apply_schema
from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.calendar.commands import BookOneTimeLesson, RescheduleLesson
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.settings import SaveSetting
from reinex_desktop.sync.bff import wire
from reinex_desktop.sync.cache import CachedGateway
from reinex_desktop.sync.cache.puller import working_window
from reinex_desktop.sync.feed import Window
from reinex_desktop.sync.gateway import Gateway
from reinex_desktop.sync.mutations import Mutation, Outcome
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.sync.tenant_db.remote import TenantDbRemote
from tests.sync.sync_fixtures import (
    OFFICE,
    OWNER,
    ROLE_TOKENS,
    audit_count,
    cached,
    clinic_today,
    today_bounds,
)

#: Reads whose order is part of the answer (by time); other lists are compared as collections, since
#: name order follows each database's collation and the screens sort with the user's locale anyway.
ORDER_MATTERS = frozenset({"lessons_between", "audit_events", "generation_runs"})

IMPLEMENTATIONS = ("tenant_db_sqlite", "tenant_db_pg", "bff", "cached_db", "cached_bff")


@dataclass
class Subject:
    """One implementation under test, over a seeded tenant reachable as `engine`."""

    name: str
    engine: Engine
    gateway: Gateway
    for_role: Callable[[Role], Gateway]
    closers: list[Callable[[], None]] = field(default_factory=list)

    def actor(self, role: Role = Role.OWNER) -> Actor:
        return OFFICE if role is Role.OFFICE else OWNER

    def settle(self) -> None:
        """Let queued writes reach the tenant (a cache pushes and pulls)."""
        if isinstance(self.gateway, CachedGateway):
            assert self.gateway.sync.drain(timeout=30)

    @property
    def reference(self) -> TenantDbGateway:
        return TenantDbGateway(self.engine)


@pytest.fixture(params=IMPLEMENTATIONS)
def subject(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Subject]:
    name = request.param
    closers: list[Callable[[], None]] = []
    if name == "tenant_db_sqlite":
        engine = open_engine(f"sqlite:///{tmp_path}/tenant.db")
        apply_schema(engine)
        load_demo(engine, "small", today=clinic_today())
        closers.append(engine.dispose)
        gateway = TenantDbGateway(engine)
        yield Subject(name, engine, gateway, lambda _role: gateway, closers)
    else:
        engine = request.getfixturevalue("seeded_pg_engine")
        if name == "tenant_db_pg":
            gateway = TenantDbGateway(engine)
            yield Subject(name, engine, gateway, lambda _role: gateway)
        elif name == "bff":
            running = request.getfixturevalue("backend")
            by_role = {role: running.gateway(token) for role, token in ROLE_TOKENS.items()}
            yield Subject(name, engine, by_role[Role.OWNER], lambda role: by_role[role])
            for gateway in by_role.values():
                gateway.close()
        else:
            if name == "cached_db":
                remote: Any = TenantDbRemote(engine)
            else:
                remote = request.getfixturevalue("backend").gateway()
            # A working set that spans the demo clinic's whole history, so every read can be compared;
            # what happens outside the working set is in test_cache_working_set.py.

            def window() -> Window:
                return working_window(datetime.now(UTC), back=30, ahead=30)

            with cached(tmp_path / "cache.db", remote, pull_interval=0.2, window=window) as gateway:
                assert gateway.sync.run_once().error is None
                yield Subject(name, engine, gateway, lambda _role: gateway)
    for close in closers:
        close()


# --- reads ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pool:
    """Identifiers from the seeded clinic to call reads with."""

    values: dict[str, Any]

    @classmethod
    def of(cls, gateway: TenantDbGateway) -> Pool:
        start, end = today_bounds()
        lessons = [lesson for lesson in gateway.lessons_between(start, end) if lesson.participants]
        lesson = lessons[0]
        student_id = lesson.participants[0].student_id
        commitments = gateway.commitments()
        runs = gateway.generation_runs() if hasattr(gateway, "generation_runs") else []
        templates = gateway.templates()
        return cls(
            {
                "student_id": student_id,
                "lesson_id": lesson.id,
                "instructor_id": lesson.instructor_employee_id,
                "employee_id": lesson.instructor_employee_id,
                "commitment_id": commitments[0].id if commitments else uuid.uuid4(),
                "run_id": runs[0].id if runs else uuid.uuid4(),
                "template_id": templates[0].id,
                "template_ids": [t.id for t in templates[:5]],
                "student_ids": [student_id],
                "start": start,
                "end": end,
                "after": start,
                "first": clinic_today() - timedelta(days=3),
                "last": clinic_today() + timedelta(days=3),
            }
        )

    def arguments(self, name: str) -> dict[str, Any] | None:
        """Arguments for the read `name`, or None when a required one cannot be made."""
        hints = typing.get_type_hints(wire.read_methods()[name])
        arguments: dict[str, Any] = {}
        for parameter in wire.signature(name).parameters.values():
            if parameter.name == "self":
                continue
            if parameter.name in self.values:
                arguments[parameter.name] = self.values[parameter.name]
            elif parameter.default is inspect.Parameter.empty:
                kind = hints.get(parameter.name)
                if kind is uuid.UUID:
                    arguments[parameter.name] = self.values["student_id"]
                elif kind is datetime:
                    arguments[parameter.name] = self.values["start"]
                else:
                    return None
        return arguments


def canonical(value: Any) -> Any:
    """The value with every list and tuple in a fixed order: text order follows each database's collation."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, tuple(canonical(getattr(value, f.name)) for f in dataclasses.fields(value)))
    if isinstance(value, list | tuple):
        return ("seq", tuple(sorted((canonical(v) for v in value), key=repr)))
    if isinstance(value, dict):
        return ("map", tuple(sorted(((repr(k), canonical(v)) for k, v in value.items()), key=repr)))
    if isinstance(value, frozenset | set):
        return ("set", tuple(sorted((canonical(v) for v in value), key=repr)))
    return value


def _identity(value: Any) -> Any:
    return getattr(value, "id", value)


def test_every_read_answers_what_the_tenant_database_answers(subject: Subject) -> None:
    reference = subject.reference
    pool = Pool.of(reference)
    called: list[str] = []
    unsupported: list[str] = []
    for name in wire.read_methods():
        arguments = pool.arguments(name)
        if arguments is None:
            unsupported.append(name)
            continue
        expected = getattr(reference, name)(**arguments)
        actual = getattr(subject.gateway, name)(**arguments)
        if name in ORDER_MATTERS:
            assert [_identity(x) for x in actual] == [_identity(x) for x in expected], f"{name}: order differs"
        assert canonical(actual) == canonical(expected), f"{subject.name}.{name}({arguments}) differs"
        called.append(name)
    assert len(called) >= 0.9 * len(wire.read_methods()), f"reads without arguments to try: {unsupported}"
    assert {"lessons_between", "students", "instructors", "services", "setting_values"} <= set(called)


def test_a_day_of_lessons_comes_with_participants_in_order(subject: Subject) -> None:
    start, end = today_bounds()
    lessons = subject.gateway.lessons_between(start, end)
    assert lessons, "the demo clinic has lessons today"
    assert [lesson.datetime_start for lesson in lessons] == sorted(lesson.datetime_start for lesson in lessons)
    assert all(start <= lesson.datetime_start < end for lesson in lessons)
    assert sum(len(lesson.participants) for lesson in lessons) >= len(lessons) * 0.9
    assert all(p.student_name for lesson in lessons for p in lesson.participants)


# --- writes ---------------------------------------------------------------------------------------


def test_the_same_mutation_twice_is_applied_once(subject: Subject) -> None:
    mutation = Mutation.of(SaveSetting("generation_undo_window_minutes", 45), subject.actor())
    first = subject.gateway.apply(mutation)
    second = subject.gateway.apply(mutation)
    assert first.outcome is Outcome.APPLIED and second.outcome is Outcome.APPLIED
    subject.settle()
    assert subject.gateway.apply(mutation).outcome is Outcome.APPLIED
    subject.settle()
    assert audit_count_any(subject.engine, mutation.mutation_id) == 1
    assert subject.reference.settings().undo_window_minutes == 45
    assert subject.gateway.settings().undo_window_minutes == 45


def audit_count_any(engine: Engine, mutation_id: uuid.UUID) -> int:
    if engine.dialect.name == "postgresql":
        return audit_count(engine, mutation_id=mutation_id)
    events = TenantDbGateway(engine).audit_events()
    return sum(1 for e in events if e.metadata.get("mutation_id") == str(mutation_id))


def test_a_stale_base_version_is_a_conflict_with_the_current_row(subject: Subject) -> None:
    assert subject.gateway.apply(Mutation.of(SaveSetting("clinic_name", "first"), subject.actor())).applied
    subject.settle()
    stale = datetime.now(UTC) - timedelta(days=1)
    verdict = subject.gateway.apply(
        Mutation.of(SaveSetting("clinic_name", "second"), subject.actor(), base_version=stale)
    )
    assert verdict.outcome is Outcome.CONFLICT
    assert verdict.current is not None and verdict.current["settings_value"] == "first"
    subject.settle()
    assert subject.reference.setting_values()["clinic_name"] == "first"
    assert subject.gateway.setting_values()["clinic_name"] == "first"


def test_a_role_refusal_is_a_rejection_with_a_reason_that_changes_nothing(subject: Subject) -> None:
    before = subject.reference.setting_values()
    gateway = subject.for_role(Role.OFFICE)
    verdict = gateway.apply(Mutation.of(SaveSetting("clinic_name", "x"), subject.actor(Role.OFFICE)))
    assert verdict.outcome is Outcome.REJECTED
    assert verdict.message is not None and verdict.message.text
    subject.settle()
    assert subject.reference.setting_values() == before
    assert gateway.setting_values() == before


def test_an_unknown_or_malformed_write_is_rejected(subject: Subject) -> None:
    unknown = Mutation(kind="lesson.teleport", payload={}, actor=subject.actor())
    assert subject.gateway.apply(unknown).outcome is Outcome.REJECTED
    malformed = Mutation(kind=SaveSetting.KIND, payload={"key": "x"}, actor=subject.actor())
    assert subject.gateway.apply(malformed).outcome is Outcome.REJECTED


def test_a_reschedule_is_visible_at_once_and_lands_exactly_once(subject: Subject) -> None:
    start, end = today_bounds()
    lesson = next(x for x in subject.gateway.lessons_between(start, end) if x.participants)
    target = lesson.datetime_start + timedelta(days=1)
    command = RescheduleLesson(
        lesson.id, lesson.instructor_employee_id, target, lesson.duration_minutes, accept_conflicts=True
    )
    mutation = Mutation.of(command, subject.actor(), base_version=lesson.updated_at)
    assert subject.gateway.apply(mutation).applied
    moved = subject.gateway.lesson(lesson.id)
    assert moved is not None and moved.datetime_start == target
    subject.settle()
    assert subject.reference.lesson(lesson.id).datetime_start == target  # type: ignore[union-attr]
    assert audit_count_any(subject.engine, mutation.mutation_id) == 1
    # The lesson's version moved on: the same base version now conflicts.
    again = Mutation.of(command, subject.actor(), base_version=lesson.updated_at)
    assert subject.gateway.apply(again).outcome is Outcome.CONFLICT


def test_a_booking_appears_with_its_participant_and_is_stored_once(subject: Subject) -> None:
    start, _end = today_bounds()
    lesson = next(x for x in subject.gateway.lessons_between(start, start + timedelta(days=1)) if x.participants)
    new_id = uuid.uuid4()
    slot = lesson.datetime_start + timedelta(days=2, hours=1)
    command = BookOneTimeLesson(
        lesson_id=new_id,
        instructor_id=lesson.instructor_employee_id,
        service_id=lesson.service_id,
        start=slot,
        duration_minutes=30,
        student_ids=(lesson.participants[0].student_id,),
        accept_conflicts=True,
    )
    mutation = Mutation.of(command, subject.actor())
    assert subject.gateway.apply(mutation).applied
    booked = subject.gateway.lesson(new_id)
    assert booked is not None and [p.student_id for p in booked.participants] == [lesson.participants[0].student_id]
    subject.settle()
    stored = subject.reference.lessons_between(slot, slot + timedelta(minutes=1))
    assert [x.id for x in stored].count(new_id) == 1
    assert len(subject.reference.lesson(new_id).participants) == 1  # type: ignore[union-attr]
    seen = subject.gateway.lesson(new_id)
    assert seen is not None and len(seen.participants) == 1
    assert audit_count_any(subject.engine, mutation.mutation_id) == 1
