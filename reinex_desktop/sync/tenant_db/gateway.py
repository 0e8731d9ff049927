"""The Gateway over SQLAlchemy: reads map rows to domain objects; writes run command handlers."""

from __future__ import annotations

import importlib
import logging
import pkgutil
from collections.abc import Mapping

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from reinex_desktop.data import tables as t
from reinex_desktop.domain.clock import Clock, system_clock
from reinex_desktop.domain.codec import to_json
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message
from reinex_desktop.sync.mutations import Mutation, MutationResult, Outcome
from reinex_desktop.sync.tenant_db.handlers import HandlerContext, VersionConflict, handler_for
from reinex_desktop.sync.tenant_db.reads_attendance import AttendanceReadsMixin
from reinex_desktop.sync.tenant_db.reads_catalog import CatalogReadsMixin
from reinex_desktop.sync.tenant_db.reads_generation import GenerationReadsMixin
from reinex_desktop.sync.tenant_db.reads_money import MoneyReadsMixin
from reinex_desktop.sync.tenant_db.reads_payments import PaymentReadsMixin
from reinex_desktop.sync.tenant_db.reads_payroll import PayrollReadsMixin
from reinex_desktop.sync.tenant_db.reads_people import PeopleReadsMixin
from reinex_desktop.sync.tenant_db.reads_schedule import ScheduleReadsMixin
from reinex_desktop.sync.tenant_db.reads_student_records import StudentRecordReadsMixin
from reinex_desktop.sync.tenant_db.reads_system import SystemReadsMixin
from reinex_desktop.sync.tenant_db.reads_waiting_list import WaitingListReadsMixin
from reinex_desktop.sync.tenant_db.transient import is_contention, is_transient, sqlstate

log = logging.getLogger(__name__)


def _register_handlers() -> None:
    """Import every `handlers_*` module of this package; each registers its command handlers."""
    package = importlib.import_module("reinex_desktop.sync.tenant_db")
    for module in pkgutil.iter_modules(package.__path__):
        if module.name.startswith("handlers_"):
            importlib.import_module(f"{package.__name__}.{module.name}")


_register_handlers()

_UNKNOWN = QT_TRANSLATE_NOOP("Gateway", "This version of the app cannot perform '{kind}'.")
_MALFORMED = QT_TRANSLATE_NOOP("Gateway", "The change could not be read and was not applied.")
_INTEGRITY = QT_TRANSLATE_NOOP("Gateway", "The change collides with data already saved and was not applied.")


class TenantDbGateway(
    CatalogReadsMixin,
    ScheduleReadsMixin,
    PeopleReadsMixin,
    MoneyReadsMixin,
    SystemReadsMixin,
    StudentRecordReadsMixin,
    GenerationReadsMixin,
    PayrollReadsMixin,
    AttendanceReadsMixin,
    PaymentReadsMixin,
    WaitingListReadsMixin,
):
    """Reads through per-area mixins; every write through `apply`."""

    def __init__(
        self, engine: Engine, *, clock: Clock = system_clock, permission_overrides: Mapping[str, bool] | None = None
    ) -> None:
        self.engine = engine
        #: Stamps every write (`updated_at`, audit times) and decides what is "past" in the handlers.
        self.clock = clock
        #: The organization's permission overrides when a web backend knows them from its own records;
        #: None: the handlers read them from the tenant's `"Settings"` (plan §7.2).
        self.permission_overrides = permission_overrides

    def close(self) -> None:
        self.engine.dispose()

    # --- writes -------------------------------------------------------------------------------

    def apply(self, mutation: Mutation) -> MutationResult:
        """Apply `mutation` at most once: its id is recorded in the transaction that applies it."""
        for attempt in range(3):
            try:
                return self._apply_once(mutation)
            except IntegrityError:
                # Another connection recorded the same mutation id first: read its verdict.
                log.info("mutation %s raced with a duplicate; reading the recorded verdict", mutation.mutation_id)
            except DBAPIError as error:
                if attempt == 2 or not is_contention(error):
                    raise
                log.info("mutation %s met another writer (%s); trying again", mutation.mutation_id, sqlstate(error))
        raise RuntimeError(f"mutation {mutation.mutation_id} could not be applied")

    def _apply_once(self, mutation: Mutation) -> MutationResult:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            prior = session.get(t.AppliedMutationRow, mutation.mutation_id)
            if prior is not None and prior.result is not None:
                return MutationResult.from_wire(prior.result)
            record = t.AppliedMutationRow(mutation_id=mutation.mutation_id, kind=mutation.kind, outcome="pending")
            session.add(record)
            session.flush()  # claims the id: a concurrent duplicate waits on this row
            verdict = self._run_handler(session, mutation)
            record.outcome = verdict.outcome.value
            record.result = verdict.to_wire()
            return verdict

    def _run_handler(self, session: Session, mutation: Mutation) -> MutationResult:
        handler = handler_for(mutation.kind)
        if handler is None:
            return self._rejected(mutation, Message("Gateway", _UNKNOWN, {"kind": mutation.kind}))
        try:
            command = mutation.command()
        except (TypeError, ValueError, KeyError, LookupError):
            return self._rejected(mutation, Message("Gateway", _MALFORMED))
        context = HandlerContext(
            session=session, mutation=mutation, now=self.clock(), overrides=self.permission_overrides
        )
        try:
            with session.begin_nested():
                result = handler(context, command)
        except DomainError as error:
            return self._rejected(mutation, error.message, code=error.code)
        except VersionConflict as conflict:
            return MutationResult(mutation.mutation_id, Outcome.CONFLICT, current=conflict.current)
        except IntegrityError:
            return self._rejected(mutation, Message("Gateway", _INTEGRITY), code="integrity")
        except DBAPIError as error:
            if error.connection_invalidated or is_transient(error):
                raise  # deadlock, serialization, lock timeout, lost connection: sent again, never refused
            log.exception("mutation %s failed in the database", mutation.kind)
            return self._rejected(mutation, Message("Gateway", _INTEGRITY), code="database")
        # The stamp every row it wrote carries: a desk's next write on those rows is based on it
        # (the base-version invariant, `sync/cache/versions.py`); a handler that wrote nothing says so.
        produced = {"updated_at": context.now, **dict(result or {})}
        return MutationResult(mutation.mutation_id, Outcome.APPLIED, to_json(produced))

    @staticmethod
    def _rejected(mutation: Mutation, message: Message, *, code: str = "rejected") -> MutationResult:
        return MutationResult(mutation.mutation_id, Outcome.REJECTED, {"code": code}, message=message)
