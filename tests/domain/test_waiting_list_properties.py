"""Properties of waiting-list matching over small generated clinics (REQUIREMENTS screen 7, issue text).

The oracle below is written from the rules as stated — "the instructor can give the service, the
lesson or free time has capacity, the student has no overlapping lesson, the day is open (business
hours, closures, Israeli holidays), the entry's preferences hold" — and searches every slot of the
range exhaustively. The engine must offer exactly the slots the oracle finds: none that breaks a
rule, none that is missed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from uuid import UUID

import holidays
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reinex_desktop.domain.catalog import Capability, Instructor, Service
from reinex_desktop.domain.enums import LessonStatus, ParticipantStatus
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant
from reinex_desktop.domain.settings import ClinicSettings
from reinex_desktop.domain.waiting_list.entries import TimeWindow, WaitingListEntry
from reinex_desktop.domain.waiting_list.matching import Clinic, Matcher, SlotKind
from tests.domain.generation_fixtures import ZONE

#: Around Sukkot 2026 (holidays), and around both daylight-saving switches of 2027.
BASES = (date(2026, 9, 20), date(2027, 3, 21), date(2027, 10, 24))
INSTRUCTORS = [UUID(int=i) for i in range(1, 4)]
SERVICES = [Service(UUID(int=10), "riding", 45), Service(UUID(int=11), "group", 30)]
STUDENTS = [UUID(int=100 + i) for i in range(5)]
CANCELLED = (LessonStatus.CANCELLED_CLINIC, LessonStatus.CANCELLED_STUDENT)
CANCELLED_PARTICIPANT = (ParticipantStatus.CANCELLED_CLINIC, ParticipantStatus.CANCELLED_STUDENT)


def local(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=ZONE).astimezone(UTC)


@st.composite
def worlds(draw: st.DrawFn) -> dict[str, object]:
    first = draw(st.sampled_from(BASES)) + timedelta(days=draw(st.integers(0, 6)))
    last = first + timedelta(days=draw(st.integers(0, 6)))
    hours: dict[int, tuple[time, time] | None] = {}
    for weekday in range(7):
        if draw(st.integers(0, 5)) == 0:
            hours[weekday] = None
        else:
            opening = draw(st.integers(7 * 4, 9 * 4))
            hours[weekday] = (time(opening // 4, opening % 4 * 15), time(draw(st.integers(10, 12)), 0))
    closures = frozenset(first + timedelta(days=n) for n in draw(st.sets(st.integers(0, 6), max_size=2)))
    clinic_settings = ClinicSettings(business_hours=hours, closures=closures, observe_holidays=draw(st.booleans()))
    instructors = [
        Instructor(i, f"T{n}", working_days=draw(st.none() | st.sets(st.integers(0, 6), min_size=3).map(tuple)))
        for n, i in enumerate(INSTRUCTORS)
    ]
    capabilities = [
        Capability(UUID(int=1000 + n), instructor.id, service.id, draw(st.integers(1, 4)))
        for n, (instructor, service) in enumerate((i, s) for i in instructors for s in SERVICES)
        if draw(st.integers(0, 3)) > 0
    ]
    lessons = []
    for n in range(draw(st.integers(0, 14))):
        day = first + timedelta(days=draw(st.integers(0, (last - first).days)))
        start = local(day, time(draw(st.integers(7, 11)), draw(st.sampled_from((0, 10, 15, 30, 45)))))
        lesson_id = UUID(int=5000 + n)
        students = draw(st.lists(st.sampled_from(STUDENTS), max_size=2, unique=True))
        participants = tuple(
            LessonParticipant(
                UUID(int=9000 + 10 * n + k),
                lesson_id,
                s,
                draw(
                    st.sampled_from((ParticipantStatus.SCHEDULED, ParticipantStatus.SCHEDULED, *CANCELLED_PARTICIPANT))
                ),
            )
            for k, s in enumerate(students)
        )
        lessons.append(
            LessonInstance(
                lesson_id,
                start,
                draw(st.sampled_from((30, 45, 60))),
                draw(st.sampled_from(INSTRUCTORS)),
                draw(st.sampled_from(SERVICES)).id,
                status=draw(st.sampled_from((LessonStatus.SCHEDULED,) * 3 + CANCELLED)),
                participants=participants,
            )
        )
    windows = tuple(
        TimeWindow(
            draw(st.none() | st.integers(0, 5)),
            time(draw(st.integers(7, 9)), draw(st.sampled_from((0, 30)))),
            time(draw(st.integers(10, 12)), draw(st.sampled_from((0, 30)))),
        )
        for _ in range(draw(st.integers(0, 2)))
    )
    entry = WaitingListEntry(
        id=UUID(int=77),
        student_id=draw(st.sampled_from(STUDENTS)),
        desired_service_id=draw(st.sampled_from(SERVICES)).id,
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        preferred_days=tuple(draw(st.sets(st.integers(0, 5), max_size=4))),
        preferred_times=windows,
        instructor_preferences=tuple(draw(st.sets(st.sampled_from(INSTRUCTORS), max_size=2))),
    )
    not_before = None
    if draw(st.booleans()):
        not_before = local(first, time(draw(st.integers(7, 12)), 0))
    return {
        "clinic": Clinic(clinic_settings, ZONE, instructors, capabilities, {s.id: s for s in SERVICES}, lessons),
        "first": first,
        "last": last,
        "entry": entry,
        "not_before": not_before,
    }


# --- the oracle, from the rules' text ------------------------------------------------------------


def occupies(lesson: LessonInstance) -> bool:
    """A lesson takes its time unless it was cancelled, or every one of its participants was."""
    if lesson.status in CANCELLED:
        return False
    return not lesson.participants or any(
        p.participant_status not in CANCELLED_PARTICIPANT for p in lesson.participants
    )


def seated(lesson: LessonInstance) -> list[UUID]:
    return [p.student_id for p in lesson.participants if p.participant_status not in CANCELLED_PARTICIPANT]


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    return a_start < b_end and b_start < a_end


def weekday_of(day: date) -> int:
    return (day.weekday() + 1) % 7


def day_open(clinic: Clinic, day: date) -> bool:
    if clinic.settings.business_hours.get(weekday_of(day)) is None or day in clinic.settings.closures:
        return False
    return not (clinic.settings.observe_holidays and day in holidays.Israel(years=day.year))


def rules_hold(world: dict, instructor: UUID, start: datetime, minutes: int, joined: LessonInstance | None) -> bool:
    clinic: Clinic = world["clinic"]
    entry: WaitingListEntry = world["entry"]
    end = start + timedelta(minutes=minutes)
    day = start.astimezone(ZONE).date()
    if not world["first"] <= day <= world["last"] or not day_open(clinic, day):
        return False
    opening, closing = clinic.settings.business_hours[weekday_of(day)]
    if start < local(day, opening) or end > local(day, closing):
        return False
    if world["not_before"] is not None and start < world["not_before"]:
        return False
    capability = [
        c for c in clinic.capabilities if c.employee_id == instructor and c.service_id == entry.desired_service_id
    ]
    if not capability:
        return False
    others = [lesson for lesson in clinic.lessons if occupies(lesson) and lesson is not joined]
    if joined is None:
        working = next(i.working_days for i in clinic.instructors if i.id == instructor)
        if working is not None and weekday_of(day) not in working:
            return False
        if any(
            lesson.instructor_employee_id == instructor
            and overlaps(start, end, lesson.datetime_start, lesson.datetime_end)
            for lesson in others
        ):
            return False
    else:
        if not occupies(joined) or joined.service_id != entry.desired_service_id:
            return False
        if entry.student_id in seated(joined) or len(seated(joined)) >= capability[0].max_students:
            return False
    if any(
        entry.student_id in seated(lesson) and overlaps(start, end, lesson.datetime_start, lesson.datetime_end)
        for lesson in others
    ):
        return False
    if entry.preferred_days and weekday_of(day) not in entry.preferred_days:
        return False
    if entry.preferred_times:
        local_start, local_end = start.astimezone(ZONE).time(), end.astimezone(ZONE).time()
        if not any(
            (w.day is None or w.day == weekday_of(day)) and w.start <= local_start and local_end <= w.end
            for w in entry.preferred_times
        ):
            return False
    return True


def exhaustive(world: dict) -> set[tuple[object, ...]]:
    clinic: Clinic = world["clinic"]
    entry: WaitingListEntry = world["entry"]
    minutes = next(s.duration_minutes for s in SERVICES if s.id == entry.desired_service_id)
    found: set[tuple[object, ...]] = set()
    day = world["first"]
    while day <= world["last"]:
        hours = clinic.settings.business_hours.get(weekday_of(day))
        if hours is not None:
            start, closing = local(day, hours[0]), local(day, hours[1])
            while start + timedelta(minutes=minutes) <= closing:
                for instructor in INSTRUCTORS:
                    if rules_hold(world, instructor, start, minutes, None):
                        found.add((SlotKind.FREE, instructor, start, None))
                start += timedelta(minutes=15)
        day += timedelta(days=1)
    for lesson in clinic.lessons:
        if rules_hold(world, lesson.instructor_employee_id, lesson.datetime_start, lesson.duration_minutes, lesson):
            found.add((SlotKind.JOIN, lesson.instructor_employee_id, lesson.datetime_start, lesson.id))
    return found


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(worlds())
def test_offers_exactly_the_slots_that_satisfy_every_rule(world: dict) -> None:
    matcher = Matcher(world["clinic"], world["first"], world["last"], not_before=world["not_before"])
    offered = matcher.match(world["entry"])
    keys = [(c.kind, c.instructor_id, c.start, c.lesson_id) for c in offered]
    assert len(keys) == len(set(keys)), "a slot offered twice"
    assert set(keys) == exhaustive(world)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(worlds(), st.integers(1, 6))
def test_best_matches_are_the_head_of_the_full_ranking(world: dict, limit: int) -> None:
    matcher = Matcher(world["clinic"], world["first"], world["last"], not_before=world["not_before"])
    everything = matcher.match(world["entry"])
    assert [c.score for c in everything] == sorted((c.score for c in everything), reverse=True)
    assert matcher.match(world["entry"], limit=limit) == everything[:limit]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(worlds())
def test_every_offered_slot_passes_the_slot_check_and_explains_its_instructor(world: dict) -> None:
    matcher = Matcher(world["clinic"], world["first"], world["last"], not_before=world["not_before"])
    entry: WaitingListEntry = world["entry"]
    for candidate in matcher.match(entry):
        assert matcher.refusals(entry, candidate.instructor_id, candidate.start, lesson_id=candidate.lesson_id) == ()
        if entry.instructor_preferences:
            marks = [r.ok for r in candidate.reasons if r.code == "instructor"]
            assert marks == [candidate.instructor_id in entry.instructor_preferences]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(worlds(), st.integers(1, 6))
def test_distinct_best_matches_keep_the_earliest_start_of_each_instructor_and_day(world: dict, limit: int) -> None:
    matcher = Matcher(world["clinic"], world["first"], world["last"], not_before=world["not_before"])
    everything = matcher.match(world["entry"])
    seen: set[tuple[object, ...]] = set()
    firsts = []
    for candidate in everything:
        group = (candidate.kind, candidate.instructor_id, candidate.day, candidate.lesson_id)
        if candidate.kind is SlotKind.JOIN or group not in seen:
            firsts.append(candidate)
        seen.add(group)
    assert matcher.match(world["entry"], limit=limit, distinct=True) == firsts[:limit]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(worlds())
def test_a_freed_slot_is_offered_exactly_when_every_rule_holds_there(world: dict) -> None:
    from reinex_desktop.domain.waiting_list.matching import Opening

    matcher = Matcher(world["clinic"], world["first"], world["last"], not_before=world["not_before"])
    entry: WaitingListEntry = world["entry"]
    expected = exhaustive(world)
    clinic: Clinic = world["clinic"]
    slots = {(SlotKind.FREE, i, s, None) for (_k, i, s, _l) in expected}
    slots |= {
        (SlotKind.JOIN, lesson.instructor_employee_id, lesson.datetime_start, lesson.id) for lesson in clinic.lessons
    }
    day = world["first"]
    while day <= world["last"]:  # a few starts that are not offered, too
        slots |= {(SlotKind.FREE, i, local(day, time(h, 30)), None) for i in INSTRUCTORS for h in (6, 9, 11)}
        day += timedelta(days=1)
    for kind, instructor, start, lesson_id in slots:
        found = matcher.for_opening(Opening(instructor, start, lesson_id), [entry])
        assert bool(found) == ((kind, instructor, start, lesson_id) in expected), (kind, start)
