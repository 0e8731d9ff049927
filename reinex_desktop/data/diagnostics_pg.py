"""PostgreSQL diagnostics: the change feed, the access the app's tables give, the login's rights.

Catalog reads only (`pg_trigger`, `pg_policy`, `has_table_privilege`...), readable by any login.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Connection

from reinex_desktop.data.ownership import APP_TABLES, DESK_ROLE, TENANT_ROLES, writes
from reinex_desktop.data.setup_access import POLICY_NAME, TABLE_PRIVILEGES, granted_tables
from reinex_desktop.data.setup_feed import (
    IDEMPOTENCY_COLUMN,
    IDEMPOTENCY_TABLE,
    SYNC_CAPTURE_FUNCTION,
    SYNC_CAPTURE_TRIGGER,
    fed_tables,
    trigger_arguments,
)
from reinex_desktop.data.tables import COMMITMENT_BALANCES_VIEW
from reinex_desktop.domain.schema_report import Finding, Reason

_TEXTS = postgresql.ARRAY(sa.Text)


def _relation(name: str) -> str:
    return f'public."{name}"'


def _query(connection: Connection, sql: str, **params: object) -> list[tuple[Any, ...]]:
    statement = sa.text(sql)
    for key, value in params.items():
        if isinstance(value, list):
            statement = statement.bindparams(sa.bindparam(key, type_=_TEXTS))
    return [tuple(row) for row in connection.execute(statement, params)]


def feed_gaps(connection: Connection, present: set[str]) -> list[str]:
    """What sync lacks: the capture functions (with the owner's rights), a trigger per fed table,
    and the idempotency key that lets a mutation be applied at most once."""
    gaps: list[str] = []
    functions: dict[str, bool] = dict(
        _query(
            connection,
            "SELECT p.proname, p.prosecdef FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND p.proname = ANY(:names)",
            names=[SYNC_CAPTURE_FUNCTION],
        )
    )
    if SYNC_CAPTURE_FUNCTION not in functions:
        gaps.append(f"{SYNC_CAPTURE_FUNCTION}()")
    elif not functions[SYNC_CAPTURE_FUNCTION]:
        gaps.append(f"{SYNC_CAPTURE_FUNCTION}() SECURITY DEFINER")
    triggers = {
        str(name): int(count)
        for name, count in _query(
            connection,
            "SELECT c.relname, g.tgnargs FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_proc p ON p.oid = g.tgfoid "
            "WHERE n.nspname = 'public' AND g.tgname = :trigger AND p.proname = :function AND g.tgenabled <> 'D'",
            trigger=SYNC_CAPTURE_TRIGGER,
            function=SYNC_CAPTURE_FUNCTION,
        )
    }
    for table in fed_tables():
        if table.name in present and triggers.get(table.name) != len(trigger_arguments(table)):
            gaps.append(f"{table.name}: trigger {SYNC_CAPTURE_TRIGGER}")
    if IDEMPOTENCY_TABLE in present and not _has_unique_key(connection, IDEMPOTENCY_TABLE, IDEMPOTENCY_COLUMN):
        gaps.append(f"{IDEMPOTENCY_TABLE}: unique key ({IDEMPOTENCY_COLUMN})")
    return gaps


def _has_unique_key(connection: Connection, table: str, column: str) -> bool:
    rows = _query(
        connection,
        "SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] "
        "WHERE i.indrelid = CAST(:relation AS regclass) AND i.indisunique AND i.indnatts = 1 "
        "AND i.indpred IS NULL AND a.attname = :column",
        relation=_relation(table),
        column=column,
    )
    return bool(rows)


def _roles(connection: Connection) -> list[str]:
    rows = _query(connection, "SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)", names=list(TENANT_ROLES))
    return sorted(str(row[0]) for row in rows)


def _lacking_pairs(connection: Connection, who: str | None, pairs: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (relation, privilege) pairs `who` (None: the current login) does not hold, in one query."""
    if not pairs:
        return set()
    subject = "CAST(:who AS name), " if who else ""
    rows = _query(
        connection,
        f"SELECT r, p FROM unnest(:relations, :privileges) AS x(r, p) "
        f"WHERE NOT has_table_privilege({subject}format('public.%I', r), p)",
        relations=[relation for relation, _ in pairs],
        privileges=[privilege for _, privilege in pairs],
        **({"who": who} if who else {}),
    )
    return {(str(row[0]), str(row[1])) for row in rows}


def _lacking(connection: Connection, who: str | None, relations: Iterable[str], privileges: Iterable[str]) -> set[str]:
    """Relations on which `who` lacks one of `privileges`."""
    pairs = [(relation, privilege) for relation in relations for privilege in privileges]
    return {relation for relation, _ in _lacking_pairs(connection, who, pairs)}


def _uses_rls(connection: Connection) -> bool:
    rows = _query(
        connection,
        "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' "
        "AND c.relkind = 'r' AND c.relrowsecurity AND NOT (c.relname = ANY(:own)) LIMIT 1",
        own=sorted(APP_TABLES),
    )
    return bool(rows)


def access_gaps(connection: Connection, present: set[str]) -> list[str]:
    """Grants and policies the upgrade gives the app's tables, as the tenant gives its own."""
    roles = _roles(connection)
    gaps: list[str] = []
    tables = [name for name in granted_tables() if name in present]
    if COMMITMENT_BALANCES_VIEW in present:
        tables.append(COMMITMENT_BALANCES_VIEW)
    # The web app's tables keep the grants it gave them; only the app's own, and what no role can read.
    unreadable = {role: _lacking(connection, role, tables, ("SELECT",)) for role in roles}
    receiving = [name for name in tables if name in APP_TABLES or all(name in unreadable[r] for r in roles)]
    for role in roles:
        wanted = [
            (name, privilege)
            for name in receiving
            for privilege in (("SELECT",) if name == COMMITMENT_BALANCES_VIEW else TABLE_PRIVILEGES)
        ]
        lacking = {name for name, _ in _lacking_pairs(connection, role, wanted)}
        gaps.extend(f"{name}: grants for {role}" for name in receiving if name in lacking)
    if DESK_ROLE in roles and _uses_rls(connection):
        own = [name for name in sorted(APP_TABLES) if name in present]
        protected = {
            str(row[0])
            for row in _query(
                connection,
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "JOIN pg_policy p ON p.polrelid = c.oid WHERE n.nspname = 'public' AND c.relrowsecurity "
                "AND p.polname = :policy AND c.relname = ANY(:own)",
                policy=POLICY_NAME,
                own=own,
            )
        }
        gaps.extend(f"{name}: row-level security for {DESK_ROLE}" for name in own if name not in protected)
    return gaps


def login_findings(connection: Connection, present: set[str]) -> tuple[str, list[Finding]]:
    """What the signed-in login may not do: read or write a table the app needs, or see its rows."""
    login, unlimited = _query(
        connection, "SELECT current_user, rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user"
    )[0]
    if unlimited:
        return str(login), []
    relations = sorted(present)
    unreadable = _lacking(connection, None, relations, ("SELECT",))
    findings = [Finding(name, Reason.CANNOT_READ) for name in relations if name in unreadable]
    needed = [(name, p) for name in relations if name != COMMITMENT_BALANCES_VIEW for p in writes(name)]
    unwritable = {name for name, _ in _lacking_pairs(connection, None, needed)} - unreadable
    findings.extend(Finding(name, Reason.CANNOT_WRITE) for name in relations if name in unwritable)
    hidden = {
        str(row[0])
        for row in _query(
            connection,
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relname = ANY(:names) AND c.relrowsecurity "
            "AND (c.relforcerowsecurity OR NOT pg_has_role(current_user, c.relowner, 'USAGE')) "
            "AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polpermissive "
            "AND p.polcmd IN ('r', '*') AND (0 = ANY(p.polroles) OR EXISTS "
            "(SELECT 1 FROM unnest(p.polroles) AS r(oid) WHERE pg_has_role(current_user, r.oid, 'MEMBER'))))",
            names=relations,
        )
    }
    findings.extend(Finding(name, Reason.NO_ROWS) for name in relations if name in hidden and name not in unreadable)
    return str(login), findings
