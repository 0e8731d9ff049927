"""The charge preview the calendar shows before a chargeable status change equals what applying writes.

Both go through the same facts and the same pure planning (plan §5.4); on the embedded SQLite database
and on real PostgreSQL.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy.engine import Engine

from reinex_desktop.data import tables as t
from reinex_desktop.domain.attendance.rules import AttendanceAction
from reinex_desktop.domain.charging.engine import ChargeRule
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.attendance import AttendanceService
from tests.ledger_world import NOW, World, build_world

D = Decimal


@pytest.fixture
def world(any_engine: Engine) -> World:
    return build_world(any_engine)


def written_price(world: World, participant_id: object) -> Decimal | None:
    [row] = world.rows(t.ParticipantRow, t.ParticipantRow.id == participant_id)
    return row.price_charged


def test_preview_equals_what_applying_writes(world: World) -> None:
    student = world.student(special_rate=D("180.00"))
    world.commitment(student, "1000")
    world.setting("no_show_charge_percent", 50)
    service = AttendanceService(world.context())
    cases = [
        (AttendanceAction.CANCEL_BY_STUDENT, NOW + timedelta(hours=10), D("180.00"), ChargeRule.LATE_CANCELLATION),
        (AttendanceAction.CANCEL_BY_STUDENT, NOW + timedelta(days=3), D("0.00"), ChargeRule.CANCELLED_IN_TIME),
        (AttendanceAction.NO_SHOW, NOW - timedelta(hours=1), None, ChargeRule.NO_SHOW),
    ]
    for action, start, expected, rule in cases:
        lesson, [pid] = world.lesson(student, start=start)
        before = [row.id for row in world.rows(t.ConsumptionRow)]
        preview = service.preview(lesson, pid, action)
        assert [row.id for row in world.rows(t.ConsumptionRow)] == before, "a preview writes nothing"
        assert written_price(world, pid) is None
        assert preview.charge is not None and preview.charge.rule is rule
        if expected is not None:
            assert preview.price_charged == expected
        if rule is ChargeRule.LATE_CANCELLATION:
            assert preview.window_hours == 24
        apply = service.cancel_by_student if action is AttendanceAction.CANCEL_BY_STUDENT else service.mark_no_show
        result = apply(lesson, pid)
        assert result.price_charged == preview.price_charged == written_price(world, pid)
        assert result.rule is preview.charge.rule


def test_preview_refuses_what_the_write_would_refuse(world: World) -> None:
    student = world.student()
    lesson, [pid] = world.lesson(student, start=NOW + timedelta(hours=10))
    service = AttendanceService(world.context())
    service.cancel_by_student(lesson, pid)
    with pytest.raises(DomainError):
        service.preview(lesson, pid, AttendanceAction.NO_SHOW)
    other, [theirs] = world.lesson(student, instructor_id=world.other_instructor_id)
    mine = AttendanceService(world.context(Role.INSTRUCTOR, employee_id=world.instructor_id))
    with pytest.raises(DomainError):
        mine.preview(other, theirs, AttendanceAction.NO_SHOW)
