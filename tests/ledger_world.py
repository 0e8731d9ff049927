"""A small clinic written straight into a tenant database, for attendance, money and payroll tests."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from reinex_desktop.data import tables as t
from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.sync.mutations import Mutation, MutationResult
from reinex_desktop.sync.tenant_db import TenantDbGateway

OWNER = Actor(None, "דנה", "owner")
NOW = datetime.now(UTC).replace(microsecond=0)


@dataclass
class World:
    engine: Engine
    gateway: TenantDbGateway
    instructor_id: uuid.UUID = field(default_factory=uuid.uuid4)
    other_instructor_id: uuid.UUID = field(default_factory=uuid.uuid4)
    service_id: uuid.UUID = field(default_factory=uuid.uuid4)
    group_service_id: uuid.UUID = field(default_factory=uuid.uuid4)
    students: list[uuid.UUID] = field(default_factory=list)

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def add(self, *rows: Any) -> None:
        with self.session() as session, session.begin():
            session.add_all(rows)

    def student(self, first: str = "נועה", *, special_rate: Decimal | None = None, **extra: Any) -> uuid.UUID:
        row = t.StudentRow(first_name=first, last_name="כהן", special_rate=special_rate, **extra)
        self.add(row)
        self.students.append(row.id)
        return row.id

    def commitment(
        self,
        student_id: uuid.UUID,
        total: str,
        *,
        service_id: uuid.UUID | None = None,
        payer: str = "private",
        expires_in_days: int | None = 90,
        **metadata: Any,
    ) -> uuid.UUID:
        row = t.CommitmentRow(
            student_id=student_id,
            service_id=service_id or self.service_id,
            total_amount=Decimal(total),
            created_at=NOW - timedelta(days=30),
            expires_at=None if expires_in_days is None else NOW + timedelta(days=expires_in_days),
            metadata_={"payer_type": payer, **metadata},
        )
        self.add(row)
        return row.id

    def lesson(
        self,
        *student_ids: uuid.UUID,
        start: datetime | None = None,
        service_id: uuid.UUID | None = None,
        instructor_id: uuid.UUID | None = None,
        duration: int = 45,
        metadata: dict[str, Any] | None = None,
        template_id: uuid.UUID | None = None,
    ) -> tuple[uuid.UUID, list[uuid.UUID]]:
        instance = t.InstanceRow(
            datetime_start=start or NOW - timedelta(hours=1),
            duration_minutes=duration,
            instructor_employee_id=instructor_id or self.instructor_id,
            service_id=service_id or self.service_id,
            status="scheduled",
            created_source="one_time",
            template_id=template_id,
            metadata_=metadata or {},
        )
        self.add(instance)
        participants = [
            t.ParticipantRow(lesson_instance_id=instance.id, student_id=s, participant_status="scheduled")
            for s in student_ids
        ]
        self.add(*participants)
        return instance.id, [p.id for p in participants]

    def apply(self, command: Command, actor: Actor = OWNER) -> MutationResult:
        return self.gateway.apply(Mutation.of(command, actor))

    def context(self, role: Role = Role.OWNER, *, employee_id: uuid.UUID | None = None) -> AppContext:
        user = UserContext.for_role(role, "משתמש", employee_id=employee_id)
        return AppContext(gateway=self.gateway, user=user)

    def balance(self, commitment_id: uuid.UUID) -> Decimal:
        found = [b for b in self.gateway.balances() if b.commitment_id == commitment_id]
        return found[0].remaining_balance

    def rows(self, table: type[Any], *where: Any) -> list[Any]:
        with self.session() as session:
            return list(session.scalars(sa.select(table).where(*where)))

    def setting(self, key: str, value: Any) -> None:
        self.add(t.SettingRow(key=key, settings_value=value))


def build_world(engine: Engine) -> World:
    """Two instructors (a capability rate of 110 for riding), riding at 220 ₪ and a group at 140 ₪."""
    world = World(engine, TenantDbGateway(engine))
    world.add(
        t.Employee(
            id=world.instructor_id,
            name="יעל לוי",
            employee_id="101",
            employee_type="instructor",
            current_rate=Decimal("90"),
        ),
        t.Employee(
            id=world.other_instructor_id,
            name="אורי ברק",
            employee_id="102",
            employee_type="instructor",
            current_rate=Decimal("80"),
        ),
        t.ServiceRow(
            id=world.service_id,
            name="רכיבה טיפולית",
            duration_minutes=45,
            payment_model="per_session",
            metadata_={"base_price": "220.00"},
        ),
        t.ServiceRow(
            id=world.group_service_id,
            name="רכיבה קבוצתית",
            duration_minutes=60,
            payment_model="per_student",
            metadata_={"base_price": "140.00"},
        ),
    )
    world.add(
        t.CapabilityRow(employee_id=world.instructor_id, service_id=world.service_id, base_rate=Decimal("110")),
        t.CapabilityRow(employee_id=world.instructor_id, service_id=world.group_service_id, max_students=4),
        t.CapabilityRow(employee_id=world.other_instructor_id, service_id=world.service_id),
    )
    return world
