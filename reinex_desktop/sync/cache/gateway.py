"""`CachedGateway`: the Gateway over the local working set, with every write queued durably.

Reads are `TenantDbGateway`'s own read mixins over the cache file, so every read any area adds
works here unchanged, and never waits on the network. A write runs the command's handler on the
cache (its optimistic effect, checked by the same rules) and inserts its outbox entry in the same
local transaction; the engine sends it in the background. A rule's refusal or a stale base
version found locally is answered at once and nothing is queued.
"""

from __future__ import annotations

import logging
from datetime import datetime
from uuid import UUID

from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.schema_report import SchemaReport
from reinex_desktop.sync.cache import capture, outbox, replica
from reinex_desktop.sync.cache.engine import SyncEngine
from reinex_desktop.sync.cache.store import LocalStore
from reinex_desktop.sync.feed import Remote, Window
from reinex_desktop.sync.mutations import Mutation, MutationResult, Outcome
from reinex_desktop.sync.tenant_db.gateway import TenantDbGateway

log = logging.getLogger(__name__)

#: Local refusals that come from the cache itself rather than from a rule: queue the write anyway.
_CACHE_TROUBLE = frozenset({"integrity", "database"})


class CachedGateway(TenantDbGateway):
    def __init__(self, store: LocalStore, remote: Remote, *, engine: SyncEngine | None = None) -> None:
        super().__init__(store.read_engine, clock=store.clock)
        self.store = store
        self.remote = remote
        self.sync = engine or SyncEngine(store, remote)
        self.sync.local_apply = self.apply

    # --- reads that need more than the mixins -----------------------------------------------------

    def lessons_between(
        self,
        start: datetime,
        end: datetime,
        *,
        instructor_id: UUID | None = None,
        student_id: UUID | None = None,
    ) -> list[LessonInstance]:
        """From the cache; a window the cache does not hold yet is fetched in the background."""
        window = Window(start, end)
        self.sync.visible = window  # what "sync now" fetches again
        with self.store.read_connection() as connection:
            held = replica.covered(connection, window)
        if not held:
            self.sync.request_window(window)
        return super().lessons_between(start, end, instructor_id=instructor_id, student_id=student_id)

    def check_schema(self) -> SchemaReport:
        """What the remote tenant lacked when last asked (the cache itself is always complete)."""
        return self.sync.schema_report()

    # --- writes -----------------------------------------------------------------------------------

    def apply(self, mutation: Mutation) -> MutationResult:
        """The optimistic effect and the outbox entry in one local transaction; sent in the background."""
        with self.store.write() as session:
            connection = session.connection()
            known = outbox.find(connection, mutation.mutation_id)
            if known is not None:
                return known.verdict() or _queued(mutation.mutation_id, {})
            capture.start(connection)
            verdict = self._run_handler(session, mutation)
            session.flush()
            touched = capture.stop(connection)
            if verdict.outcome is not Outcome.APPLIED:
                if (verdict.result or {}).get("code") not in _CACHE_TROUBLE:
                    return verdict
                log.warning("%s could not run on the cache (%s); queued without a local effect", mutation.kind, verdict)
                touched = []
            outbox.enqueue(
                connection,
                mutation,
                touched=touched,
                local_versions=capture.versions(connection, touched),
                local_effect=verdict.outcome is Outcome.APPLIED,
                now=self.clock(),
            )
        self.sync.note_local_write()  # the service that wrote tells the screens itself
        return _queued(mutation.mutation_id, dict(verdict.result or {}) if verdict.applied else {})

    def close(self) -> None:
        self.sync.stop()
        self.remote.close()
        self.store.close()


def _queued(mutation_id: UUID, result: dict[str, object]) -> MutationResult:
    return MutationResult(mutation_id, Outcome.APPLIED, {**result, "queued": True})
