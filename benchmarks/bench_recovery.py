"""Recovery after faults (issue "sync under adversity"): 300 writes queued during a fault drain
within 10 s of its end, with the sync engine running on its own thread as in the app.

Two faults, over the web backend on 127.0.0.1 and a small clinic in PostgreSQL:
- an outage: the cable is pulled while 300 writes are made; the engine keeps trying for 15 s (long
  enough for its backoff to reach its cap), then the cable is back;
- 8 lost answers: the server commits a batch, then its answer is lost (HTTP 502), eight times in a row.
Before the fix the engine's backoff grew to 60 s and every failed send raised every queued entry's
retry count: 6–8 lost answers stretched the drain from ~7 s to 39–160 s.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from benchmarks.bench_sync import DEFAULT_PG, TODAY, _drop
from benchmarks.measure import Measurement

WRITES = 300
LOST_ANSWERS = 8
OUTAGE_SECONDS = 15.0
TARGET_S = 10.0


class Cable:
    """The remote behind a cable that can be pulled."""

    def __init__(self, remote: Any) -> None:
        self.remote = remote
        self.plugged = True

    def __getattr__(self, name: str) -> Any:
        from reinex_desktop.sync.errors import BackendUnavailable, Problem

        attribute = getattr(self.remote, name)
        if not callable(attribute) or name == "close":
            return attribute

        def call(*args: Any, **kwargs: Any) -> Any:
            if not self.plugged:
                raise BackendUnavailable(Problem.UNREACHABLE, "cable pulled")
            return attribute(*args, **kwargs)

        return call


def _tenant() -> tuple[str, object]:
    import os

    import sqlalchemy as sa

    from reinex_desktop.data.demo import load_demo
    from reinex_desktop.data.engine import open_engine
    from reinex_desktop.data.setup_script import apply_schema

    admin_url = sa.make_url(os.environ.get("REINEX_TEST_PG_URL", DEFAULT_PG))
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    name = f"reinex_bench_recovery_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    engine = open_engine(admin_url.set(database=name).render_as_string(hide_password=False))
    apply_schema(engine)
    load_demo(engine, "small", today=TODAY)
    return name, (admin, engine)


def _queue(gateway: Any, prefix: str) -> None:
    from reinex_desktop.domain.audit import Actor
    from reinex_desktop.domain.settings import SaveSetting
    from reinex_desktop.sync.mutations import Mutation

    owner = Actor(None, "קבלה", "owner")
    for index in range(WRITES):
        assert gateway.apply(Mutation.of(SaveSetting(f"{prefix}_{index:03d}", index), owner)).applied


def _drained_after(gateway: Any, start: float, *, timeout: float = 180.0) -> float:
    """Seconds from `start` (perf_counter) until nothing waits in the outbox."""
    deadline = time.perf_counter() + timeout
    while gateway.sync.counts()[0] > 0:
        if time.perf_counter() > deadline:
            return timeout
        time.sleep(0.02)
    return time.perf_counter() - start


def _no_fault(url: str, folder: Path) -> float:
    """The same drain with nothing going wrong: what the figures below are to be compared with."""
    from reinex_desktop.sync.bff import BffGateway
    from reinex_desktop.sync.cache import open_cached_gateway

    cable = Cable(BffGateway(url, token="bench", org_id="org"))
    gateway, _ = open_cached_gateway(folder / "calm.db", cable)  # type: ignore[arg-type]
    try:
        gateway.sync.run_once()
        cable.plugged = False
        _queue(gateway, "calm")
        cable.plugged = True
        start = time.perf_counter()
        gateway.sync.sync_now()
        gateway.sync.start()
        return _drained_after(gateway, start)
    finally:
        gateway.close()


def _outage(url: str, folder: Path) -> float:
    from reinex_desktop.sync.bff import BffGateway
    from reinex_desktop.sync.cache import open_cached_gateway

    cable = Cable(BffGateway(url, token="bench", org_id="org"))
    gateway, _ = open_cached_gateway(folder / "outage.db", cable)  # type: ignore[arg-type]
    try:
        gateway.sync.run_once()
        gateway.sync.start()
        cable.plugged = False
        _queue(gateway, "outage")
        time.sleep(OUTAGE_SECONDS)
        cable.plugged = True
        return _drained_after(gateway, time.perf_counter())
    finally:
        gateway.close()


def _lost_answers(url: str, faults: Any, folder: Path) -> tuple[float, float]:
    """(seconds from the last lost answer, seconds from the reconnect) until the queue is empty."""
    from reinex_desktop.bff_server.faults import Fault
    from reinex_desktop.sync.bff import BffGateway
    from reinex_desktop.sync.cache import open_cached_gateway

    cable = Cable(BffGateway(url, token="bench", org_id="org"))
    gateway, _ = open_cached_gateway(folder / "lost.db", cable)  # type: ignore[arg-type]
    try:
        gateway.sync.run_once()
        cable.plugged = False
        _queue(gateway, "lost")
        faults.add(Fault(after_apply=True, status=502, remaining=LOST_ANSWERS, path_prefix="/api/desktop/mutations"))
        cable.plugged = True
        start = time.perf_counter()
        gateway.sync.sync_now()
        gateway.sync.start()
        deadline = start + 180
        while faults.hits < LOST_ANSWERS and time.perf_counter() < deadline:
            time.sleep(0.01)
        fault_ended = time.perf_counter()
        drained = _drained_after(gateway, fault_ended)
        return drained, fault_ended + drained - start
    finally:
        faults.clear()
        gateway.close()


def run() -> list[Measurement]:
    from reinex_desktop.bff_server import Member, ServerConfig, ServerThread, build_app

    name, handles = _tenant()
    _admin, engine = handles  # type: ignore[misc]
    app = build_app(ServerConfig(engine, {"bench": Member("קבלה", org_ids=frozenset({"org"}))}))  # type: ignore[arg-type]
    server = ServerThread(app).start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            calm = _no_fault(server.url, Path(folder))
            outage = _outage(server.url, Path(folder))
            lost, lost_total = _lost_answers(server.url, app.state.faults, Path(folder))
    finally:
        server.stop()
        _drop(name, handles)
    return [
        Measurement(f"recovery: {WRITES} queued writes drained, no fault (baseline)", calm, "s", None, "web backend"),
        Measurement(
            f"recovery: {WRITES} writes drained after a {OUTAGE_SECONDS:g} s outage ends",
            outage,
            "s",
            TARGET_S,
            "web backend; before the fix 17.1 s",
        ),
        Measurement(
            f"recovery: {WRITES} writes drained after the last of {LOST_ANSWERS} lost answers",
            lost,
            "s",
            TARGET_S,
            "web backend; before the fix 69.6 s",
        ),
        Measurement(
            f"recovery: {WRITES} writes drained through {LOST_ANSWERS} lost answers",
            lost_total,
            "s",
            None,
            "from reconnect, lost answers included; before 138.9 s",
        ),
    ]
