"""What the Today screen lists, on a small clinic built for each case."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.today import AttentionKind
from reinex_desktop.domain.waiting_list.commands import EntryDetails
from reinex_desktop.domain.waiting_list.entries import TimeWindow
from reinex_desktop.services.overview import today_overview
from reinex_desktop.services.waiting_list.entries import create_entry
from tests.calendar_fixtures import DAY, CalendarWorld, at

TODAY = date(2026, 11, 22)


@pytest.fixture
def world(sqlite_engine):
    w = CalendarWorld(sqlite_engine)
    w.avi = w.instructor("אבי")
    w.riding = w.service("רכיבה")
    w.capability(w.avi, w.riding)
    w.noa = w.student("נועה", "כהן", phone="050-1234567")
    w.tal = w.student("טל", "מזרחי")
    return w


def lines(world: CalendarWorld, kind: AttentionKind) -> list[tuple[int, date | None]]:
    overview = today_overview(world.context(Role.OFFICE), TODAY)
    return [(item.count, item.day) for item in overview.attention if item.kind is kind]


def test_a_freed_slot_a_waiting_family_fits_is_listed_on_its_day(world: CalendarWorld) -> None:
    office = world.context(Role.OFFICE)
    assert lines(world, AttentionKind.WAITING_MATCHES) == []
    world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.tal], status="cancelled_student")
    assert lines(world, AttentionKind.WAITING_MATCHES) == []  # nobody waits yet
    mornings = EntryDetails(world.riding, preferred_times=(TimeWindow(None, time(7), time(9)),))
    create_entry(office, world.tal, mornings)
    assert lines(world, AttentionKind.WAITING_MATCHES) == []  # does not fit 10:00
    create_entry(office, world.noa, EntryDetails(world.riding))
    assert lines(world, AttentionKind.WAITING_MATCHES) == [(1, DAY)]
    past = TODAY - timedelta(days=1)
    world.lesson(world.avi, world.riding, at(past, "10:00"), 45, [world.tal], status="cancelled_student")
    assert lines(world, AttentionKind.WAITING_MATCHES) == [(1, DAY)]  # a slot that has passed is no offer


def test_completed_lessons_without_documentation_are_listed_by_past_day(world: CalendarWorld) -> None:
    friday = TODAY - timedelta(days=2)
    for hhmm in ("09:00", "10:00"):
        world.lesson(world.avi, world.riding, at(friday, hhmm), 45, [world.noa], status="completed")
    world.lesson(world.avi, world.riding, at(friday, "11:00"), 45, [world.noa], status="no_show")
    world.lesson(world.avi, world.riding, at(TODAY, "07:00"), 45, [world.noa], status="completed")
    assert lines(world, AttentionKind.UNDOCUMENTED) == [(2, friday)]  # today's is not late yet


def test_two_lessons_of_one_instructor_at_once_are_a_conflict_of_that_day(world: CalendarWorld) -> None:
    world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    world.lesson(world.avi, world.riding, at(DAY, "10:30"), 45, [world.tal])
    world.lesson(world.avi, world.riding, at(TODAY, "12:00"), 45, [world.tal])
    assert lines(world, AttentionKind.CONFLICTS) == [(2, DAY)]
