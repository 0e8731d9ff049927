"""Generation across the daylight-saving switches of Asia/Jerusalem (REQUIREMENTS: "Daylight-saving days").

Israel moves to summer time on the Friday before the last Sunday of March (2027-03-26, 02:00 →
03:00) and back on the last Sunday of October (2026-10-25, 02:00 → 01:00). Lessons keep their
wall-clock time across the switch; none goes missing and none is doubled.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from reinex_desktop.domain.clinic_time import slot_times
from reinex_desktop.domain.generation.engine import plan_generation
from reinex_desktop.domain.settings import DEFAULT_BUSINESS_HOURS, ClinicSettings
from tests.domain.generation_fixtures import ZONE, snapshot, template

SPRING_FRIDAY = date(2027, 3, 26)
AUTUMN_SUNDAY = date(2026, 10, 25)


def _week_around(day: date) -> tuple[date, date]:
    return day - timedelta(days=7), day + timedelta(days=7)


def _all_day(weekday: int) -> ClinicSettings:
    hours = dict(DEFAULT_BUSINESS_HOURS)
    hours[weekday] = (time(0), time(23, 45))
    return ClinicSettings(business_hours=hours, observe_holidays=False)


def _check_every_quarter_hour(day: date, weekday: int, opening: time, closing: time) -> None:
    """Each template gives exactly one seat on each of the three days; off the switch, at its own time."""
    times = slot_times(opening, closing)
    templates = [template(weekday=weekday, at=at, duration=15) for at in times]
    first, last = _week_around(day)
    plan = plan_generation(first, last, snapshot(templates, settings=_all_day(weekday)))
    seats = [seat for lesson in plan.lessons for seat in lesson.seats]
    by_day: dict[date, list[tuple[object, time]]] = {}
    for seat in seats:
        by_day.setdefault(seat.day, []).append((seat.template_id, seat.start.astimezone(ZONE).time()))
    assert sorted(by_day) == [day - timedelta(days=7), day, day + timedelta(days=7)]
    for seats_day, rows in by_day.items():
        assert sorted(str(t) for t, _ in rows) == sorted(str(t.id) for t in templates), seats_day
        if seats_day != day:
            assert sorted(at for _, at in rows) == times
    # On the switch day itself every seat still starts on that local date, inside the day.
    assert all(seat.start.astimezone(ZONE).date() == day for seat in seats if seat.day == day)


def test_friday_of_the_spring_switch_keeps_wall_clock_times() -> None:
    tpl = template(weekday=5, at=time(8))
    first, last = _week_around(SPRING_FRIDAY)
    plan = plan_generation(first, last, snapshot([tpl]))
    starts = [(lesson.day, lesson.start) for lesson in plan.lessons]
    assert starts == [
        (date(2027, 3, 19), datetime(2027, 3, 19, 6, tzinfo=UTC)),  # winter time, UTC+2
        (SPRING_FRIDAY, datetime(2027, 3, 26, 5, tzinfo=UTC)),  # summer time, UTC+3
        (date(2027, 4, 2), datetime(2027, 4, 2, 5, tzinfo=UTC)),
    ]
    assert all(lesson.start.astimezone(ZONE).time() == time(8) for lesson in plan.lessons)


def test_sunday_of_the_autumn_switch_keeps_wall_clock_times() -> None:
    tpl = template(weekday=0, at=time(9))
    first, last = _week_around(AUTUMN_SUNDAY)
    plan = plan_generation(first, last, snapshot([tpl]))
    assert [lesson.start for lesson in plan.lessons] == [
        datetime(2026, 10, 18, 6, tzinfo=UTC),  # summer time, UTC+3
        datetime(2026, 10, 25, 7, tzinfo=UTC),  # winter time, UTC+2
        datetime(2026, 11, 1, 7, tzinfo=UTC),
    ]
    assert all(lesson.start.astimezone(ZONE).time() == time(9) for lesson in plan.lessons)


def test_every_quarter_hour_of_the_spring_friday_gives_exactly_one_lesson() -> None:
    _check_every_quarter_hour(SPRING_FRIDAY, 5, time(0), time(23, 45))


def test_every_quarter_hour_of_the_autumn_sunday_gives_exactly_one_lesson() -> None:
    _check_every_quarter_hour(AUTUMN_SUNDAY, 0, time(0), time(23, 45))


def test_a_time_inside_the_spring_gap_lands_one_hour_later_once() -> None:
    tpl = template(weekday=5, at=time(2, 30), duration=15)
    plan = plan_generation(SPRING_FRIDAY, SPRING_FRIDAY, snapshot([tpl], settings=_all_day(5)))
    (lesson,) = plan.lessons
    assert lesson.start == datetime(2027, 3, 26, 0, 30, tzinfo=UTC)
    assert lesson.start.astimezone(ZONE).time() == time(3, 30)


def test_the_repeated_autumn_hour_gives_one_lesson_at_its_first_occurrence() -> None:
    tpl = template(weekday=0, at=time(1, 30), duration=15)
    plan = plan_generation(AUTUMN_SUNDAY, AUTUMN_SUNDAY, snapshot([tpl], settings=_all_day(0)))
    (lesson,) = plan.lessons
    assert lesson.start == datetime(2026, 10, 24, 22, 30, tzinfo=UTC)  # 01:30 summer time
    assert lesson.day == AUTUMN_SUNDAY


def test_a_full_clinic_day_on_both_switch_days_matches_an_ordinary_week() -> None:
    for day, weekday in ((SPRING_FRIDAY, 5), (AUTUMN_SUNDAY, 0)):
        opening, closing = ClinicSettings().hours_on(weekday) or (time(7), time(14))
        templates = [template(weekday=weekday, at=at, duration=15) for at in slot_times(opening, closing)]
        first, last = _week_around(day)
        plan = plan_generation(first, last, snapshot(templates, settings=ClinicSettings(observe_holidays=False)))
        per_day = {
            d: sorted(lesson.start.astimezone(ZONE).time() for lesson in plan.lessons if lesson.day == d)
            for d in (first, day, last)
        }
        assert per_day[day] == per_day[first] == per_day[last] == slot_times(opening, closing)
