"""The cache's outbox: offline writes, conflicts and refusals kept for the user, never blocking the queue."""

from __future__ import annotations

import time
import uuid
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from reinex_desktop.domain.calendar.commands import BookOneTimeLesson, RescheduleLesson
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.settings import SaveSetting
from reinex_desktop.domain.sync.attention import Resolution
from reinex_desktop.domain.sync.status import Problem, SyncState
from reinex_desktop.sync.cache import CachedGateway
from reinex_desktop.sync.cache import store_tables as st
from reinex_desktop.sync.mutations import Mutation, Outcome
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.sync.tenant_db.remote import TenantDbRemote
from tests.sync.sync_fixtures import (
    OFFICE,
    OWNER,
    Switch,
    audit_count,
    cached,
    eventually,
    today_bounds,
)


def first_lesson(gateway: CachedGateway | TenantDbGateway, skip: int = 0) -> LessonInstance:
    start, end = today_bounds()
    return [lesson for lesson in gateway.lessons_between(start, end) if lesson.participants][skip]


def move(lesson: LessonInstance, hours: int, *, base: object = None) -> Mutation:
    command = RescheduleLesson(
        lesson.id,
        lesson.instructor_employee_id,
        lesson.datetime_start + timedelta(hours=hours),
        lesson.duration_minutes,
        accept_conflicts=True,
    )
    return Mutation.of(command, OWNER, base_version=base or lesson.updated_at)  # type: ignore[arg-type]


def test_offline_writes_show_at_once_survive_a_restart_and_drain_in_order(
    seeded_pg_engine: Engine, tmp_path: Path
) -> None:
    switch = Switch(TenantDbRemote(seeded_pg_engine))
    with cached(tmp_path / "cache.db", switch) as gateway:
        assert gateway.sync.run_once().error is None
        switch.online = False
        keys = [f"desk_note_{i}" for i in range(3)]
        for index, key in enumerate(keys):
            assert gateway.apply(Mutation.of(SaveSetting(key, index), OWNER)).applied
        assert {key: gateway.setting_values()[key] for key in keys} == {k: i for i, k in enumerate(keys)}
        report = gateway.sync.run_once()
        status = gateway.sync.status()
        assert report.error is not None and status.state is SyncState.OFFLINE
        assert status.problem is Problem.UNREACHABLE and status.pending == 3
    assert all(key not in TenantDbGateway(seeded_pg_engine).setting_values() for key in keys)

    with cached(tmp_path / "cache.db", TenantDbRemote(seeded_pg_engine)) as reopened:
        assert reopened.sync.counts()[0] == 3
        assert reopened.sync.drain(timeout=30)
        assert reopened.sync.status().state is SyncState.ONLINE
    with seeded_pg_engine.connect() as connection:
        saved = connection.execute(
            sa.text("SELECT entity_id FROM audit_events WHERE action = 'settings.save' ORDER BY occurred_at")
        ).scalars()
        assert [key for key in saved if key in keys] == keys


