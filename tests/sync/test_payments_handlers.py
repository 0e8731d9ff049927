"""Payments through the one write path on real PostgreSQL: recorded once, audited, voided, never edited."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from reinex_desktop.data import tables as t
from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.payments.packages import SellPackage
from reinex_desktop.domain.payments.payments import (
    AllocationPick,
    PaymentDetails,
    PaymentMethod,
    RecordPayment,
    VoidPayment,
)
from reinex_desktop.domain.permissions import Permission, Role
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services import payments
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.services.receipts import export_receipts
from reinex_desktop.sync.mutations import Mutation, Outcome
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.sync.tenant_db.remote import TenantDbRemote
from tests.ledger_world import NOW, World, build_world
from tests.sync.sync_fixtures import OWNER, RunningBackend, Switch, audit_count, cached

D = Decimal
OFFICE = Actor(None, "מזכירות", "office")


@pytest.fixture
def world(pg_engine: Engine) -> Iterator[World]:
    yield build_world(pg_engine)
    pg_engine.dispose()


def charged_lesson(world: World, student: uuid.UUID, price: str, days_ago: int) -> uuid.UUID:
    _lesson, [pid] = world.lesson(student, start=NOW - timedelta(days=days_ago))
    with world.session() as session, session.begin():
        row = session.get(t.ParticipantRow, pid)
        assert row is not None
        row.participant_status, row.price_charged = "attended", D(price)
    return pid


def family(world: World) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """Two siblings and their mother."""
    first, second = world.student("נועה"), world.student("איתי")
    mother = t.GuardianRow(first_name="רחל", last_name="כהן", phone="0501234567", email="r@example.com")
    world.add(mother)
    world.add(
        t.StudentGuardianRow(student_id=first, guardian_id=mother.id, relationship="mother", is_primary=True),
        t.StudentGuardianRow(student_id=second, guardian_id=mother.id, relationship="mother", is_primary=True),
    )
    return first, second, mother.id


def record(
    student: uuid.UUID, amount: str, method: PaymentMethod = PaymentMethod.CASH, **extra: object
) -> RecordPayment:
    return RecordPayment(uuid.uuid4(), student, D(amount), NOW.date(), method, **extra)  # type: ignore[arg-type]


def test_the_desk_records_a_payment_once_and_the_family_balance_follows(world: World) -> None:
    first, second, mother = family(world)
    old = charged_lesson(world, first, "220", 10)
    newer = charged_lesson(world, second, "140", 3)
    office = world.context(Role.OFFICE)

    payment_id = payments.record_payment(
        office,
        student_id=second,
        amount=D("300"),
        method=PaymentMethod.CREDIT_CARD,
        details=PaymentDetails(card_last_four="4242", installments=3),
        payer_guardian_id=mother,
        picks=[AllocationPick(D("140"), lesson_participant_id=newer)],
    )

    account = payments.family_account(office, first)
    assert set(account.student_ids) == {first, second}
    assert account.ledger.balance == D("60.00")
    assert {s.charge.key: s.paid for s in account.ledger.charges} == {old: D("160.00"), newer: D("140.00")}
    [row] = world.rows(t.PaymentRow, t.PaymentRow.id == payment_id)
    assert row.details == {"card_last_four": "4242", "installments": 3} and row.taken_by == "משתמש"
    assert len(world.rows(t.PaymentAllocationRow, t.PaymentAllocationRow.payment_id == payment_id)) == 1
    assert audit_count(world.engine, action="payments.record") == 1


def test_the_same_mutation_applied_twice_records_one_payment(world: World) -> None:
    student = world.student()
    mutation = Mutation.of(record(student, "100"), OFFICE)
    assert world.gateway.apply(mutation).applied
    assert world.gateway.apply(mutation).applied
    assert len(world.rows(t.PaymentRow, t.PaymentRow.student_id == student)) == 1
    assert audit_count(world.engine, mutation_id=mutation.mutation_id) == 1


@pytest.mark.parametrize(
    ("method", "details"),
    [
        (PaymentMethod.CHECK, PaymentDetails(check_number="123")),
        (PaymentMethod.CREDIT_CARD, PaymentDetails(card_last_four="42")),
        (PaymentMethod.CREDIT_CARD, PaymentDetails(card_last_four="4242", installments=0)),
        (PaymentMethod.BANK_TRANSFER, PaymentDetails()),
    ],
)
def test_a_method_without_its_details_is_refused_and_changes_nothing(
    world: World, method: PaymentMethod, details: PaymentDetails
) -> None:
    student = world.student()
    result = world.apply(record(student, "100", method, details=details), OFFICE)
    assert result.outcome is Outcome.REJECTED and result.message is not None
    assert world.rows(t.PaymentRow) == [] and audit_count(world.engine, action="payments.record") == 0


def test_who_may_record_and_who_may_void(world: World) -> None:
    student = world.student()
    for role in ("read_only", "instructor"):
        refused = world.apply(record(student, "50"), Actor(None, "x", role))
        assert refused.outcome is Outcome.REJECTED and refused.result["code"] == "forbidden"
    command = record(student, "50")
    assert world.apply(command, OFFICE).applied
    assert world.apply(VoidPayment(command.payment_id, "טעות בסכום"), OFFICE).outcome is Outcome.REJECTED
    with pytest.raises(DomainError):
        payments.void_payment(world.context(Role.OFFICE), command.payment_id, "טעות")
    assert world.apply(VoidPayment(command.payment_id, "  "), OWNER).outcome is Outcome.REJECTED
    assert world.apply(VoidPayment(command.payment_id, "טעות בסכום"), OWNER).applied
    assert world.apply(VoidPayment(command.payment_id, "שוב"), OWNER).outcome is Outcome.REJECTED
    [row] = world.rows(t.PaymentRow)
    assert row.voided_at is not None and row.void_reason == "טעות בסכום" and row.amount == D("50.00")
    assert audit_count(world.engine, action="payments.void") == 1


def test_a_void_gives_the_charge_back_and_re_entry_pays_it(world: World) -> None:
    student = world.student()
    pid = charged_lesson(world, student, "220", 2)
    owner = world.context(Role.OWNER)
    wrong = payments.record_payment(owner, student_id=student, amount=D("22"), method=PaymentMethod.CASH)
    assert payments.family_account(owner, student).ledger.balance == D("198.00")
    payments.void_payment(owner, wrong, "הקלדה שגויה")
    assert payments.family_account(owner, student).ledger.balance == D("220.00")
    payments.record_payment(owner, student_id=student, amount=D("220"), method=PaymentMethod.CASH)
    account = payments.family_account(owner, student).ledger
    assert account.balance == 0 and account.is_paid(pid)


def test_a_payer_outside_the_family_or_a_foreign_charge_is_refused(world: World) -> None:
    first, _second, _mother = family(world)
    stranger = world.student("זר")
    foreign = charged_lesson(world, stranger, "100", 1)
    other = t.GuardianRow(first_name="אחר", last_name="לוי")
    world.add(other)
    assert world.apply(record(first, "10", payer_guardian_id=other.id), OFFICE).outcome is Outcome.REJECTED
    picks = (AllocationPick(D("10"), lesson_participant_id=foreign),)
    assert world.apply(record(first, "10", picks=picks), OFFICE).outcome is Outcome.REJECTED
    with pytest.raises(DomainError):
        payments.record_payment(
            world.context(Role.OFFICE),
            student_id=stranger,
            amount=D("500"),
            method=PaymentMethod.CASH,
            picks=[AllocationPick(D("500"), lesson_participant_id=foreign)],
        )
    assert world.rows(t.PaymentRow) == []


def test_a_payment_taken_offline_is_pushed_once_and_its_receipt_exported_once(
    seeded_pg_engine: Engine, tmp_path: Path
) -> None:
    student = TenantDbGateway(seeded_pg_engine).students()[0].id
    switch = Switch(TenantDbRemote(seeded_pg_engine))
    command = RecordPayment(
        uuid.uuid4(), student, D("180"), date(2020, 1, 5), PaymentMethod.PAYMENT_APP, PaymentDetails(app_name="Bit")
    )
    with cached(tmp_path / "cache.db", switch) as gateway:
        assert gateway.sync.run_once().error is None
        switch.online = False
        mutation = Mutation.of(command, OFFICE)
        assert gateway.apply(mutation).applied
        assert gateway.apply(mutation).applied  # the desk's retry is the same write
        seen = gateway.payment(command.payment_id)
        assert seen is not None and seen.amount == D("180.00")
        assert gateway.sync.run_once().error is not None
        switch.online = True
        assert gateway.sync.drain(timeout=30)
        gateway.sync.run_once()
        assert gateway.sync.drain(timeout=30)
    stored = TenantDbGateway(seeded_pg_engine).payment(command.payment_id)
    assert stored is not None and stored.details.app_name == "Bit" and stored.taken_by == OFFICE.name
    with seeded_pg_engine.connect() as connection:
        query = (
            sa.select(sa.func.count()).select_from(t.PaymentRow.__table__).where(t.PaymentRow.id == command.payment_id)
        )
        count = connection.execute(query).scalar_one()
    assert count == 1 and audit_count(seeded_pg_engine, mutation_id=mutation.mutation_id) == 1
    # GreenInvoice is an organization switch that reaches the managers only (plan §7.2).
    manager = UserContext.for_role(Role.ADMIN, "מנהלת", overrides={Permission.GREENINVOICE.value: True})
    office = AppContext(gateway=TenantDbGateway(seeded_pg_engine), user=manager)
    for _ in range(2):
        exported = export_receipts(office, command.paid_on, command.paid_on, tmp_path / "receipts")
        assert [document.payment_id for document in exported.documents] == [str(command.payment_id)]
    [document] = (tmp_path / "receipts").glob("receipt-*.json")
    assert str(command.payment_id) in document.name


def test_the_desk_sells_a_package_the_family_pays_for_it_and_lessons_consume_it(world: World) -> None:
    student = world.student()
    office = world.context(Role.OFFICE)
    package = payments.sell_package(
        office, student_id=student, service_id=world.service_id, package_name="10 שיעורים", lessons=10, price=D("2000")
    )
    account = payments.family_account(office, student).ledger
    [charge] = account.charges
    assert (charge.charge.key, charge.charge.amount, charge.charge.description) == (package, D("2000.00"), "10 שיעורים")
    assert account.balance == D("2000.00")
    payments.record_payment(
        office,
        student_id=student,
        amount=D("2000"),
        method=PaymentMethod.CREDIT_CARD,
        details=PaymentDetails(card_last_four="4242", installments=10),
        picks=[AllocationPick(D("2000"), commitment_id=package)],
    )
    after = payments.family_account(office, student).ledger
    assert after.balance == 0 and after.is_paid(package)
    [row] = world.rows(t.CommitmentRow, t.CommitmentRow.id == package)
    assert row.metadata_["sold_at_desk"] is True and row.metadata_["approved_sessions"] == 10
    assert row.metadata_["unit_price"] == "200.00" and row.expires_at is None
    assert world.balance(package) == D("2000.00")  # the commitment's own balance, for lessons to consume
    assert audit_count(world.engine, action="payments.sell_package") == 1
    refused = world.apply(SellPackage(uuid.uuid4(), student, world.service_id, "", 10, D("100"), NOW.date()), OFFICE)
    assert refused.outcome is Outcome.REJECTED
    reader = Actor(None, "x", "read_only")
    refused = world.apply(
        SellPackage(uuid.uuid4(), student, world.service_id, "חבילה", 5, D("100"), NOW.date()), reader
    )
    assert refused.outcome is Outcome.REJECTED and refused.result["code"] == "forbidden"


def test_payments_travel_over_the_web_backend(backend: RunningBackend) -> None:
    gateway = backend.gateway()
    student = gateway.students()[0].id
    command = RecordPayment(
        uuid.uuid4(),
        student,
        D("250"),
        date(2020, 2, 2),
        PaymentMethod.CHECK,
        PaymentDetails(check_number="77", check_bank="הפועלים", check_date=date(2020, 3, 1)),
    )
    mutation = Mutation.of(command, OWNER)
    assert gateway.apply(mutation).applied and gateway.apply(mutation).applied
    seen = gateway.payment(command.payment_id)
    assert seen is not None and seen.details.check_bank == "הפועלים" and seen.details.check_date == date(2020, 3, 1)
    assert [p.id for p in gateway.payments_between(date(2020, 2, 2), date(2020, 2, 2))] == [command.payment_id]
    family = gateway.family_student_ids(student)
    assert student in family and command.payment_id in {p.id for p in gateway.payments_of(family)}
    assert all(charge.amount > 0 for charge in gateway.family_charges(family))
