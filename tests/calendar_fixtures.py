"""A small clinic written straight into a tenant database, for the calendar's tests.

`CalendarWorld(engine)` adds instructors, services, capabilities, students and lessons with
readable defaults; `world.context(role)` gives an `AppContext` over a real `TenantDbGateway` with a
fixed clock, so every test reads and writes through the real layers.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from reinex_desktop.data import tables as t
from reinex_desktop.domain.clinic_time import clinic_zone, local_to_utc
from reinex_desktop.domain.clock import fixed_clock
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.sync.tenant_db import TenantDbGateway

ZONE = clinic_zone()
#: "Now" in the calendar tests: Sunday 2026-11-22, 08:00 in Jerusalem.
NOW = local_to_utc(date(2026, 11, 22), time(8), ZONE)
DAY = date(2026, 11, 23)  # a Monday


def at(day: date, hhmm: str) -> datetime:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return local_to_utc(day, time(hour, minute), ZONE)


class CalendarWorld:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._numbers = iter(range(1, 10_000))

    def _add(self, *rows: Any) -> None:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            session.add_all(rows)

    def instructor(
        self, name: str, *, color: str | None = None, working_days: Iterable[int] | None = None, active: bool = True
    ) -> uuid.UUID:
        employee = t.Employee(
            id=uuid.uuid4(),
            name=name,
            employee_id=f"E{next(self._numbers):03d}",
            employee_type="instructor",
            is_active=active,
            metadata_={"instructor_color": color} if color else None,
        )
        rows: list[Any] = [employee]
        if working_days is not None:
            rows.append(t.InstructorProfileRow(employee_id=employee.id, working_days=list(working_days)))
        self._add(*rows)
        return employee.id

    def service(self, name: str, *, color: str = "#7cb342", minutes: int = 45) -> uuid.UUID:
        row = t.ServiceRow(id=uuid.uuid4(), name=name, color=color, duration_minutes=minutes)
        self._add(row)
        return row.id

    def capability(self, instructor: uuid.UUID, service: uuid.UUID, max_students: int = 1) -> None:
        self._add(t.CapabilityRow(employee_id=instructor, service_id=service, max_students=max_students))

    def student(
        self,
        first: str,
        last: str = "",
        *,
        middle: str | None = None,
        phone: str | None = None,
        flags: Any = None,
        active: bool = True,
    ) -> uuid.UUID:
        row = t.StudentRow(
            id=uuid.uuid4(), first_name=first, middle_name=middle, last_name=last, medical_flags=flags, is_active=active
        )
        rows: list[Any] = [row]
        if phone:
            guardian = t.GuardianRow(id=uuid.uuid4(), first_name=f"הורה של {first}", phone=phone)
            rows += [guardian]
            rows += [
                t.StudentGuardianRow(student_id=row.id, guardian_id=guardian.id, relationship="mother", is_primary=True)
            ]
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            session.add(rows[0])
            if len(rows) > 1:
                session.add(rows[1])
                session.flush()
                session.add(rows[2])
        return row.id

    def setting(self, key: str, value: Any) -> None:
        self._add(t.SettingRow(key=key, settings_value=value))

    def lesson(
        self,
        instructor: uuid.UUID,
        service: uuid.UUID,
        start: datetime,
        minutes: int = 45,
        students: Iterable[uuid.UUID] = (),
        *,
        status: str = "scheduled",
        participant_status: str = "scheduled",
        source: str = "one_time",
        template: uuid.UUID | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> uuid.UUID:
        lesson_id = uuid.uuid4()
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            session.add(
                t.InstanceRow(
                    id=lesson_id,
                    datetime_start=start,
                    duration_minutes=minutes,
                    instructor_employee_id=instructor,
                    service_id=service,
                    status=status,
                    created_source=source,
                    template_id=template,
                    metadata_=metadata,
                )
            )
            session.flush()
            for student in students:
                session.add(
                    t.ParticipantRow(
                        lesson_instance_id=lesson_id, student_id=student, participant_status=participant_status
                    )
                )
        return lesson_id

    def template(
        self, student: uuid.UUID, instructor: uuid.UUID, service: uuid.UUID, day: date, hhmm: str = "10:00"
    ) -> uuid.UUID:
        row = t.TemplateRow(
            id=uuid.uuid4(),
            student_id=student,
            instructor_employee_id=instructor,
            service_id=service,
            day_of_week=(day.weekday() + 1) % 7,
            time_of_day=time.fromisoformat(hhmm),
            duration_minutes=45,
            valid_from=date(2026, 1, 1),
        )
        self._add(row)
        return row.id

    def gateway(self, now: datetime = NOW) -> TenantDbGateway:
        return TenantDbGateway(self.engine, clock=fixed_clock(now))

    def context(
        self, role: Role = Role.OFFICE, *, employee_id: uuid.UUID | None = None, now: datetime = NOW
    ) -> AppContext:
        user = UserContext.for_role(role, "דנה", employee_id=employee_id)
        return AppContext(gateway=self.gateway(now), user=user, clock=fixed_clock(now))
