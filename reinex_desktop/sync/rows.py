"""Tenant rows as JSON: how a row travels from the tenant database (or the web backend) to a cache.

The change feed hands out whole rows of any tenant table. They are encoded column by column from
the table's SQLAlchemy types and decoded the same way on arrival, so a table or column added to
`data/tables*.py` travels without new code. Unknown columns (a newer tenant) are ignored; missing
ones stay NULL.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.data.types import IntArray, Money, UtcDateTime, UuidArray
from reinex_desktop.domain.codec import to_json


def table_named(name: str) -> sa.Table:
    try:
        return t.metadata.tables[name]
    except KeyError:
        raise LookupError(f"unknown tenant table {name!r}") from None


def key_column(table: sa.Table) -> sa.Column[Any]:
    columns = list(table.primary_key.columns)
    if len(columns) != 1:
        raise LookupError(f"table {table.name!r} has no single-column primary key")
    return columns[0]


def fed_table_names() -> list[str]:
    """Every tenant table a cache mirrors (the tables the PostgreSQL triggers feed)."""
    return [
        table.name
        for table in t.metadata.sorted_tables
        if table.name not in t.UNFED_TABLES and len(table.primary_key.columns) == 1
    ]


def _is_uuid(column: sa.Column[Any]) -> bool:
    return isinstance(column.type, sa.Uuid)


def key_text(table: sa.Table, value: Any) -> str:
    """The canonical text of a primary-key value (UUIDs with dashes, lower case)."""
    if _is_uuid(key_column(table)):
        return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))
    return str(value)


def key_value(table: sa.Table, text: str) -> Any:
    column = key_column(table)
    if _is_uuid(column):
        return uuid.UUID(text)
    if isinstance(column.type, sa.Integer):
        return int(text)
    return text


def encode_value(value: Any) -> Any:
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return to_json(value)


def encode_row(table: sa.Table, row: Mapping[Any, Any]) -> dict[str, Any]:
    """JSON for a row given by column name (a Core `Row._mapping` or a plain mapping)."""
    return {column.name: encode_value(row[column.name]) for column in table.columns if column.name in row}


def decode_value(column: sa.Column[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, UtcDateTime | sa.DateTime):
        parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if isinstance(kind, Money) or (isinstance(kind, sa.Numeric) and not isinstance(kind, sa.Float)):
        return Decimal(str(value))
    if isinstance(kind, sa.Uuid):
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    if isinstance(kind, UuidArray):
        return [uuid.UUID(str(item)) for item in value]
    if isinstance(kind, IntArray):
        return [int(item) for item in value]
    if isinstance(kind, sa.Date):
        return value if isinstance(value, date) else date.fromisoformat(str(value))
    if isinstance(kind, sa.Time):
        return value if isinstance(value, time) else time.fromisoformat(str(value))
    if isinstance(kind, sa.JSON):
        return value
    if isinstance(kind, sa.Boolean):
        return bool(value)
    if isinstance(kind, sa.Integer):
        return int(value)
    return value


def decode_row(table: sa.Table, data: Mapping[str, Any]) -> dict[str, Any]:
    """Python values by column name, ready for a Core insert into the same table on any database."""
    return {column.name: decode_value(column, data[column.name]) for column in table.columns if column.name in data}


def orm_class(table: sa.Table) -> type[Any]:
    for mapper in t.Base.registry.mappers:
        if mapper.local_table is table:
            return mapper.class_
    raise LookupError(f"no mapped class for {table.name!r}")


def orm_instance(table: sa.Table, data: Mapping[str, Any]) -> Any:
    """A transient ORM object from a JSON row, for the mappers of `tenant_db` (never added to a session)."""
    cls = orm_class(table)
    mapper = sa.inspect(cls)
    values = decode_row(table, data)
    kwargs = {mapper.get_property_by_column(table.c[name]).key: value for name, value in values.items()}
    return cls(**kwargs)
