"""Inserts the demo clinic into a tenant database, PostgreSQL or SQLite, in one transaction.

Rows go in with SQLAlchemy Core `insert()` executemany, table by table in foreign-key order, and
carry plain Python values: the tables' column types do the per-database conversion (uuid, numeric,
timestamptz, jsonb), so both backends share this one path. Either the whole clinic is written or
nothing is.
"""

from __future__ import annotations

from datetime import date
from itertools import groupby

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from reinex_desktop.data.demo.generator import build_demo, clinic_today
from reinex_desktop.data.demo.rows import DemoRows, DemoSummary, Row
from reinex_desktop.data.demo.sizes import SizeName
from reinex_desktop.data.tables import metadata
from reinex_desktop.domain.catalog import GENERAL_RATE_SERVICE_ID

BATCH = 5_000


class DemoRefusedError(ValueError):
    """The target database already holds a clinic; loading the demo would mix fake and real data."""


def load_demo(engine: Engine, size: SizeName = "small", *, today: date | None = None, seed: int = 7) -> DemoSummary:
    """Write the demo clinic of `size` into an empty tenant schema and say what was written.

    Deterministic: the same `seed` and `today` give identical rows, UUIDs included. Refuses, with
    `DemoRefusedError` (a `ValueError`), a database whose `students` table is not empty. A tenant's
    existing general-rate service and Settings keys are kept, not duplicated.
    """
    today = today or clinic_today()
    rows = build_demo(size, today=today, seed=seed)
    with engine.begin() as connection:
        _refuse_existing_clinic(connection)
        _keep_tenant_rows(connection, rows)
        insert_rows(connection, rows)
    return DemoSummary.of(rows, size, seed, today)


def _refuse_existing_clinic(connection: Connection) -> None:
    students = metadata.tables["students"]
    if connection.execute(sa.select(students.c.id).limit(1)).first() is not None:
        raise DemoRefusedError(
            "This database already has students; the demo clinic loads only into a database without "
            "students, so that demo data never mixes with a real clinic."
        )


def _keep_tenant_rows(connection: Connection, rows: DemoRows) -> None:
    """Drop demo rows that a payroll tenant already has: the general-rate service, Settings keys."""
    services = metadata.tables["Services"]
    present = connection.execute(sa.select(services.c.id).where(services.c.id == GENERAL_RATE_SERVICE_ID))
    if present.first() is not None:
        rows.tables["Services"] = [r for r in rows.tables["Services"] if r["id"] != GENERAL_RATE_SERVICE_ID]
    settings = metadata.tables["Settings"]
    keys = set(connection.execute(sa.select(settings.c.key)).scalars())
    rows.tables["Settings"] = [r for r in rows.tables["Settings"] if r["key"] not in keys]


def _shape_of(row: Row) -> tuple[str, ...]:
    return tuple(row)


def insert_rows(connection: Connection, rows: DemoRows) -> None:
    """Bulk-insert every table in dependency order; rows of one table share one statement per shape."""
    unknown = set(rows.tables) - set(metadata.tables)
    if unknown:
        raise KeyError(f"demo rows for unknown tables: {sorted(unknown)}")
    for table in metadata.sorted_tables:
        for _shape, batch in groupby(rows.tables.get(table.name, []), key=_shape_of):
            chunk: list[Row] = list(batch)
            for start in range(0, len(chunk), BATCH):
                connection.execute(table.insert(), chunk[start : start + BATCH])
