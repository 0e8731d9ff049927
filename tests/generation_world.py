"""A small clinic for the generation tests, written straight into a tenant database.

Two instructors, an individual and a group service, six students and a handful of weekly
templates; the range is the two weeks from the next Sunday after today, so everything generated
lies in the future whatever the hour the tests run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from uuid import UUID, uuid4
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from reinex_desktop.data import tables as t
from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.clinic_time import day_of_week
from reinex_desktop.domain.commands import Command
from reinex_desktop.sync.mutations import Mutation, MutationResult
from reinex_desktop.sync.tenant_db import TenantDbGateway

ZONE = ZoneInfo("Asia/Jerusalem")
OWNER = Actor(user_id=None, name="Dana Manager", role="owner")
OFFICE = Actor(user_id=None, name="Reception", role="office")


def next_sunday() -> date:
    today = datetime.now(ZONE).date()
    return today + timedelta(days=7 - day_of_week(today))


@dataclass
class World:
    first: date
    last: date
    instructors: list[UUID] = field(default_factory=list)
    riding: UUID = field(default_factory=uuid4)
    group: UUID = field(default_factory=uuid4)
    students: list[UUID] = field(default_factory=list)
    templates: dict[str, UUID] = field(default_factory=dict)

    def apply(self, gateway: TenantDbGateway, command: Command, actor: Actor = OWNER) -> MutationResult:
        return gateway.apply(Mutation.of(command, actor))


def build_world(engine: Engine, *, students: int = 6) -> World:
    first = next_sunday()
    world = World(first=first, last=first + timedelta(days=13))
    with Session(engine) as session, session.begin():
        for index, name in enumerate(("רונית כהן", "אבי לוי")):
            employee = t.Employee(id=uuid4(), name=name, employee_id=f"E{index}", employee_type="instructor")
            session.add(employee)
            world.instructors.append(employee.id)
        session.add(t.ServiceRow(id=world.riding, name="רכיבה טיפולית", duration_minutes=45, color="#3b82f6"))
        session.add(t.ServiceRow(id=world.group, name="קבוצה", duration_minutes=60, color="#10b981"))
        session.flush()
        for instructor in world.instructors:
            session.add(t.CapabilityRow(employee_id=instructor, service_id=world.riding, max_students=1))
            session.add(t.CapabilityRow(employee_id=instructor, service_id=world.group, max_students=4))
        for index in range(students):
            student = t.StudentRow(id=uuid4(), first_name=f"תלמיד{index}", last_name="ישראלי")
            session.add(student)
            world.students.append(student.id)
        session.flush()
        a, b = world.instructors
        s = world.students
        rows = {
            "sun_10": (s[0], a, world.riding, 0, time(10), 45),
            "mon_11": (s[1], a, world.riding, 1, time(11), 45),
            "tue_09": (s[2], b, world.riding, 2, time(9), 45),
            "group_1": (s[3], b, world.group, 3, time(16), 60),
            "group_2": (s[4], b, world.group, 3, time(16), 60),
            "fri_08": (s[5], a, world.riding, 5, time(8), 45),
        }
        for key, (student_id, instructor, service, weekday, at, minutes) in rows.items():
            row = t.TemplateRow(
                id=uuid4(),
                student_id=student_id,
                instructor_employee_id=instructor,
                service_id=service,
                day_of_week=weekday,
                time_of_day=at,
                duration_minutes=minutes,
                valid_from=first - timedelta(days=60),
            )
            session.add(row)
            world.templates[key] = row.id
    return world
