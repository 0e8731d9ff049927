"""Display names for the ids a plan or a template list carries."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from uuid import UUID

from reinex_desktop.services.context import AppContext


@dataclass(frozen=True, slots=True)
class Names:
    instructors: Mapping[UUID, str] = field(default_factory=dict)
    students: Mapping[UUID, str] = field(default_factory=dict)
    services: Mapping[UUID, str] = field(default_factory=dict)
    service_colors: Mapping[UUID, str] = field(default_factory=dict)
    service_minutes: Mapping[UUID, int] = field(default_factory=dict)
    #: Active instructors first in the clinic's order, for pickers.
    instructor_order: tuple[UUID, ...] = ()
    active_students: tuple[UUID, ...] = ()

    def instructor(self, instructor_id: UUID) -> str:
        return self.instructors.get(instructor_id, "?")

    def student(self, student_id: UUID) -> str:
        return self.students.get(student_id, "?")

    def service(self, service_id: UUID) -> str:
        return self.services.get(service_id, "?")


def load_names(context: AppContext) -> Names:
    gateway = context.gateway
    instructors = gateway.instructors(include_inactive=True)
    students = gateway.students(active=None)
    services = [service for service in gateway.services() if service.bookable]
    return Names(
        instructors={i.id: i.name for i in instructors},
        students={s.id: s.full_name for s in students},
        services={s.id: s.name for s in services},
        service_colors={s.id: s.color for s in services if s.color},
        service_minutes={s.id: s.duration_minutes for s in services if s.duration_minutes},
        instructor_order=tuple(i.id for i in instructors if i.is_active),
        active_students=tuple(s.id for s in students if s.is_active),
    )
