"""Find a free slot: capability, capacity, business hours, the student's other lessons, closed days."""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta

from reinex_desktop.domain.calendar.free_slots import SlotSearch, find_free_slots
from reinex_desktop.domain.settings import ClinicSettings
from tests.domain.calendar_builders import DAY, GROUP, RIDING, ZONE, at, capability, instructor, lesson

STUDENT = uuid.uuid4()
SHORT_DAYS = ClinicSettings(business_hours={d: (time(8), time(10)) for d in range(5)} | {5: None, 6: None})


def search(days: int = 1, **kwargs) -> SlotSearch:
    return SlotSearch(STUDENT, RIDING.id, 45, DAY, days, **kwargs)


def find(instructors, capabilities, lessons, settings=SHORT_DAYS, **kwargs):
    return find_free_slots(
        kwargs.pop("search", search()),
        settings=settings,
        zone=ZONE,
        instructors=instructors,
        capabilities=capabilities,
        lessons=lessons,
        **kwargs,
    )


def test_first_opening_of_a_capable_instructor():
    avi, dana = instructor("אבי"), instructor("דנה")
    busy = lesson(dana, "08:00", 60)
    slots = find([avi, dana], [capability(dana, RIDING)], [busy])
    assert [(s.instructor_id, s.start) for s in slots] == [(dana.id, at("09:00"))]


def test_whole_lesson_must_fit_in_business_hours():
    dana = instructor("דנה")
    busy = lesson(dana, "08:00", 75)  # until 09:15: 09:15 + 45 = 10:00 still fits
    assert find([dana], [capability(dana, RIDING)], [busy])[0].start == at("09:15")
    busier = lesson(dana, "08:00", 80)  # until 09:20: 09:30 + 45 > 10:00
    assert find([dana], [capability(dana, RIDING)], [busier]) == []


def test_the_students_other_lessons_block_the_time():
    avi, dana = instructor("אבי"), instructor("דנה")
    elsewhere = lesson(avi, "08:00", 60, (STUDENT,), service=GROUP)
    slots = find([avi, dana], [capability(dana, RIDING)], [elsewhere])
    assert slots[0].start == at("09:00") and slots[0].instructor_id == dana.id


def test_a_seat_in_the_same_group_lesson_counts_as_an_opening():
    dana = instructor("דנה")
    other = uuid.uuid4()
    group = lesson(dana, "08:00", 45, (other,))
    slots = find([dana], [capability(dana, RIDING, 3)], [group])
    assert slots[0].start == at("08:00") and slots[0].join_lesson_id == group.id
    full = find([dana], [capability(dana, RIDING, 1)], [group])
    assert full[0].start == at("08:45") and full[0].join_lesson_id is None


def test_one_slot_per_day_skipping_closed_days_weekends_and_non_working_days():
    dana = instructor("דנה", working_days=(0, 1, 3))  # Sun, Mon, Wed
    slots = find(
        [dana],
        [capability(dana, RIDING)],
        [],
        search=search(days=10),
        closed={date(2026, 11, 25)},  # the Wednesday is a closure
    )
    assert [s.day for s in slots] == [date(2026, 11, 23), date(2026, 11, 29), date(2026, 11, 30), date(2026, 12, 2)]


def test_never_in_the_past():
    dana = instructor("דנה")
    slots = find([dana], [capability(dana, RIDING)], [], search=search(not_before=at("08:20")))
    assert slots[0].start == at("08:30")
    assert slots[0].end - slots[0].start == timedelta(minutes=45)


def test_cancelled_lessons_do_not_block():
    from reinex_desktop.domain.enums import LessonStatus

    dana = instructor("דנה")
    cancelled = lesson(dana, "08:00", 120, status=LessonStatus.CANCELLED_CLINIC)
    assert find([dana], [capability(dana, RIDING)], [cancelled])[0].start == at("08:00")
