"""What a person changed on a generated lesson after generation (plan §5.3, "not manually edited").

The plan's last safety condition reads "no non-generation metadata flags indicating manual
edits"; the rule means any human change after generation. Rather than trust one flag that every
writer must remember (the web app and the payroll product write these rows too), a lesson is
compared with what generation wrote:

- generation stamps each lesson it creates with `metadata.generated` — start, duration, instructor,
  service and the students it seated; a lesson whose time, instructor or service differs from its
  stamp, or that lost a student, was changed by someone;
- generation writes only its own metadata keys (`GENERATED_LESSON_KEYS`, `GENERATED_SEAT_KEYS`);
  any other key (a confirmation, a per-lesson price, a note, `manual_override`) is a human's;
- generation writes a participant without confirmation, price, breakdown, commitment,
  documentation or lock; any of them set is a human's (or another product's) act;
- generation writes `updated_at = created_at`; a later `updated_at` is a write after generation.

Lessons generated before the stamp existed are judged by the other rules only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from reinex_desktop.domain.generation.reasons import Blocker
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant

#: The key of the stamp generation leaves on each lesson it creates.
STAMP = "generated"
GENERATED_LESSON_KEYS = frozenset({"generation_run_id", "occurrence_date", STAMP})
GENERATED_SEAT_KEYS = frozenset({"generation_run_id", "occurrence_date", "template_id", "applied_override_id"})
#: Metadata keys whose meaning is known, so the report can name them.
_KEY_REASONS: Mapping[str, Blocker] = {
    "confirmation": Blocker.CONFIRMED,
    "confirmed": Blocker.CONFIRMED,
    "price_override": Blocker.PRICE_SET,
    "locked": Blocker.LOCKED,
}


def generation_stamp(
    start: datetime, duration_minutes: int, instructor_id: UUID, service_id: UUID, student_ids: Sequence[UUID]
) -> dict[str, Any]:
    """What generation wrote, kept on the lesson so a later change can be seen (`metadata.generated`)."""
    return {
        "start": start.isoformat(),
        "duration_minutes": duration_minutes,
        "instructor_employee_id": str(instructor_id),
        "service_id": str(service_id),
        "student_ids": sorted(str(student) for student in student_ids),
    }


def _stamp_of(lesson: LessonInstance) -> Mapping[str, Any] | None:
    stamp = lesson.metadata.get(STAMP)
    return stamp if isinstance(stamp, Mapping) else None


def _moved(lesson: LessonInstance, stamp: Mapping[str, Any]) -> Iterable[Blocker]:
    try:
        start = datetime.fromisoformat(str(stamp.get("start")))
    except ValueError:
        start = None
    if start != lesson.datetime_start or stamp.get("duration_minutes") != lesson.duration_minutes:
        yield Blocker.TIME_CHANGED
    if stamp.get("instructor_employee_id") != str(lesson.instructor_employee_id):
        yield Blocker.INSTRUCTOR_CHANGED
    if stamp.get("service_id") != str(lesson.service_id):
        yield Blocker.SERVICE_CHANGED
    seated = {str(p.student_id) for p in lesson.participants}
    if not set(map(str, stamp.get("student_ids") or ())) <= seated:
        yield Blocker.PARTICIPANT_REMOVED


def _foreign_keys(metadata: Mapping[str, Any], own: frozenset[str]) -> Iterable[Blocker]:
    for key, value in metadata.items():
        if key in own or value in (None, False, "", {}, []):
            continue
        yield _KEY_REASONS.get(key, Blocker.MANUALLY_EDITED)


def lesson_touches(lesson: LessonInstance, *, whole: bool) -> list[Blocker]:
    """Every human change on the lesson row itself since generation.

    `whole` False: only some of its participants are removal candidates (seats generation added
    to a lesson made by someone else), so only the flags that forbid touching it at all count.
    """
    if not whole:
        return [
            _KEY_REASONS.get(key, Blocker.MANUALLY_EDITED)
            for key in ("manual_override", "price_override")
            if lesson.metadata.get(key)
        ]
    touches = list(_foreign_keys(lesson.metadata, GENERATED_LESSON_KEYS))
    stamp = _stamp_of(lesson)
    if stamp is not None:
        touches.extend(_moved(lesson, stamp))
    if lesson.created_at is not None and lesson.updated_at is not None and lesson.updated_at > lesson.created_at:
        touches.append(Blocker.MANUALLY_EDITED)
    return touches


def seat_touches(seat: LessonParticipant) -> list[Blocker]:
    """Every human change on one participant since generation."""
    touches = list(_foreign_keys(seat.metadata, GENERATED_SEAT_KEYS))
    if seat.attendance_confirmed_at is not None:
        touches.append(Blocker.CONFIRMED)
    if seat.price_charged is not None or seat.pricing_breakdown or seat.commitment_id is not None:
        touches.append(Blocker.CHARGED)
    if seat.documentation_ref or seat.documented_at is not None:
        touches.append(Blocker.DOCUMENTED)
    if seat.locked_at is not None:
        touches.append(Blocker.LOCKED)
    return touches
