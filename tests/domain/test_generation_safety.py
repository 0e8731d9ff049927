"""Undo and reset forward delete only rows meeting every safety condition of plan §5.3."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from uuid import UUID, uuid4

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
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant

NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)
RUN = UUID(int=77)
OTHER_RUN = UUID(int=78)


@st.composite
def candidates(draw: st.DrawFn) -> RemovalCandidate:
    """A generated lesson with a random mixture of the states undo must respect."""
    lesson_id = uuid4()
    run = draw(st.sampled_from((RUN, RUN, RUN, OTHER_RUN, None)))
    lesson_meta: dict[str, object] = {"generation_run_id": str(run)} if run else {}
    if draw(st.integers(0, 5)) == 0:
        lesson_meta["manual_override"] = True
    seats = []
    for _ in range(draw(st.integers(0, 3))):
        seat_run = draw(st.sampled_from((run, run, run, OTHER_RUN, None)))
        meta: dict[str, object] = {"generation_run_id": str(seat_run)} if seat_run else {}
        if draw(st.integers(0, 6)) == 0:
            meta["manual_override"] = True
        seats.append(
            LessonParticipant(
                id=uuid4(),
                lesson_instance_id=lesson_id,
                student_id=uuid4(),
                participant_status=draw(st.sampled_from([ParticipantStatus.SCHEDULED] * 4 + list(ParticipantStatus))),
                price_charged=draw(st.sampled_from((None, None, None, Decimal("120")))),
                commitment_id=draw(st.sampled_from((None, None, None, uuid4()))),
                documentation_ref=draw(st.sampled_from((None, None, None, {"session": "x"}))),
                metadata=meta,
            )
        )
    lesson = LessonInstance(
        id=lesson_id,
        datetime_start=NOW + timedelta(minutes=draw(st.integers(-600, 600))),
        duration_minutes=45,
        instructor_employee_id=uuid4(),
        service_id=uuid4(),
        status=draw(st.sampled_from([LessonStatus.SCHEDULED] * 4 + list(LessonStatus))),
        documentation_status=draw(
            st.sampled_from([DocumentationStatus.UNDOCUMENTED] * 3 + [DocumentationStatus.DOCUMENTED])
        ),
        created_source=draw(st.sampled_from([CreatedSource.WEEKLY_GENERATION] * 4 + list(CreatedSource))),
        metadata=lesson_meta,
        participants=tuple(seats),
    )
    seat_ids = None
    if seats and draw(st.integers(0, 3)) == 0:
        seat_ids = frozenset(draw(st.sets(st.sampled_from([s.id for s in seats]), min_size=1)))
    consumed = frozenset(draw(st.sets(st.sampled_from([s.id for s in seats]))) if seats else set())
    return RemovalCandidate(lesson, seat_ids, consumed, draw(st.integers(0, 5)) == 0)


def _safe_by_the_plan(candidate: RemovalCandidate, run_id: UUID | None) -> bool:
    """Plan §5.3, written out independently of the implementation."""
    lesson = candidate.lesson
    removed = [p for p in lesson.participants if candidate.seat_ids is None or p.id in candidate.seat_ids]
    if candidate.seat_ids is None:
        if lesson.created_source != CreatedSource.WEEKLY_GENERATION:
            return False
        if run_id is not None and lesson.metadata.get("generation_run_id") != str(run_id):
            return False
    for seat in removed:
        seat_run = seat.metadata.get("generation_run_id")
        if seat_run is None or (run_id is not None and seat_run != str(run_id)):
            return False
        if seat.participant_status != ParticipantStatus.SCHEDULED:
            return False
        if seat.id in candidate.consumed_participant_ids:
            return False
        if seat.documentation_ref or seat.metadata.get("manual_override"):
            return False
        if seat.price_charged is not None or seat.commitment_id is not None:
            return False
    return (
        lesson.datetime_start > NOW
        and lesson.status == LessonStatus.SCHEDULED
        and lesson.documentation_status == DocumentationStatus.UNDOCUMENTED
        and not candidate.has_earnings
        and not lesson.metadata.get("manual_override")
    )


@settings(max_examples=200, deadline=None)
@given(st.lists(candidates(), max_size=12))
def test_undo_never_deletes_a_row_failing_any_safety_condition(batch: list[RemovalCandidate]) -> None:
    selection = select_removals(batch, now=NOW, run_id=RUN)
    for candidate in selection.removed:
        assert _safe_by_the_plan(candidate, RUN)
    for verdict in selection.kept:
        assert verdict.blockers and not _safe_by_the_plan(verdict.candidate, RUN)
    assert len(selection.removed) + len(selection.kept) == len(batch)


@settings(max_examples=200, deadline=None)
@given(st.lists(candidates(), max_size=12))
def test_reset_forward_never_removes_an_unsafe_row(batch: list[RemovalCandidate]) -> None:
    selection = select_removals(batch, now=NOW, run_id=None)
    for candidate in selection.removed:
        assert _safe_by_the_plan(candidate, None)
    kept_ids = {v.candidate.lesson.id for v in selection.kept}
    lessons, participants = removed_ids(selection.removed)
    assert not kept_ids & set(lessons)
    for verdict in selection.kept:
        assert not _safe_by_the_plan(verdict.candidate, None)
        assert not {p.id for p in verdict.candidate.seats} & set(participants)


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
