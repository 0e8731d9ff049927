"""The demo clinic takes money: every method, a void, a package sold at the desk, debt and credit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reinex_desktop.data.demo import load_demo
from reinex_desktop.data.engine import open_engine
from reinex_desktop.data.setup_script import apply_schema
from reinex_desktop.domain.clock import fixed_clock
from reinex_desktop.domain.payments.payments import PaymentMethod
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services import payments
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.sync.tenant_db import TenantDbGateway
from tests.calendar_fixtures import NOW

TODAY = date(2026, 11, 22)


def test_the_demo_desk_has_payments_of_every_kind(tmp_path: Path) -> None:
    engine = open_engine(f"sqlite:///{tmp_path / 'demo.sqlite'}")
    apply_schema(engine)
    load_demo(engine, "small", today=TODAY)
    gateway = TenantDbGateway(engine, clock=fixed_clock(NOW))
    context = AppContext(gateway=gateway, user=UserContext.for_role(Role.OWNER, "דנה"), clock=fixed_clock(NOW))
    taken = gateway.payments_between(date(2026, 1, 1), TODAY)
    assert {p.method for p in taken} == set(PaymentMethod)
    assert [p.void_reason for p in taken if p.is_void] and all(p.taken_by for p in taken)
    balances = [payments.family_account(context, p.student_id).ledger.balance for p in taken]
    assert any(b > 0 for b in balances) and any(b < 0 for b in balances)
    today = payments.daily_cash_up(context, TODAY)
    assert today.count >= 3 and today.voids and today.total > Decimal(0)
    engine.dispose()
