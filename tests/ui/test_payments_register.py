"""The cash register section: the day's cash-up on screen, closing the day, the PDF and the receipts export."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from reinex_desktop.domain.payments.payments import PaymentDetails, PaymentMethod
from reinex_desktop.domain.permissions import Permission, Role
from reinex_desktop.services import payments
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.ui.payments.register_view import CashRegisterView
from reinex_desktop.ui.sections import registered_sections
from tests.ledger_world import World, build_world
from tests.ui.conftest import save_png

D = Decimal


@pytest.fixture(autouse=True)
def inline_operations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REINEX_SYNC_OPERATIONS", "1")


@pytest.fixture
def world(sqlite_engine: Engine) -> World:
    return build_world(sqlite_engine)


def test_the_desk_closes_the_day_and_saves_the_sheet(
    qtbot: QtBot, hebrew_app: QApplication, world: World, tmp_path: Path
) -> None:
    noa = world.student("נועה")
    office = world.context(Role.OFFICE)
    payments.record_payment(office, student_id=noa, amount=D("220"), method=PaymentMethod.CASH)
    payments.record_payment(
        office,
        student_id=noa,
        amount=D("180"),
        method=PaymentMethod.PAYMENT_APP,
        details=PaymentDetails(app_name="Bit"),
    )
    view = CashRegisterView(office)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    assert view.cashup is not None and view.cashup.total == D("400.00")
    text = view.sheet.toPlainText()
    assert "סגירת קופה" in text and "מזומן" in text and "400.00" in text
    assert not view.export.isVisibleTo(view)  # GreenInvoice needs its approval
    view.close_day.setFocus()
    qtbot.keyClick(view.close_day, Qt.Key.Key_Space)
    [event] = world.gateway.audit_events(entity_type="cash_days")
    assert event.after is not None and event.after["total"] == "400.00" and view.status.text()
    view.save_pdf_to(tmp_path / "day.pdf")
    assert (tmp_path / "day.pdf").read_bytes().startswith(b"%PDF")
    save_png(view, "cash_register")

    approved = AppContext(
        gateway=world.gateway,
        user=UserContext.for_role(Role.OWNER, "דנה", overrides={Permission.GREENINVOICE.value: True}),
    )
    exporting = CashRegisterView(approved)
    qtbot.addWidget(exporting)
    assert exporting.export.isVisibleTo(exporting)
    exporting.export_to(tmp_path / "receipts")
    assert len(list((tmp_path / "receipts").glob("receipt-*.json"))) == 2


def test_the_section_is_offered_to_who_may_see_money() -> None:
    [section] = [s for s in registered_sections() if s.key == "register"]
    assert section.visible(UserContext.for_role(Role.OFFICE, "x"))
    assert not section.visible(UserContext.for_role(Role.INSTRUCTOR, "x"))
