"""Bringing the cache up to date: the working set once, then changes since the server's cursor.

Each batch of changes is written with its cursor in one local transaction, so after a crash the
cache resumes exactly where its rows stand. Rows changed by writes still in the outbox are held
back (the user's pending change stays on screen) and fetched again once those writes are answered,
together with every row an answered write touched — which is how a refused write's optimistic
effect disappears. A visible date window can be fetched again on demand; hard-deleted lessons
(undo, reset forward) vanish with it as with the feed's tombstones.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from reinex_desktop.data import tables as t
from reinex_desktop.sync.cache import outbox, replica
from reinex_desktop.sync.cache.store import LocalStore
from reinex_desktop.sync.feed import JsonRow, Remote, Window, cursor_key
from reinex_desktop.sync.rows import fed_table_names, key_text, key_value, table_named

log = logging.getLogger(__name__)

CURSOR = "cursor"
LAST_PULL = "last_pull_at"
DAYS_BACK = 7
DAYS_AHEAD = 28


def working_window(now: datetime, *, back: int = DAYS_BACK, ahead: int = DAYS_AHEAD) -> Window:
    """At least `back` days back and `ahead` days ahead (REQUIREMENTS working set), whole UTC days."""
    today = now.astimezone(UTC).date()
    start = datetime(today.year, today.month, today.day, tzinfo=UTC) - timedelta(days=back + 1)
    return Window(start, start + timedelta(days=back + ahead + 3))


@dataclass
class PullReport:
    tables: set[str] = field(default_factory=set)
    rows: int = 0
    bootstrapped: bool = False


class Puller:
    def __init__(
        self,
        store: LocalStore,
        remote: Remote,
        *,
        window: Callable[[], Window] | None = None,
        batch_limit: int = 2000,
    ) -> None:
        self.store = store
        self.remote = remote
        self.window = window or (lambda: working_window(store.clock()))
        self.batch_limit = batch_limit

    def bootstrapped(self) -> bool:
        with self.store.read_connection() as connection:
            return replica.get_state(connection, CURSOR) is not None

    # --- the working set --------------------------------------------------------------------------

    def bootstrap(self) -> PullReport:
        """Fetch the whole working set; the cursor is taken first, so nothing committed meanwhile is missed."""
        cursor = self.remote.horizon()
        window = self.window()
        fetched: dict[str, list[JsonRow]] = {}
        for name in fed_table_names():
            rows: list[JsonRow] = []
            after: str | None = None
            while True:
                page = self.remote.snapshot(name, after=after, window=window)
                rows.extend(page.rows)
                if page.next_after is None:
                    break
                after = page.next_after
            fetched[name] = rows
        report = PullReport(bootstrapped=True)
        with self.store.write_connection() as connection:
            held = outbox.queued_touched(connection)
            for name, rows in fetched.items():
                table = table_named(name)
                keep = [key_value(table, key) for held_table, key in held if held_table == name]
                column = next(iter(table.primary_key.columns))
                connection.execute(sa.delete(table).where(column.not_in(keep)) if keep else sa.delete(table))
                key_name = column.name
                rows = [row for row in rows if (name, key_text(table, row[key_name])) not in held]
                replica.upsert(connection, name, rows)
                report.rows += len(rows)
                report.tables.add(name)
            replica.clear_dirty(connection, replica.dirty_keys(connection) - held)
            replica.set_windows(connection, [window])
            replica.set_state(connection, CURSOR, cursor)
            replica.set_state(connection, LAST_PULL, self.store.clock().isoformat())
        return report

    # --- changes ----------------------------------------------------------------------------------

    def pull(self) -> PullReport:
        """Rows touched by answered writes first, then the feed's batches, each with its cursor.

        A touched row the server lacks is deleted once the feed has passed the write's commit
        point (the server's own rows for that write are in by then), so nothing blinks away."""
        with self.store.read_connection() as connection:
            cursor = replica.get_state(connection, CURSOR)
            points = replica.dirty_points(connection)
            held = outbox.queued_touched(connection)
        if cursor is None:
            return self.bootstrap()
        refetched = self._fetch_keys(set(points) - held)
        present = [(name, key, row) for name, key, row in refetched if row is not None]
        missing = [(name, key) for name, key, row in refetched if row is None]
        report = PullReport()
        first = True
        while True:
            batch = self.remote.changes_since(cursor, limit=self.batch_limit)
            if batch.reset:
                log.info("the server no longer keeps changes this far back; fetching the working set again")
                return self.bootstrap()
            with self.store.write_connection() as connection:
                held = outbox.queued_touched(connection)
                if first:
                    tables, deferred = replica.apply_changes(connection, present, held=held)
                    replica.clear_dirty(connection, {(name, key) for name, key, _row in present} - deferred)
                    report.tables |= tables
                    report.rows += len(present)
                    first = False
                changes = [(c.table, c.key, c.row) for c in batch.changes]
                tables, deferred = replica.apply_changes(connection, changes, held=held)
                outbox.mark_dirty(connection, deferred)
                if not batch.more:
                    tables |= self._drop_missing(connection, missing, points, held, batch.cursor)
                replica.set_state(connection, CURSOR, batch.cursor)
                replica.set_state(connection, LAST_PULL, self.store.clock().isoformat())
            report.tables |= tables
            report.rows += len(changes)
            cursor = batch.cursor
            if not batch.more:
                return report

    @staticmethod
    def _drop_missing(
        connection: Connection,
        missing: list[tuple[str, str]],
        points: dict[tuple[str, str], str | None],
        held: set[tuple[str, str]],
        cursor: str,
    ) -> set[str]:
        due = [
            (name, key)
            for name, key in missing
            if (name, key) not in held and cursor_key(points.get((name, key))) <= cursor_key(cursor)
        ]
        for name, key in due:
            replica.delete(connection, name, [key])
        replica.clear_dirty(connection, due)
        return {name for name, _key in due}

    def _fetch_keys(self, keys: set[tuple[str, str]]) -> list[tuple[str, str, JsonRow | None]]:
        by_table: dict[str, list[str]] = {}
        for name, key in sorted(keys):
            by_table.setdefault(name, []).append(key)
        found: list[tuple[str, str, JsonRow | None]] = []
        for name, table_keys in by_table.items():
            if name not in t.metadata.tables:
                continue
            for start in range(0, len(table_keys), 500):
                chunk = table_keys[start : start + 500]
                rows = self.remote.rows(name, chunk)
                found.extend((name, key, rows.get(key)) for key in chunk)
        return found

    # --- a date window ----------------------------------------------------------------------------

    def fetch_window(self, window: Window) -> PullReport:
        """Replace the cached lessons of `window` with the server's, including lessons deleted there."""
        fresh = self.remote.lessons_window(window)
        instances = table_named("lesson_instances")
        participants = table_named("lesson_participants")
        report = PullReport()
        with self.store.write_connection() as connection:
            held = outbox.queued_touched(connection)
            inside = sa.and_(instances.c.datetime_start >= window.start, instances.c.datetime_start < window.end)
            local_lessons = replica.local_keys(connection, instances.name, inside)
            local_participants = replica.local_keys(
                connection,
                participants.name,
                participants.c.lesson_instance_id.in_(sa.select(instances.c.id).where(inside)),
            )
            for table, local in ((instances, local_lessons), (participants, local_participants)):
                rows = fresh.tables.get(table.name, ())
                server = {key_text(table, row["id"]) for row in rows}
                gone = {key for key in local - server if (table.name, key) not in held}
                replica.delete(connection, table.name, gone)
                kept = [row for row in rows if (table.name, key_text(table, row["id"])) not in held]
                replica.upsert(connection, table.name, kept)
                report.rows += len(kept) + len(gone)
                report.tables.add(table.name)
            replica.add_window(connection, window)
        return report