def test_a_conflict_is_kept_for_the_user_and_does_not_block_the_queue(seeded_pg_engine: Engine, tmp_path: Path) -> None:
    other_desk = TenantDbGateway(seeded_pg_engine)
    switch = Switch(TenantDbRemote(seeded_pg_engine))
    with cached(tmp_path / "cache.db", switch) as gateway:
        gateway.sync.run_once()
        lesson = first_lesson(gateway)
        switch.online = False
        assert gateway.apply(move(lesson, 1)).applied
        assert gateway.apply(Mutation.of(SaveSetting("desk_note", "after"), OWNER)).applied
        assert gateway.lesson(lesson.id).datetime_start == lesson.datetime_start + timedelta(hours=1)  # type: ignore[union-attr]
        assert other_desk.apply(move(lesson, 2)).applied  # another workstation moved it meanwhile

        switch.online = True
        report = gateway.sync.run_once()
        assert (report.push.applied, report.push.conflicts) == (1, 1)
        assert other_desk.setting_values()["desk_note"] == "after"
        # The screen shows the other workstation's move, and the conflict waits for a decision.
        assert gateway.lesson(lesson.id).datetime_start == lesson.datetime_start + timedelta(hours=2)  # type: ignore[union-attr]
        status = gateway.sync.status()
        assert status.state is SyncState.CONFLICT and status.attention == 1 and status.pending == 0
        (item,) = gateway.sync.attention()
        assert item.is_conflict and item.can_keep_mine and item.can_rebook
        assert item.title().text == "Moving a lesson"
        assert item.current is not None and item.lesson_id() == lesson.id

        result = gateway.sync.keep_mine(item.mutation_id)
        assert result is not None and result.applied
        assert gateway.sync.attention() == []
        assert gateway.sync.drain(timeout=30)
        moved = other_desk.lesson(lesson.id)
        assert moved is not None and moved.datetime_start == lesson.datetime_start + timedelta(hours=1)
        assert gateway.sync.status().state is SyncState.ONLINE


def test_keep_theirs_drops_mine_and_the_screen_keeps_theirs(seeded_pg_engine: Engine, tmp_path: Path) -> None:
    other_desk = TenantDbGateway(seeded_pg_engine)
    with cached(tmp_path / "cache.db", TenantDbRemote(seeded_pg_engine)) as gateway:
        gateway.sync.run_once()
        lesson = first_lesson(gateway)
        assert other_desk.apply(move(lesson, 3)).applied
        assert gateway.apply(move(lesson, 1)).applied
        gateway.sync.run_once()
        (item,) = gateway.sync.attention()
        assert gateway.sync.resolve(item.mutation_id, Resolution.KEPT_THEIRS)
        assert gateway.sync.attention() == [] and gateway.sync.status().attention == 0
        assert gateway.lesson(lesson.id).datetime_start == lesson.datetime_start + timedelta(hours=3)  # type: ignore[union-attr]
        assert other_desk.lesson(lesson.id).datetime_start == lesson.datetime_start + timedelta(hours=3)  # type: ignore[union-attr]


def test_a_write_the_server_refuses_is_kept_and_its_local_effect_undone(
    seeded_pg_engine: Engine, tmp_path: Path
) -> None:
    with cached(tmp_path / "cache.db", TenantDbRemote(seeded_pg_engine)) as gateway:
        gateway.sync.run_once()
        lesson = first_lesson(gateway)
        student_id = lesson.participants[0].student_id
        with seeded_pg_engine.begin() as connection:  # deactivated meanwhile on another workstation
            connection.execute(sa.text("UPDATE students SET is_active = false WHERE id = :id"), {"id": student_id})
        new_id = uuid.uuid4()
        booking = BookOneTimeLesson(
            lesson_id=new_id,
            instructor_id=lesson.instructor_employee_id,
            service_id=lesson.service_id,
            start=lesson.datetime_start + timedelta(days=1, hours=2),
            duration_minutes=30,
            student_ids=(student_id,),
            accept_conflicts=True,
        )
        assert gateway.apply(Mutation.of(booking, OWNER)).applied  # the cache did not know yet
        assert gateway.lesson(new_id) is not None
        report = gateway.sync.run_once()
        assert report.push.rejected == 1
        assert gateway.lesson(new_id) is None  # the optimistic booking is gone again
        (item,) = gateway.sync.attention()
        assert item.outcome == Outcome.REJECTED.value and not item.can_keep_mine and item.can_rebook
        assert item.reason is not None and "not an active student" in item.reason.text
        assert TenantDbGateway(seeded_pg_engine).lesson(new_id) is None


def test_a_local_refusal_is_answered_at_once_and_nothing_is_queued(seeded_pg_engine: Engine, tmp_path: Path) -> None:
    with cached(tmp_path / "cache.db", TenantDbRemote(seeded_pg_engine)) as gateway:
        gateway.sync.run_once()
        verdict = gateway.apply(Mutation.of(SaveSetting("clinic_name", "x"), OFFICE))
        assert verdict.outcome is Outcome.REJECTED and verdict.message is not None
        assert gateway.sync.counts() == (0, 0)


