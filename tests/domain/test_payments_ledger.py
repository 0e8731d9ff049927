"""The family ledger (issue "payments and balances"): oracles written from the rule's text.

- balance = charges − payments, voided payments excluded, for every family;
- an allocation never pays more than a charge owes, nor more than its payment;
- oldest charges are paid first unless the desk picks;
- a void restores exactly what its payment changed.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from reinex_desktop.domain.payments.ledger import Charge, ChargeKind, ledger
from reinex_desktop.domain.payments.payments import AllocationPick, Payment, PaymentMethod

D = Decimal
START = date(2026, 1, 1)
STUDENT = uuid.UUID(int=1)

amounts = st.integers(min_value=1, max_value=50_000).map(lambda cents: D(cents) / 100)


@st.composite
def charges(draw: st.DrawFn) -> list[Charge]:
    count = draw(st.integers(min_value=0, max_value=8))
    return [
        Charge(
            key=uuid.UUID(int=1000 + i),
            kind=draw(st.sampled_from(list(ChargeKind))),
            student_id=STUDENT,
            on=START + timedelta(days=draw(st.integers(0, 60))),
            amount=draw(amounts),
        )
        for i in range(count)
    ]


@st.composite
def payments(draw: st.DrawFn, keys: list[uuid.UUID]) -> list[Payment]:
    count = draw(st.integers(min_value=0, max_value=6))
    found = []
    for i in range(count):
        picks: tuple[AllocationPick, ...] = ()
        if keys and draw(st.booleans()):
            picked = draw(st.lists(st.sampled_from(keys), max_size=3, unique=True))
            picks = tuple(AllocationPick(draw(amounts), lesson_participant_id=key) for key in picked)
        found.append(
            Payment(
                id=uuid.UUID(int=5000 + i),
                student_id=STUDENT,
                amount=draw(amounts),
                paid_on=START + timedelta(days=draw(st.integers(0, 60))),
                method=draw(st.sampled_from(list(PaymentMethod))),
                taken_by="דנה",
                created_at=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=i),
                voided_at=datetime(2026, 3, 1, tzinfo=UTC) if draw(st.booleans()) else None,
                picks=picks,
            )
        )
    return found


@st.composite
def families(draw: st.DrawFn) -> tuple[list[Charge], list[Payment]]:
    found = draw(charges())
    return found, draw(payments([c.key for c in found]))


@given(families())
def test_balance_is_charges_minus_payments_that_are_not_void(family: tuple[list[Charge], list[Payment]]) -> None:
    found, paid = family
    account = ledger(found, paid)
    expected = sum((c.amount for c in found), D(0)) - sum((p.amount for p in paid if p.voided_at is None), D(0))
    assert account.balance == expected


@given(families())
def test_allocation_never_pays_more_than_a_charge_or_a_payment(family: tuple[list[Charge], list[Payment]]) -> None:
    found, paid = family
    account = ledger(found, paid)
    for charge in found:
        given_to_charge = sum((per.get(charge.key, D(0)) for per in account.allocations.values()), D(0))
        assert D(0) <= given_to_charge <= charge.amount
    for payment in paid:
        spent = sum(account.allocations.get(payment.id, {}).values(), D(0))
        assert spent <= payment.amount
        if payment.voided_at is not None:
            assert spent == 0


@given(families())
def test_money_left_over_pays_charges_oldest_first(family: tuple[list[Charge], list[Payment]]) -> None:
    found, paid = family
    without_picks = [Payment(**{**_fields(p), "picks": ()}) for p in paid]
    account = ledger(found, without_picks)
    by_age = sorted(account.charges, key=lambda s: (s.charge.on, str(s.charge.key)))
    touched = [i for i, state in enumerate(by_age) if state.paid > 0]
    if touched:
        # every charge older than the newest one paid (even partly) is paid in full
        assert all(state.paid == state.charge.amount for state in by_age[: touched[-1]])
    # nothing is left both unpaid and unspent
    assert account.unallocated == 0 or all(state.paid == state.charge.amount for state in by_age)


@given(families(), amounts, st.data())
def test_a_void_restores_exactly_what_its_payment_changed(
    family: tuple[list[Charge], list[Payment]], amount: Decimal, data: st.DataObject
) -> None:
    found, paid = family
    before = ledger(found, paid)
    picks: tuple[AllocationPick, ...] = ()
    if found:
        key = data.draw(st.sampled_from([c.key for c in found]))
        picks = (AllocationPick(amount, lesson_participant_id=key),)
    new = Payment(
        uuid.UUID(int=9999),
        STUDENT,
        data.draw(amounts),
        START + timedelta(days=90),
        PaymentMethod.CASH,
        "דנה",
        created_at=datetime(2026, 4, 1, tzinfo=UTC),
        picks=picks,
    )
    voided = Payment(**{**_fields(new), "voided_at": datetime(2026, 4, 2, tzinfo=UTC), "void_reason": "טעות"})
    after = ledger(found, [*paid, voided])
    assert after.balance == before.balance
    assert [(s.charge.key, s.paid) for s in after.charges] == [(s.charge.key, s.paid) for s in before.charges]
    assert after.allocations == before.allocations


def test_the_desk_pick_comes_before_older_charges() -> None:
    old = Charge(uuid.UUID(int=1), ChargeKind.LESSON, STUDENT, START, D("200"))
    new = Charge(uuid.UUID(int=2), ChargeKind.PACKAGE, STUDENT, START + timedelta(days=5), D("900"))
    payment = Payment(
        uuid.UUID(int=3),
        STUDENT,
        D("950"),
        START,
        PaymentMethod.CASH,
        "דנה",
        picks=(AllocationPick(D("900"), commitment_id=new.key),),
    )
    account = ledger([old, new], [payment])
    assert [(s.charge.key, s.paid) for s in account.charges] == [(old.key, D("50")), (new.key, D("900"))]
    assert account.balance == D("150") and account.open_charges()[0].open == D("150")
    assert account.oldest_open() == START and not account.is_paid(old.key) and account.is_paid(new.key)


def test_a_family_that_paid_more_is_in_credit() -> None:
    charge = Charge(uuid.UUID(int=1), ChargeKind.LESSON, STUDENT, START, D("220"))
    payment = Payment(uuid.UUID(int=3), STUDENT, D("500"), START, PaymentMethod.CHECK, "דנה")
    account = ledger([charge], [payment])
    assert account.balance == D("-280") and account.unallocated == D("280") and account.open_charges() == []


def _fields(payment: Payment) -> dict[str, object]:
    return {name: getattr(payment, name) for name in Payment.__dataclass_fields__}
