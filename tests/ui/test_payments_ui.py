"""Taking a payment at the desk, keyboard only: from the calendar's lesson details and from the profile.

The family account tab shows charges, payments and the balance from the ledger; amounts are not
offered to roles without `reinex_financials_view`; Office records, only Owner/Admin void.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from reinex_desktop.data import tables as t
from reinex_desktop.domain.payments.payments import PaymentMethod
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services import payments as payments_service
from reinex_desktop.services.calendar.pinboard import MemoryPinStore
from reinex_desktop.ui.calendar.day_view import DayCalendarView
from reinex_desktop.ui.overview_view import OverviewView
from reinex_desktop.ui.payments.account_tab import FamilyAccountTab
from reinex_desktop.ui.payments.package_dialog import SellPackageDialog
from reinex_desktop.ui.payments.payment_dialog import TakePaymentDialog, VoidPaymentDialog
from reinex_desktop.ui.students.profile_dialog import StudentProfileDialog
from tests.calendar_fixtures import DAY, CalendarWorld, at
from tests.ui.conftest import save_png

D = Decimal


@pytest.fixture(autouse=True)
def inline_operations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REINEX_SYNC_OPERATIONS", "1")


@pytest.fixture
def world(sqlite_engine: Engine) -> CalendarWorld:
    w = CalendarWorld(sqlite_engine)
    w.avi = w.instructor("אבי", color="#ff7043")  # type: ignore[attr-defined]
    w.riding = w.service("רכיבה טיפולית", color="#7cb342")  # type: ignore[attr-defined]
    w.capability(w.avi, w.riding)  # type: ignore[attr-defined]
    w.noa = w.student("נועה", "כהן", phone="050-1234567")  # type: ignore[attr-defined]
    return w


def charged(world: CalendarWorld, day_offset: int, price: str) -> uuid.UUID:
    start = at(DAY.replace(day=DAY.day - day_offset), "10:00")
    lesson = world.lesson(world.avi, world.riding, start, 45, [world.noa], participant_status="attended")  # type: ignore[attr-defined]
    with Session(world.engine) as session, session.begin():
        session.execute(
            sa.update(t.ParticipantRow)
            .where(t.ParticipantRow.lesson_instance_id == lesson)
            .values(price_charged=D(price))
        )
    return lesson


def payments(world: CalendarWorld) -> list[t.PaymentRow]:
    with Session(world.engine) as session:
        return list(session.scalars(sa.select(t.PaymentRow).order_by(t.PaymentRow.created_at)))


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Hebrew included, as key events (QTest only types ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def dialog_of(parent: object) -> TakePaymentDialog:
    [dialog] = [d for d in parent.findChildren(TakePaymentDialog) if d.isVisible()]  # type: ignore[attr-defined]
    return dialog


def test_take_a_cash_payment_from_the_lesson_details_with_the_keyboard(
    qtbot: QtBot, hebrew_app: QApplication, world: CalendarWorld
) -> None:
    lesson = charged(world, 0, "220")
    view = DayCalendarView(world.context(Role.OFFICE), pin_store=MemoryPinStore())
    qtbot.addWidget(view)
    view.resize(1400, 860)
    view.show()
    view.show_date(DAY)
    QApplication.processEvents()
    view.grid.select_lesson(lesson)
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    button = view.details.take_payment
    assert button.isVisible() and button.isEnabled()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    dialog = dialog_of(view)
    assert dialog.focusWidget() is dialog.amount and dialog.amount.text() == "220.00"
    assert "220" in dialog.balance.text()
    save_png(dialog, "take_payment_dialog")
    with qtbot.waitSignal(dialog.payment_recorded):
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    [row] = payments(world)
    assert (row.amount, row.method, row.student_id, row.taken_by) == (D("220.00"), "cash", world.noa, "דנה")  # type: ignore[attr-defined]


def test_the_profile_account_takes_a_check_and_an_owner_voids_it(
    qtbot: QtBot, hebrew_app: QApplication, world: CalendarWorld
) -> None:
    charged(world, 2, "220")
    charged(world, 1, "140")
    profile = StudentProfileDialog(world.context(Role.OFFICE), world.noa)  # type: ignore[attr-defined]
    qtbot.addWidget(profile)
    profile.resize(1000, 700)
    profile.show()
    tab = profile.show_tab(profile.tab_titles().index("חשבון"))
    assert isinstance(tab, FamilyAccountTab) and tab.account is not None
    assert tab.account.ledger.balance == D("360.00") and "360" in tab.balance.text()
    assert tab.take.isVisible() and not tab.void.isVisibleTo(tab)  # Office records, never voids
    tab.take.setFocus()
    qtbot.keyClick(tab.take, Qt.Key.Key_Space)
    dialog = dialog_of(tab)
    qtbot.keyClicks(dialog.amount, "300")
    dialog.method.setFocus()
    qtbot.keyClick(dialog.method, Qt.Key.Key_Down)  # cash → check
    assert dialog.check_number.isVisibleTo(dialog) and not dialog.card_digits.isVisibleTo(dialog)
    qtbot.keyClick(dialog.method, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.check_number
    qtbot.keyClicks(dialog.check_number, "1001")
    qtbot.keyClick(dialog.check_number, Qt.Key.Key_Tab)
    type_text(dialog.check_bank, "לאומי")
    dialog.charges.setFocus()
    qtbot.keyClick(dialog.charges, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.charges, Qt.Key.Key_End)
    qtbot.keyClick(dialog.charges, Qt.Key.Key_Space)  # pay the newer lesson first
    assert dialog.charges.item(1).checkState() is Qt.CheckState.Checked
    save_png(dialog, "take_payment_check")
    with qtbot.waitSignal(dialog.payment_recorded):
        qtbot.keyClick(dialog.check_bank, Qt.Key.Key_Return)
    [row] = payments(world)
    assert row.details["check_number"] == "1001" and row.details["check_bank"] == "לאומי"
    qtbot.waitUntil(lambda: "60" in tab.balance.text())
    paid = {state.charge.amount: state.paid for state in tab.account.ledger.charges}
    assert paid == {D("220.00"): D("160.00"), D("140.00"): D("140.00")}
    save_png(profile, "profile_account_tab")

    owner = FamilyAccountTab(world.context(Role.OWNER), world.noa, "נועה כהן")  # type: ignore[attr-defined]
    qtbot.addWidget(owner)
    owner.show()
    assert owner.void.isVisible() and owner.void.isEnabled()
    owner.payments.setFocus()
    qtbot.keyClick(owner.payments, Qt.Key.Key_Down)
    owner.void.setFocus()
    qtbot.keyClick(owner.void, Qt.Key.Key_Space)
    [void] = [d for d in owner.findChildren(VoidPaymentDialog) if d.isVisible()]
    qtbot.keyClick(void.reason, Qt.Key.Key_Return)  # no reason: refused, nothing changes
    assert void.error.text() and payments(world)[0].voided_at is None
    type_text(void.reason, "המחאה חזרה")
    with qtbot.waitSignal(void.payment_voided):
        qtbot.keyClick(void.reason, Qt.Key.Key_Return)
    assert payments(world)[0].void_reason == "המחאה חזרה"
    qtbot.waitUntil(lambda: "360" in owner.balance.text())


@pytest.mark.parametrize("role", [Role.INSTRUCTOR])
def test_no_money_for_roles_without_financial_access(
    qtbot: QtBot, hebrew_app: QApplication, world: CalendarWorld, role: Role
) -> None:
    lesson = charged(world, 0, "220")
    profile = StudentProfileDialog(world.context(role), world.noa)  # type: ignore[attr-defined]
    qtbot.addWidget(profile)
    assert "חשבון" not in profile.tab_titles()
    view = DayCalendarView(world.context(Role.READ_ONLY), pin_store=MemoryPinStore())
    qtbot.addWidget(view)
    view.show()
    view.show_date(DAY)
    view.grid.select_lesson(lesson)
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    assert not view.details.take_payment.isEnabled()


def test_office_sells_a_package_from_the_account_tab(
    qtbot: QtBot, hebrew_app: QApplication, world: CalendarWorld
) -> None:
    tab = FamilyAccountTab(world.context(Role.OFFICE), world.noa, "נועה כהן")  # type: ignore[attr-defined]
    qtbot.addWidget(tab)
    tab.show()
    assert tab.sell.isVisible()
    tab.sell.setFocus()
    qtbot.keyClick(tab.sell, Qt.Key.Key_Space)
    [dialog] = [d for d in tab.findChildren(SellPackageDialog) if d.isVisible()]
    assert dialog.focusWidget() is dialog.name
    type_text(dialog.name, "עשרה שיעורים")
    dialog.price.setFocus()
    qtbot.keyClicks(dialog.price, "2000")
    with qtbot.waitSignal(dialog.package_sold):
        qtbot.keyClick(dialog.price, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "2,000.00" in tab.balance.text())
    assert tab.charges.records.rowCount() == 1


def test_families_that_owe_show_on_today_and_in_the_profile(
    qtbot: QtBot, hebrew_app: QApplication, world: CalendarWorld
) -> None:
    charged(world, 1, "600")
    office = world.context(Role.OFFICE)
    today = OverviewView(office)
    qtbot.addWidget(today)
    today.resize(900, 600)
    today.show()
    panel = today.owing
    assert panel.list.count() == 1 and "נועה" in panel.list.item(0).text() and "600" in panel.list.item(0).text()
    tab = FamilyAccountTab(office, world.noa, "נועה כהן")  # type: ignore[attr-defined]
    qtbot.addWidget(tab)
    assert tab.warning.isVisibleTo(tab) and "600" in tab.warning.text()
    save_png(today, "today_owing_families")
    payments_service.record_payment(office, student_id=world.noa, amount=D("600"), method=PaymentMethod.CASH)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.list.count() == 0)
    assert panel.empty.isVisibleTo(panel)
    instructor = OverviewView(world.context(Role.INSTRUCTOR))
    qtbot.addWidget(instructor)
    assert not hasattr(instructor, "owing")
