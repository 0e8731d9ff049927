"""The connectivity state machine and the watchdog behind the status bar item (DESIGN "Connectivity").

States: syncing (working, or not yet in touch), online, conflict (answered writes wait for a
decision), offline (transient failure: retried on a timer), blocked (the backend needs a person),
writes failing (reads work, but the last attempt to send the waiting writes failed). The state
comes from what happened to the last reads *and* writes: never plain "online" while writes fail.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from reinex_desktop.domain.sync.status import TRANSIENT_PROBLEMS, Problem, SyncState

log = logging.getLogger(__name__)


class Connectivity:
    def __init__(self) -> None:
        self.problem: Problem | None = None
        #: Why the last attempt to send writes failed; cleared once writes move again.
        self.write_problem: Problem | None = None
        self.busy = False
        self.contacted = False
        self.last_sync_at: float | None = None

    def succeeded(self, at: float) -> None:
        self.problem = None
        self.contacted = True
        self.last_sync_at = at

    def failed(self, problem: Problem) -> None:
        self.problem = problem

    def writes_failed(self, problem: Problem) -> None:
        self.write_problem = problem

    def writes_moved(self) -> None:
        self.write_problem = None

    def state(self, *, attention: int, pending: int = 0) -> SyncState:
        if self.problem is not None:
            return SyncState.OFFLINE if self.problem in TRANSIENT_PROBLEMS else SyncState.BLOCKED
        if self.write_problem is not None and pending:
            return SyncState.WRITES_FAILING
        if self.busy or not self.contacted:
            return SyncState.SYNCING
        if attention:
            return SyncState.CONFLICT
        return SyncState.ONLINE


class Watchdog:
    """Reports a queue that does not move although the backend answers (a stuck entry, a server bug)."""

    def __init__(self, *, stall_after: float = 120.0, clock: Callable[[], float] = time.time) -> None:
        self.stall_after = stall_after
        self.clock = clock
        self._progress_at = clock()
        self._reported = False

    def observe(self, *, pending: int, moved: bool, online: bool) -> float | None:
        """Returns since when the queue is stuck (epoch seconds), or None."""
        now = self.clock()
        if pending == 0 or moved or not online:
            self._progress_at = now
            self._reported = False
            return None
        if now - self._progress_at < self.stall_after:
            return None
        if not self._reported:
            log.warning("the outbox has not moved for %.0f s with %d writes waiting", now - self._progress_at, pending)
            self._reported = True
        return self._progress_at
