"""Writing server rows into the cache's mirror tables, and the cache's own bookkeeping.

Rows arrive as JSON (`sync/rows.py`) and replace the local ones by primary key. A row that would
collide with a stale local row on another unique key (a participant deleted and added again with a
new id) replaces it: the server's state is consistent, the stale row is gone there too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from reinex_desktop.sync.cache import store_tables as st
from reinex_desktop.sync.feed import JsonRow, Window
from reinex_desktop.sync.rows import decode_row, key_column, key_text, key_value, table_named

Key = tuple[str, str]
_SQLITE = sqlite.dialect()


@cache
def _unique_groups(name: str) -> tuple[tuple[tuple[str, ...], str | None], ...]:
    """Column groups that must be unique in `name` besides the key, with a partial index's condition."""
    table = table_named(name)
    groups: list[tuple[tuple[str, ...], str | None]] = []
    for constraint in table.constraints:
        if isinstance(constraint, sa.UniqueConstraint):
            groups.append((tuple(c.name for c in constraint.columns), None))
    for index in table.indexes:
        if index.unique:
            where = index.dialect_options["sqlite"].get("where")
            groups.append((tuple(c.name for c in index.columns), str(where) if where is not None else None))
    return tuple(groups)


def upsert(connection: Connection, name: str, rows: Sequence[JsonRow]) -> None:
    if not rows:
        return
    table = table_named(name)
    key = key_column(table)
    decoded = [decode_row(table, row) for row in rows]
    for columns, where in _unique_groups(name):
        clauses = " AND ".join(f'"{c}" IS :{c}' for c in columns)
        condition = f" AND ({where})" if where else ""
        statement = sa.text(f'DELETE FROM "{name}" WHERE {clauses} AND "{key.name}" IS NOT :__key{condition}')
        params = [
            {**{c: _bind(table, c, row.get(c)) for c in columns}, "__key": _bind(table, key.name, row[key.name])}
            for row in decoded
            if all(row.get(c) is not None for c in columns)
        ]
        if params:
            connection.execute(statement, params)
    by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in decoded:
        by_shape.setdefault(tuple(sorted(row)), []).append(row)
    for shape, group in by_shape.items():
        insert = sqlite_insert(table)
        updates = {c: insert.excluded[c] for c in shape if c != key.name}
        upsert_statement = (
            insert.on_conflict_do_update(index_elements=[key.name], set_=updates)
            if updates
            else insert.on_conflict_do_nothing()
        )
        connection.execute(upsert_statement, group)


def _bind(table: sa.Table, column: str, value: Any) -> Any:
    """A value as the column's type stores it in SQLite (for hand-written statements)."""
    processor = table.c[column].type.bind_processor(_SQLITE)
    return processor(value) if processor else value


def delete(connection: Connection, name: str, keys: Iterable[str]) -> None:
    table = table_named(name)
    column = key_column(table)
    values = [key_value(table, key) for key in keys]
    for start in range(0, len(values), 500):
        connection.execute(sa.delete(table).where(column.in_(values[start : start + 500])))


def local_keys(connection: Connection, name: str, where: Any = None) -> set[str]:
    table = table_named(name)
    column = key_column(table)
    query = sa.select(column)
    if where is not None:
        query = query.where(where)
    return {key_text(table, value) for (value,) in connection.execute(query)}


def apply_changes(
    connection: Connection, changes: Iterable[tuple[str, str, JsonRow | None]], *, held: set[Key]
) -> tuple[set[str], set[Key]]:
    """Write rows and tombstones; rows in `held` (changed by queued writes) are kept for later.

    Returns the tables that changed and the held keys met (to fetch again once their writes are sent).
    """
    upserts: dict[str, list[JsonRow]] = {}
    deletes: dict[str, list[str]] = {}
    deferred: set[Key] = set()
    for name, key, row in changes:
        if (name, key) in held:
            deferred.add((name, key))
        elif row is None:
            deletes.setdefault(name, []).append(key)
        else:
            upserts.setdefault(name, []).append(row)
    for name, keys in deletes.items():
        delete(connection, name, keys)
    for name, rows in upserts.items():
        upsert(connection, name, rows)
    return set(upserts) | set(deletes), deferred


# --- bookkeeping ------------------------------------------------------------------------------


def get_state(connection: Connection, key: str, default: Any = None) -> Any:
    value = connection.execute(sa.select(st.state.c.value).where(st.state.c.key == key)).first()
    return default if value is None else value[0]


def set_state(connection: Connection, key: str, value: Any) -> None:
    statement = sqlite_insert(st.state).values(key=key, value=value)
    connection.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def windows(connection: Connection) -> list[Window]:
    rows = connection.execute(sa.select(st.windows.c.start, st.windows.c.end)).all()
    return [Window(datetime.fromisoformat(a), datetime.fromisoformat(b)) for a, b in rows]


def covered(connection: Connection, window: Window) -> bool:
    return any(held.covers(window) for held in windows(connection))


def add_window(connection: Connection, window: Window) -> None:
    """Remember that the cache holds every lesson of `window`, merging it with overlapping spans."""
    merged = window
    for held in windows(connection):
        if held.start <= merged.end and merged.start <= held.end:
            merged = Window(min(held.start, merged.start), max(held.end, merged.end))
    connection.execute(
        st.windows.delete()
        .where(st.windows.c.start <= merged.end.isoformat())
        .where(st.windows.c.end >= merged.start.isoformat())
    )
    connection.execute(st.windows.insert().values(start=merged.start.isoformat(), end=merged.end.isoformat()))


def set_windows(connection: Connection, spans: Sequence[Window]) -> None:
    connection.execute(st.windows.delete())
    for span in spans:
        add_window(connection, span)


def map_versions(connection: Connection, pairs: Mapping[str, str]) -> None:
    for local, remote in pairs.items():
        statement = sqlite_insert(st.version_map).values(local=local, remote=remote)
        connection.execute(statement.on_conflict_do_update(index_elements=["local"], set_={"remote": remote}))


def dirty_keys(connection: Connection) -> set[Key]:
    return {(a, b) for a, b in connection.execute(sa.select(st.dirty.c.table_name, st.dirty.c.row_key))}


def dirty_points(connection: Connection) -> dict[Key, str | None]:
    """Rows to fetch again, with the feed cursor before which a row missing on the server is kept."""
    query = sa.select(st.dirty.c.table_name, st.dirty.c.row_key, st.dirty.c.not_before)
    return {(name, key): point for name, key, point in connection.execute(query)}


def clear_dirty(connection: Connection, keys: Iterable[Key]) -> None:
    for name, key in keys:
        connection.execute(st.dirty.delete().where(st.dirty.c.table_name == name, st.dirty.c.row_key == key))
