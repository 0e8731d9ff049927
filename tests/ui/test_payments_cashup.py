"""The daily cash-up: by method and by person, voids apart, closed and audited, saved as a right-to-left PDF."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import Engine

from reinex_desktop.domain.payments.payments import PaymentDetails, PaymentMethod
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services import payments
from reinex_desktop.ui.payments.cashup_sheet import cashup_html, render_cashup, save_cashup_pdf
from tests.ledger_world import World, build_world
from tests.ui.conftest import ARTIFACTS

D = Decimal


@pytest.fixture
def world(sqlite_engine: Engine) -> World:
    return build_world(sqlite_engine)


def test_the_day_closes_by_method_and_person_and_prints_right_to_left(
    hebrew_app: QApplication, world: World, tmp_path: Path
) -> None:
    noa, itai = world.student("נועה"), world.student("איתי")
    office, owner = world.context(Role.OFFICE), world.context(Role.OWNER)
    day = office.today()
    payments.record_payment(office, student_id=noa, amount=D("220"), method=PaymentMethod.CASH)
    payments.record_payment(
        office,
        student_id=itai,
        amount=D("450"),
        method=PaymentMethod.CREDIT_CARD,
        details=PaymentDetails(card_last_four="4242", installments=3),
    )
    wrong = payments.record_payment(owner, student_id=noa, amount=D("99"), method=PaymentMethod.CASH)
    payments.void_payment(owner, wrong, "הוקלד פעמיים")

    result = payments.daily_cash_up(office, day)
    assert result.total == D("670.00") and result.count == 2
    assert [(line.key, line.total) for line in result.by_method] == [
        ("cash", D("220.00")),
        ("credit_card", D("450.00")),
    ]
    assert [line.key for line in result.by_person] == ["משתמש"] and [p.id for p in result.voids] == [wrong]

    with pytest.raises(DomainError):
        payments.close_cash_day(world.context(Role.READ_ONLY), day)
    payments.close_cash_day(office, day)
    [event] = world.gateway.audit_events(entity_type="cash_days")
    assert event.action == "payments.close_day" and event.after is not None and event.after["total"] == "670.00"

    html = cashup_html(result, clinic="מרכז רכיבה", printed_at="08:00")
    assert 'dir="rtl"' in html and "מזומן" in html and "הוקלד פעמיים" in html and "סגירת קופה" in html
    pdf = tmp_path / "cashup.pdf"
    save_cashup_pdf(result, pdf, clinic="מרכז רכיבה", printed_at="08:00")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2_000
    image = render_cashup(result, clinic="מרכז רכיבה", printed_at="08:00")
    ARTIFACTS.mkdir(exist_ok=True)
    assert image.save(str(ARTIFACTS / "cashup_sheet.png"))
