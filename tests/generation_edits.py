"""The human edits a generated lesson can receive after generation, and the oracle of what undo keeps.

Plan §5.3 lets undo and reset forward delete a generated lesson only when nobody touched it
after generation. "Touched" is read from the rule's text and its list: a confirmation, a status,
a price or pricing change, a participant added or removed, a time / instructor / service change,
documentation, or a lock. Each edit is made the way it is made in a clinic: through the desk's own
command handlers where the desk has one, otherwise by a plain SQL write as the web app or another
product writes the row (no `updated_at` bump, no metadata flag: the change itself must be seen).

The oracle below knows nothing of the implementation: a lesson with at least one edit is kept and
its report names the edit; a lesson without one is deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from reinex_desktop.data import tables as t
from reinex_desktop.domain.attendance.commands import CancelByClinic, ConfirmAttendance, SetLessonPrice
from reinex_desktop.domain.calendar.commands import RescheduleLesson
from reinex_desktop.domain.generation.commands import ApplyGeneration
from reinex_desktop.sync.mutations import Mutation
from reinex_desktop.sync.tenant_db import TenantDbGateway
from tests.generation_world import OFFICE, OWNER, World

#: Each kind of human edit of the list, and the reason the report must give when it keeps the lesson.
EXPECTED_REASON: dict[str, str] = {
    "confirmation": "confirmed",
    "participant_status": "participant_not_scheduled",
    "lesson_status": "lesson_not_scheduled",
    "lesson_price": "price_set",
    "price_charged": "charged",
    "pricing_breakdown": "charged",
    "participant_added": "hand_added_participant",
    "participant_removed": "participant_removed",
    "time": "time_changed",
    "instructor": "instructor_changed",
    "service": "service_changed",
    "documented_at": "documented",
    "documentation_status": "documented",
    "locked": "locked",
}
KINDS = tuple(EXPECTED_REASON)
#: Edits of the first participant: removing that participant afterwards takes their trace with it.
SEAT_KINDS = frozenset(
    {"confirmation", "participant_status", "price_charged", "pricing_breakdown", "documented_at", "locked"}
)
#: The order edits are made in when a lesson gets several: removal last, it takes the participant.
ORDER = (
    "confirmation",
    "lesson_price",
    "time",
    "instructor",
    "service",
    "participant_added",
    "price_charged",
    "pricing_breakdown",
    "documented_at",
    "documentation_status",
    "locked",
    "participant_status",
    "lesson_status",
    "participant_removed",
)
I = t.InstanceRow  # noqa: E741
P = t.ParticipantRow


@dataclass(frozen=True)
class Target:
    lesson_id: UUID
    participant_id: UUID
    instructor_id: UUID
    updated_at: Any


def targets(engine: Engine, run_id: UUID) -> list[Target]:
    """The run's lessons (first participant of each), in a stable order."""
    with Session(engine) as session:
        lessons = session.scalars(sa.select(t.InstanceRow).order_by(t.InstanceRow.datetime_start)).all()
        found = []
        for lesson in lessons:
            if (lesson.metadata_ or {}).get("generation_run_id") != str(run_id):
                continue
            seat = session.scalars(
                sa.select(t.ParticipantRow.id)
                .where(t.ParticipantRow.lesson_instance_id == lesson.id)
                .order_by(t.ParticipantRow.student_id)
            ).first()
            assert seat is not None
            found.append(Target(lesson.id, seat, lesson.instructor_employee_id, lesson.updated_at))
    return found


def _write(engine: Engine, table: type, row_id: str, **values: Any) -> None:
    """A write made by another product: plain SQL, no handler, no metadata flag, `updated_at` untouched."""
    if hasattr(table, "updated_at"):
        values["updated_at"] = table.updated_at  # type: ignore[attr-defined]
    with engine.begin() as connection:
        connection.execute(sa.update(table).where(table.id == UUID(row_id)).values(**values))  # type: ignore[attr-defined]


def _send(gateway: TenantDbGateway, command: Any, actor: Any = OFFICE, base: Any = None) -> bool:
    """True when the desk accepted the edit (a refused edit changed nothing)."""
    return gateway.apply(Mutation.of(command, actor, base_version=base)).applied


def _other_instructor(world: World, target: Target) -> UUID:
    return next(i for i in world.instructors if i != target.instructor_id)


