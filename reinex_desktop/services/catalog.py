"""The clinic's catalog as screens need it: bookable services, instructors' names, the clinic's name.

Screens read these here rather than from the gateway, so every screen shows the same choices.
"""

from __future__ import annotations

from uuid import UUID

from reinex_desktop.domain.catalog import Service
from reinex_desktop.services.context import AppContext


def bookable_services(context: AppContext) -> list[Service]:
    """The services a desk may book or sell (the hidden general-rate service left out)."""
    return [service for service in context.gateway.services() if service.bookable]


def instructor_names(context: AppContext) -> dict[UUID, str]:
    """Every instructor's name by id, former instructors included (history still names them)."""
    return {instructor.id: instructor.name for instructor in context.gateway.instructors(include_inactive=True)}


def clinic_name(context: AppContext) -> str:
    return context.gateway.settings().clinic_name
