"""Which commitment a charge consumes, and when a balance is low or used up (plan §4.2.7)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from uuid import UUID, uuid4

from reinex_desktop.domain.charging.balances import BalanceLevel, balance_warnings, choose_commitment
from reinex_desktop.domain.charging.engine import ChargeEvent
from reinex_desktop.domain.charging.settings import ChargingSettings
from reinex_desktop.domain.money import Commitment, CommitmentBalance

NOW = datetime(2026, 11, 21, 10, tzinfo=UTC)
STUDENT, SERVICE, OTHER_SERVICE = uuid4(), uuid4(), uuid4()
SETTINGS = ChargingSettings()


def commitment(
    days: int | None, total: str = "1000", *, payer: str = "private", service: UUID = SERVICE, **meta: object
) -> Commitment:
    return Commitment(
        id=uuid4(),
        student_id=STUDENT,
        service_id=service,
        total_amount=Decimal(total),
        created_at=NOW - timedelta(days=60),
        expires_at=None if days is None else NOW + timedelta(days=days),
        metadata={"payer_type": payer, **meta},
    )


def choose(
    commitments: list[Commitment],
    remaining: dict[UUID, Decimal] | None = None,
    event: ChargeEvent = ChargeEvent.ATTENDED,
) -> Commitment | None:
    return choose_commitment(
        commitments, remaining or {}, student_id=STUDENT, service_id=SERVICE, at=NOW, event=event, settings=SETTINGS
    )


def test_the_earliest_expiring_open_commitment_for_the_service_is_charged() -> None:
    late, soon, undated = commitment(90), commitment(10), commitment(None)
    other_service = commitment(1, service=OTHER_SERVICE)
    assert choose([late, undated, soon, other_service]) == soon
    assert choose([undated, late]) == late


def test_expired_and_closed_commitments_are_skipped() -> None:
    expired, closed, good = commitment(-1), commitment(2, status="closed"), commitment(30)
    assert choose([expired, closed, good]) == good
    assert choose([expired, closed]) is None


def test_a_used_up_commitment_yields_to_one_with_money_left() -> None:
    used_up, fresh = commitment(5), commitment(60)
    remaining = {used_up.id: Decimal(0), fresh.id: Decimal(500)}
    assert choose([used_up, fresh], remaining) == fresh
    # when every open one is used up, the earliest-expiring still takes it (and goes negative)
    assert choose([used_up, fresh], {used_up.id: Decimal(0), fresh.id: Decimal(-10)}) == used_up


def test_a_missed_lesson_charge_skips_hmo_commitments_that_do_not_cover_it() -> None:
    hmo, private = commitment(5, payer="clalit"), commitment(60, payer="package")
    assert choose([hmo, private], event=ChargeEvent.NO_SHOW) == private
    assert choose([hmo], event=ChargeEvent.NO_SHOW) is None
    assert choose([hmo, private], event=ChargeEvent.ATTENDED) == hmo


def balance(c: Commitment, consumed: str) -> CommitmentBalance:
    used = Decimal(consumed)
    return CommitmentBalance(c.id, c.total_amount, used, c.total_amount - used)


def test_low_and_exhausted_warnings() -> None:
    low, empty, fine = commitment(30, "1000", unit_price="200"), commitment(30, "400"), commitment(30, "2000")
    found = balance_warnings(
        [low],
        [balance(low, "700")],
        {SERVICE: Decimal("220")},
        SETTINGS,
        NOW,
    )
    assert [(w.level, w.remaining, w.unit_price) for w in found] == [
        (BalanceLevel.LOW, Decimal(300), Decimal("200.00"))
    ]
    found = balance_warnings([empty], [balance(empty, "440")], {SERVICE: Decimal("220")}, SETTINGS, NOW)
    assert found[0].level is BalanceLevel.EXHAUSTED and found[0].remaining == Decimal(-40)
    assert balance_warnings([fine], [balance(fine, "220")], {SERVICE: Decimal("220")}, SETTINGS, NOW) == []


def test_a_used_up_package_next_to_a_new_one_raises_nothing_and_expired_ones_are_ignored() -> None:
    old, new, expired = commitment(5, "1000"), commitment(200, "2200"), commitment(-3, "500")
    balances = [balance(old, "1000"), balance(new, "0"), balance(expired, "500")]
    assert balance_warnings([old, new, expired], balances, {SERVICE: Decimal("220")}, SETTINGS, NOW) == []


def test_without_a_known_price_a_tenth_of_the_total_is_low() -> None:
    c = commitment(30, "1000")
    found = balance_warnings([c], [balance(c, "950")], {}, SETTINGS, NOW)
    assert found[0].level is BalanceLevel.LOW and found[0].commitment_id == c.id