def _reschedule(gateway: TenantDbGateway, target: Target, engine: Engine, *, instructor: UUID | None = None) -> bool:
    with Session(engine) as session:
        row = session.get(t.InstanceRow, target.lesson_id)
        assert row is not None
        start, minutes, base = row.datetime_start, row.duration_minutes, row.updated_at
        shift = timedelta(hours=0 if instructor else 1)
        command = RescheduleLesson(
            target.lesson_id,
            instructor or row.instructor_employee_id,
            start + shift,
            minutes,
            accept_conflicts=True,
        )
    return _send(gateway, command, OWNER, base)


def edit(kind: str, world: World, gateway: TenantDbGateway, engine: Engine, target: Target) -> bool:
    """Make the human edit `kind` on the target lesson; False when the desk refused it (nothing changed)."""
    lesson, seat = str(target.lesson_id), str(target.participant_id)
    actions: dict[str, Callable[[], object]] = {
        "confirmation": lambda: _send(gateway, ConfirmAttendance(target.lesson_id, target.participant_id)),
        "participant_status": lambda: _send(gateway, CancelByClinic(target.lesson_id, target.participant_id)),
        "lesson_status": lambda: _send(gateway, CancelByClinic(target.lesson_id, None)),
        "lesson_price": lambda: _send(gateway, SetLessonPrice(target.lesson_id, Decimal("180")), OWNER),
        "price_charged": lambda: _write(engine, P, seat, price_charged=Decimal("95")),
        "pricing_breakdown": lambda: _write(engine, P, seat, pricing_breakdown={"rule": "special_rate"}),
        "participant_added": lambda: _add_participant(world, engine, target),
        "participant_removed": lambda: _remove_participant(engine, target.participant_id),
        "time": lambda: _reschedule(gateway, target, engine),
        "instructor": lambda: _reschedule(gateway, target, engine, instructor=_other_instructor(world, target)),
        "service": lambda: _write(
            engine, I, lesson, service_id=world.group if _service_of(engine, target) != world.group else world.riding
        ),
        "documented_at": lambda: _write(engine, P, seat, documented_at=target.updated_at),
        "documentation_status": lambda: _write(engine, I, lesson, documentation_status="documented"),
        "locked": lambda: _write(engine, P, seat, locked_at=target.updated_at),
    }
    done = actions[kind]()
    return done is None or bool(done)


def _remove_participant(engine: Engine, participant_id: UUID) -> None:
    with engine.begin() as connection:
        connection.execute(sa.delete(t.ParticipantRow).where(t.ParticipantRow.id == participant_id))


def _service_of(engine: Engine, target: Target) -> UUID:
    with Session(engine) as session:
        row = session.get(t.InstanceRow, target.lesson_id)
        assert row is not None
        return row.service_id


def _add_participant(world: World, engine: Engine, target: Target) -> None:
    with Session(engine) as session, session.begin():
        seated = set(
            session.scalars(
                sa.select(t.ParticipantRow.student_id).where(t.ParticipantRow.lesson_instance_id == target.lesson_id)
            )
        )
        student = next(s for s in world.students if s not in seated)
        session.execute(
            sa.insert(t.ParticipantRow.__table__).values(
                id=uuid4(), lesson_instance_id=target.lesson_id, student_id=student, participant_status="scheduled"
            )
        )


def apply_run(world: World, gateway: TenantDbGateway) -> UUID:
    run_id = uuid4()
    result = gateway.apply(Mutation.of(ApplyGeneration(run_id, world.first, world.last), OWNER))
    assert result.applied, result.message
    return run_id


def expected_outcome(edits: dict[UUID, set[str]], all_lessons: list[UUID]) -> tuple[set[UUID], set[UUID]]:
    """The oracle: (lessons undo deletes, lessons it keeps) — kept exactly when a person touched it."""
    kept = {lesson for lesson, kinds in edits.items() if kinds}
    return set(all_lessons) - kept, kept


def expected_reasons(kinds: set[str]) -> set[str]:
    """The reasons the report must name for these edits of one lesson."""
    visible = kinds - SEAT_KINDS if "participant_removed" in kinds else kinds
    return {EXPECTED_REASON[kind] for kind in visible}


def remaining_lessons(engine: Engine) -> set[UUID]:
    with engine.connect() as connection:
        return set(connection.scalars(sa.select(t.InstanceRow.id)))


def wipe_schedule(engine: Engine) -> None:
    """Back to a clinic without lessons (between hypothesis examples on one database)."""
    with engine.begin() as connection:
        for table in (t.ParticipantRow, t.InstanceRow, t.GenerationRunRow, t.AuditEventRow):
            connection.execute(sa.delete(table))
