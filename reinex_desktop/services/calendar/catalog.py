"""What every calendar screen reads once and keeps: settings, zone, instructors, services, capabilities.

Kept between day switches so opening another day reads only that day's lessons; a screen drops it
when the catalog or the settings change (`CalendarCatalogCache.forget`).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from uuid import UUID
from zoneinfo import ZoneInfo

from reinex_desktop.domain.calendar.layout import order_instructors
from reinex_desktop.domain.catalog import Capability, Instructor, Service
from reinex_desktop.domain.clinic_time import clinic_zone
from reinex_desktop.domain.generation.calendar import closed_reason, holiday_name, israeli_holidays
from reinex_desktop.domain.settings import ClinicSettings
from reinex_desktop.services.context import AppContext

#: Change areas after which the catalog is read again.
CATALOG_AREAS = frozenset({"settings", "catalog", "instructors", "services", "capabilities"})


@dataclass(frozen=True, slots=True)
class CalendarCatalog:
    settings: ClinicSettings
    zone: ZoneInfo
    #: Active instructors in grid order (the `instructor_order` setting, then by name).
    instructors: tuple[Instructor, ...]
    #: Every instructor, inactive ones included, for the names of old lessons.
    everyone: Mapping[UUID, Instructor]
    services: Mapping[UUID, Service]
    capabilities: tuple[Capability, ...]

    def instructor_name(self, instructor_id: UUID) -> str:
        instructor = self.everyone.get(instructor_id)
        return instructor.name if instructor else ""

    def service_name(self, service_id: UUID) -> str:
        service = self.services.get(service_id)
        return service.name if service else ""

    def closed_days(self, first: date, last: date) -> dict[date, str]:
        """Dates from `first` to `last` without lessons, with the reason (plan §5.3: holidays, closures)."""
        holidays = israeli_holidays(first, last)
        closed: dict[date, str] = {}
        day = first
        while day <= last:
            reason = closed_reason(day, self.settings, holidays)
            if reason is not None:
                closed[day] = reason.value
            day = date.fromordinal(day.toordinal() + 1)
        return closed

    @staticmethod
    def holiday(day: date, language: str = "he") -> str:
        return holiday_name(day, language)


def load_catalog(context: AppContext) -> CalendarCatalog:
    gateway = context.gateway
    settings = gateway.settings()
    everyone = gateway.instructors(include_inactive=True)
    active = [i for i in everyone if i.is_active]
    return CalendarCatalog(
        settings=settings,
        zone=clinic_zone(settings.timezone),
        instructors=tuple(order_instructors(active, settings.instructor_order)),
        everyone={i.id: i for i in everyone},
        services={s.id: s for s in gateway.services()},
        capabilities=tuple(gateway.capabilities()),
    )


class CalendarCatalogCache:
    """The catalog of one context, read on first use and again after `forget()`."""

    def __init__(self, context: AppContext) -> None:
        self._context = context
        self._catalog: CalendarCatalog | None = None
        self._lock = threading.Lock()

    def get(self) -> CalendarCatalog:
        with self._lock:
            if self._catalog is None:
                self._catalog = load_catalog(self._context)
            return self._catalog

    def forget(self) -> None:
        with self._lock:
            self._catalog = None
