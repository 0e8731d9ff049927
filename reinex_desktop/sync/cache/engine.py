"""The sync engine: a background thread that pushes the outbox and pulls changes, on a timer.

One cycle = send what is due (`Pusher`), then, when something was sent, when asked, or every
`pull_interval` seconds, fetch changes (`Puller`) and any window asked for. Failures move the
state machine (`Connectivity`) and schedule the next attempt with backoff, so a queue drains by
itself after an outage. Listeners hear the status and which data areas changed; they are called
on the engine's thread (the UI marshals them onto its own).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from uuid import UUID

import sqlalchemy as sa

from reinex_desktop.domain.schema_report import SchemaReport
from reinex_desktop.domain.sync.attention import AttentionItem, Resolution
from reinex_desktop.domain.sync.status import Problem, SyncState, SyncStatus
from reinex_desktop.sync.cache import outbox, replica
from reinex_desktop.sync.cache import store_tables as st
from reinex_desktop.sync.cache.connectivity import Connectivity, Watchdog
from reinex_desktop.sync.cache.puller import Puller, PullReport
from reinex_desktop.sync.cache.pusher import BACKOFF_BASE, BACKOFF_CAP, Pusher, PushReport, backoff_seconds
from reinex_desktop.sync.cache.store import LocalStore
from reinex_desktop.sync.control import SyncListener
from reinex_desktop.sync.errors import BackendError, backend_error
from reinex_desktop.sync.feed import Remote, Window
from reinex_desktop.sync.mutations import Mutation, MutationResult, Outcome
from reinex_desktop.sync.rows import table_named

log = logging.getLogger(__name__)

SCHEMA_KEY = "remote_schema"
#: Failures of a push after which the backend may still serve reads: the pull goes on, and the status
#: says that writes fail (a lost connection or a refusal that needs a person stops the whole cycle).
WRITE_ONLY_PROBLEMS = frozenset(
    {Problem.SERVER_ERROR, Problem.BAD_RESPONSE, Problem.BAD_REQUEST, Problem.BUSY, Problem.TIMEOUT}
)
ONLINE_STATES = frozenset({SyncState.ONLINE, SyncState.SYNCING, SyncState.CONFLICT, SyncState.WRITES_FAILING})
PRUNE_EVERY = 24 * 3600.0
#: While the backend cannot be reached, how often a cheap request asks whether it is back.
PROBE_EVERY = 1.0

#: Which screens care about which tables (`ChangeNotices.data_did_change` areas).
AREAS: dict[str, tuple[str, ...]] = {
    "lesson_instances": ("lessons",),
    "lesson_participants": ("lessons", "attendance"),
    "lesson_templates": ("lessons", "templates"),
    "lesson_template_overrides": ("lessons", "templates"),
    "generation_runs": ("generation",),
    "students": ("students",),
    "guardians": ("students",),
    "student_guardians": ("students",),
    "Settings": ("settings",),
    "Employees": ("instructors",),
    "instructor_profiles": ("instructors",),
    "instructor_service_capabilities": ("instructors",),
    "RateHistory": ("instructors", "money"),
    "Services": ("services",),
    "commitments": ("money",),
    "consumption_entries": ("money",),
    "lesson_earnings": ("money",),
    "payments": ("money", "payments"),
    "payment_allocations": ("money", "payments"),
    "WorkSessions": ("money",),
    "waiting_list_entries": ("waiting_list",),
    "forms": ("forms",),
    "form_submissions": ("forms",),
    "otp_challenges": ("forms",),
    "audit_events": ("audit",),
}


def areas_of(tables: set[str]) -> frozenset[str]:
    areas: set[str] = set()
    for table in tables:
        areas.add(table)
        areas.update(AREAS.get(table, ()))
    return frozenset(areas)


@dataclass
class CycleReport:
    push: PushReport = field(default_factory=PushReport)
    pull: PullReport | None = None
    error: BackendError | None = None


class SyncEngine:
    def __init__(
        self,
        store: LocalStore,
        remote: Remote,
        *,
        pull_interval: float = 20.0,
        stall_after: float = 120.0,
        window: Callable[[], Window] | None = None,
        clock: Callable[[], float] = time.time,
        pusher: Pusher | None = None,
        backoff_base: float = BACKOFF_BASE,
        backoff_cap: float = BACKOFF_CAP,
    ) -> None:
        self.store = store
        self.remote = remote
        self.clock = clock
        self.pull_interval = pull_interval
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.pusher = pusher or Pusher(store, remote, clock=clock, backoff_base=backoff_base, backoff_cap=backoff_cap)
        self.puller = Puller(store, remote, window=window)
        self.connectivity = Connectivity()
        self.watchdog = Watchdog(stall_after=stall_after, clock=clock)
        self.local_apply: Callable[[Mutation], MutationResult] | None = None
        self._listeners: list[SyncListener] = []
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._cycle_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._windows: list[Window] = []
        self._windows_lock = threading.Lock()
        self._force_pull = True
        self._last_pull = 0.0
        self._retry_at = 0.0
        self._probe_at = 0.0
        self._failures = 0
        self._schema_checked = False
        self._stuck_since: float | None = None
        self._status = SyncStatus(SyncState.SYNCING)
        #: The lessons window the screens read last; "sync now" fetches it again.
        self.visible: Window | None = None
        #: Set at start-up when the cache file had to be rebuilt (start-up hygiene).
        self.cache_rebuilt = False
        self._last_prune = 0.0
        self._status = self._compute_status(False)  # what the cache knows before any contact

    # --- the thread -------------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="reinex-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def wake(self) -> None:
        self._wake.set()

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.clear()
            try:
                self.run_once()
            except Exception:  # the loop must survive anything; the next cycle tries again
                log.exception("sync cycle failed")
                self._failures += 1
                self._retry_at = self.clock() + self._backoff()
            self._wake.wait(self._next_delay())

    def _next_delay(self) -> float:
        now = self.clock()
        moments = [self._last_pull + self.pull_interval]
        if self._failures:
            moments = [max(self._retry_at, now)]
            if self.connectivity.problem is Problem.UNREACHABLE:
                moments.append(max(self._probe_at, now))
        with self.store.read_connection() as connection:
            head = outbox.head_next_attempt(connection)
        if head is not None:
            moments.append(max(head, self._retry_at if self._failures else 0.0))
        return min(max(0.05, min(moments) - now), self.pull_interval)

    # --- one cycle --------------------------------------------------------------------------------

    def run_once(self) -> CycleReport:
        """Send what is due, then pull when it is time; never raises for backend trouble."""
        with self._cycle_lock:
            report = CycleReport()
            now = self.clock()
            if self._failures and now < self._retry_at and not self._force_pull and not self._probe(now):
                self._publish(report)
                return report
            was_failing = self._failures > 0
            pending, _attention = self.counts()
            self.connectivity.busy = pending > 0 or not self._schema_checked
            if self.connectivity.busy:
                self._publish(report, notify_only_status=True)
            try:
                self._check_schema()
                if was_failing:
                    self._reconnected()
                report.push = self.pusher.push()
                self._note_writes(report.push)
                failure = report.push.error
                if failure is not None and failure.problem not in WRITE_ONLY_PROBLEMS:
                    raise failure
                if failure is not None or self._pull_due(now, report.push):
                    report.pull = self._pull()  # reads may work although writes fail: say which
                self._on_success(now)
                report.error = failure
            except BackendError as error:
                report.error = error
                self._on_failure(error)
            finally:
                self.connectivity.busy = False
            self._publish(report)
            return report

    def _probe(self, now: float) -> bool:
        """While the backend cannot be reached, ask it cheaply every `PROBE_EVERY` s: back means due now.

        Without it a desk would wait out its backoff (up to the cap) after the cable is back."""
        if self.connectivity.problem is not Problem.UNREACHABLE or now < self._probe_at:
            return False
        self._probe_at = now + PROBE_EVERY
        try:
            self.remote.horizon()
        except BackendError:
            return False
        except Exception:
            log.exception("probing the backend failed")
            return False
        return True

    def _reconnected(self) -> None:
        """After a failed cycle: once the backend answers, the queue's head is due at once."""
        self.remote.horizon()  # raises while the backend still cannot be used
        with self.store.write_connection() as connection:
            outbox.reset_schedule(connection)

    def _note_writes(self, push: PushReport) -> None:
        if push.error is not None:
            self.connectivity.writes_failed(push.error.problem)
        elif push.sent or push.waiting_until is None:
            self.connectivity.writes_moved()

    def _pull_due(self, now: float, push: PushReport) -> bool:
        with self._windows_lock:
            windows_wanted = bool(self._windows)
        return (
            self._force_pull
            or push.acknowledged > 0
            or windows_wanted
            or now - self._last_pull >= self.pull_interval
            or not self.puller.bootstrapped()
        )

    def _pull(self) -> PullReport:
        self._force_pull = False
        report = self.puller.pull()
        with self._windows_lock:
            wanted, self._windows = self._windows, []
        try:
            for window in wanted:
                fetched = self.puller.fetch_window(window)
                report.tables |= fetched.tables
                report.rows += fetched.rows
        except BackendError:
            with self._windows_lock:
                self._windows = wanted + self._windows
            raise
        self._last_pull = self.clock()
        self._prune_feed()
        return report

    def _prune_feed(self) -> None:
        """Once a day, a database-mode desk trims the tenant's change feed (the web backend does its own)."""
        prune = getattr(self.remote, "prune_feed", None)
        if prune is None or self.clock() - self._last_prune < PRUNE_EVERY:
            return
        self._last_prune = self.clock()
        try:
            prune()
        except BackendError as error:
            log.info("the change feed could not be trimmed: %s", error)

    def _check_schema(self) -> None:
        if self._schema_checked:
            return
        report = self.remote.check_schema()
        with self.store.write_connection() as connection:
            replica.set_state(connection, SCHEMA_KEY, report.as_dict())
        self._schema_checked = True
        if not report.ok:
            raise backend_error(Problem.SCHEMA_UPGRADE_REQUIRED, ", ".join(report.missing))

    def _on_success(self, now: float) -> None:
        self.connectivity.succeeded(now)
        self._failures = 0
        self._retry_at = 0.0

    def _on_failure(self, error: BackendError) -> None:
        if error.problem is Problem.SCHEMA_UPGRADE_REQUIRED:
            self._schema_checked = False
        self.connectivity.failed(error.problem)
        self._failures += 1
        delay = self._backoff() if error.transient else self.pusher.refused_delay
        self._retry_at = self.clock() + delay
        log.info("sync stopped (%s); next attempt in %.1f s", error, delay)

    def _backoff(self) -> float:
        return backoff_seconds(self._failures, base=self.backoff_base, cap=self.backoff_cap)

    # --- status and listeners ---------------------------------------------------------------------

    def counts(self) -> tuple[int, int]:
        with self.store.read_connection() as connection:
            return outbox.counts(connection)

    def _compute_status(self, moved: bool) -> SyncStatus:
        pending, attention = self.counts()
        state = self.connectivity.state(attention=attention, pending=pending)
        online = state in ONLINE_STATES and self.connectivity.contacted
        stuck = self.watchdog.observe(pending=pending, moved=moved, online=online)
        last = self.connectivity.last_sync_at
        if last is None:
            with self.store.read_connection() as connection:
                stored = replica.get_state(connection, "last_pull_at")
            last_at = datetime.fromisoformat(stored) if stored else None
        else:
            last_at = datetime.fromtimestamp(last, UTC)
        retry = self._retry_at if self._failures else None
        return SyncStatus(
            state=state,
            pending=pending,
            attention=attention,
            last_sync_at=last_at,
            problem=self.connectivity.problem,
            stuck_since=datetime.fromtimestamp(stuck, UTC) if stuck else None,
            next_retry_at=datetime.fromtimestamp(retry, UTC) if retry else None,
            cache_rebuilt=self.cache_rebuilt,
            write_problem=self.connectivity.write_problem if pending else None,
        )

    def _publish(self, report: CycleReport, *, notify_only_status: bool = False) -> None:
        moved = report.push.acknowledged > 0
        self._status = self._compute_status(moved)
        tables = set() if notify_only_status or report.pull is None else report.pull.tables
        self._notify(areas_of(tables))

    def _notify(self, areas: frozenset[str]) -> None:
        for listener in list(self._listeners):
            try:
                listener(self._status, areas)
            except Exception:
                log.exception("a sync listener failed")

    def status(self) -> SyncStatus:
        return self._status

    def subscribe(self, listener: SyncListener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: SyncListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def note_local_write(self, areas: frozenset[str] = frozenset()) -> None:
        """A write was queued: show the new count at once and get it sent."""
        self._status = self._compute_status(False)
        self._notify(areas)
        self.wake()

    def schema_report(self) -> SchemaReport:
        with self.store.read_connection() as connection:
            stored = replica.get_state(connection, SCHEMA_KEY)
        if not stored:
            return SchemaReport()
        return SchemaReport.from_dict(stored)

    # --- requests from the user -------------------------------------------------------------------

    def sync_now(self) -> None:
        with self.store.write_connection() as connection:
            connection.execute(
                st.outbox.update().where(st.outbox.c.state.in_(st.QUEUED_STATES)).values(next_attempt_at=0.0)
            )
        self._force_pull = True
        self._failures = 0
        self._retry_at = 0.0
        if self.visible is not None:
            self.request_window(self.visible)
        self.wake()

    def request_window(self, window: Window) -> None:
        with self._windows_lock:
            if window not in self._windows:
                self._windows.append(window)
        self.wake()

    def attention(self) -> list[AttentionItem]:
        with self.store.read_connection() as connection:
            return outbox.attention(connection)

    def resolve(self, mutation_id: UUID, resolution: Resolution) -> bool:
        with self.store.write_connection() as connection:
            done = outbox.resolve(connection, mutation_id, resolution, now=self.store.clock())
        self.note_local_write()
        return done

    def keep_mine(self, mutation_id: UUID) -> MutationResult | None:
        """Queue the same change again without a base version: it goes over the other change."""
        with self.store.read_connection() as connection:
            entry = outbox.find(connection, mutation_id)
        if entry is None or entry.state != Outcome.CONFLICT.value or entry.resolution or self.local_apply is None:
            return None
        original = entry.mutation()
        again = Mutation(kind=original.kind, payload=original.payload, actor=original.actor)
        result = self.local_apply(again)
        if result.outcome is Outcome.APPLIED:
            self.resolve(mutation_id, Resolution.KEPT_MINE)
        return result

    def lesson_start(self, lesson_id: UUID) -> datetime | None:
        with self.store.read_connection() as connection:
            return connection.execute(
                sa.select(table_named("lesson_instances").c.datetime_start).where(
                    table_named("lesson_instances").c.id == lesson_id
                )
            ).scalar()

    # --- for scripts and tests --------------------------------------------------------------------

    def drain(self, *, timeout: float = 60.0) -> bool:
        """Run cycles until nothing waits (True) or `timeout` passes (False), sleeping through backoff."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.run_once()
            pending, _attention = self.counts()
            if pending == 0 and self.connectivity.problem is None:
                return True
            time.sleep(min(self._next_delay(), max(0.0, deadline - time.monotonic())))
        return False
