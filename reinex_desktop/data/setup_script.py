"""The idempotent tenant setup: create what is missing, never drop, rename or retype anything.

The PostgreSQL script is generated from the same metadata that creates the embedded SQLite
database, and shipped as `data/sql/tenant_public_schema.sql` for a DBA who prefers `psql -f`.
Every statement is guarded (`IF NOT EXISTS`, `CREATE OR REPLACE VIEW`), so the script can run again
and again, and on a tenant whose tables already exist with extra columns and data.
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
from reinex_desktop.data.tables import COMMITMENT_BALANCES_SELECT, COMMITMENT_BALANCES_VIEW, UNFED_TABLES, metadata

SCRIPT_NAME = "tenant_public_schema.sql"
_LOCK_KEY = 72_114_501  # serializes two workstations upgrading the same tenant at once

HEADER = """-- Reinex tenant `public` schema: idempotent setup.
-- Generated from reinex_desktop/data/tables*.py by `reinex-desktop schema sql`; do not edit by hand.
-- Safe to run repeatedly; it creates missing tables, columns, indexes and views and never drops,
-- renames or retypes anything.
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


def postgres_statements() -> list[str]:
    statements: list[str] = []
    for table in metadata.sorted_tables:
        statements.append(_compile(CreateTable(table, if_not_exists=True)).strip())
        statements.extend(_add_column(table, column) for column in table.columns if not column.primary_key)
        statements.extend(
            _compile(CreateIndex(index, if_not_exists=True))
            for index in sorted(table.indexes, key=lambda i: str(i.name))
        )
    view = COMMITMENT_BALANCES_SELECT.format(schema="public.").strip()
    statements.append(f"CREATE OR REPLACE VIEW public.{COMMITMENT_BALANCES_VIEW} AS\n{view}")
    statements.extend(sync_feed_statements())
    return statements


# --- PostgreSQL only: the change feed that desktop caches pull from (data/tables_sync.py) --------

SYNC_CAPTURE_FUNCTION = "reinex_sync_capture"
SYNC_CAPTURE_TRIGGER = "reinex_sync_capture"

_CAPTURE_BODY = """CREATE OR REPLACE FUNCTION public.reinex_sync_capture() RETURNS trigger
LANGUAGE plpgsql AS $capture$
DECLARE
    new_key text;
    old_key text;
BEGIN
    IF TG_OP <> 'DELETE' THEN
        new_key := to_jsonb(NEW) ->> TG_ARGV[0];
    END IF;
    IF TG_OP <> 'INSERT' THEN
        old_key := to_jsonb(OLD) ->> TG_ARGV[0];
    END IF;
    IF old_key IS NOT NULL AND old_key IS DISTINCT FROM new_key THEN
        INSERT INTO public.sync_changes (txid, table_name, row_key, op, changed_at)
        VALUES (pg_current_xact_id()::text::bigint, TG_TABLE_NAME, old_key, 'D', clock_timestamp());
    END IF;
    IF new_key IS NOT NULL THEN
        INSERT INTO public.sync_changes (txid, table_name, row_key, op, changed_at)
        VALUES (pg_current_xact_id()::text::bigint, TG_TABLE_NAME, new_key, left(TG_OP, 1), clock_timestamp());
    END IF;
    RETURN NULL;
END
$capture$"""


def fed_tables() -> list[sa.Table]:
    """Tenant tables whose every change is written to `sync_changes` (single-column primary key)."""
    return [
        table
        for table in metadata.sorted_tables
        if table.name not in UNFED_TABLES and len(table.primary_key.columns) == 1
    ]


def sync_feed_statements() -> list[str]:
    """The capture function and one row trigger per fed table; `CREATE OR REPLACE`, so re-runnable."""
    statements = [_CAPTURE_BODY]
    for table in fed_tables():
        key = next(iter(table.primary_key.columns)).name
        statements.append(
            f"CREATE OR REPLACE TRIGGER {SYNC_CAPTURE_TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON {_quoted(table)} "
            f"FOR EACH ROW EXECUTE FUNCTION public.{SYNC_CAPTURE_FUNCTION}('{key}')"
        )
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
                connection.exec_driver_sql(statement)
        return
    _apply_sqlite(engine)


def _apply_sqlite(engine: Engine) -> None:
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
