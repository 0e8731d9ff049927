"""Column types that mean the same on PostgreSQL and on the embedded SQLite database.

PostgreSQL gets its native types (uuid, jsonb, arrays, numeric, timestamptz); SQLite gets a faithful
stand-in (uuid as 32 hex characters, JSON text, exact decimals as text, UTC timestamps).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement
from sqlalchemy.types import TypeDecorator

from reinex_desktop.domain.clock import system_clock

GUID = sa.Uuid(as_uuid=True)
JSONB = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


class UtcDateTime(TypeDecorator[datetime]):
    """`timestamptz`: accepts only aware datetimes, always returns them in UTC."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a timestamptz column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        moment: datetime = value
        if moment.tzinfo is None:
            return moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC)


class Money(TypeDecorator[Decimal]):
    """`numeric`: exact decimals on both databases (SQLite keeps them as text, not floats)."""

    impl = sa.Numeric
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(sa.String())
        return dialect.type_descriptor(sa.Numeric(asdecimal=True))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        value = Decimal(str(value))
        return str(value) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(str(value))


class IntArray(TypeDecorator[list[int]]):
    """`int[]` on PostgreSQL, a JSON list on SQLite."""

    impl = sa.JSON
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(postgresql.ARRAY(sa.Integer))
        return dialect.type_descriptor(sa.JSON())

    def process_result_value(self, value: Any, dialect: Dialect) -> list[int] | None:
        return None if value is None else [int(v) for v in value]


class UuidArray(TypeDecorator[list[uuid.UUID]]):
    """`uuid[]` on PostgreSQL, a JSON list of strings on SQLite."""

    impl = sa.JSON
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(postgresql.ARRAY(postgresql.UUID(as_uuid=True)))
        return dialect.type_descriptor(sa.JSON())

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None or dialect.name == "postgresql":
            return value
        return [str(v) for v in value]

    def process_result_value(self, value: Any, dialect: Dialect) -> list[uuid.UUID] | None:
        return None if value is None else [v if isinstance(v, uuid.UUID) else uuid.UUID(str(v)) for v in value]


class NewUuid(FunctionElement[uuid.UUID]):
    """Server-side default for uuid keys: `gen_random_uuid()`, or random hex on SQLite."""

    type = GUID
    inherit_cache = True


@compiles(NewUuid, "postgresql")
def _new_uuid_pg(element: Any, compiler: Any, **kw: Any) -> str:
    return "gen_random_uuid()"


@compiles(NewUuid)
def _new_uuid_default(element: Any, compiler: Any, **kw: Any) -> str:
    return "(lower(hex(randomblob(16))))"


def utcnow() -> datetime:
    return system_clock()
