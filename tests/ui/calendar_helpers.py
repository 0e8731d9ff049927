"""Prepared days for the grid's tests, built from plain domain objects (no database needed)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime

from reinex_desktop.domain.calendar.layout import LayoutInputs, layout_day
from reinex_desktop.domain.catalog import Capability, Instructor, Service
from reinex_desktop.domain.clinic_time import clinic_zone
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.settings import ClinicSettings
from reinex_desktop.services.calendar.catalog import CalendarCatalog
from reinex_desktop.services.calendar.day import DayView
from tests.domain.calendar_builders import GROUP, RIDING, instructor

ZONE = clinic_zone()


def instructors(count: int) -> list[Instructor]:
    return [instructor(f"מדריך {n:02d}", color=f"#{(n * 40) % 256:02x}80c0") for n in range(count)]


def day_view(
    day: date,
    teachers: Sequence[Instructor],
    lessons: Sequence[LessonInstance] = (),
    *,
    capabilities: Sequence[Capability] = (),
    settings: ClinicSettings | None = None,
    can_schedule: bool = True,
) -> DayView:
    settings = settings or ClinicSettings()
    services: dict[uuid.UUID, Service] = {RIDING.id: RIDING, GROUP.id: GROUP}
    catalog = CalendarCatalog(
        settings=settings,
        zone=ZONE,
        instructors=tuple(teachers),
        everyone={t.id: t for t in teachers},
        services=services,
        capabilities=tuple(capabilities),
    )
    layout = layout_day(
        day,
        LayoutInputs(settings, ZONE, teachers, services, capabilities, lessons),
    )
    return DayView(day=day, layout=layout, catalog=catalog, can_schedule=can_schedule)


def noon(day: date) -> datetime:
    from reinex_desktop.domain.clinic_time import local_to_utc

    return local_to_utc(day, datetime.min.time().replace(hour=12), ZONE)
