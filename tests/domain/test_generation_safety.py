"""Undo and reset forward delete only rows meeting every safety condition of plan §5.3."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from uuid import UUID, uuid4

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reinex_desktop.domain.enums import CreatedSource, DocumentationStatus, LessonStatus, ParticipantStatus
from reinex_desktop.domain.generation.reasons import Blocker
from reinex_desktop.domain.generation.runs import (
    GenerationRun,
    RunKind,
    removal_report,
    removed_ids,
    undo_refusal,
)
from reinex_desktop.domain.generation.safety import RemovalCandidate, removal_blockers, select_removals
from reinex_desktop.domain.generation.touched import generation_stamp
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant

NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)
RUN = UUID(int=77)
OTHER_RUN = UUID(int=78)


#: The human edits of the rule's list (plan §5.3 and its reading "any human change after
#: generation"), each as what it does to the rows; the oracle knows only which were made.
def _seat(lesson: LessonInstance, change: Callable[[LessonParticipant], LessonParticipant]) -> LessonInstance:
    first, *rest = lesson.participants
    return replace(lesson, participants=(change(first), *rest))


EDITS: dict[str, Callable[[LessonInstance], LessonInstance]] = {
    "confirmed": lambda lesson: _seat(lesson, lambda p: replace(p, attendance_confirmed_at=NOW)),
    "confirmed_in_metadata": lambda lesson: _seat(
        lesson, lambda p: replace(p, metadata={**p.metadata, "confirmation": {"channel": "whatsapp"}})
    ),
    "participant_status": lambda lesson: _seat(
        lesson, lambda p: replace(p, participant_status=ParticipantStatus.CANCELLED_STUDENT)
    ),
    "lesson_status": lambda lesson: replace(lesson, status=LessonStatus.CANCELLED_CLINIC),
    "lesson_price": lambda lesson: replace(lesson, metadata={**lesson.metadata, "price_override": "180"}),
    "price_charged": lambda lesson: _seat(lesson, lambda p: replace(p, price_charged=Decimal("95"))),
    "pricing_breakdown": lambda lesson: _seat(lesson, lambda p: replace(p, pricing_breakdown={"rule": "hmo"})),
    "commitment": lambda lesson: _seat(lesson, lambda p: replace(p, commitment_id=uuid4())),
    "participant_added": lambda lesson: replace(
        lesson, participants=(*lesson.participants, LessonParticipant(uuid4(), lesson.id, uuid4()))
    ),
    "participant_removed": lambda lesson: replace(lesson, participants=lesson.participants[1:]),
    "time": lambda lesson: replace(lesson, datetime_start=lesson.datetime_start + timedelta(minutes=15)),
    "length": lambda lesson: replace(lesson, duration_minutes=lesson.duration_minutes + 15),
    "instructor": lambda lesson: replace(lesson, instructor_employee_id=uuid4()),
    "service": lambda lesson: replace(lesson, service_id=uuid4()),
    "documented_at": lambda lesson: _seat(lesson, lambda p: replace(p, documented_at=NOW)),
    "documentation_ref": lambda lesson: _seat(lesson, lambda p: replace(p, documentation_ref={"session": "x"})),
    "documentation_status": lambda lesson: replace(lesson, documentation_status=DocumentationStatus.DOCUMENTED),
    "locked": lambda lesson: _seat(lesson, lambda p: replace(p, locked_at=NOW)),
    "manual_override": lambda lesson: replace(lesson, metadata={**lesson.metadata, "manual_override": True}),
    "note": lambda lesson: replace(lesson, metadata={**lesson.metadata, "note": "bring a helmet"}),
    "row_written": lambda lesson: replace(lesson, updated_at=NOW),
}
#: Edits that need the first participant to exist.
SEAT_EDITS = frozenset(
    {"confirmed", "confirmed_in_metadata", "participant_status", "price_charged", "pricing_breakdown", "commitment"}
    | {"participant_removed", "documented_at", "documentation_ref", "locked"}
)


def _generated(run: UUID, students: int, start: datetime) -> LessonInstance:
    """A lesson exactly as generation wrote it: tagged, stamped, scheduled, nobody's hand on it."""
    lesson_id = uuid4()
    seats = tuple(
        LessonParticipant(uuid4(), lesson_id, uuid4(), metadata={"generation_run_id": str(run)})
        for _ in range(students)
    )
    instructor, service = uuid4(), uuid4()
    stamp = generation_stamp(start, 45, instructor, service, [seat.student_id for seat in seats])
    created = NOW - timedelta(minutes=5)
    return LessonInstance(
        id=lesson_id,
        datetime_start=start,
        duration_minutes=45,
        instructor_employee_id=instructor,
        service_id=service,
        created_source=CreatedSource.WEEKLY_GENERATION,
        created_at=created,
        updated_at=created,
        metadata={"generation_run_id": str(run), "occurrence_date": "2026-11-22", "generated": stamp},
        participants=seats,
    )


