"""Pulling into the cache: changes since the server's cursor, tombstones, windows on demand, resets."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from reinex_desktop.domain.calendar.commands import BookOneTimeLesson
from reinex_desktop.sync.cache import replica
from reinex_desktop.sync.cache.puller import CURSOR
from reinex_desktop.sync.feed import Window
from reinex_desktop.sync.mutations import Mutation
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.sync.tenant_db.feed import TenantDbFeed
from reinex_desktop.sync.tenant_db.remote import TenantDbRemote
from tests.sync.sync_fixtures import (
    OWNER,
    cached,
    eventually,
    today_bounds,
)


def lessons_today(gateway: object) -> list:  # type: ignore[type-arg]
    start, end = today_bounds()
    return [lesson for lesson in gateway.lessons_between(start, end) if lesson.participants]  # type: ignore[attr-defined]


def book(gateway: TenantDbGateway, like: object, *, days: int, hours: int = 0) -> uuid.UUID:
    lesson_id = uuid.uuid4()
    command = BookOneTimeLesson(
        lesson_id=lesson_id,
        instructor_id=like.instructor_employee_id,  # type: ignore[attr-defined]
        service_id=like.service_id,  # type: ignore[attr-defined]
        start=like.datetime_start + timedelta(days=days, hours=hours),  # type: ignore[attr-defined]
        duration_minutes=30,
        student_ids=(like.participants[0].student_id,),  # type: ignore[attr-defined]
        accept_conflicts=True,
    )
    assert gateway.apply(Mutation.of(command, OWNER)).applied
    return lesson_id


def test_changes_of_another_workstation_arrive_including_hard_deletions(
    seeded_pg_engine: Engine, tmp_path: Path
) -> None:
    server = TenantDbGateway(seeded_pg_engine)
    with cached(tmp_path / "cache.db", TenantDbRemote(seeded_pg_engine)) as gateway:
        gateway.sync.run_once()
        doomed, renamed = lessons_today(gateway)[:2]
        added = book(server, doomed, days=1, hours=3)
        with seeded_pg_engine.begin() as connection:  # undo / reset forward hard-delete generated lessons
            connection.execute(
                sa.text("DELETE FROM lesson_participants WHERE lesson_instance_id = :id"), {"id": doomed.id}
            )
            connection.execute(sa.text("DELETE FROM lesson_instances WHERE id = :id"), {"id": doomed.id})
            connection.execute(
                sa.text("UPDATE students SET first_name = 'שירה' WHERE id = :id"),
                {"id": renamed.participants[0].student_id},
            )
        tables: set[str] = set()

        def pull() -> None:
            report = gateway.sync.run_once()
            tables.update(report.pull.tables if report.pull else ())

        eventually(pull, lambda: gateway.lesson(doomed.id) is None and gateway.lesson(added) is not None)
        assert {"lesson_instances", "lesson_participants", "students"} <= tables
        with gateway.store.read_connection() as connection:
            orphans = connection.execute(
                sa.text("SELECT count(*) FROM lesson_participants WHERE lesson_instance_id = :id"),
                {"id": doomed.id.hex},
            ).scalar_one()
        assert orphans == 0
        assert gateway.lesson(added) is not None
        assert gateway.student(renamed.participants[0].student_id).first_name == "שירה"  # type: ignore[union-attr]
        # Nothing new: the cursor moved with the rows and the next pull brings nothing.
        with gateway.store.read_connection() as connection:
            cursor = replica.get_state(connection, CURSOR)
        assert gateway.sync.puller.pull().rows == 0
        with gateway.store.read_connection() as connection:
            assert replica.get_state(connection, CURSOR) >= cursor


def test_a_window_outside_the_working_set_is_fetched_in_the_background(
    seeded_pg_engine: Engine, tmp_path: Path
) -> None:
    server = TenantDbGateway(seeded_pg_engine)
    like = lessons_today(server)[0]
    far = book(server, like, days=70)
    start = like.datetime_start + timedelta(days=70) - timedelta(hours=12)
    end = start + timedelta(days=1)
    with cached(tmp_path / "cache.db", TenantDbRemote(seeded_pg_engine)) as gateway:
        gateway.sync.run_once()
        with seeded_pg_engine.begin() as connection:
            connection.execute(sa.text("DELETE FROM sync_changes"))  # as if the feed had been pruned long ago
        assert gateway.lessons_between(start, end) == []  # never waits on the network
        gateway.sync.run_once()
        assert [lesson.id for lesson in gateway.lessons_between(start, end)] == [far]
        with gateway.store.read_connection() as connection:
            assert replica.covered(connection, Window(start, end))


def test_refetching_the_visible_window_drops_lessons_deleted_behind_the_feeds_back(
    seeded_pg_engine: Engine, tmp_path: Path
) -> None:
    with cached(tmp_path / "cache.db", TenantDbRemote(seeded_pg_engine)) as gateway:
        gateway.sync.run_once()
        gone = lessons_today(gateway)[0]
        with seeded_pg_engine.begin() as connection:
            connection.exec_driver_sql("SET LOCAL session_replication_role = replica")  # no triggers fire
            connection.execute(
                sa.text("DELETE FROM lesson_participants WHERE lesson_instance_id = :id"), {"id": gone.id}
            )
            connection.execute(sa.text("DELETE FROM lesson_instances WHERE id = :id"), {"id": gone.id})
        gateway.sync.run_once()
        assert gateway.lesson(gone.id) is not None  # the feed never heard of it
        start, end = today_bounds()
        assert gone.id in {lesson.id for lesson in gateway.lessons_between(start, end)}  # the day on screen
        gateway.sync.sync_now()  # "sync now" in the status item fetches the visible day again
        gateway.sync.run_once()
        assert gateway.lesson(gone.id) is None
        assert gone.id not in {lesson.id for lesson in gateway.lessons_between(start, end)}


def test_a_cursor_behind_the_pruned_feed_fetches_the_working_set_again(
    seeded_pg_engine: Engine, tmp_path: Path
) -> None:
    server = TenantDbGateway(seeded_pg_engine)
    with cached(tmp_path / "cache.db", TenantDbRemote(seeded_pg_engine)) as gateway:
        gateway.sync.run_once()
        like = lessons_today(gateway)[0]
        added = book(server, like, days=1, hours=5)
        assert TenantDbFeed(seeded_pg_engine).prune(older_than=timedelta(0)) > 0
        report = gateway.sync.run_once()
        assert report.pull is not None and report.pull.bootstrapped
        assert gateway.lesson(added) is not None  # a fresh snapshot sees every committed row at once


def test_a_database_mode_desk_trims_old_feed_entries(seeded_pg_engine: Engine, tmp_path: Path) -> None:
    with seeded_pg_engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO sync_changes (txid, table_name, row_key, op, changed_at) "
                "VALUES (1, 'students', 'gone', 'U', now() - interval '40 days')"
            )
        )
    with cached(tmp_path / "cache.db", TenantDbRemote(seeded_pg_engine)) as gateway:
        gateway.sync.run_once()
    with seeded_pg_engine.connect() as connection:
        assert not connection.execute(sa.text("SELECT 1 FROM sync_changes WHERE row_key = 'gone'")).all()
        pruned = connection.execute(sa.text("SELECT value FROM sync_feed_state WHERE key = 'pruned_below'")).scalar()
    assert pruned is not None and pruned >= 2
