"""The preview as rows a screen lists: one per lesson to insert, occurrence kept or skipped, and — for
reset forward — per lesson deleted or kept by the safety filter, each with its reasons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from uuid import UUID
from zoneinfo import ZoneInfo

from reinex_desktop.domain.enums import LessonStatus
from reinex_desktop.domain.generation.plan import KeptOccurrence, PlannedLesson, SkippedOccurrence
from reinex_desktop.domain.generation.reasons import SkipReason, blocker_text, skip_text
from reinex_desktop.domain.generation.runs import KeptRow
from reinex_desktop.domain.generation.safety import RemovalCandidate
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from reinex_desktop.services.generation.names import Names
from reinex_desktop.services.generation.preview import GenerationPreview

CONTEXT = "GenerationServices"

_CHANGED = {
    "instructor": QT_TRANSLATE_NOOP("GenerationServices", "Instructor changed for this date"),
    "service": QT_TRANSLATE_NOOP("GenerationServices", "Service changed for this date"),
    "time": QT_TRANSLATE_NOOP("GenerationServices", "Time changed for this date"),
    "duration": QT_TRANSLATE_NOOP("GenerationServices", "Length changed for this date"),
}
_JOINS = QT_TRANSLATE_NOOP("GenerationServices", "Joins the group lesson already in the calendar")
_STANDS = QT_TRANSLATE_NOOP("GenerationServices", "A lesson is already in the calendar for this date")
_REGENERATED = QT_TRANSLATE_NOOP("GenerationServices", "Deleted, then generated again from the current template")


class RowKind(StrEnum):
    NEW = "new"
    JOIN = "join"
    KEPT = "kept"
    SKIPPED = "skipped"
    REMOVE = "remove"
    KEEP_UNSAFE = "keep_unsafe"


@dataclass(frozen=True, slots=True)
class PlanRow:
    kind: RowKind
    day: date
    at: time | None
    instructor_id: UUID
    instructor: str
    student_ids: tuple[UUID, ...]
    students: tuple[str, ...]
    service: str
    duration: int | None = None
    details: tuple[Message, ...] = ()
    conflict: bool = False
    modified: bool = False
    #: The skip reason, for skipped rows (a holiday's name is looked up in the user's language).
    skip_reason: SkipReason | None = None
    note: str = ""
    status: LessonStatus | None = None


def _local(instant: datetime, zone: ZoneInfo) -> tuple[date, time]:
    local = instant.astimezone(zone)
    return local.date(), local.time().replace(second=0, microsecond=0)


def _planned(lesson: PlannedLesson, preview: GenerationPreview, zone: ZoneInfo) -> PlanRow:
    names = preview.names
    conflicts = preview.plan.conflicts_of(lesson.key)
    details: list[Message] = []
    if lesson.is_join:
        details.append(Message(CONTEXT, _JOINS))
    changed = sorted({field for seat in lesson.seats for field in seat.changed})
    details.extend(Message(CONTEXT, _CHANGED[field]) for field in changed)
    details.extend(conflict.message for conflict in conflicts if conflict.message is not None)
    _day, at = _local(lesson.start, zone)
    return PlanRow(
        kind=RowKind.JOIN if lesson.is_join else RowKind.NEW,
        day=lesson.day,
        at=at,
        instructor_id=lesson.instructor_id,
        instructor=names.instructor(lesson.instructor_id),
        student_ids=lesson.student_ids,
        students=tuple(names.student(s) for s in lesson.student_ids),
        service=names.service(lesson.service_id),
        duration=lesson.duration_minutes,
        details=tuple(details),
        conflict=bool(conflicts),
        modified=lesson.modified,
    )


def _kept(kept: KeptOccurrence, names: Names, zone: ZoneInfo) -> PlanRow:
    lesson = kept.lesson
    _day, at = _local(lesson.datetime_start, zone)
    return PlanRow(
        kind=RowKind.KEPT,
        day=kept.day,
        at=at,
        instructor_id=lesson.instructor_employee_id,
        instructor=names.instructor(lesson.instructor_employee_id),
        student_ids=(kept.student_id,),
        students=(names.student(kept.student_id),),
        service=names.service(lesson.service_id),
        duration=lesson.duration_minutes,
        details=(Message(CONTEXT, _STANDS),),
        status=lesson.status,
    )


def _skipped(skip: SkippedOccurrence, names: Names) -> PlanRow:
    return PlanRow(
        kind=RowKind.SKIPPED,
        day=skip.day,
        at=skip.at,
        instructor_id=skip.instructor_id,
        instructor=names.instructor(skip.instructor_id),
        student_ids=(skip.student_id,),
        students=(names.student(skip.student_id),),
        service="",
        details=(skip_text(skip.reason),),
        skip_reason=skip.reason,
        note=skip.detail,
    )


def _removal(
    candidate: RemovalCandidate, kind: RowKind, details: tuple[Message, ...], names: Names, zone: ZoneInfo
) -> PlanRow:
    lesson = candidate.lesson
    day, at = _local(lesson.datetime_start, zone)
    students = tuple(seat.student_id for seat in candidate.seats)
    return PlanRow(
        kind=kind,
        day=day,
        at=at,
        instructor_id=lesson.instructor_employee_id,
        instructor=names.instructor(lesson.instructor_employee_id),
        student_ids=students,
        students=tuple(names.student(s) for s in students),
        service=names.service(lesson.service_id),
        duration=lesson.duration_minutes,
        details=details,
        status=lesson.status,
    )


def plan_rows(preview: GenerationPreview, zone: ZoneInfo) -> list[PlanRow]:
    """Every row of the preview, by day, time and instructor."""
    names = preview.names
    rows = [_planned(lesson, preview, zone) for lesson in preview.plan.lessons]
    rows.extend(_kept(kept, names, zone) for kept in preview.plan.kept)
    rows.extend(_skipped(skip, names) for skip in preview.plan.skipped)
    if preview.removal is not None:
        rows.extend(
            _removal(c, RowKind.REMOVE, (Message(CONTEXT, _REGENERATED),), names, zone) for c in preview.removal.removed
        )
        rows.extend(
            _removal(v.candidate, RowKind.KEEP_UNSAFE, tuple(blocker_text(b) for b in v.blockers), names, zone)
            for v in preview.removal.kept
        )
    rows.sort(key=lambda row: (row.day, row.at or time(0), row.instructor, row.kind.value))
    return rows


def kept_rows(kept: tuple[KeptRow, ...], names: Names, zone: ZoneInfo) -> list[PlanRow]:
    """The lessons an undo or a reset forward left in place, with every condition they failed."""
    rows = []
    for row in kept:
        day, at = _local(row.start, zone)
        rows.append(
            PlanRow(
                kind=RowKind.KEEP_UNSAFE,
                day=day,
                at=at,
                instructor_id=row.instructor_id,
                instructor=names.instructor(row.instructor_id),
                student_ids=row.student_ids,
                students=tuple(names.student(s) for s in row.student_ids),
                service="",
                details=tuple(blocker_text(b) for b in row.blockers),
            )
        )
    rows.sort(key=lambda r: (r.day, r.at or time(0), r.instructor))
    return rows
