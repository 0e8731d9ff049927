"""Crashes while sending: every queued write ends up in PostgreSQL exactly once.

The app process is killed with SIGKILL at random moments while it pushes 1,000 queued writes, then
started again; and a client dies after the server committed but before the answer arrived.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from reinex_desktop.bff_server.faults import Fault
from reinex_desktop.data.engine import open_engine
from reinex_desktop.domain.settings import SaveSetting
from reinex_desktop.sync.cache import CachedGateway
from reinex_desktop.sync.cache import store_tables as st
from reinex_desktop.sync.cache.hygiene import open_store
from reinex_desktop.sync.errors import BackendUnavailable, Problem
from reinex_desktop.sync.mutations import Mutation, Outcome
from reinex_desktop.sync.tenant_db.remote import TenantDbRemote
from tests.conftest import PgDatabases
from tests.sync.sync_fixtures import OWNER, cached, running_backend

WRITES = 1000
REPETITIONS = 20
ROOT = Path(__file__).resolve().parents[2]


class Unplugged:
    """The remote of a desk whose cable is out: every call fails."""

    def __getattr__(self, name: str) -> object:
        def fail(*_args: object, **_kwargs: object) -> object:
            raise BackendUnavailable(Problem.UNREACHABLE, "unplugged")

        return fail

    def close(self) -> None:
        return None


@pytest.fixture(scope="module")
def queued_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache file holding 1,000 writes made offline, each with its optimistic effect."""
    path = tmp_path_factory.mktemp("queue") / "cache.db"
    store, _hygiene = open_store(path)
    gateway = CachedGateway(store, Unplugged())  # type: ignore[arg-type]
    for index in range(WRITES):
        assert gateway.apply(Mutation.of(SaveSetting(f"crash_key_{index:04d}", index), OWNER)).applied
    store.close()
    return path


def _runner(cache: Path, url: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "reinex_desktop.sync.cache", "--cache", str(cache), "--database-url", url]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _applied(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(sa.text("SELECT count(*) FROM sync_applied_mutations")).scalar_one())


def _kill_while_sending(process: subprocess.Popen[bytes], engine: Engine, *, after: float) -> bool:
    """SIGKILL `process` `after` seconds once it has started sending; True if it was still sending."""
    start = _applied(engine)
    deadline = time.monotonic() + 30
    while _applied(engine) == start and process.poll() is None:
        assert time.monotonic() < deadline, "the runner never started sending"
        time.sleep(0.01)
    time.sleep(after)
    sending = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    return sending and process.returncode == -signal.SIGKILL


def _assert_exactly_once(engine: Engine, cache: Path) -> None:
    with engine.connect() as connection:
        row = connection.execute(
            sa.text(
                "SELECT count(*), count(DISTINCT metadata->>'mutation_id') FROM audit_events "
                "WHERE action = 'settings.save' AND entity_id LIKE 'crash_key_%'"
            )
        ).one()
        keys = connection.execute(sa.text("""SELECT count(*) FROM "Settings" WHERE key LIKE 'crash_key_%'""")).scalar()
        recorded = connection.execute(sa.text("SELECT count(*) FROM sync_applied_mutations")).scalar()
    assert tuple(row) == (WRITES, WRITES), "a write was lost or applied twice"
    assert keys == WRITES and recorded == WRITES
    store, _hygiene = open_store(cache)
    with store.read_connection() as connection:
        states = connection.execute(sa.select(st.outbox.c.state, sa.func.count()).group_by(st.outbox.c.state)).all()
    store.close()
    assert dict(states) == {Outcome.APPLIED.value: WRITES}


@pytest.fixture
def fresh_tenant(pg_databases: PgDatabases) -> Iterator[tuple[str, Engine]]:
    url = pg_databases.with_schema()
    engine = open_engine(url)
    yield url, engine
    engine.dispose()