def test_a_second_offline_edit_of_the_same_lesson_is_not_taken_for_a_conflict(
    seeded_pg_engine: Engine, tmp_path: Path
) -> None:
    switch = Switch(TenantDbRemote(seeded_pg_engine))
    with cached(tmp_path / "cache.db", switch) as gateway:
        gateway.sync.run_once()
        lesson = first_lesson(gateway)
        switch.online = False
        assert gateway.apply(move(lesson, 1)).applied
        seen = gateway.lesson(lesson.id)
        assert seen is not None and seen.updated_at != lesson.updated_at  # the local version
        assert gateway.apply(move(lesson, 2, base=seen.updated_at)).applied
        switch.online = True
        report = gateway.sync.run_once()
        assert (report.push.applied, report.push.conflicts) == (2, 0)
    stored = TenantDbGateway(seeded_pg_engine).lesson(lesson.id)
    assert stored is not None and stored.datetime_start == lesson.datetime_start + timedelta(hours=2)


def test_rows_changed_by_queued_writes_stay_mine_on_screen_until_answered(
    seeded_pg_engine: Engine, tmp_path: Path
) -> None:
    other_desk = TenantDbGateway(seeded_pg_engine)
    switch = Switch(TenantDbRemote(seeded_pg_engine))
    with cached(tmp_path / "cache.db", switch) as gateway:
        gateway.sync.run_once()
        mine, theirs = first_lesson(gateway), first_lesson(gateway, skip=1)
        switch.applies_fail = True  # sending fails, reading works
        assert gateway.apply(move(mine, 1)).applied
        assert other_desk.apply(move(mine, 4)).applied
        assert other_desk.apply(move(theirs, 4)).applied
        eventually(
            gateway.sync.puller.pull,
            lambda: gateway.lesson(theirs.id).datetime_start == theirs.datetime_start + timedelta(hours=4),  # type: ignore[union-attr]
        )
        assert gateway.lesson(mine.id).datetime_start == mine.datetime_start + timedelta(hours=1)  # type: ignore[union-attr]
        switch.applies_fail = False
        gateway.sync.sync_now()
        gateway.sync.run_once()
        assert gateway.lesson(mine.id).datetime_start == mine.datetime_start + timedelta(hours=4)  # type: ignore[union-attr]
        assert [item.lesson_id() for item in gateway.sync.attention()] == [mine.id]


def test_start_up_puts_interrupted_sends_back_in_the_queue(seeded_pg_engine: Engine, tmp_path: Path) -> None:
    with cached(tmp_path / "cache.db", TenantDbRemote(seeded_pg_engine)) as gateway:
        gateway.sync.run_once()
        mutation = Mutation.of(SaveSetting("desk_note", 1), OWNER)
        gateway.apply(mutation)
        with gateway.store.write_connection() as connection:  # as if the app died while sending
            connection.execute(st.outbox.update().values(state=st.IN_FLIGHT))
        assert seeded_pg_engine is not None
        assert TenantDbRemote(seeded_pg_engine).apply(mutation).applied  # and the server had applied it
    with cached(tmp_path / "cache.db", TenantDbRemote(seeded_pg_engine)) as reopened:
        with reopened.store.read_connection() as connection:
            assert connection.execute(sa.select(st.outbox.c.state)).scalars().all() == [st.PENDING]
        assert reopened.sync.drain(timeout=30)
    assert audit_count(seeded_pg_engine, mutation_id=mutation.mutation_id) == 1


