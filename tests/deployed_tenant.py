"""A deployed tenant on the real PostgreSQL: the web app's tables, row-level security, `app_user`.

`fixtures/deployed_tenant.sql` builds the database as the web app's setup leaves it. Roles are
cluster-wide: `app_user` and `authenticated` are created once and shared by every run (their
creation tolerates a parallel run doing the same), while the logins carry the run's id, so
parallel runs never collide, and are dropped at the end with the run's databases.

Logins (no password: the test server trusts 127.0.0.1):
- `desk`: a member of `app_user` only — the least-privilege desk login the README describes;
- `web`: another member of `app_user`, as the web app and the payroll product write;
- `outsider`: granted the tables directly but in no role a policy names — it sees zero rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

if TYPE_CHECKING:
    from tests.conftest import PgDatabases

SQL = Path(__file__).with_name("fixtures") / "deployed_tenant.sql"
GROUP_ROLES = ("app_user", "authenticated")

_CREATE_GROUP = """DO $role$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') THEN
        CREATE ROLE {name} NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;  -- a parallel run created it a moment ago
END
$role$"""


@dataclass
class TenantLogins:
    desk: str
    web: str
    outsider: str


@dataclass
class DeployedTenant:
    databases: PgDatabases
    name: str
    logins: TenantLogins

    def url(self, login: str | None = None) -> str:
        url = self.databases.admin_url.set(database=self.name)
        if login:
            url = url.set(username=login, password=None)
        return url.render_as_string(hide_password=False)

    def engine(self, login: str | None = None) -> Engine:
        return self.databases.engine(self.url(login))


class DeployedTenants:
    """This run's logins and deployed tenants: a template built once, cloned per test."""

    def __init__(self, databases: PgDatabases) -> None:
        self.databases = databases
        run = databases.run_id
        self.logins = TenantLogins(f"reinex_desk_{run}", f"reinex_web_{run}", f"reinex_outsider_{run}")
        self.names: list[str] = []
        self._template: str | None = None

    def _logins(self) -> tuple[str, ...]:
        return (self.logins.desk, self.logins.web, self.logins.outsider)

    def create_roles(self) -> None:
        with self.databases.admin.connect() as connection:
            for role in GROUP_ROLES:
                connection.exec_driver_sql(_CREATE_GROUP.format(name=role))
            for login in self._logins():
                connection.exec_driver_sql(f"CREATE ROLE {login} LOGIN")
            connection.exec_driver_sql(f"GRANT app_user TO {self.logins.desk}, {self.logins.web}")

    def _create_database(self, template: str | None = None) -> str:
        name = f"reinex_deployed_{self.databases.run_id}_{len(self.names)}"
        clause = f" TEMPLATE {template}" if template else ""
        with self.databases.admin.connect() as connection:
            connection.exec_driver_sql(f"CREATE DATABASE {name}{clause}")
        self.names.append(name)
        return name

    def _build_template(self) -> str:
        name = self._create_database()
        engine = sa.create_engine(self.databases.admin_url.set(database=name), poolclass=sa.pool.NullPool)
        with engine.begin() as connection:
            cursor = connection.connection.cursor()  # no parameters: `format('%I', ...)` stays as it is
            cursor.execute(SQL.read_text(encoding="utf-8"))
            cursor.close()
            # The outsider may touch every table, but no policy names it.
            connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {self.logins.outsider}")
            connection.exec_driver_sql(
                f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {self.logins.outsider}"
            )
        engine.dispose()
        return name

    def fresh(self) -> DeployedTenant:
        if self._template is None:
            self._template = self._build_template()
        return DeployedTenant(self.databases, self._create_database(self._template), self.logins)

    def drop_all(self) -> None:
        with self.databases.admin.connect() as connection:
            # Privileges inside a database keep a role alive: drop this run's tenants first.
            for name in reversed(self.names):
                connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            for login in self._logins():
                connection.exec_driver_sql(f"DROP ROLE IF EXISTS {login}")


@pytest.fixture(scope="session")
def deployed_tenants(pg_databases: PgDatabases) -> Iterator[DeployedTenants]:
    tenants = DeployedTenants(pg_databases)
    tenants.create_roles()
    yield tenants
    for engine in pg_databases.engines:
        engine.dispose()
    tenants.drop_all()


@pytest.fixture
def deployed_tenant(deployed_tenants: DeployedTenants) -> DeployedTenant:
    """A fresh copy of the deployed tenant, as the web app left it."""
    return deployed_tenants.fresh()