@pytest.mark.slow
@pytest.mark.timeout(900)  # 20 kill-and-restart rounds; minutes on a busy 2-core machine
def test_sigkill_while_pushing_1000_writes_loses_and_duplicates_nothing(
    queued_file: Path, pg_databases: PgDatabases, tmp_path: Path
) -> None:
    rng = random.Random(int(os.environ.get("REINEX_CRASH_SEED", "6")))
    killed_mid_send = 0
    for repetition in range(REPETITIONS):
        url = pg_databases.with_schema()
        engine = open_engine(url, poolclass=sa.pool.NullPool)
        cache = tmp_path / f"run{repetition}" / "cache.db"
        cache.parent.mkdir()
        shutil.copy(queued_file, cache)
        with _runner(cache, url) as process:
            # 1,000 writes take about 2 s to push: a kill within 1.2 s lands mid-stream on any machine.
            killed_mid_send += _kill_while_sending(process, engine, after=rng.uniform(0.0, 1.2))
        with cached(cache, TenantDbRemote(engine)) as restarted:  # the app started again on the same file
            assert restarted.sync.drain(timeout=120)
        _assert_exactly_once(engine, cache)
        engine.dispose()
    assert killed_mid_send >= REPETITIONS * 3 // 4, f"only {killed_mid_send} kills hit a runner while it was sending"


class _Crash(BaseException):
    """The process dies here: nothing after it runs (not an `Exception`, so nothing catches it)."""


class DiesAfterCommit:
    """A real remote; the client dies right after the server committed the first chunk."""

    def __init__(self, remote: TenantDbRemote) -> None:
        self.remote = remote

    def __getattr__(self, name: str) -> object:
        return getattr(self.remote, name)

    def apply_batch(self, mutations: list[Mutation]) -> object:
        self.remote.apply_batch(mutations)
        raise _Crash


def test_death_after_the_server_committed_duplicates_nothing(fresh_tenant: tuple[str, Engine], tmp_path: Path) -> None:
    _url, engine = fresh_tenant
    path = tmp_path / "cache.db"
    mutations = [Mutation.of(SaveSetting(f"crash_key_{i:04d}", i), OWNER) for i in range(5)]
    dying = DiesAfterCommit(TenantDbRemote(engine))
    with pytest.raises(_Crash), cached(path, dying) as gateway:  # type: ignore[arg-type]
        for mutation in mutations:
            gateway.apply(mutation)
        gateway.sync.run_once()
    assert _applied(engine) == 5  # the server had it all
    with cached(path, TenantDbRemote(engine)) as restarted:
        assert restarted.sync.counts() == (5, 0)
        assert restarted.sync.drain(timeout=30)
    with engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM audit_events")).scalar() == 5


def test_sigkill_while_the_answer_is_on_its_way_duplicates_nothing(
    queued_file: Path, fresh_tenant: tuple[str, Engine], tmp_path: Path
) -> None:
    _url, engine = fresh_tenant
    cache = tmp_path / "cache.db"
    shutil.copy(queued_file, cache)
    with running_backend(engine) as backend:
        # The server commits the first chunk, then holds the answer back long enough to kill the client.
        backend.faults.add(Fault(after_apply=True, delay=3.0, remaining=1))
        command = [
            sys.executable, "-m", "reinex_desktop.sync.cache", "--cache", str(cache),
            "--web-url", backend.url, "--org-id", "org-1",
        ]  # fmt: skip
        environment = {**os.environ, "REINEX_TOKEN": "owner-token"}
        with subprocess.Popen(command, cwd=ROOT, env=environment, stdout=subprocess.DEVNULL) as client:
            deadline = time.monotonic() + 30
            while _applied(engine) == 0:
                assert time.monotonic() < deadline and client.poll() is None
                time.sleep(0.01)
            time.sleep(0.3)  # committed on the server; the answer is still held back
            assert client.poll() is None
            client.send_signal(signal.SIGKILL)
            client.wait(10)
        committed_before_restart = _applied(engine)
        assert 0 < committed_before_restart < WRITES
        restarted = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, timeout=120, check=False)
        assert restarted.returncode == 0, restarted.stderr.decode()
    _assert_exactly_once(engine, cache)
