"""The one Gateway protocol: every operation the app needs from a tenant.

Reads return plain frozen domain objects; every write is a `Mutation` applied at most once.
Three implementations pass the same contract suite (tests/sync): `TenantDbGateway` (SQLAlchemy
to PostgreSQL or SQLite), `BffGateway` (HTTP to the web backend) and `CachedGateway` (a local
working set with a durable outbox, wrapping either).
"""

from __future__ import annotations

from typing import Protocol

from reinex_desktop.sync.mutations import Mutation, MutationResult
from reinex_desktop.sync.ports.attendance import AttendanceReads
from reinex_desktop.sync.ports.catalog import CatalogReads
from reinex_desktop.sync.ports.generation import GenerationReads
from reinex_desktop.sync.ports.money import MoneyReads
from reinex_desktop.sync.ports.payments import PaymentReads
from reinex_desktop.sync.ports.payroll import PayrollReads
from reinex_desktop.sync.ports.people import PeopleReads
from reinex_desktop.sync.ports.schedule import ScheduleReads
from reinex_desktop.sync.ports.student_records import StudentRecordReads
from reinex_desktop.sync.ports.system import SystemReads
from reinex_desktop.sync.ports.waiting_list import WaitingListReads


class Gateway(
    CatalogReads,
    ScheduleReads,
    PeopleReads,
    MoneyReads,
    SystemReads,
    StudentRecordReads,
    GenerationReads,
    PayrollReads,
    AttendanceReads,
    PaymentReads,
    WaitingListReads,
    Protocol,
):
    def apply(self, mutation: Mutation) -> MutationResult:
        """Apply one mutation at most once; rule violations and stale versions come back as verdicts."""
        ...

    def close(self) -> None: ...
