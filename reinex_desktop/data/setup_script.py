"""The idempotent tenant setup: add what the app owns and is missing; drop, rename, retype nothing.

The PostgreSQL script is generated from the same metadata that creates the embedded SQLite
database, and shipped as `data/sql/tenant_public_schema.sql` for a DBA who prefers `psql -f`.
On a deployed tenant it adds only the app's own objects (ownership rules in `data/ownership.py`):
missing tables; columns and indexes on the Reinex tables; the change feed; grants and policies for
its own tables. Shared tables get no column, and an existing view is used as it is. Every statement
is guarded, so the script can run again and again.
"""

from __future__ import annotations

import copy
from importlib import resources
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Engine
from sqlalchemy.schema import CreateColumn, CreateIndex, CreateTable

from reinex_desktop.data.engine import is_postgres
from reinex_desktop.data.ownership import is_shared
from reinex_desktop.data.setup_access import access_statement
from reinex_desktop.data.setup_feed import (
    SYNC_CAPTURE_FUNCTION,
    SYNC_CAPTURE_TRIGGER,
    fed_tables,
    guarded_index,
    sync_feed_statements,
)
from reinex_desktop.data.tables import COMMITMENT_BALANCES_SELECT, COMMITMENT_BALANCES_VIEW, metadata

__all__ = [
    "SCRIPT_NAME",
    "SYNC_CAPTURE_FUNCTION",
    "SYNC_CAPTURE_TRIGGER",
    "apply_schema",
    "fed_tables",
    "postgres_script",
    "postgres_statements",
    "shipped_script",
    "write_shipped_script",
]

SCRIPT_NAME = "tenant_public_schema.sql"
_LOCK_KEY = 72_114_501  # serializes two workstations upgrading the same tenant at once

HEADER = """-- Reinex tenant `public` schema: idempotent setup.
-- Generated from reinex_desktop/data/tables*.py by `reinex-desktop schema sql`; do not edit by hand.
-- Safe to run repeatedly; it adds only what Reinex owns and is missing: tables, columns and indexes
-- of the Reinex tables, the change feed, grants and policies of its own tables. It never drops,
-- renames or retypes anything, adds no column to the tables shared with the payroll product and
-- leaves an existing view as it is.
"""


def _compile(element: sa.schema.ExecutableDDLElement) -> str:
    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    return str(element.compile(dialect=dialect, schema_translate_map={None: "public"}, render_schema_translate=True))


def _quoted(table: sa.Table) -> str:
    return f"public.{postgresql.dialect().identifier_preparer.quote(table.name)}"  # type: ignore[no-untyped-call]


def _add_column(table: sa.Table, column: sa.Column[object]) -> str:
    spec = copy.copy(column)
    if column.server_default is None:
        # A NOT NULL column without a default cannot be added to a table that holds rows.
        spec.nullable = True
    body = _compile(CreateColumn(spec))  # type: ignore[arg-type]
    return f"ALTER TABLE {_quoted(table)} ADD COLUMN IF NOT EXISTS {body}"


def _index(index: sa.Index) -> str:
    create = _compile(CreateIndex(index, if_not_exists=True)).strip()
    columns = tuple(column.name for column in index.columns)
    return guarded_index(_quoted(index.table), columns, bool(index.unique), create)  # type: ignore[arg-type]


def _view() -> str:
    select = COMMITMENT_BALANCES_SELECT.format(schema="public.").strip()
    return f"""DO $view$
BEGIN
    IF to_regclass('public.{COMMITMENT_BALANCES_VIEW}') IS NULL THEN
        CREATE VIEW public.{COMMITMENT_BALANCES_VIEW} AS
        {select};
    END IF;
END
$view$"""


def postgres_statements() -> list[str]:
    statements: list[str] = []
    for table in metadata.sorted_tables:
        statements.append(_compile(CreateTable(table, if_not_exists=True)).strip())
        if is_shared(table.name):
            continue  # shared with the payroll product: created when absent, never altered
        statements.extend(_add_column(table, column) for column in table.columns if not column.primary_key)
        statements.extend(_index(index) for index in sorted(table.indexes, key=lambda i: str(i.name)))
    statements.append(_view())
    statements.extend(sync_feed_statements())
    statements.append(access_statement())
    return statements


def postgres_script() -> str:
    body = ";\n\n".join(postgres_statements())
    return f"{HEADER}\nBEGIN;\n\nSELECT pg_advisory_xact_lock({_LOCK_KEY});\n\n{body};\n\nCOMMIT;\n"


def shipped_script() -> str:
    return resources.files("reinex_desktop.data").joinpath("sql", SCRIPT_NAME).read_text(encoding="utf-8")


def write_shipped_script(path: Path | None = None) -> Path:
    target = path or Path(__file__).with_name("sql") / SCRIPT_NAME
    target.write_text(postgres_script(), encoding="utf-8")
    return target


def apply_schema(engine: Engine) -> None:
    """Bring the tenant schema up to what the app needs, in one transaction."""
    if is_postgres(engine):
        with engine.begin() as connection:
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_LOCK_KEY})")
            for statement in postgres_statements():
                # The driver reads `%` as a placeholder: `format('%I', ...)` is written `%%I` to it.
                connection.exec_driver_sql(statement.replace("%", "%%"))
        return
    _apply_sqlite(engine)


def _apply_sqlite(engine: Engine) -> None:
    """The embedded database is the app's own: every table may get its missing columns."""
    with engine.begin() as connection:
        metadata.create_all(connection, checkfirst=True)
        inspector = sa.inspect(connection)
        for table in metadata.sorted_tables:
            present = {column["name"] for column in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name not in present:
                    spec = copy.copy(column)
                    spec.nullable = spec.nullable or column.server_default is None
                    ddl = CreateColumn(spec).compile(dialect=connection.dialect)
                    connection.exec_driver_sql(f'ALTER TABLE "{table.name}" ADD COLUMN {ddl}')
        view = COMMITMENT_BALANCES_SELECT.format(schema="").strip()
        connection.exec_driver_sql(f"CREATE VIEW IF NOT EXISTS {COMMITMENT_BALANCES_VIEW} AS {view}")
