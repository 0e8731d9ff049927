"""The calendar's 🟡 "unpaid" means really unpaid: once the family's payments cover a charge, it is paid."""

from __future__ import annotations

from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from reinex_desktop.data import tables as t
from reinex_desktop.domain.calendar.status import Attention, attention_of
from reinex_desktop.domain.payments.payments import PaymentMethod
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services import payments
from reinex_desktop.services.calendar.day import CalendarService
from reinex_desktop.services.calendar.details import lesson_details
from tests.calendar_fixtures import DAY, CalendarWorld, at

D = Decimal


def test_a_paid_charge_is_no_longer_unpaid(sqlite_engine: Engine) -> None:
    world = CalendarWorld(sqlite_engine)
    avi, riding = world.instructor("אבי"), world.service("רכיבה")
    world.capability(avi, riding)
    noa = world.student("נועה", "כהן")
    lesson = world.lesson(avi, riding, at(DAY, "10:00"), 45, [noa], participant_status="attended")
    with Session(sqlite_engine) as session, session.begin():
        session.execute(sa.update(t.ParticipantRow).values(price_charged=D("220")))
    office = world.context(Role.OFFICE)
    service = CalendarService(office)

    def unpaid() -> tuple[bool, bool]:
        details = lesson_details(office, service.catalog(), lesson)
        assert details is not None
        [block] = [b for b in CalendarService(office).open_day(DAY).layout.blocks if b.lesson.id == lesson]
        return Attention.UNPAID in attention_of(details.lesson), Attention.UNPAID in attention_of(block.lesson)

    assert unpaid() == (True, True)
    payments.record_payment(office, student_id=noa, amount=D("100"), method=PaymentMethod.CASH)
    assert unpaid() == (True, True)  # partly paid is still money to collect
    payments.record_payment(office, student_id=noa, amount=D("120"), method=PaymentMethod.CASH)
    assert unpaid() == (False, False)
