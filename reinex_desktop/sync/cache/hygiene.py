"""Start-up hygiene of the cache file: integrity check, interrupted sends back to the queue.

A damaged file is set aside and rebuilt from the server; the writes it still held (waiting, or
waiting for a decision) are copied into the new file first, so a damaged disk sector never costs
a reception desk its unsent work.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa

from reinex_desktop.domain.clock import Clock, system_clock
from reinex_desktop.sync.cache import outbox
from reinex_desktop.sync.cache import store_tables as st
from reinex_desktop.sync.cache.store import LocalStore

log = logging.getLogger(__name__)

KEEP_SETTLED = timedelta(days=14)


@dataclass(frozen=True)
class Hygiene:
    requeued: int = 0
    damaged_copy: Path | None = None
    recovered: int = 0


def open_store(path: Path, *, clock: Clock = system_clock) -> tuple[LocalStore, Hygiene]:
    store = LocalStore(path, clock=clock)
    damaged: Path | None = None
    recovered = 0
    if Path(path).exists() and not store.integrity_ok():
        damaged = store.set_aside()
        log.error("the cache file failed its integrity check and was moved to %s", damaged)
        store = LocalStore(path, clock=clock)
        store.open()
        recovered = _salvage(damaged, store)
    else:
        store.open()
    with store.write_connection() as connection:
        requeued = outbox.back_to_pending(connection)
        connection.execute(st.capture.update().values(active=0))
        connection.execute(st.captured.delete())
        outbox.forget_settled(connection, older_than=store.clock() - KEEP_SETTLED)
    if requeued:
        log.info("%d writes interrupted while being sent are queued again", requeued)
    return store, Hygiene(requeued, damaged, recovered)


def _salvage(damaged: Path, store: LocalStore) -> int:
    """Copy the unsettled outbox entries of a damaged file into the new one (best effort)."""
    try:
        source = sqlite3.connect(f"file:{damaged}?mode=ro", uri=True)
        try:
            rows = source.execute(
                "SELECT mutation_id, kind, wire, base_version, state, attempts, created_at, result "
                "FROM cache_outbox WHERE state IN ('pending', 'in_flight') "
                "OR (state IN ('conflict', 'rejected') AND resolution IS NULL) ORDER BY seq"
            ).fetchall()
        finally:
            source.close()
    except sqlite3.DatabaseError:
        log.exception("no outbox entry could be read from the damaged cache file")
        return 0
    with store.write_connection() as connection:
        for mutation_id, kind, wire, base, state, attempts, created_at, result in rows:
            connection.execute(
                sa.insert(st.outbox)
                .prefix_with("OR IGNORE")
                .values(
                    mutation_id=mutation_id,
                    kind=kind,
                    wire=json.loads(wire),
                    base_version=base,
                    state=st.PENDING if state == st.IN_FLIGHT else state,
                    attempts=attempts,
                    next_attempt_at=0.0,
                    created_at=created_at,
                    result=json.loads(result) if result else None,
                    touched=[],
                    local_versions={},
                    local_effect=False,
                )
            )
    return len(rows)
