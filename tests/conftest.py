"""Shared fixtures: real PostgreSQL (a fresh database per run), SQLite files, offscreen Qt."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REINEX_TESTING", "1")
# Background operations run inline, so widget tests see their results at once.
os.environ.setdefault("REINEX_SYNC_OPERATIONS", "1")

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url

from reinex_desktop.data.engine import open_engine
from reinex_desktop.data.setup_script import apply_schema

DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def _pg_required() -> bool:
    return os.environ.get("REINEX_REQUIRE_PG") == "1"


@pytest.fixture(scope="session", autouse=True)
def _widgets_application_first(request: pytest.FixtureRequest) -> None:
    """The run's one QApplication, made before any test: a command-line test run in-process would
    otherwise leave a bare QCoreApplication behind, which every later widget test refuses."""
    request.getfixturevalue("qapp")


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    """The maintenance URL of the test server; skips (or fails under REINEX_REQUIRE_PG=1) without one."""
    url = os.environ.get("REINEX_TEST_PG_URL", DEFAULT_PG_URL)
    try:
        engine = open_engine(url, poolclass=sa.pool.NullPool)
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
        engine.dispose()
    except Exception as error:  # any failure to reach the server means "no PostgreSQL here"
        reason = f"PostgreSQL not reachable at {url}: {error}"
        if _pg_required():
            pytest.fail(reason)
        pytest.skip(reason)
    return url


class PgDatabases:
    """Creates throw-away databases on the test server and drops them at the end of the run."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = make_url(admin_url)
        self.admin = sa.create_engine(self.admin_url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
        self.created: list[str] = []
        self.engines: list[Engine] = []
        self.run_id = uuid.uuid4().hex[:8]
        self._template: str | None = None

    def _create(self, template: str | None = None) -> str:
        name = f"reinex_test_{self.run_id}_{len(self.created)}"
        clause = f" TEMPLATE {template}" if template else ""
        with self.admin.connect() as connection:
            connection.exec_driver_sql(f"CREATE DATABASE {name}{clause}")
        self.created.append(name)
        return name

    def url(self, name: str) -> str:
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def empty(self) -> str:
        """URL of a new, empty database."""
        return self.url(self._create())

    def with_schema(self) -> str:
        """URL of a new database holding the full tenant schema (cloned from a template)."""
        if self._template is None:
            name = self._create()
            engine = open_engine(self.url(name), poolclass=sa.pool.NullPool)
            apply_schema(engine)
            engine.dispose()
            self._template = name
        return self.url(self._create(self._template))

    def engine(self, url: str, **kwargs: object) -> Engine:
        engine = open_engine(url, **kwargs)
        self.engines.append(engine)
        return engine

    def drop_all(self) -> None:
        for engine in self.engines:
            engine.dispose()
        with self.admin.connect() as connection:
            for name in reversed(self.created):
                connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_databases(pg_admin_url: str) -> Iterator[PgDatabases]:
    databases = PgDatabases(pg_admin_url)
    yield databases
    databases.drop_all()


@pytest.fixture(autouse=True)
def _return_pg_connections(request: pytest.FixtureRequest) -> Iterator[None]:
    """Close the pooled connections of every engine a test opened: the server allows ~100 in all."""
    yield
    if "pg_databases" in request.fixturenames:
        databases: PgDatabases = request.getfixturevalue("pg_databases")
        for engine in databases.engines:
            engine.dispose()
        databases.engines.clear()


@pytest.fixture
def pg_url(pg_databases: PgDatabases) -> str:
    """A fresh PostgreSQL database with the tenant schema applied."""
    return pg_databases.with_schema()


@pytest.fixture
def pg_engine(pg_databases: PgDatabases, pg_url: str) -> Iterator[Engine]:
    engine = pg_databases.engine(pg_url)
    yield engine
    engine.dispose()  # the server allows ~100 connections: give this test's back before the next one


@pytest.fixture
def sqlite_url(tmp_path: object) -> str:
    return f"sqlite:///{tmp_path}/tenant.db"


@pytest.fixture
def sqlite_engine(sqlite_url: str) -> Iterator[Engine]:
    engine = open_engine(sqlite_url)
    apply_schema(engine)
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_engine(request: pytest.FixtureRequest) -> Engine:
    """The same test on the embedded SQLite database and on real PostgreSQL."""
    fixture = "sqlite_engine" if request.param == "sqlite" else "pg_engine"
    return request.getfixturevalue(fixture)


EngineFactory = Callable[[], Engine]


# The deployed-tenant fixtures, shared by the data and command-line tests.
from tests.deployed_tenant import deployed_tenant, deployed_tenants  # noqa: E402, F401
