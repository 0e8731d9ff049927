"""The local cache file: the tenant schema in SQLite (WAL, `synchronous=FULL`) plus the outbox.

Reads go through a read engine (deferred transactions: a consistent snapshot, never blocking a
writer); every write — a command's optimistic effect with its outbox entry, an acknowledgement, a
pulled batch with its cursor — is one `BEGIN IMMEDIATE` transaction on the write engine, so writers
queue for the lock instead of failing half-way. Foreign keys are not enforced: the cache holds a
window of lessons whose referenced rows may arrive in another batch.
"""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from reinex_desktop.data.setup_script import apply_schema
from reinex_desktop.domain.clock import Clock, system_clock
from reinex_desktop.sync.cache import store_tables as st
from reinex_desktop.sync.cache.private import private_file, restrict
from reinex_desktop.sync.rows import fed_table_names, key_column, table_named

log = logging.getLogger(__name__)


def _engine(path: Path, *, begin: str) -> Engine:
    engine = sa.create_engine(f"sqlite:///{path}")

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event below issues BEGIN itself
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=OFF")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql(begin)

    return engine


def _capture_triggers() -> list[str]:
    statements = []
    for name in fed_table_names():
        key = key_column(table_named(name)).name
        when = "WHEN (SELECT active FROM cache_capture WHERE id = 1) = 1"
        record = "INSERT INTO cache_captured (table_name, row_key) VALUES"
        statements += [
            f'CREATE TRIGGER IF NOT EXISTS "cache_capture_ins_{name}" AFTER INSERT ON "{name}" {when} '
            f"BEGIN {record} ('{name}', NEW.\"{key}\"); END",
            f'CREATE TRIGGER IF NOT EXISTS "cache_capture_upd_{name}" AFTER UPDATE ON "{name}" {when} '
            f"BEGIN {record} ('{name}', NEW.\"{key}\"); {record} ('{name}', OLD.\"{key}\"); END",
            f'CREATE TRIGGER IF NOT EXISTS "cache_capture_del_{name}" AFTER DELETE ON "{name}" {when} '
            f"BEGIN {record} ('{name}', OLD.\"{key}\"); END",
        ]
    return statements


class LocalStore:
    """One cache file; `open()` creates or upgrades it, idempotently."""

    def __init__(self, path: Path, *, clock: Clock = system_clock) -> None:
        self.path = Path(path)
        #: Stamps what the cache records (queued, acknowledged, resolved, last pulled).
        self.clock = clock
        self.read_engine = _engine(self.path, begin="BEGIN")
        self.write_engine = _engine(self.path, begin="BEGIN IMMEDIATE")

    def open(self) -> None:
        private_file(self.path)  # owner-only before SQLite creates its WAL and shared-memory files
        apply_schema(self.write_engine)
        with self.write_engine.begin() as connection:
            st.cache_metadata.create_all(connection, checkfirst=True)
            for statement in _capture_triggers():
                connection.exec_driver_sql(statement)
            connection.exec_driver_sql("INSERT OR IGNORE INTO cache_capture (id, active) VALUES (1, 0)")

    def integrity_ok(self) -> bool:
        try:
            with self.read_engine.connect() as connection:
                result = connection.exec_driver_sql("PRAGMA quick_check").scalar()
        except sa.exc.DatabaseError:
            return False
        return result == "ok"

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One immediate write transaction as an ORM session (handlers run in it); committed on success."""
        with Session(self.write_engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        with self.write_engine.begin() as connection:
            yield connection

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        with self.read_engine.connect() as connection, connection.begin():
            yield connection

    def close(self) -> None:
        self.read_engine.dispose()
        self.write_engine.dispose()

    def set_aside(self) -> Path:
        """Move a damaged file (and its WAL) out of the way; returns where it went."""
        self.close()
        target = self.path.with_name(f"{self.path.name}.damaged-{int(time.time())}")
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{self.path}{suffix}")
            if source.exists():
                shutil.move(str(source), f"{target}{suffix}")
        restrict(target)
        return target
