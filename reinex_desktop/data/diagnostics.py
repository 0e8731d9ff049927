"""Schema diagnostics: compare the columns the app needs with the database's catalog."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from reinex_desktop.data.engine import is_postgres
from reinex_desktop.data.tables import COMMITMENT_BALANCES_VIEW, metadata
from reinex_desktop.domain.schema_report import SchemaReport


def required_columns() -> dict[str, tuple[str, ...]]:
    """Every table the app maps, with every column it selects."""
    return {table.name: tuple(column.name for column in table.columns) for table in metadata.sorted_tables}


def diagnose(engine: Engine) -> SchemaReport:
    """Name each missing table, view and `table.column`; never raise on an incomplete schema."""
    schema = "public" if is_postgres(engine) else None
    with engine.connect() as connection:
        inspector = sa.inspect(connection)
        tables = set(inspector.get_table_names(schema=schema))
        views = set(inspector.get_view_names(schema=schema))
        missing_tables: list[str] = []
        missing_columns: list[str] = []
        for table, columns in required_columns().items():
            if table not in tables:
                missing_tables.append(table)
                continue
            present = {column["name"] for column in inspector.get_columns(table, schema=schema)}
            missing_columns.extend(f"{table}.{column}" for column in columns if column not in present)
        if COMMITMENT_BALANCES_VIEW not in views:
            missing_tables.append(COMMITMENT_BALANCES_VIEW)
    return SchemaReport(tuple(missing_tables), tuple(missing_columns))
