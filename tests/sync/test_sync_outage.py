"""Outages and refusals of the web backend: each is a clear state, nothing is lost, the queue drains by itself."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from reinex_desktop.bff_server.faults import Fault
from reinex_desktop.domain.settings import SaveSetting
from reinex_desktop.domain.sync.status import Problem, SyncState, SyncStatus
from reinex_desktop.sync.bff import BffGateway
from reinex_desktop.sync.errors import BackendRefused, BackendUnavailable
from reinex_desktop.sync.mutations import Mutation
from tests.sync.sync_fixtures import OTHER_ORG, OWNER, RunningBackend, audit_count, cached

FAST = {"backoff_base": 0.05, "backoff_cap": 0.3}


def queue_writes(gateway: object, count: int, prefix: str) -> list[Mutation]:
    mutations = [Mutation.of(SaveSetting(f"{prefix}_{i}", i), OWNER) for i in range(count)]
    for mutation in mutations:
        assert gateway.apply(mutation).applied  # type: ignore[attr-defined]
    return mutations


def assert_each_once(engine: Engine, mutations: list[Mutation]) -> None:
    for mutation in mutations:
        assert audit_count(engine, mutation_id=mutation.mutation_id) == 1


def test_a_backend_answering_503_for_a_while_is_drained_by_itself_once_it_recovers(
    backend: RunningBackend, seeded_pg_engine: Engine, tmp_path: Path
) -> None:
    seen: list[SyncStatus] = []
    with cached(tmp_path / "cache.db", backend.gateway(), pull_interval=0.2, **FAST) as gateway:
        gateway.sync.subscribe(lambda status, _areas: seen.append(status))
        assert gateway.sync.run_once().error is None
        backend.faults.add(Fault(status=503, until=time.time() + 1.5))
        mutations = queue_writes(gateway, 40, "outage")
        gateway.sync.start()  # the timer-driven engine; nobody touches anything from here on
        deadline = time.monotonic() + 30
        while gateway.sync.counts()[0] and time.monotonic() < deadline:
            time.sleep(0.05)
        assert gateway.sync.counts() == (0, 0)
        deadline = time.monotonic() + 10
        while gateway.sync.status().state is not SyncState.ONLINE and time.monotonic() < deadline:
            time.sleep(0.05)
        assert gateway.sync.status().state is SyncState.ONLINE
    assert any(s.state is SyncState.OFFLINE and s.problem is Problem.SERVER_ERROR and s.pending for s in seen)
    assert backend.faults.hits >= 2  # it really was refused, and retried
    assert_each_once(seeded_pg_engine, mutations)


Breaker = Callable[[RunningBackend, Engine], Callable[[], None]]


def _fault(fault: Fault) -> Breaker:
    def breaks(running: RunningBackend, _engine: Engine) -> Callable[[], None]:
        running.faults.add(fault)
        return running.faults.clear

    return breaks


def _drop_trigger(running: RunningBackend, engine: Engine) -> Callable[[], None]:
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER reinex_sync_capture ON lesson_instances")

    def repair() -> None:
        from reinex_desktop.data.setup_script import apply_schema

        apply_schema(engine)
        running.server.app.state.backend.config.schema_ttl = 0.0

    return repair


@pytest.mark.parametrize(
    ("breaks", "state", "problem"),
    [
        (_fault(Fault(status=401, body={"error": "invalid_token"})), SyncState.BLOCKED, Problem.UNAUTHORIZED),
        (_fault(Fault(status=403, body={"error": "not_a_member"})), SyncState.BLOCKED, Problem.FORBIDDEN),
        (_drop_trigger, SyncState.BLOCKED, Problem.SCHEMA_UPGRADE_REQUIRED),
        (_fault(Fault(status=500)), SyncState.OFFLINE, Problem.SERVER_ERROR),
        (_fault(Fault(garbage=True)), SyncState.OFFLINE, Problem.BAD_RESPONSE),
        (_fault(Fault(delay=5.0)), SyncState.OFFLINE, Problem.TIMEOUT),
    ],
    ids=["401", "403", "424-schema", "500", "garbage-json", "timeout"],
)
def test_every_failure_of_the_backend_is_a_clear_state_and_loses_nothing(
    backend: RunningBackend,
    seeded_pg_engine: Engine,
    tmp_path: Path,
    breaks: Breaker,
    state: SyncState,
    problem: Problem,
) -> None:
    backend.server.app.state.backend.config.schema_ttl = 0.0
    # The client waits long enough for a first snapshot on a busy machine; the fault waits longer still.
    with cached(tmp_path / "cache.db", backend.gateway(timeout=2.5), **FAST) as gateway:
        assert gateway.sync.run_once().error is None
        repair = breaks(backend, seeded_pg_engine)
        mutations = queue_writes(gateway, 3, "refused")
        gateway.sync.sync_now()
        report = gateway.sync.run_once()
        status = gateway.sync.status()
        assert report.error is not None and report.error.problem is problem
        assert (status.state, status.problem) == (state, problem)
        assert status.problem_message() is not None
        assert (status.pending, status.attention) == (3, 0)  # nothing lost, nothing dropped as refused
        assert all(key in gateway.setting_values() for key in ("refused_0", "refused_1", "refused_2"))
        repair()
        gateway.sync.sync_now()
        assert gateway.sync.drain(timeout=30)
        assert gateway.sync.status().state is SyncState.ONLINE
    assert_each_once(seeded_pg_engine, mutations)


def test_real_refusals_are_named(backend: RunningBackend) -> None:
    anonymous = BffGateway(backend.url, token="", org_id="org-1")
    with pytest.raises(BackendRefused) as missing:
        anonymous.services()
    anonymous.close()
    assert missing.value.problem is Problem.UNAUTHORIZED and missing.value.body["error"] == "missing_auth"
    with pytest.raises(BackendRefused) as invalid:
        backend.gateway("stolen-token").services()
    assert invalid.value.problem is Problem.UNAUTHORIZED and invalid.value.body["error"] == "invalid_token"
    with pytest.raises(BackendRefused) as stranger:
        backend.gateway("other-org-token").services()
    assert stranger.value.problem is Problem.FORBIDDEN and stranger.value.body["error"] == "not_a_member"
    assert backend.gateway("other-org-token", org=OTHER_ORG).user_context()["organizations"][0]["org_id"] == OTHER_ORG


def test_an_unreachable_backend_is_offline(tmp_path: Path) -> None:
    nowhere = BffGateway("http://127.0.0.1:9", token="t", org_id="o", timeout=1.0)
    with pytest.raises(BackendUnavailable) as down:
        nowhere.services()
    nowhere.close()
    assert down.value.problem is Problem.UNREACHABLE


def test_the_schema_report_names_what_the_tenant_lacks(backend: RunningBackend, seeded_pg_engine: Engine) -> None:
    backend.server.app.state.backend.config.schema_ttl = 0.0
    assert backend.gateway().check_schema().ok
    with seeded_pg_engine.begin() as connection:
        connection.execute(sa.text("ALTER TABLE lesson_participants DROP COLUMN documentation_ref"))
    report = backend.gateway().check_schema()
    assert not report.ok and "lesson_participants.documentation_ref" in report.missing


def test_the_engine_thread_stops_cleanly(backend: RunningBackend, tmp_path: Path) -> None:
    with cached(tmp_path / "cache.db", backend.gateway(), pull_interval=0.05) as gateway:
        gateway.sync.start()
        time.sleep(0.3)
    assert not [t for t in threading.enumerate() if t.name == "reinex-sync"]
