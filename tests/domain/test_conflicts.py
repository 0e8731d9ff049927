"""The conflict detector agrees with a brute-force check and judges capacity and capability."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid4

from hypothesis import given, settings
from hypothesis import strategies as st

from reinex_desktop.domain.catalog import Capability
from reinex_desktop.domain.conflicts import (
    Booking,
    ConflictKind,
    conflicted_keys,
    conflicts_for,
    find_conflicts,
)

BASE = datetime(2026, 11, 22, 7, tzinfo=UTC)
INSTRUCTORS = [UUID(int=i) for i in range(1, 4)]
STUDENTS = [UUID(int=100 + i) for i in range(5)]
SERVICE = UUID(int=999)


def _booking(key: int, instructor: UUID, start_slot: int, slots: int, students: tuple[UUID, ...]) -> Booking:
    start = BASE + timedelta(minutes=15 * start_slot)
    return Booking(key, instructor, SERVICE, start, start + timedelta(minutes=15 * slots), students)


bookings_strategy = st.lists(
    st.tuples(
        st.sampled_from(INSTRUCTORS),
        st.integers(0, 20),
        st.integers(1, 6),
        st.lists(st.sampled_from(STUDENTS), max_size=3, unique=True),
    ),
    max_size=25,
).map(lambda rows: [_booking(i, ins, s, n, tuple(st_)) for i, (ins, s, n, st_) in enumerate(rows)])


@settings(max_examples=150, deadline=None)
@given(bookings_strategy)
def test_overlaps_match_brute_force(bookings: list[Booking]) -> None:
    found = find_conflicts(bookings, [])
    instructor_pairs = {
        frozenset((c.booking.key, c.other.key)) for c in found if c.kind is ConflictKind.INSTRUCTOR_OVERLAP and c.other
    }
    student_pairs = {
        (frozenset((c.booking.key, c.other.key)), c.student_id)
        for c in found
        if c.kind is ConflictKind.STUDENT_OVERLAP and c.other
    }
    expected_instructor = {
        frozenset((a.key, b.key))
        for i, a in enumerate(bookings)
        for b in bookings[i + 1 :]
        if a.instructor_id == b.instructor_id and a.overlaps(b)
    }
    expected_student = {
        (frozenset((a.key, b.key)), s)
        for i, a in enumerate(bookings)
        for b in bookings[i + 1 :]
        if a.overlaps(b)
        for s in set(a.student_ids) & set(b.student_ids)
    }
    assert instructor_pairs == expected_instructor
    assert student_pairs == expected_student


def test_back_to_back_lessons_do_not_conflict() -> None:
    first = _booking(1, INSTRUCTORS[0], 0, 3, (STUDENTS[0],))
    second = _booking(2, INSTRUCTORS[0], 3, 3, (STUDENTS[0],))
    assert find_conflicts([first, second], []) == []


def test_capacity_and_capability_use_the_overlay() -> None:
    group = _booking(1, INSTRUCTORS[0], 0, 4, tuple(STUDENTS[:3]))
    other_service = Booking(2, INSTRUCTORS[0], uuid4(), group.end, group.end + timedelta(minutes=30), (STUDENTS[4],))
    capability = Capability(uuid4(), INSTRUCTORS[0], SERVICE, max_students=2)
    found = find_conflicts([group, other_service], [capability])
    kinds = {(c.kind, c.booking.key) for c in found}
    assert kinds == {(ConflictKind.CAPACITY, 1), (ConflictKind.NOT_CAPABLE, 2)}
    capacity = next(c for c in found if c.kind is ConflictKind.CAPACITY)
    assert "3 students booked" in capacity.message().render()


def test_instructor_without_recorded_capabilities_is_not_flagged() -> None:
    lonely = _booking(1, INSTRUCTORS[1], 0, 4, tuple(STUDENTS[:3]))
    capability = Capability(uuid4(), INSTRUCTORS[0], SERVICE, max_students=1)
    assert find_conflicts([lonely], [capability]) == []


def test_moving_a_lesson_ignores_its_old_place_and_reports_only_its_own_conflicts() -> None:
    lesson = _booking(1, INSTRUCTORS[0], 0, 3, (STUDENTS[0],))
    neighbour = _booking(2, INSTRUCTORS[0], 4, 3, (STUDENTS[1],))
    unrelated_a = _booking(3, INSTRUCTORS[1], 0, 3, (STUDENTS[2],))
    unrelated_b = _booking(4, INSTRUCTORS[1], 1, 3, (STUDENTS[3],))
    moved = _booking(1, INSTRUCTORS[0], 5, 3, (STUDENTS[0],))
    found = conflicts_for(moved, [lesson, neighbour, unrelated_a, unrelated_b], [])
    assert [(c.kind, conflicted_keys([c])) for c in found] == [(ConflictKind.INSTRUCTOR_OVERLAP, {1, 2})]
    assert conflicts_for(lesson, [lesson, neighbour], []) == []
