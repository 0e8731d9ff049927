"""Generation runs, the undo window, and the reports of apply, undo and reset forward (plan §5.3).

Every apply is a run (`generation_runs`): its id tags the lessons and participants it created
(`metadata.generation_run_id`), and undo works from it — only inside the window of Settings
(`generation_undo_window_minutes`, default 30) and only once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any
from uuid import UUID

from reinex_desktop.domain.generation.plan import GenerationPlan
from reinex_desktop.domain.generation.reasons import Blocker
from reinex_desktop.domain.generation.safety import RemovalCandidate, RemovalSelection, RemovalVerdict
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message

CONTEXT = "Generation"
#: Conflicts listed one by one in a stored report; beyond this only their count is kept.
REPORTED_CONFLICTS = 500


class RunKind(StrEnum):
    WEEKLY_GENERATION = "weekly_generation"
    RESET_FORWARD = "reset_forward"


@dataclass(frozen=True, slots=True)
class GenerationRun:
    id: UUID
    kind: RunKind
    range_start: date
    range_end: date
    created_at: datetime
    created_by: str | None = None
    instances_created: int = 0
    participants_created: int = 0
    undone_at: datetime | None = None
    report: Mapping[str, Any] = field(default_factory=dict)

    def undo_deadline(self, window_minutes: int) -> datetime:
        return self.created_at + timedelta(minutes=window_minutes)

    def undo_time_left(self, now: datetime, window_minutes: int) -> timedelta:
        """How long undo stays possible; zero once the window closed."""
        return max(self.undo_deadline(window_minutes) - now, timedelta(0))


def undo_refusal(run: GenerationRun, *, now: datetime, window_minutes: int) -> Message | None:
    """Why undo of `run` is refused now, or None when it is allowed (plan §5.3, "short window")."""
    if run.kind is RunKind.RESET_FORWARD:
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Generation", "A reset forward cannot be undone; run weekly generation again instead."),
        )
    if run.undone_at is not None:
        return Message(CONTEXT, QT_TRANSLATE_NOOP("Generation", "This generation run was already undone."))
    if now > run.undo_deadline(window_minutes):
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Generation", "Undo is possible only within {minutes} minutes of applying."),
            {"minutes": window_minutes},
        )
    return None


def require_undo_allowed(run: GenerationRun, *, now: datetime, window_minutes: int) -> None:
    refusal = undo_refusal(run, now=now, window_minutes=window_minutes)
    if refusal is not None:
        raise DomainError(refusal, code="undo_refused")


@dataclass(frozen=True, slots=True)
class KeptRow:
    """A lesson undo / reset forward left in place, with every condition it failed."""

    lesson_id: UUID
    start: datetime
    instructor_id: UUID
    student_ids: tuple[UUID, ...]
    blockers: tuple[Blocker, ...]
    #: Only some participants were candidates (seats generation added to an existing lesson).
    seats_only: bool = False


@dataclass(frozen=True, slots=True)
class DeletedRow:
    """A lesson (or some of its participants, `seats_only`) undo / reset forward deleted."""

    lesson_id: UUID
    start: datetime
    instructor_id: UUID
    student_ids: tuple[UUID, ...]
    seats_only: bool = False


@dataclass(frozen=True, slots=True)
class RemovalReport:
    lessons_deleted: int = 0
    participants_deleted: int = 0
    kept: tuple[KeptRow, ...] = ()
    deleted: tuple[DeletedRow, ...] = ()

    @property
    def kept_by_blocker(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for row in self.kept:
            for blocker in row.blockers:
                counts[blocker.value] = counts.get(blocker.value, 0) + 1
        return dict(sorted(counts.items()))


def kept_row(verdict: RemovalVerdict) -> KeptRow:
    candidate = verdict.candidate
    return KeptRow(
        lesson_id=candidate.lesson.id,
        start=candidate.lesson.datetime_start,
        instructor_id=candidate.lesson.instructor_employee_id,
        student_ids=tuple(seat.student_id for seat in candidate.seats),
        blockers=verdict.blockers,
        seats_only=not candidate.removes_lesson,
    )


def deleted_row(candidate: RemovalCandidate) -> DeletedRow:
    return DeletedRow(
        lesson_id=candidate.lesson.id,
        start=candidate.lesson.datetime_start,
        instructor_id=candidate.lesson.instructor_employee_id,
        student_ids=tuple(seat.student_id for seat in candidate.seats),
        seats_only=not candidate.removes_lesson,
    )


def removal_report(selection: RemovalSelection) -> RemovalReport:
    """What a removal deletes (lessons and participants) and keeps (with reasons), row by row."""
    return RemovalReport(
        lessons_deleted=sum(1 for c in selection.removed if c.removes_lesson),
        participants_deleted=sum(len(c.seats) for c in selection.removed),
        kept=tuple(kept_row(verdict) for verdict in selection.kept),
        deleted=tuple(deleted_row(candidate) for candidate in selection.removed),
    )


def removed_ids(removed: Iterable[RemovalCandidate]) -> tuple[list[UUID], list[UUID]]:
    """(lesson ids, participant ids) to hard-delete for the safe candidates."""
    lessons: list[UUID] = []
    participants: list[UUID] = []
    for candidate in removed:
        participants.extend(seat.id for seat in candidate.seats)
        if candidate.removes_lesson:
            lessons.append(candidate.lesson.id)
    return lessons, participants


@dataclass(frozen=True, slots=True)
class ApplyReport:
    """What an apply (or the regeneration part of a reset forward) did, against what the preview said."""

    run_id: UUID
    kind: RunKind
    first: date
    last: date
    inserted_instances: int = 0
    inserted_participants: int = 0
    kept: int = 0
    skipped: Mapping[str, int] = field(default_factory=dict)
    conflicts: int = 0
    preview_instances: int | None = None
    preview_participants: int | None = None
    removal: RemovalReport | None = None

    @property
    def differs_from_preview(self) -> bool:
        """True when the database had changed since the preview (another workstation, an edit)."""
        if self.preview_instances is None or self.preview_participants is None:
            return False
        return (self.preview_instances, self.preview_participants) != (
            self.inserted_instances,
            self.inserted_participants,
        )


def stored_report(plan: GenerationPlan, report: ApplyReport) -> dict[str, Any]:
    """The JSON kept in `generation_runs.report`: counts, skips by reason and the conflicts."""
    conflicts = [
        {
            "kind": c.kind.value,
            "lesson": c.lesson_key,
            "other": c.other_key,
            "student_id": str(c.student_id) if c.student_id else None,
        }
        for c in plan.conflicts[:REPORTED_CONFLICTS]
    ]
    body: dict[str, Any] = {
        "inserted_instances": report.inserted_instances,
        "inserted_participants": report.inserted_participants,
        "kept": report.kept,
        "skipped": dict(report.skipped),
        "conflicts": conflicts,
        "conflict_count": len(plan.conflicts),
        "preview": {"instances": report.preview_instances, "participants": report.preview_participants},
    }
    if report.removal is not None:
        body["removal"] = {
            "lessons_deleted": report.removal.lessons_deleted,
            "participants_deleted": report.removal.participants_deleted,
            "kept": len(report.removal.kept),
            "kept_by_reason": report.removal.kept_by_blocker,
        }
    return body
