"""Waiting-list matching, rule by rule: each excluded slot names its reason (REQUIREMENTS screen 7)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from uuid import UUID, uuid4

import pytest

from reinex_desktop.domain.catalog import Instructor, Service
from reinex_desktop.domain.enums import LessonStatus, ParticipantStatus
from reinex_desktop.domain.settings import ClinicSettings
from reinex_desktop.domain.waiting_list.entries import (
    TimeWindow,
    WaitingListEntry,
    parse_windows,
    queue_order,
    windows_json,
)
from reinex_desktop.domain.waiting_list.matching import Clinic, Matcher, Opening, SlotKind
from reinex_desktop.domain.waiting_list.reasons import ReasonCode, render_reasons
from tests.domain.calendar_builders import RIDING, ZONE, at, capability, instructor, lesson

GROUP = Service(uuid4(), "קבוצה", 60)
STUDENT = UUID(int=500)
MONDAY = date(2026, 11, 23)
NOA = instructor("נועה")
DANA = instructor("דנה")


def entry(**kwargs: object) -> WaitingListEntry:
    fields: dict[str, object] = {
        "id": uuid4(),
        "student_id": STUDENT,
        "desired_service_id": RIDING.id,
        "created_at": datetime(2026, 10, 1, tzinfo=UTC),
    }
    fields.update(kwargs)
    return WaitingListEntry(**fields)  # type: ignore[arg-type]


def matcher(lessons=(), *, first=MONDAY, last=None, settings=None, capabilities=None, not_before=None) -> Matcher:
    caps = capabilities if capabilities is not None else [capability(NOA, RIDING), capability(DANA, GROUP, 4)]
    clinic = Clinic(
        settings or ClinicSettings(),
        ZONE,
        [NOA, DANA],
        caps,
        {RIDING.id: RIDING, GROUP.id: GROUP},
        list(lessons),
    )
    return Matcher(clinic, first, last or first, not_before=not_before)


def codes(reasons) -> list[ReasonCode]:
    return [r.code for r in reasons]


def offered(found, instructor_id, start) -> bool:
    return any(c.instructor_id == instructor_id and c.start == start for c in found)


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (date(2026, 9, 21), ReasonCode.HOLIDAY),  # Yom Kippur, a Monday
        (date(2026, 11, 28), ReasonCode.CLOSED_WEEKDAY),  # Saturday
        (date(2026, 11, 24), ReasonCode.CLOSURE),
    ],
)
def test_closed_days_are_excluded_with_their_reason(day: date, code: ReasonCode) -> None:
    settings = ClinicSettings(closures=frozenset({date(2026, 11, 24)}))
    match = matcher(first=day, settings=settings)
    assert match.match(entry()) == []
    assert codes(match.refusals(entry(), NOA.id, at("10:00", day))) == [code]


def test_a_holiday_is_open_when_the_clinic_does_not_observe_holidays() -> None:
    day = date(2026, 9, 21)
    match = matcher(first=day, settings=ClinicSettings(observe_holidays=False))
    assert offered(match.match(entry()), NOA.id, at("10:00", day))


@pytest.mark.parametrize("day", [date(2026, 3, 27), date(2026, 10, 25)])
def test_daylight_saving_days_offer_the_right_local_times(day: date) -> None:
    found = matcher(first=day).match(entry())
    starts = [c.start.astimezone(ZONE).time() for c in found if c.instructor_id == NOA.id]
    hours = ClinicSettings().hours_on((day.weekday() + 1) % 7)
    assert hours is not None
    assert starts[0] == hours[0]
    assert all(s.minute % 15 == 0 for s in starts)
    assert len(starts) == len(set(starts))  # no doubled row on the fall-back day
    last_end = (found[-1].start + timedelta(minutes=45)).astimezone(ZONE).time() if found else None
    assert last_end is not None and last_end <= hours[1]


def test_group_at_capacity_is_full_and_one_seat_less_is_offered() -> None:
    others = tuple(UUID(int=600 + n) for n in range(4))
    full = lesson(DANA, "16:00", 60, others, service=GROUP, day=MONDAY)
    room = lesson(DANA, "17:00", 60, others[:3], service=GROUP, day=MONDAY)
    match = matcher([full, room])
    wanted = entry(desired_service_id=GROUP.id)
    found = match.match(wanted)
    joins = [c for c in found if c.kind is SlotKind.JOIN]
    assert [c.lesson_id for c in joins] == [room.id]
    assert joins[0].taken == 3 and joins[0].capacity == 4
    refused = match.refusals(wanted, DANA.id, full.datetime_start, lesson_id=full.id)
    assert codes(refused) == [ReasonCode.GROUP_FULL]
    assert refused[0].params == {"taken": 4, "capacity": 4}
    # A participant who cancelled frees a seat in the full group.
    first, *rest = full.participants
    cancelled = replace(first, participant_status=ParticipantStatus.CANCELLED_STUDENT)
    reopened = replace(full, participants=(cancelled, *rest))
    joins = [c for c in matcher([reopened, room]).match(wanted) if c.kind is SlotKind.JOIN]
    assert {c.lesson_id for c in joins} == {full.id, room.id}


def test_a_student_busy_at_that_time_is_not_offered_it() -> None:
    own = lesson(DANA, "10:00", 45, (STUDENT,), service=GROUP, day=MONDAY)
    match = matcher([own])
    found = match.match(entry())
    assert not offered(found, NOA.id, at("10:00"))
    assert not offered(found, NOA.id, at("09:30"))  # 09:30–10:15 overlaps
    assert offered(found, NOA.id, at("09:15"))  # ends at 10:00 exactly
    assert codes(match.refusals(entry(), NOA.id, at("10:00"))) == [ReasonCode.STUDENT_BUSY]


def test_a_cancelled_lesson_frees_the_student_and_the_instructor() -> None:
    gone = lesson(NOA, "10:00", 45, (STUDENT,), day=MONDAY, status=LessonStatus.CANCELLED_CLINIC)
    found = matcher([gone]).match(entry())
    assert offered(found, NOA.id, at("10:00"))


def test_an_instructor_without_the_capability_is_never_offered() -> None:
    match = matcher()
    found = match.match(entry())
    assert found and {c.instructor_id for c in found} == {NOA.id}
    assert codes(match.refusals(entry(), DANA.id, at("10:00"))) == [ReasonCode.NO_CAPABILITY]


def test_an_instructor_busy_or_off_that_day_is_excluded() -> None:
    busy = lesson(NOA, "10:00", 45, (UUID(int=9),), day=MONDAY)
    match = matcher([busy])
    assert codes(match.refusals(entry(), NOA.id, at("10:30"))) == [ReasonCode.INSTRUCTOR_BUSY]
    off = Instructor(NOA.id, NOA.name, working_days=(0, 2))
    clinic = Clinic(ClinicSettings(), ZONE, [off], [capability(off, RIDING)], {RIDING.id: RIDING}, [])
    assert Matcher(clinic, MONDAY, MONDAY).match(entry()) == []
    assert codes(Matcher(clinic, MONDAY, MONDAY).refusals(entry(), off.id, at("10:00"))) == [ReasonCode.NOT_WORKING]


def test_preferences_bound_the_days_and_hours_and_explain_the_match() -> None:
    windows = (TimeWindow(1, time(14), time(17)),)
    wanted = entry(preferred_days=(1,), preferred_times=windows, instructor_preferences=(DANA.id,))
    match = matcher(first=MONDAY - timedelta(days=1), last=MONDAY + timedelta(days=1))
    found = match.match(wanted)
    assert found
    for candidate in found:
        local = candidate.start.astimezone(ZONE)
        assert local.date() == MONDAY and time(14) <= local.time() and candidate.end.astimezone(ZONE).time() <= time(17)
    text = render_reasons(found[0].reasons)
    assert text == "prefers Monday ✓, prefers Monday 14:00–17:00 ✓, prefers דנה ✗, free time of נועה ✓"
    assert codes(match.refusals(wanted, NOA.id, at("10:00"))) == [ReasonCode.TIME_NOT_PREFERRED]
    sunday = at("15:00", MONDAY - timedelta(days=1))
    assert ReasonCode.DAY_NOT_PREFERRED in codes(match.refusals(wanted, NOA.id, sunday))


def test_preferred_instructor_and_joining_a_group_rank_first() -> None:
    taught = lesson(DANA, "16:00", 60, (UUID(int=7),), service=GROUP, day=MONDAY)
    caps = [capability(NOA, GROUP, 1), capability(DANA, GROUP, 4)]
    match = matcher([taught], capabilities=caps, last=MONDAY + timedelta(days=3))
    found = match.match(entry(desired_service_id=GROUP.id), limit=3)
    assert found[0].kind is SlotKind.JOIN and found[0].lesson_id == taught.id
    assert render_reasons(found[0].reasons) == "group has 1/4 ✓"
    preferring = match.match(entry(desired_service_id=GROUP.id, instructor_preferences=(NOA.id,)), limit=2)
    assert [c.instructor_id for c in preferring] == [NOA.id, NOA.id]
    assert preferring[0].start == at("07:00")


def test_nothing_before_now_is_offered() -> None:
    match = matcher(not_before=at("12:05"))
    found = match.match(entry())
    assert found[0].start == at("12:15")
    assert codes(match.refusals(entry(), NOA.id, at("12:00"))) == [ReasonCode.PAST]


def test_a_freed_slot_offers_the_queue_in_order_priority_first() -> None:
    cancelled = lesson(NOA, "10:00", 45, (UUID(int=8),), day=MONDAY, status=LessonStatus.CANCELLED_STUDENT)
    early = entry(created_at=datetime(2026, 1, 1, tzinfo=UTC), student_id=UUID(int=1))
    late_priority = entry(created_at=datetime(2026, 6, 1, tzinfo=UTC), priority_flag=True, student_id=UUID(int=2))
    busy_student = entry(student_id=UUID(int=3))
    mornings_only = entry(preferred_times=(TimeWindow(None, time(7), time(9)),), student_id=UUID(int=4))
    blocker = lesson(DANA, "10:00", 45, (UUID(int=3),), service=GROUP, day=MONDAY)
    match = matcher([cancelled, blocker])
    found = match.for_opening(Opening(NOA.id, at("10:00")), [early, late_priority, busy_student, mornings_only])
    assert [e.id for e, _ in found] == [late_priority.id, early.id]
    assert all(c.start == at("10:00") and c.instructor_id == NOA.id for _, c in found)


def test_queue_order_is_priority_then_waiting_time() -> None:
    a = entry(created_at=datetime(2026, 3, 1, tzinfo=UTC))
    b = entry(created_at=datetime(2026, 1, 1, tzinfo=UTC))
    c = entry(created_at=datetime(2026, 5, 1, tzinfo=UTC), priority_flag=True)
    assert queue_order([a, b, c]) == [c, b, a]


@pytest.mark.parametrize(
    "raw",
    [
        [{"day": 1, "from": "14:00", "to": "17:00"}],
        [{"from": "08:00", "to": "10:30"}, {"day": 5, "from": "08:00", "to": "12:00"}],
    ],
)
def test_preferred_times_round_trip(raw: list[dict[str, object]]) -> None:
    shaped = windows_json(parse_windows(raw))
    assert shaped is not None
    assert parse_windows(shaped) == parse_windows(raw)


@pytest.mark.parametrize(
    "raw",
    [
        [{"day": 1, "from": "17:00", "to": "14:00"}],
        [{"day": 9, "from": "08:00", "to": "09:00"}],
        [{"from": "8", "to": "9"}],
        "mornings",
        [3],
    ],
)
def test_malformed_preferred_times_are_refused(raw: object) -> None:
    with pytest.raises(ValueError):
        parse_windows(raw)
