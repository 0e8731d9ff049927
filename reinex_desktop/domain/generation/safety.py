"""The safety filter of undo and reset forward (plan §5.3), as one pure predicate.

Undo of a run and reset forward hard-delete generated lessons — the only paths that ever delete
lessons — and they may delete a row only when **every** condition holds:

- created by weekly generation, and for undo by that very run (`metadata.generation_run_id`),
  participants included: a participant added by hand keeps its lesson;
- strictly in the future: `datetime_start` later than now;
- lesson `scheduled`, every removed participant `scheduled`;
- documentation `undocumented` (and no participant documentation link);
- no consumption entry through a participant, no lesson earnings through the lesson;
- not touched by a person after generation, on the lesson or a removed participant: a
  confirmation, a status, a price or pricing change, a participant added or removed, a time /
  instructor / service change, documentation or a lock (`touched`).

A candidate is either a whole lesson (with all its participants) or, when generation seated new
students in an existing group lesson, just those participants (`seat_ids`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from reinex_desktop.domain.enums import CreatedSource, DocumentationStatus, LessonStatus, ParticipantStatus
from reinex_desktop.domain.generation.reasons import Blocker
from reinex_desktop.domain.generation.touched import lesson_touches, seat_touches
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant


@dataclass(frozen=True, slots=True)
class RemovalCandidate:
    """A generated lesson (or some of its participants) that undo / reset forward would delete."""

    lesson: LessonInstance
    #: None: the whole lesson and all its participants; otherwise only these participants.
    seat_ids: frozenset[UUID] | None = None
    #: Participants with a `consumption_entries` row.
    consumed_participant_ids: frozenset[UUID] = frozenset()
    #: The lesson has a `lesson_earnings` row.
    has_earnings: bool = False

    @property
    def removes_lesson(self) -> bool:
        return self.seat_ids is None

    @property
    def seats(self) -> tuple[LessonParticipant, ...]:
        if self.seat_ids is None:
            return self.lesson.participants
        return tuple(p for p in self.lesson.participants if p.id in self.seat_ids)


@dataclass(frozen=True, slots=True)
class RemovalVerdict:
    candidate: RemovalCandidate
    blockers: tuple[Blocker, ...]


@dataclass(frozen=True, slots=True)
class RemovalSelection:
    removed: tuple[RemovalCandidate, ...]
    kept: tuple[RemovalVerdict, ...]


def _run_of(metadata: Mapping[str, Any]) -> str | None:
    value = metadata.get("generation_run_id")
    return str(value) if value else None


def removal_blockers(candidate: RemovalCandidate, *, now: datetime, run_id: UUID | None) -> tuple[Blocker, ...]:
    """Every safety condition of plan §5.3 the candidate fails; empty when it may be deleted.

    `run_id` given: undo of that run. `run_id` None: reset forward (any generation run).
    """
    lesson = candidate.lesson
    blockers: list[Blocker] = []

    def block(blocker: Blocker) -> None:
        if blocker not in blockers:
            blockers.append(blocker)

    if candidate.removes_lesson:
        if lesson.created_source is not CreatedSource.WEEKLY_GENERATION:
            block(Blocker.NOT_GENERATED)
        if run_id is not None and lesson.generation_run_id != str(run_id):
            block(Blocker.OTHER_RUN)
    if not lesson.datetime_start > now:
        block(Blocker.NOT_FUTURE)
    if lesson.status is not LessonStatus.SCHEDULED:
        block(Blocker.LESSON_NOT_SCHEDULED)
    if lesson.documentation_status is not DocumentationStatus.UNDOCUMENTED:
        block(Blocker.DOCUMENTED)
    if candidate.has_earnings:
        block(Blocker.EARNINGS)
    for touch in lesson_touches(lesson, whole=candidate.removes_lesson):
        block(touch)
    for seat in candidate.seats:
        for blocker in _seat_blockers(seat, candidate, run_id):
            block(blocker)
    return tuple(blockers)


def _seat_blockers(seat: LessonParticipant, candidate: RemovalCandidate, run_id: UUID | None) -> Iterable[Blocker]:
    seat_run = _run_of(seat.metadata)
    if seat_run is None:
        yield Blocker.HAND_ADDED_PARTICIPANT
    elif run_id is not None and seat_run != str(run_id):
        yield Blocker.HAND_ADDED_PARTICIPANT if candidate.removes_lesson else Blocker.OTHER_RUN
    if seat.participant_status is not ParticipantStatus.SCHEDULED:
        yield Blocker.PARTICIPANT_NOT_SCHEDULED
    if seat.id in candidate.consumed_participant_ids:
        yield Blocker.CONSUMPTION
    yield from seat_touches(seat)


def select_removals(candidates: Iterable[RemovalCandidate], *, now: datetime, run_id: UUID | None) -> RemovalSelection:
    """Split candidates into the safe ones (to delete) and the others, each with its reasons."""
    removed: list[RemovalCandidate] = []
    kept: list[RemovalVerdict] = []
    for candidate in candidates:
        blockers = removal_blockers(candidate, now=now, run_id=run_id)
        if blockers:
            kept.append(RemovalVerdict(candidate, blockers))
        else:
            removed.append(candidate)
    return RemovalSelection(tuple(removed), tuple(kept))
