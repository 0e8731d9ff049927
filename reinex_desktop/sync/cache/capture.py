"""Which cached rows a command touched while it ran locally (SQLite triggers, see `store.py`).

Knowing them lets the cache fetch exactly those rows again once the server has answered: the
server's version replaces the optimistic one, and a refused write's effect disappears.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from reinex_desktop.sync.cache import store_tables as st
from reinex_desktop.sync.rows import key_column, key_text, key_value, table_named

Key = tuple[str, str]


def start(connection: Connection) -> None:
    connection.execute(st.capture.update().where(st.capture.c.id == 1).values(active=1))


def stop(connection: Connection) -> list[Key]:
    """End capturing; returns the touched rows (table, canonical key), in first-touched order."""
    connection.execute(st.capture.update().where(st.capture.c.id == 1).values(active=0))
    rows = connection.execute(sa.select(st.captured.c.table_name, st.captured.c.row_key)).all()
    connection.execute(st.captured.delete())
    seen: dict[Key, None] = {}
    for name, raw in rows:
        if raw is None:
            continue
        seen[(name, key_text(table_named(name), raw))] = None
    return list(seen)


def versions(connection: Connection, keys: list[Key]) -> dict[str, str]:
    """`updated_at` of the touched rows that have one, as "table|key" → ISO text."""
    found: dict[str, str] = {}
    for name, key in keys:
        table = table_named(name)
        if "updated_at" not in table.c:
            continue
        column = key_column(table)
        query = sa.select(table.c.updated_at).where(column == key_value(table, key))
        value = connection.execute(query).scalar()
        if isinstance(value, datetime):
            found[f"{name}|{key}"] = value.isoformat()
    return found
