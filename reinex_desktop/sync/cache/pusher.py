"""Sending the outbox, in order, each entry at most once on the server (DESIGN "Outbox").

Entries go out oldest first, in chunks the server applies in order, each in its own transaction.
A transient failure (network, timeout, 5xx, a garbled answer) stops the run and schedules the same
entry again after a backoff, so order is kept and the queue drains by itself when the backend is
back. A conflict or a rejection is recorded for the user and the queue moves on. Marking entries
in flight and recording verdicts are done per chunk; an entry whose answer was lost (crash,
timeout) is simply sent again: the server recognizes its mutation id and answers with the verdict
it recorded the first time.

Base versions follow the invariant of `versions.py`: a write made on top of an earlier queued
write carries the version that earlier write produced on the server (from its own verdict), never
the server row's current version.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from reinex_desktop.sync.cache import outbox, versions
from reinex_desktop.sync.cache.outbox import Entry
from reinex_desktop.sync.cache.store import LocalStore
from reinex_desktop.sync.errors import BackendError, BackendUnavailable, Problem
from reinex_desktop.sync.feed import BatchResult, Remote
from reinex_desktop.sync.mutations import Mutation, MutationResult, Outcome

log = logging.getLogger(__name__)


#: Backoff of transient failures: 0.5, 1, 2 seconds, then every 3 s at most, so a queue drains
#: within seconds of any fault ending (a reconnect also starts the schedule again).
BACKOFF_BASE = 0.5
BACKOFF_CAP = 3.0


def backoff_seconds(
    attempt: int, *, base: float = BACKOFF_BASE, cap: float = BACKOFF_CAP, jitter: float = 0.25
) -> float:
    """Exponential backoff with jitter: `base`, twice that, … at most `cap` (plus jitter)."""
    delay = min(cap, base * 2.0 ** max(0, attempt - 1))
    return delay * (1 - jitter + 2 * jitter * random.random())


@dataclass
class PushReport:
    sent: int = 0
    applied: int = 0
    conflicts: int = 0
    rejected: int = 0
    error: BackendError | None = None
    #: Epoch seconds at which the head entry may be sent again (backoff), when the run stopped on it.
    waiting_until: float | None = None
    verdicts: list[MutationResult] = field(default_factory=list)

    @property
    def acknowledged(self) -> int:
        return self.applied + self.conflicts + self.rejected


class Pusher:
    def __init__(
        self,
        store: LocalStore,
        remote: Remote,
        *,
        clock: Callable[[], float] = time.time,
        batch: int = 500,
        chunk: int = 50,
        refused_delay: float = 60.0,
        backoff_base: float = BACKOFF_BASE,
        backoff_cap: float = BACKOFF_CAP,
    ) -> None:
        self.store = store
        self.remote = remote
        self.clock = clock
        self.batch = batch
        self.chunk = chunk
        self.refused_delay = refused_delay
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self._versions: dict[str, str] = {}

    # --- one run ----------------------------------------------------------------------------------

    def push(self, *, keep_verdicts: bool = False) -> PushReport:
        """Send what is due, oldest first, until the queue is empty or a failure stops the run."""
        report = PushReport()
        while True:
            due = self._take_due(report)
            if not due:
                return report
            if not self._send(due, report, keep_verdicts):
                return report

    def _take_due(self, report: PushReport) -> list[Entry]:
        now = self.clock()
        with self.store.write_connection() as connection:
            entries = outbox.queued(connection, limit=self.batch)
            due: list[Entry] = []
            for entry in entries:
                if entry.next_attempt_at > now:
                    report.waiting_until = entry.next_attempt_at
                    break
                due.append(entry)
            if due:
                outbox.mark_in_flight(connection, [entry.seq for entry in due])
                self._versions = versions.known_mappings(connection)
        return due

    def _send(self, due: list[Entry], report: PushReport, keep_verdicts: bool) -> bool:
        """Send `due` in chunks; a chunk ends before an entry based on a version written inside it."""
        chunk: list[Entry] = []
        written: set[str] = set()
        for index, entry in enumerate(due):
            if chunk and (entry.base_version in written or len(chunk) >= self.chunk):
                if not self._send_chunk(chunk, due[index:], report, keep_verdicts):
                    return False
                chunk, written = [], set()
            chunk.append(entry)
            written.update(entry.local_versions.values())
        return self._send_chunk(chunk, [], report, keep_verdicts)

    def _send_chunk(self, chunk: list[Entry], later: list[Entry], report: PushReport, keep_verdicts: bool) -> bool:
        if not chunk:
            return True
        try:
            outgoing = [self._outgoing(entry) for entry in chunk]
            result = self.remote.apply_batch(outgoing)
        except BackendError as failure:
            result = BatchResult(error=failure)
        except Exception as failure:  # a bug or an unexpected answer must not stop the queue for good
            log.exception("sending %d writes failed unexpectedly", len(chunk))
            result = BatchResult(error=BackendUnavailable(Problem.SERVER_ERROR, str(failure)))
        error = result.error
        acks = list(zip(chunk, result.verdicts, strict=False))
        for _entry, verdict in acks:
            report.sent += 1
            if keep_verdicts:
                report.verdicts.append(verdict)
            if verdict.outcome is Outcome.APPLIED:
                report.applied += 1
            elif verdict.outcome is Outcome.CONFLICT:
                report.conflicts += 1
            else:
                report.rejected += 1
        if error is not None or len(acks) < len(chunk):
            failed = chunk[len(acks)]
            problem = error or BackendUnavailable(Problem.BAD_RESPONSE, "fewer verdicts than writes sent")
            self._fail(acks, failed, chunk[len(acks) + 1 :] + later, problem, report, result.commit_point)
            return False
        self._acknowledge(acks, result.commit_point)
        return True

    def _acknowledge(self, acks: list[tuple[Entry, MutationResult]], commit_point: str | None) -> None:
        if not acks:
            return
        with self.store.write_connection() as connection:
            for entry, verdict in acks:
                outbox.acknowledge(connection, entry, verdict, commit_point, now=self.store.clock())

    def _fail(
        self,
        acks: list[tuple[Entry, MutationResult]],
        entry: Entry,
        rest: list[Entry],
        error: BackendError,
        report: PushReport,
        commit_point: str | None = None,
    ) -> None:
        delay = (
            backoff_seconds(entry.attempts + 1, base=self.backoff_base, cap=self.backoff_cap)
            if error.transient
            else self.refused_delay
        )
        report.error = error
        report.waiting_until = self.clock() + delay
        with self.store.write_connection() as connection:
            for acked, verdict in acks:
                outbox.acknowledge(connection, acked, verdict, commit_point, now=self.store.clock())
            outbox.defer(connection, entry.seq, error=str(error), next_attempt_at=report.waiting_until)
            outbox.back_to_pending(connection, [other.seq for other in rest])

    # --- version mapping --------------------------------------------------------------------------

    def _outgoing(self, entry: Entry) -> Mutation:
        mutation = entry.mutation()
        base = entry.base_version
        if base is None:
            return mutation
        mapped = self._versions.get(base) or self._map_from_source(base)
        if mapped is None or mapped == base:
            return mutation
        wire = dict(entry.wire)
        wire["base_version"] = mapped
        return Mutation.from_wire(wire)

    def _map_from_source(self, base: str) -> str | None:
        with self.store.write_connection() as connection:
            mapped = versions.server_version_for(connection, base)
        if mapped is not None:
            self._versions[base] = mapped
        return mapped