@dataclass(frozen=True)
class Case:
    """A generated lesson, what happened to it since, and the facts undo must respect."""

    candidate: RemovalCandidate
    run: UUID
    edits: frozenset[str]
    future: bool
    consumed: bool
    earned: bool


@st.composite
def cases(draw: st.DrawFn) -> Case:
    run = draw(st.sampled_from((RUN, RUN, RUN, OTHER_RUN)))
    minutes = draw(st.integers(-600, 600))
    lesson = _generated(run, draw(st.integers(1, 3)), NOW + timedelta(minutes=minutes))
    chosen = draw(st.frozensets(st.sampled_from(sorted(EDITS)), max_size=3))
    if "participant_removed" in chosen:
        chosen = chosen - (SEAT_EDITS - {"participant_removed"})  # their participant is gone with them
    for name in sorted(chosen, key=lambda n: n == "participant_removed"):
        lesson = EDITS[name](lesson)
    consumed = bool(lesson.participants) and draw(st.integers(0, 6)) == 0
    earned = draw(st.integers(0, 6)) == 0
    candidate = RemovalCandidate(
        lesson,
        consumed_participant_ids=frozenset({lesson.participants[0].id}) if consumed else frozenset(),
        has_earnings=earned,
    )
    return Case(candidate, run, chosen, minutes > 0, consumed, earned)


def _removable(case: Case, run_id: UUID | None) -> bool:
    """Plan §5.3, written from its text: deleted only when every condition holds, nobody touched it."""
    own_run = run_id is None or case.run == run_id
    return own_run and case.future and not case.consumed and not case.earned and not case.edits


@settings(max_examples=300, deadline=None)
@given(st.lists(cases(), max_size=12))
def test_undo_deletes_exactly_the_untouched_lessons_of_its_run(batch: list[Case]) -> None:
    selection = select_removals([c.candidate for c in batch], now=NOW, run_id=RUN)
    removed = {c.lesson.id for c in selection.removed}
    for case in batch:
        assert (case.candidate.lesson.id in removed) == _removable(case, RUN), case.edits
    assert all(verdict.blockers for verdict in selection.kept)
    assert len(selection.removed) + len(selection.kept) == len(batch)


@settings(max_examples=300, deadline=None)
@given(st.lists(cases(), max_size=12))
def test_reset_forward_removes_exactly_the_untouched_generated_lessons(batch: list[Case]) -> None:
    selection = select_removals([c.candidate for c in batch], now=NOW, run_id=None)
    removed = {c.lesson.id for c in selection.removed}
    for case in batch:
        assert (case.candidate.lesson.id in removed) == _removable(case, None), case.edits
    lessons, participants = removed_ids(selection.removed)
    kept_ids = {v.candidate.lesson.id for v in selection.kept}
    assert not kept_ids & set(lessons)
    for verdict in selection.kept:
        assert not {p.id for p in verdict.candidate.seats} & set(participants)


@pytest.mark.parametrize("name", sorted(EDITS))
def test_each_human_edit_alone_keeps_the_lesson(name: str) -> None:
    fresh = _generated(RUN, 2, NOW + timedelta(hours=2))
    assert removal_blockers(RemovalCandidate(fresh), now=NOW, run_id=RUN) == ()
    touched = RemovalCandidate(EDITS[name](fresh))
    assert removal_blockers(touched, now=NOW, run_id=RUN), name
    assert removal_blockers(touched, now=NOW, run_id=None), name


def _clean() -> RemovalCandidate:
    lesson_id = uuid4()
    tag = {"generation_run_id": str(RUN)}
    seat = LessonParticipant(uuid4(), lesson_id, uuid4(), metadata=tag)
    lesson = LessonInstance(
        id=lesson_id,
        datetime_start=NOW + timedelta(hours=2),
        duration_minutes=45,
        instructor_employee_id=uuid4(),
        service_id=uuid4(),
        created_source=CreatedSource.WEEKLY_GENERATION,
        metadata=tag,
        participants=(seat,),
    )
    return RemovalCandidate(lesson)


