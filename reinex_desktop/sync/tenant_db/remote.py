"""A PostgreSQL tenant as the remote of a cache: `apply` and the change feed, with failures named.

Driver errors become `BackendError`s a sync status can show: a dropped or unreachable server is
transient (the pusher retries it), a refused login or a missing table needs a person.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta
from typing import TypeVar

import sqlalchemy as sa
from sqlalchemy import exc
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from reinex_desktop.data import tables as t
from reinex_desktop.domain.schema_report import SchemaReport
from reinex_desktop.sync.errors import BackendError, BackendUnavailable, Problem, backend_error
from reinex_desktop.sync.feed import BatchResult, ChangeBatch, JsonRow, RowPage, Window, WindowRows
from reinex_desktop.sync.mutations import Mutation, MutationResult
from reinex_desktop.sync.tenant_db.feed import TenantDbFeed
from reinex_desktop.sync.tenant_db.gateway import TenantDbGateway
from reinex_desktop.sync.tenant_db.transient import is_contention, is_transient, sqlstate

T = TypeVar("T")
#: A batch that met another writer (deadlock, serialization) is run again at once this many times.
_CONTENTION_RETRIES = 3
_TXID = sa.text("SELECT pg_current_xact_id()::text::bigint")


#: What a SQLSTATE means for the person at the desk (PostgreSQL, appendix A).
_BY_SQLSTATE = {"28000": Problem.UNAUTHORIZED, "28P01": Problem.UNAUTHORIZED, "42501": Problem.FORBIDDEN}


def classify(error: Exception) -> BackendError:
    """The problem a database error means for the person at the desk, by its SQLSTATE."""
    detail = str(getattr(error, "orig", None) or error)
    code = sqlstate(error)
    if code in _BY_SQLSTATE:
        return backend_error(_BY_SQLSTATE[code], detail)
    if is_contention(error):
        return backend_error(Problem.BUSY, detail)
    if code == "57014":  # statement timeout or cancel
        return backend_error(Problem.TIMEOUT, detail)
    if code is not None and code[:2] == "42":  # a table, column or function this app needs is missing
        return backend_error(Problem.SCHEMA_UPGRADE_REQUIRED, detail)
    if isinstance(error, exc.ProgrammingError) and code is None:
        return backend_error(Problem.SCHEMA_UPGRADE_REQUIRED, detail)
    if code is None:
        # libpq's own failures carry no SQLSTATE; its wording is the only thing that tells a refused
        # login (which needs a person) from a server that is down (which passes).
        lowered = detail.lower()
        if "password authentication failed" in lowered or "no password supplied" in lowered:
            return backend_error(Problem.UNAUTHORIZED, detail)
        if "timeout" in lowered or "timed out" in lowered:
            return backend_error(Problem.TIMEOUT, detail)
    if code is not None and not is_transient(error):
        return backend_error(Problem.SERVER_ERROR, detail)
    return backend_error(Problem.UNREACHABLE, detail)  # down, unknown host or database, TLS refused


@contextmanager
def named_failures() -> Iterator[None]:
    try:
        yield
    except BackendError:
        raise
    except (exc.OperationalError, exc.InterfaceError, exc.ProgrammingError) as error:
        raise classify(error) from error
    except exc.DBAPIError as error:
        if error.connection_invalidated:
            raise classify(error) from error
        raise


class TenantDbRemote:
    """`Remote` over SQLAlchemy to a PostgreSQL tenant."""

    def __init__(
        self, engine: Engine, *, gateway: TenantDbGateway | None = None, feed: TenantDbFeed | None = None
    ) -> None:
        self.engine = engine
        self.gateway = gateway or TenantDbGateway(engine)
        self.feed = feed or TenantDbFeed(engine)

    def _call(self, work: Callable[[], T]) -> T:
        with named_failures():
            return work()

    def apply(self, mutation: Mutation) -> MutationResult:
        return self._call(lambda: self.gateway.apply(mutation))

    def apply_batch(self, mutations: Sequence[Mutation]) -> BatchResult:
        """All in one transaction, each mutation in its own savepoint with its at-most-once record.

        One commit for the lot instead of one per mutation; a refusal rolls back only its own
        savepoint. If the transaction fails, none of them happened and the caller sends them again.
        """
        for attempt in range(_CONTENTION_RETRIES + 1):
            try:
                with named_failures():
                    verdicts, txid = self._apply_in_one_transaction(mutations)
            except BackendError as error:
                if error.problem is Problem.BUSY and attempt < _CONTENTION_RETRIES:
                    time.sleep(0.05 * (attempt + 1) * (1 + random.random()))  # let the other writer finish
                    continue
                return BatchResult(error=error)
            return BatchResult(verdicts, commit_point=f"{txid + 1}:0")
        raise AssertionError("unreachable")

    def _apply_in_one_transaction(self, mutations: Sequence[Mutation]) -> tuple[list[MutationResult], int]:
        verdicts: list[MutationResult] = []
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            txid = int(session.execute(_TXID).scalar_one())
            for mutation in mutations:
                verdicts.append(self._apply_in_savepoint(session, mutation))
        return verdicts, txid

    def _apply_in_savepoint(self, session: Session, mutation: Mutation) -> MutationResult:
        for _attempt in range(3):
            prior = session.get(t.AppliedMutationRow, mutation.mutation_id, populate_existing=True)
            if prior is not None and prior.result is not None:
                return MutationResult.from_wire(prior.result)
            try:
                with session.begin_nested():
                    record = t.AppliedMutationRow(
                        mutation_id=mutation.mutation_id, kind=mutation.kind, outcome="pending"
                    )
                    session.add(record)
                    session.flush()  # claims the id: a concurrent duplicate waits on this row
                    verdict = self.gateway._run_handler(session, mutation)
                    record.outcome = verdict.outcome.value
                    record.result = verdict.to_wire()
                    session.flush()
                return verdict
            except exc.IntegrityError:
                session.expunge_all()  # another client recorded this id first: read its verdict
        raise BackendUnavailable(Problem.SERVER_ERROR, f"mutation {mutation.mutation_id} could not be recorded")

    def check_schema(self) -> SchemaReport:
        return self._call(self.gateway.check_schema)

    def horizon(self) -> str:
        return self._call(self.feed.horizon)

    def changes_since(self, cursor: str, *, limit: int = 2000) -> ChangeBatch:
        return self._call(lambda: self.feed.changes_since(cursor, limit=limit))

    def rows(self, table: str, keys: Sequence[str]) -> dict[str, JsonRow | None]:
        return self._call(lambda: self.feed.rows(table, keys))

    def snapshot(
        self, table: str, *, after: str | None = None, limit: int = 5000, window: Window | None = None
    ) -> RowPage:
        return self._call(lambda: self.feed.snapshot(table, after=after, limit=limit, window=window))

    def lessons_window(self, window: Window) -> WindowRows:
        return self._call(lambda: self.feed.lessons_window(window))

    def prune_feed(self, *, older_than: timedelta = timedelta(days=30)) -> int:
        """Forget change-feed entries older than `older_than` (caches that far behind fetch anew)."""
        return self._call(lambda: self.feed.prune(older_than=older_than))

    def close(self) -> None:
        self.engine.dispose()