def test_a_damaged_cache_file_is_rebuilt_and_unsent_writes_recovered(seeded_pg_engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    switch = Switch(TenantDbRemote(seeded_pg_engine))
    with cached(path, switch) as gateway:
        gateway.sync.run_once()
        switch.online = False
        mutation = Mutation.of(SaveSetting("desk_note", "kept"), OWNER)
        gateway.apply(mutation)
        with gateway.store.read_connection() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            root = connection.exec_driver_sql(
                "SELECT rootpage FROM sqlite_master WHERE name = 'lesson_participants'"
            ).scalar_one()
            page_size = connection.exec_driver_sql("PRAGMA page_size").scalar_one()
    with path.open("r+b") as damaged:  # a bad sector in the middle of the lessons
        damaged.seek((root - 1) * page_size)
        damaged.write(b"\xde\xad" * (page_size // 2))
    with cached(path, TenantDbRemote(seeded_pg_engine)) as rebuilt:
        assert list(tmp_path.glob("cache.db.damaged-*"))
        assert rebuilt.sync.counts() == (1, 0)
        assert rebuilt.sync.drain(timeout=60)
        assert rebuilt.sync.status().cache_rebuilt  # said in the status item's tooltip
        assert rebuilt.store.integrity_ok()
        assert rebuilt.setting_values()["desk_note"] == "kept"
    assert audit_count(seeded_pg_engine, mutation_id=mutation.mutation_id) == 1


def test_the_watchdog_reports_a_queue_that_does_not_move_while_online(seeded_pg_engine: Engine, tmp_path: Path) -> None:
    with cached(tmp_path / "cache.db", TenantDbRemote(seeded_pg_engine), stall_after=0.0) as gateway:
        gateway.sync.run_once()
        gateway.apply(Mutation.of(SaveSetting("desk_note", 1), OWNER))
        with gateway.store.write_connection() as connection:  # deferred by a clock that ran an hour ahead
            connection.execute(st.outbox.update().values(next_attempt_at=time.time() + 3600))
        gateway.sync.run_once()
        status = gateway.sync.status()
        assert status.state is SyncState.ONLINE and status.pending == 1
        assert status.stuck_since is not None
        gateway.sync.sync_now()  # "sync now" clears the backoff
        gateway.sync.run_once()
        status = gateway.sync.status()
        assert status.pending == 0 and status.stuck_since is None


def test_a_booking_keeps_its_participant_on_screen_until_the_servers_rows_arrive(
    seeded_pg_engine: Engine, tmp_path: Path
) -> None:
    with cached(tmp_path / "cache.db", TenantDbRemote(seeded_pg_engine)) as gateway:
        gateway.sync.run_once()
        lesson = first_lesson(gateway)
        new_id = uuid.uuid4()
        booking = BookOneTimeLesson(
            lesson_id=new_id,
            instructor_id=lesson.instructor_employee_id,
            service_id=lesson.service_id,
            start=lesson.datetime_start + timedelta(days=1, hours=3),
            duration_minutes=30,
            student_ids=(lesson.participants[0].student_id,),
            accept_conflicts=True,
        )
        with seeded_pg_engine.connect() as slow_writer:  # another client's long write holds the feed back
            slow = slow_writer.begin()
            slow_writer.execute(sa.text("SELECT pg_current_xact_id()"))
            assert gateway.apply(Mutation.of(booking, OWNER)).applied
            local_seat = gateway.lesson(new_id).participants[0].id  # type: ignore[union-attr]
            gateway.sync.run_once()  # sent and applied; the server's participant has another id
            booked = gateway.lesson(new_id)
            assert booked is not None and [p.id for p in booked.participants] == [local_seat]
            slow.commit()
        server_seat = TenantDbGateway(seeded_pg_engine).lesson(new_id).participants[0].id  # type: ignore[union-attr]
        assert server_seat != local_seat
        eventually(
            gateway.sync.run_once,
            lambda: [p.id for p in gateway.lesson(new_id).participants] == [server_seat],  # type: ignore[union-attr]
        )
        with gateway.store.read_connection() as connection:
            assert not connection.execute(sa.select(st.dirty)).all()
