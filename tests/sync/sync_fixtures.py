"""Fixtures of the sync tests: a seeded tenant on real PostgreSQL, the web backend on 127.0.0.1, caches.

Import the fixtures you use into the test module (`from tests.sync.sync_fixtures import seeded_pg_url`).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from reinex_desktop.bff_server import Member, ServerConfig, ServerThread, build_app
from reinex_desktop.bff_server.faults import FaultPlan
from reinex_desktop.data.demo import load_demo
from reinex_desktop.data.engine import open_engine
from reinex_desktop.data.setup_script import apply_schema
from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.clinic_time import clinic_zone, day_bounds_utc
from reinex_desktop.domain.permissions import Role
from reinex_desktop.sync.bff import BffGateway
from reinex_desktop.sync.cache import CachedGateway, open_cached_gateway
from reinex_desktop.sync.errors import BackendUnavailable, Problem
from reinex_desktop.sync.feed import Remote
from tests.conftest import PgDatabases
from tests.sync.openapi_check import ContractCheck

ORG = "org-1"
OTHER_ORG = "org-2"
OWNER = Actor(None, "דנה", "owner")
OFFICE = Actor(None, "קבלה", "office")
TOKENS = {
    "owner-token": Member("דנה", Role.OWNER, frozenset({ORG})),
    "office-token": Member("קבלה", Role.OFFICE, frozenset({ORG})),
    "other-org-token": Member("זר", Role.OWNER, frozenset({OTHER_ORG})),
}
ROLE_TOKENS = {Role.OWNER: "owner-token", Role.OFFICE: "office-token"}
ZONE = clinic_zone("Asia/Jerusalem")


def clinic_today() -> date:
    return datetime.now(ZONE).date()


def busy_day() -> date:
    """The first Sunday-to-Thursday from today: a full clinic day in the demo data."""
    day = clinic_today()
    while (day.isoweekday() % 7) > 4:  # 0 = Sunday … 4 = Thursday
        day += timedelta(days=1)
    return day


def today_bounds() -> tuple[datetime, datetime]:
    """UTC bounds of `busy_day()`."""
    return day_bounds_utc(busy_day(), ZONE)


_SEEDED: set[str] = set()


def ensure_seeded_template(pg_databases: PgDatabases) -> str:
    """Name of a PostgreSQL database holding the schema and the small demo clinic (cloned per test)."""
    name = f"reinex_seeded_{pg_databases.run_id}"
    if name in _SEEDED:  # several test packages use it; build the template once per run
        return name
    _SEEDED.add(name)
    with pg_databases.admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    pg_databases.created.append(name)
    engine = open_engine(pg_databases.url(name), poolclass=sa.pool.NullPool)
    apply_schema(engine)
    load_demo(engine, "small", today=clinic_today())
    engine.dispose()
    return name


@pytest.fixture(scope="session")
def seeded_template(pg_databases: PgDatabases) -> str:
    return ensure_seeded_template(pg_databases)


def clone(pg_databases: PgDatabases, template: str) -> str:
    name = f"reinex_test_{pg_databases.run_id}_{len(pg_databases.created)}"
    with pg_databases.admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {template}")
    pg_databases.created.append(name)
    return pg_databases.url(name)


@pytest.fixture
def seeded_pg_url(pg_databases: PgDatabases, seeded_template: str) -> str:
    return clone(pg_databases, seeded_template)


@pytest.fixture
def seeded_pg_engine(seeded_pg_url: str) -> Iterator[Engine]:
    """An engine on a fresh clone of the seeded tenant; its connections close with the test."""
    engine = open_engine(seeded_pg_url)
    yield engine
    engine.dispose()


@dataclass
class RunningBackend:
    url: str
    faults: FaultPlan
    server: ServerThread
    clients: list[BffGateway] = field(default_factory=list)

    def gateway(self, token: str = "owner-token", *, org: str = ORG, timeout: float = 10.0) -> BffGateway:
        """A client of this backend; closed when the backend stops."""
        client = BffGateway(self.url, token=token, org_id=org, timeout=timeout)
        self.clients.append(client)
        return client


@contextmanager
def running_backend(engine: Engine, **config: Any) -> Iterator[RunningBackend]:
    config.setdefault("tokens", TOKENS)
    app = build_app(ServerConfig(engine=engine, org_names={ORG: "מרכז רכיבה"}, **config))
    checked = ContractCheck(app)
    server = ServerThread(checked).start()
    running = RunningBackend(server.url, app.state.faults, server)
    try:
        yield running
    finally:
        for client in running.clients:
            client.close()
        server.stop()
    assert not checked.problems, "answers that break openapi.yaml:\n" + "\n".join(checked.problems)


@pytest.fixture
def backend(seeded_pg_engine: Engine) -> Iterator[RunningBackend]:
    """The web backend on 127.0.0.1 over a seeded PostgreSQL tenant."""
    with running_backend(seeded_pg_engine) as running:
        yield running


@contextmanager
def cached(path: Path, remote: Remote, **engine_options: Any) -> Iterator[CachedGateway]:
    """A cache in front of `remote`; every `run_once` pulls unless `pull_interval` says otherwise."""
    engine_options.setdefault("pull_interval", 0.0)
    gateway, _hygiene = open_cached_gateway(path, remote, **engine_options)
    try:
        yield gateway
    finally:
        gateway.close()


def audit_count(engine: Engine, *, mutation_id: uuid.UUID | str | None = None, action: str | None = None) -> int:
    query = "SELECT count(*) FROM audit_events WHERE true"
    params: dict[str, Any] = {}
    if mutation_id is not None:
        query += " AND metadata->>'mutation_id' = :m"
        params["m"] = str(mutation_id)
    if action is not None:
        query += " AND action = :a"
        params["a"] = action
    with engine.connect() as connection:
        return int(connection.execute(sa.text(query), params).scalar_one())


class Switch:
    """A remote that can be cut off (as a pulled cable would) — the real remote behind it otherwise."""

    def __init__(self, remote: Remote) -> None:
        self.remote = remote
        self.online = True
        self.applies_fail = False

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self.remote, name)
        if not callable(attribute) or name == "close":
            return attribute

        def call(*args: Any, **kwargs: Any) -> Any:
            if not self.online or (self.applies_fail and name.startswith("apply")):
                raise BackendUnavailable(Problem.UNREACHABLE, "cable pulled")
            return attribute(*args, **kwargs)

        return call


def eventually(step: Callable[[], Any], check: Callable[[], bool], *, timeout: float = 30.0) -> None:
    """Repeat `step` until `check` holds.

    The change feed hands out a transaction's changes once every transaction that started before it
    has ended, so another client's long write on the same server (here: other test runs) may delay
    them by that long; they are never skipped.
    """
    deadline = time.monotonic() + timeout
    while True:
        step()
        if check():
            return
        if time.monotonic() > deadline:
            raise AssertionError("the change did not arrive in time")
        time.sleep(0.05)
