"""Sync on the reference clinic over real PostgreSQL: 1,000 queued writes pushed over loopback
(REQUIREMENTS: ≤ 5 s) and a day's changes pulled (≤ 200 ms).

The tenant is a fresh PostgreSQL database holding the reference demo clinic; the web backend
(`reinex_desktop.bff_server`) serves it on 127.0.0.1 in this process. Pushing goes through the
whole path: outbox → HTTP → server → `apply` in PostgreSQL → verdicts recorded in the outbox. A
day's changes are another workstation's edit of every lesson of a busy day (about 450 lessons and
their participants), pulled through the change feed into the cache. The database mode (no HTTP)
and the re-fetch of a visible day window are reported beside them.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

from benchmarks.measure import Measurement

TODAY = date(2026, 11, 22)  # a Sunday: a full clinic day in the reference window
WRITES = 1000
PUSH_TARGET_MS = 5000.0
PULL_TARGET_MS = 200.0
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def _tenant() -> tuple[str, object]:
    import sqlalchemy as sa

    from reinex_desktop.data.demo import load_demo
    from reinex_desktop.data.engine import open_engine
    from reinex_desktop.data.setup_script import apply_schema

    admin_url = sa.make_url(os.environ.get("REINEX_TEST_PG_URL", DEFAULT_PG))
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    name = f"reinex_bench_sync_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    url = admin_url.set(database=name).render_as_string(hide_password=False)
    engine = open_engine(url)
    apply_schema(engine)
    load_demo(engine, "reference", today=TODAY)
    return name, (admin, engine)


def _drop(name: str, handles: object) -> None:
    admin, engine = handles  # type: ignore[misc]
    engine.dispose()
    with admin.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()


def _queue(gateway: object, prefix: str) -> None:
    from reinex_desktop.domain.audit import Actor
    from reinex_desktop.domain.settings import SaveSetting
    from reinex_desktop.sync.mutations import Mutation

    owner = Actor(None, "קבלה", "owner")
    for index in range(WRITES):
        gateway.apply(Mutation.of(SaveSetting(f"{prefix}_{index:04d}", index), owner))  # type: ignore[attr-defined]


def _push_ms(gateway: object) -> float:
    start = time.perf_counter()
    report = gateway.sync.pusher.push()  # type: ignore[attr-defined]
    elapsed = (time.perf_counter() - start) * 1000
    assert report.error is None and report.applied == WRITES, report
    return elapsed


def _edit_a_day(engine: object) -> int:
    """Another workstation touches every lesson of a busy day and its participants; returns rows changed."""
    import sqlalchemy as sa

    from reinex_desktop.domain.clinic_time import clinic_zone, day_bounds_utc

    start, end = day_bounds_utc(TODAY + timedelta(days=1), clinic_zone())
    with engine.begin() as connection:  # type: ignore[attr-defined]
        lessons = connection.execute(
            sa.text(
                "UPDATE lesson_instances SET metadata = coalesce(metadata, '{}'::jsonb) || '{\"note\": \"day edit\"}', "
                "updated_at = now() WHERE datetime_start >= :s AND datetime_start < :e"
            ),
            {"s": start, "e": end},
        ).rowcount
        seats = connection.execute(
            sa.text(
                "UPDATE lesson_participants SET metadata = coalesce(metadata, '{}'::jsonb) || '{\"seen\": true}' "
                "WHERE lesson_instance_id IN (SELECT id FROM lesson_instances "
                "WHERE datetime_start >= :s AND datetime_start < :e)"
            ),
            {"s": start, "e": end},
        ).rowcount
    return int(lessons + seats)


def _pull_ms(gateway: object, expected: int) -> float:
    """Time of the pull that brings the day's changes (earlier empty pulls wait for other writers)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        start = time.perf_counter()
        report = gateway.sync.puller.pull()  # type: ignore[attr-defined]
        elapsed = (time.perf_counter() - start) * 1000
        if report.rows >= expected:
            return elapsed
        time.sleep(0.05)
    raise RuntimeError("the day's changes never arrived")


def _window_ms(gateway: object) -> float:
    from reinex_desktop.domain.clinic_time import clinic_zone, day_bounds_utc
    from reinex_desktop.sync.feed import Window

    start, end = day_bounds_utc(TODAY + timedelta(days=2), clinic_zone())
    begin = time.perf_counter()
    gateway.sync.puller.fetch_window(Window(start, end))  # type: ignore[attr-defined]
    return (time.perf_counter() - begin) * 1000


def run() -> list[Measurement]:
    from reinex_desktop.bff_server import Member, ServerConfig, ServerThread, build_app
    from reinex_desktop.sync.bff import BffGateway
    from reinex_desktop.sync.cache import open_cached_gateway
    from reinex_desktop.sync.tenant_db.remote import TenantDbRemote

    name, handles = _tenant()
    _admin, engine = handles  # type: ignore[misc]
    server = ServerThread(
        build_app(ServerConfig(engine, {"bench": Member("קבלה", org_ids=frozenset({"org"}))}))  # type: ignore[arg-type]
    ).start()
    rows: list[Measurement] = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            web, _ = open_cached_gateway(Path(folder) / "web.db", BffGateway(server.url, token="bench", org_id="org"))
            database, _ = open_cached_gateway(Path(folder) / "db.db", TenantDbRemote(engine))  # type: ignore[arg-type]
            started = time.perf_counter()
            web.sync.puller.bootstrap()
            bootstrap_ms = (time.perf_counter() - started) * 1000
            database.sync.puller.bootstrap()
            started = time.perf_counter()
            _queue(web, "web")
            queue_ms = (time.perf_counter() - started) * 1000 / WRITES
            _queue(database, "db")
            web_push = _push_ms(web)
            db_push = _push_ms(database)
            web.sync.puller.pull()
            database.sync.puller.pull()
            web_pulls, db_pulls = [], []
            for _round in range(3):  # median of three edits of the day
                changed = _edit_a_day(engine)
                web_pulls.append(_pull_ms(web, changed))
                db_pulls.append(_pull_ms(database, changed))
            web_pull, db_pull = statistics.median(web_pulls), statistics.median(db_pulls)
            window = min(_window_ms(web) for _ in range(3))
            web.close()
            database.close()
        rows += [
            Measurement("sync: 1,000 queued writes pushed (web backend, loopback)", web_push, "ms", PUSH_TARGET_MS),
            Measurement("sync: 1,000 queued writes pushed (tenant database)", db_push, "ms", PUSH_TARGET_MS),
            Measurement(
                "sync: a day's changes pulled (web backend)",
                web_pull,
                "ms",
                PULL_TARGET_MS,
                f"{changed} rows, median of 3",
            ),
            Measurement(
                "sync: a day's changes pulled (tenant database)",
                db_pull,
                "ms",
                PULL_TARGET_MS,
                f"{changed} rows, median of 3",
            ),
            Measurement("sync: a visible day re-fetched (web backend)", window, "ms", PULL_TARGET_MS),
            Measurement("sync: a write queued locally (effect + outbox)", queue_ms, "ms", None, "mean of 1,000"),
            Measurement("sync: first fetch of the working set (web backend)", bootstrap_ms, "ms", None, "reference"),
        ]
    finally:
        server.stop()
        _drop(name, handles)
    return rows
