"""Schema diagnostics: what the app would add, what it cannot use, and what the login cannot do.

Read from the database's catalog only, so a check changes nothing and works for any login. The
ownership rules (`data/ownership.py`) decide what is an upgrade and what is an incompatibility: a
missing column of a Reinex table is added by the upgrade, one of a shared table is not.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from reinex_desktop.data.diagnostics_pg import access_gaps, feed_gaps, login_findings
from reinex_desktop.data.engine import is_postgres
from reinex_desktop.data.ownership import is_shared
from reinex_desktop.data.tables import COMMITMENT_BALANCES_READ, COMMITMENT_BALANCES_VIEW, metadata
from reinex_desktop.domain.schema_report import Finding, Reason, SchemaReport


def required_columns() -> dict[str, tuple[str, ...]]:
    """Every table the app maps, with every column it selects."""
    return {table.name: tuple(column.name for column in table.columns) for table in metadata.sorted_tables}


def diagnose(engine: Engine) -> SchemaReport:
    """Name each missing or unusable object and each thing the login may not do; never raise."""
    postgres = is_postgres(engine)
    with engine.connect() as connection:
        tables, columns, findings, present = _structure(connection, postgres)
        if not postgres:
            return SchemaReport(tuple(tables), tuple(columns), findings=tuple(findings))
        feed = feed_gaps(connection, present)
        access = access_gaps(connection, present)
        login, refusals = login_findings(connection, present)
    return SchemaReport(tuple(tables), tuple(columns), tuple(feed), tuple(access), (*findings, *refusals), login)


def _structure(connection: Connection, postgres: bool) -> tuple[list[str], list[str], list[Finding], set[str]]:
    schema = "public" if postgres else None
    inspector = sa.inspect(connection)
    tables = set(inspector.get_table_names(schema=schema))
    views = set(inspector.get_view_names(schema=schema))
    missing_tables: list[str] = []
    missing_columns: list[str] = []
    findings: list[Finding] = []
    for table, wanted in required_columns().items():
        if table not in tables:
            if table in views:
                findings.append(Finding(table, Reason.WRONG_KIND))
            else:
                missing_tables.append(table)
            continue
        present = {column["name"] for column in inspector.get_columns(table, schema=schema)}
        for column in wanted:
            if column in present:
                continue
            if postgres and is_shared(table):
                findings.append(Finding(f"{table}.{column}", Reason.SHARED_COLUMN_MISSING))
            else:
                missing_columns.append(f"{table}.{column}")
    if COMMITMENT_BALANCES_VIEW in views:
        shape = {column["name"] for column in inspector.get_columns(COMMITMENT_BALANCES_VIEW, schema=schema)}
        findings.extend(
            Finding(f"{COMMITMENT_BALANCES_VIEW}.{column}", Reason.VIEW_SHAPE)
            for column in COMMITMENT_BALANCES_READ
            if column not in shape
        )
    elif COMMITMENT_BALANCES_VIEW in tables:
        findings.append(Finding(COMMITMENT_BALANCES_VIEW, Reason.WRONG_KIND))
    else:
        missing_tables.append(COMMITMENT_BALANCES_VIEW)
    needed = set(required_columns()) | {COMMITMENT_BALANCES_VIEW}
    return missing_tables, missing_columns, findings, (tables | views) & needed
