"""The change feed read from a PostgreSQL tenant (`sync_changes`, fed by triggers).

Each read runs in one REPEATABLE READ transaction: it takes the snapshot's `xmin`, hands out only
entries of transactions below it (all finished, so none can still appear behind the cursor), and
reads the changed rows from the same snapshot. The next cursor is that `xmin`, or the last entry
handed out when the batch was full. See `data/tables_sync.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Connection, Engine

from reinex_desktop.data import tables as t
from reinex_desktop.data.setup_script import SYNC_CAPTURE_TRIGGER, fed_tables
from reinex_desktop.domain.clock import Clock, system_clock
from reinex_desktop.sync.errors import BackendRefused, Problem
from reinex_desktop.sync.feed import ChangeBatch, JsonRow, RowChange, RowPage, Window, WindowRows
from reinex_desktop.sync.rows import encode_row, key_column, key_text, key_value, table_named

PRUNED_BELOW = "pruned_below"
_XMIN = sa.text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")


def parse_cursor(cursor: str) -> tuple[int, int]:
    try:
        txid, seq = cursor.split(":")
        return int(txid), int(seq)
    except ValueError:
        raise ValueError(f"malformed cursor {cursor!r}") from None


def _window_filter(table: sa.Table, window: Window) -> Any:
    instances = table_named("lesson_instances")
    if table is instances:
        return sa.and_(instances.c.datetime_start >= window.start, instances.c.datetime_start < window.end)
    if table is table_named("lesson_participants"):
        inside = sa.select(instances.c.id).where(_window_filter(instances, window))
        return table.c.lesson_instance_id.in_(inside)
    if table is table_named("audit_events"):
        return table.c.occurred_at >= window.start
    return None


class TenantDbFeed:
    """`ChangeFeed` over a PostgreSQL tenant database."""

    def __init__(self, engine: Engine, *, clock: Clock = system_clock) -> None:
        self.engine = engine
        self.clock = clock
        self._checked = False

    def _snapshot(self) -> Any:
        connection = self.engine.connect().execution_options(isolation_level="REPEATABLE READ")
        return connection

    def check(self) -> None:
        """Refuse (feed missing) when the tenant lacks the change-feed triggers: the schema needs upgrading."""
        names = [table.name for table in fed_tables()]
        query = sa.text(
            "SELECT count(DISTINCT c.relname) FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND g.tgname = :name AND c.relname = ANY(:tables)"
        ).bindparams(sa.bindparam("tables", type_=postgresql.ARRAY(sa.Text)))
        with self.engine.connect() as connection:
            present = connection.execute(query, {"name": SYNC_CAPTURE_TRIGGER, "tables": names}).scalar_one()
        if present < len(names):
            raise BackendRefused(Problem.FEED_MISSING, f"{len(names) - present} tables lack the change trigger")
        self._checked = True

    def _ensure_checked(self) -> None:
        if not self._checked:
            self.check()

    def horizon(self) -> str:
        self._ensure_checked()
        with self.engine.connect() as connection:
            return f"{connection.execute(_XMIN).scalar_one()}:0"

    def changes_since(self, cursor: str, *, limit: int = 2000) -> ChangeBatch:
        self._ensure_checked()
        txid, seq = parse_cursor(cursor)
        changes = table_named("sync_changes")
        with self._snapshot() as connection, connection.begin():
            xmin = connection.execute(_XMIN).scalar_one()
            pruned = connection.execute(
                sa.select(t.SyncFeedStateRow.value).where(t.SyncFeedStateRow.key == PRUNED_BELOW)
            ).scalar()
            if pruned is not None and txid < pruned:
                return ChangeBatch(cursor=f"{xmin}:0", reset=True)
            entries = connection.execute(
                sa.select(changes.c.txid, changes.c.seq, changes.c.table_name, changes.c.row_key)
                .where(sa.tuple_(changes.c.txid, changes.c.seq) > sa.tuple_(txid, seq), changes.c.txid < xmin)
                .order_by(changes.c.txid, changes.c.seq)
                .limit(limit)
            ).all()
            wanted: dict[tuple[str, str], None] = {}
            for entry in entries:
                if entry.table_name in t.metadata.tables:
                    wanted.pop((entry.table_name, entry.row_key), None)
                    wanted[(entry.table_name, entry.row_key)] = None  # keep the order of the last change
            current = self._current_rows(connection, list(wanted))
        more = len(entries) == limit
        next_cursor = f"{entries[-1].txid}:{entries[-1].seq}" if more else f"{xmin}:0"
        batch = tuple(RowChange(name, key, current.get((name, key))) for name, key in wanted)
        return ChangeBatch(cursor=next_cursor, changes=batch, more=more)

    def _current_rows(self, connection: Connection, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], JsonRow]:
        by_table: dict[str, list[str]] = {}
        for name, key in keys:
            by_table.setdefault(name, []).append(key)
        found: dict[tuple[str, str], JsonRow] = {}
        for name, table_keys in by_table.items():
            table = table_named(name)
            column = key_column(table)
            for start in range(0, len(table_keys), 1000):
                chunk = [key_value(table, key) for key in table_keys[start : start + 1000]]
                for row in connection.execute(sa.select(table).where(column.in_(chunk))):
                    found[(name, key_text(table, row._mapping[column.name]))] = encode_row(table, row._mapping)
        return found

    def rows(self, table: str, keys: Sequence[str]) -> dict[str, JsonRow | None]:
        with self.engine.connect() as connection:
            current = self._current_rows(connection, [(table, key) for key in keys])
        return {key: current.get((table, key)) for key in keys}

    def snapshot(
        self, table: str, *, after: str | None = None, limit: int = 5000, window: Window | None = None
    ) -> RowPage:
        target = table_named(table)
        column = key_column(target)
        query = sa.select(target).order_by(column).limit(limit)
        if after is not None:
            query = query.where(column > key_value(target, after))
        if window is not None and (clause := _window_filter(target, window)) is not None:
            query = query.where(clause)
        with self.engine.connect() as connection:
            rows = [row._mapping for row in connection.execute(query)]
        encoded = tuple(encode_row(target, row) for row in rows)
        next_after = key_text(target, rows[-1][column.name]) if len(rows) == limit else None
        return RowPage(encoded, next_after)

    def lessons_window(self, window: Window) -> WindowRows:
        tables: dict[str, tuple[JsonRow, ...]] = {}
        with self._snapshot() as connection, connection.begin():
            for table in (table_named("lesson_instances"), table_named("lesson_participants")):
                rows = connection.execute(sa.select(table).where(_window_filter(table, window)))
                tables[table.name] = tuple(encode_row(table, row._mapping) for row in rows)
        return WindowRows(window, tables)

    def prune(self, *, older_than: timedelta = timedelta(days=30)) -> int:
        """Forget feed entries older than `older_than`; caches behind them fetch everything again."""
        changes = table_named("sync_changes")
        cutoff = self.clock() - older_than
        with self.engine.begin() as connection:
            newest = connection.execute(
                sa.select(sa.func.max(changes.c.txid)).where(changes.c.changed_at < cutoff)
            ).scalar()
            if newest is None:
                return 0
            deleted = connection.execute(sa.delete(changes).where(changes.c.txid <= newest)).rowcount
            state = postgresql.insert(table_named("sync_feed_state")).values(key=PRUNED_BELOW, value=newest + 1)
            connection.execute(
                state.on_conflict_do_update(index_elements=["key"], set_={"value": state.excluded.value})
            )
        return int(deleted or 0)
