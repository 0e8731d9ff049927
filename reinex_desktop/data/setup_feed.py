"""PostgreSQL only: the change feed desktop caches pull from (`data/tables_sync.py`).

The capture trigger sits on every fed table, the shared ones included, so it must never make
another product's write fail: the function runs with its owner's rights (SECURITY DEFINER, so a
writer needs no privilege on `sync_changes`) under a fixed search_path, and on a shared table a
failure to record becomes a warning, not an error. Reinex's own tables record without that guard:
there a lost entry would silently leave a workstation behind, and a subtransaction per row would
slow generation down.
"""

from __future__ import annotations

import textwrap

import sqlalchemy as sa

from reinex_desktop.data.ownership import is_shared
from reinex_desktop.data.tables import UNFED_TABLES, metadata

SYNC_CAPTURE_FUNCTION = "reinex_sync_capture"
SYNC_CAPTURE_TRIGGER = "reinex_sync_capture"
#: The second trigger argument that marks a table shared with another product.
SHARED_MARK = "shared"
#: The feed's idempotency key: a mutation is recorded (and so applied) at most once.
IDEMPOTENCY_TABLE = "sync_applied_mutations"
IDEMPOTENCY_COLUMN = "mutation_id"

_RECORD = """IF old_key IS NOT NULL AND old_key IS DISTINCT FROM new_key THEN
    INSERT INTO public.sync_changes (txid, table_name, row_key, op, changed_at)
    VALUES (pg_current_xact_id()::text::bigint, TG_TABLE_NAME, old_key, 'D', clock_timestamp());
END IF;
IF new_key IS NOT NULL THEN
    INSERT INTO public.sync_changes (txid, table_name, row_key, op, changed_at)
    VALUES (pg_current_xact_id()::text::bigint, TG_TABLE_NAME, new_key, left(TG_OP, 1), clock_timestamp());
END IF;"""


def _record(indent: str) -> str:
    """The two feed inserts, written out in place: a nested function call per row costs generation."""
    return textwrap.indent(_RECORD, indent).lstrip()


_CAPTURE_BODY = f"""CREATE OR REPLACE FUNCTION public.reinex_sync_capture() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $capture$
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
    IF TG_NARGS > 1 AND TG_ARGV[1] = 'shared' THEN
        BEGIN
            {_record(" " * 12)}
        EXCEPTION WHEN OTHERS THEN
            RAISE WARNING 'Reinex: a change of % was not recorded for workstations: %', TG_TABLE_NAME, SQLERRM;
        END;
    ELSE
        {_record(" " * 8)}
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


def _quoted(table: sa.Table) -> str:
    return f'public."{table.name}"' if table.name != table.name.lower() else f"public.{table.name}"


def trigger_arguments(table: sa.Table) -> tuple[str, ...]:
    key = next(iter(table.primary_key.columns)).name
    return (key, SHARED_MARK) if is_shared(table.name) else (key,)


def guarded_index(table: str, columns: tuple[str, ...], unique: bool, create: str) -> str:
    """Create an index only when no index of the table already covers the same columns in order.

    A deployed tenant's own index under another name serves as well; a second copy would only
    slow its writes down.
    """
    wanted = ", ".join(f"'{column}'" for column in columns)
    unique_clause = " AND i.indisunique" if unique else ""
    return f"""DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = '{table}'::regclass{unique_clause}
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY[{wanted}]::text[]
    ) THEN
        {create};
    END IF;
END
$index$"""


def sync_feed_statements() -> list[str]:
    """The capture functions, one row trigger per fed table and the idempotency key; re-runnable."""
    statements = [_CAPTURE_BODY]
    for table in fed_tables():
        arguments = ", ".join(f"'{argument}'" for argument in trigger_arguments(table))
        statements.append(
            f"CREATE OR REPLACE TRIGGER {SYNC_CAPTURE_TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON {_quoted(table)} "
            f"FOR EACH ROW EXECUTE FUNCTION public.{SYNC_CAPTURE_FUNCTION}({arguments})"
        )
    create = (
        f"CREATE UNIQUE INDEX IF NOT EXISTS uq_{IDEMPOTENCY_TABLE}_{IDEMPOTENCY_COLUMN} "
        f"ON public.{IDEMPOTENCY_TABLE} ({IDEMPOTENCY_COLUMN})"
    )
    statements.append(guarded_index(f"public.{IDEMPOTENCY_TABLE}", (IDEMPOTENCY_COLUMN,), True, create))
    return statements