def test_each_condition_alone_blocks_with_its_own_reason() -> None:
    clean = _clean()
    lesson, seat = clean.lesson, clean.lesson.participants[0]
    assert removal_blockers(clean, now=NOW, run_id=RUN) == ()
    cases = {
        Blocker.OTHER_RUN: replace(clean, lesson=replace(lesson, metadata={"generation_run_id": str(OTHER_RUN)})),
        Blocker.NOT_GENERATED: replace(clean, lesson=replace(lesson, created_source=CreatedSource.ONE_TIME)),
        Blocker.NOT_FUTURE: replace(clean, lesson=replace(lesson, datetime_start=NOW)),
        Blocker.LESSON_NOT_SCHEDULED: replace(clean, lesson=replace(lesson, status=LessonStatus.COMPLETED)),
        Blocker.DOCUMENTED: replace(clean, lesson=replace(lesson, documentation_status=DocumentationStatus.DOCUMENTED)),
        Blocker.EARNINGS: replace(clean, has_earnings=True),
        Blocker.CONSUMPTION: replace(clean, consumed_participant_ids=frozenset({seat.id})),
        Blocker.MANUALLY_EDITED: replace(
            clean, lesson=replace(lesson, metadata={"generation_run_id": str(RUN), "manual_override": True})
        ),
        Blocker.PARTICIPANT_NOT_SCHEDULED: replace(
            clean,
            lesson=replace(lesson, participants=(replace(seat, participant_status=ParticipantStatus.NO_SHOW),)),
        ),
        Blocker.CHARGED: replace(
            clean, lesson=replace(lesson, participants=(replace(seat, price_charged=Decimal("45")),))
        ),
        Blocker.HAND_ADDED_PARTICIPANT: replace(
            clean, lesson=replace(lesson, participants=(seat, replace(seat, id=uuid4(), metadata={})))
        ),
    }
    for blocker, candidate in cases.items():
        assert removal_blockers(candidate, now=NOW, run_id=RUN) == (blocker,), blocker


def test_seats_added_to_an_existing_lesson_are_removed_alone() -> None:
    clean = _clean()
    hand = LessonParticipant(uuid4(), clean.lesson.id, uuid4())
    lesson = replace(
        clean.lesson,
        metadata={"generation_run_id": str(OTHER_RUN)},
        created_source=CreatedSource.ONE_TIME,
        participants=(*clean.lesson.participants, hand),
    )
    seat_only = RemovalCandidate(lesson, frozenset({clean.lesson.participants[0].id}))
    selection = select_removals([seat_only], now=NOW, run_id=RUN)
    assert selection.removed == (seat_only,)
    lessons, participants = removed_ids(selection.removed)
    assert lessons == [] and participants == [clean.lesson.participants[0].id]
    report = removal_report(selection)
    assert (report.lessons_deleted, report.participants_deleted) == (0, 1)


def test_the_report_counts_kept_rows_by_reason() -> None:
    clean = _clean()
    done = replace(clean, lesson=replace(clean.lesson, status=LessonStatus.COMPLETED), has_earnings=True)
    report = removal_report(select_removals([clean, done], now=NOW, run_id=RUN))
    assert (report.lessons_deleted, report.participants_deleted) == (1, 1)
    assert report.kept_by_blocker == {"earnings": 1, "lesson_not_scheduled": 1}


def _run(**changes: object) -> GenerationRun:
    base = GenerationRun(RUN, RunKind.WEEKLY_GENERATION, date(2026, 11, 22), date(2026, 12, 5), NOW)
    return replace(base, **changes)  # type: ignore[arg-type]


def test_undo_is_allowed_only_inside_the_window_and_once() -> None:
    assert undo_refusal(_run(), now=NOW + timedelta(minutes=30), window_minutes=30) is None
    late = undo_refusal(_run(), now=NOW + timedelta(minutes=30, seconds=1), window_minutes=30)
    assert late is not None and late.params == {"minutes": 30}
    assert undo_refusal(_run(undone_at=NOW), now=NOW, window_minutes=30) is not None
    assert undo_refusal(_run(kind=RunKind.RESET_FORWARD), now=NOW, window_minutes=30) is not None
    assert _run().undo_time_left(NOW + timedelta(minutes=10), 30) == timedelta(minutes=20)
    assert _run().undo_time_left(NOW + timedelta(hours=1), 30) == timedelta(0)
