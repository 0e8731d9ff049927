"""Several workstations at once: no lost update, every collision surfaced; the feed never skips a change."""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from reinex_desktop.domain.calendar.commands import RescheduleLesson
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.sync.cache import CachedGateway, open_cached_gateway
from reinex_desktop.sync.cache import store_tables as st
from reinex_desktop.sync.mutations import Mutation, Outcome
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.sync.tenant_db.feed import TenantDbFeed
from reinex_desktop.sync.tenant_db.remote import TenantDbRemote
from tests.sync.sync_fixtures import OWNER, RunningBackend, eventually, today_bounds

CLIENTS = 4
MOVES_PER_CLIENT = 12


def _busiest_instructor_lessons(server: TenantDbGateway) -> list[LessonInstance]:
    start, end = today_bounds()
    lessons = [lesson for lesson in server.lessons_between(start, end) if lesson.participants]
    by_instructor = Counter(lesson.instructor_employee_id for lesson in lessons)
    instructor, _count = by_instructor.most_common(1)[0]
    return [lesson for lesson in lessons if lesson.instructor_employee_id == instructor]


def _outcomes(gateway: CachedGateway) -> Counter[str]:
    with gateway.store.read_connection() as connection:
        rows = connection.execute(sa.select(st.outbox.c.state, sa.func.count()).group_by(st.outbox.c.state)).all()
    return Counter({state: count for state, count in rows})


def test_concurrent_reschedules_into_the_same_slots_lose_nothing_and_surface_every_collision(
    backend: RunningBackend, seeded_pg_engine: Engine, tmp_path: Path
) -> None:
    server = TenantDbGateway(seeded_pg_engine)
    lessons = _busiest_instructor_lessons(server)[:6]
    instructor = lessons[0].instructor_employee_id
    # Three free slots six weeks later, past the demo clinic's lessons: every desk wants them.
    base = lessons[0].datetime_start + timedelta(days=42)
    slots = [base + timedelta(hours=hour) for hour in (0, 2, 4)]
    gateways = []
    for index in range(CLIENTS):
        gateway, _hygiene = open_cached_gateway(tmp_path / f"desk{index}.db", backend.gateway(), pull_interval=0.0)
        assert gateway.sync.run_once().error is None
        gateways.append(gateway)
    sent = Counter[int]()
    refused_locally = Counter[int]()
    start_together = threading.Barrier(CLIENTS)  # the desks work offline, then all send at once

    def desk(index: int) -> None:
        gateway = gateways[index]
        rng = random.Random(index)
        for _move in range(MOVES_PER_CLIENT):
            lesson = gateway.lesson(rng.choice(lessons).id)
            assert lesson is not None
            target = rng.choice(slots)
            if lesson.datetime_start == target:
                continue
            command = RescheduleLesson(lesson.id, instructor, target, lesson.duration_minutes, via="drag")
            verdict = gateway.apply(Mutation.of(command, OWNER, base_version=lesson.updated_at))
            if verdict.outcome is Outcome.APPLIED:
                sent[index] += 1
            else:
                refused_locally[index] += 1
        start_together.wait()  # every desk reconnects at once
        time.sleep(rng.uniform(0, 0.01))
        assert gateway.sync.drain(timeout=60)

    threads = [threading.Thread(target=desk, args=(index,)) for index in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    totals: Counter[str] = Counter()
    try:
        for index, gateway in enumerate(gateways):
            outcomes = _outcomes(gateway)
            assert (
                outcomes[Outcome.APPLIED.value] + outcomes[Outcome.CONFLICT.value] + outcomes[Outcome.REJECTED.value]
                == sent[index]
            ), f"desk {index}: a write vanished"
            assert sum(outcomes.values()) == sent[index]
            attention = gateway.sync.attention()
            assert len(attention) == outcomes[Outcome.CONFLICT.value] + outcomes[Outcome.REJECTED.value]
            totals.update(outcomes)
    finally:
        for gateway in gateways:
            gateway.close()
    assert sum(sent.values()) > 0 and totals[Outcome.CONFLICT.value] + totals[Outcome.REJECTED.value] > 0
    with seeded_pg_engine.connect() as connection:
        applied_on_server = connection.execute(
            sa.text("SELECT count(*) FROM audit_events WHERE action = 'lesson.reschedule'")
        ).scalar()
    assert applied_on_server == totals[Outcome.APPLIED.value]  # no lost update, none applied twice
    # No two of the instructor's lessons ended up in the same slot unseen.
    moved = [server.lesson(lesson.id) for lesson in lessons]
    starts = [lesson.datetime_start for lesson in moved if lesson is not None]
    assert all(count == 1 for start, count in Counter(starts).items() if start in slots)


WRITERS = 4
TRANSACTIONS = 20


def _writer(engine: Engine, index: int, committed: list[str], rolled_back: list[str], rng: random.Random) -> None:
    for number in range(TRANSACTIONS):
        key = f"writer{index}_{number}_{uuid.uuid4().hex[:6]}"
        with engine.connect() as connection:
            transaction = connection.begin()
            connection.execute(sa.text("SELECT pg_current_xact_id()"))  # takes its transaction id early
            time.sleep(rng.uniform(0, 0.03))  # a slow transaction: started early, commits late
            connection.execute(
                sa.text("""INSERT INTO "Settings" (key, settings_value) VALUES (:k, to_jsonb(CAST(:v AS text)))"""),
                {"k": key, "v": key},
            )
            time.sleep(rng.uniform(0, 0.03))
            if rng.random() < 0.15:
                transaction.rollback()
                rolled_back.append(key)
            else:
                transaction.commit()
                committed.append(key)


def test_four_writers_with_slow_transactions_and_a_poller_never_skip_a_change(
    seeded_pg_engine: Engine, tmp_path: Path
) -> None:
    feed = TenantDbFeed(seeded_pg_engine)
    committed: list[str] = []
    rolled_back: list[str] = []
    seen: dict[str, Any] = {}
    done = threading.Event()
    cursor = feed.horizon()
    cache, _hygiene = open_cached_gateway(tmp_path / "cache.db", TenantDbRemote(seeded_pg_engine), pull_interval=0.0)
    cache.sync.run_once()

    def poll_once() -> None:
        nonlocal cursor
        batch = feed.changes_since(cursor, limit=50)  # small batches: cursors inside a transaction's entries
        for change in batch.changes:
            if change.table == "Settings" and change.row is not None:
                seen[change.row["key"]] = change.row
        cursor = batch.cursor

    def poller() -> None:
        while not done.is_set():
            poll_once()
            cache.sync.puller.pull()
            time.sleep(0.005)

    writers = [
        threading.Thread(target=_writer, args=(seeded_pg_engine, i, committed, rolled_back, random.Random(i)))
        for i in range(WRITERS)
    ]
    polling = threading.Thread(target=poller)
    polling.start()
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join(120)
    done.set()
    polling.join(60)
    try:
        wanted = set(committed)

        def all_seen() -> bool:
            return wanted <= set(seen) and wanted <= set(cache.setting_values())

        eventually(lambda: (poll_once(), cache.sync.puller.pull()), all_seen)
        assert not set(rolled_back) & set(seen), "a rolled-back change was handed out"
        assert not set(rolled_back) & set(cache.setting_values())
        assert len(committed) + len(rolled_back) == WRITERS * TRANSACTIONS
    finally:
        cache.close()
