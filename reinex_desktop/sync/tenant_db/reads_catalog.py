"""Catalog reads: instructors, services, capabilities, rates, settings."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from reinex_desktop.data import tables as t
from reinex_desktop.domain.catalog import Capability, Instructor, RateHistoryEntry, Service
from reinex_desktop.domain.settings import ClinicSettings, parse_settings
from reinex_desktop.sync.tenant_db import mappers
from reinex_desktop.sync.tenant_db.session_base import SessionSource


def load_settings(session: Session) -> ClinicSettings:
    """The clinic's settings as one session sees them (reads and command handlers alike)."""
    rows = session.execute(sa.select(t.SettingRow.key, t.SettingRow.settings_value)).all()
    parsed, _problems = parse_settings({key: value for key, value in rows})
    return parsed


class CatalogReadsMixin(SessionSource):
    def instructors(self, *, include_inactive: bool = False) -> list[Instructor]:
        teaches = sa.or_(
            t.Employee.employee_type == "instructor",
            sa.exists().where(t.CapabilityRow.employee_id == t.Employee.id),
            t.InstructorProfileRow.employee_id.is_not(None),
        )
        query = (
            sa.select(t.Employee, t.InstructorProfileRow)
            .outerjoin(t.InstructorProfileRow, t.InstructorProfileRow.employee_id == t.Employee.id)
            .where(teaches)
            .order_by(t.Employee.name)
        )
        if not include_inactive:
            query = query.where(sa.func.coalesce(t.Employee.is_active, sa.true()))
        with self.read_session() as session:
            return [mappers.instructor(row, profile) for row, profile in session.execute(query)]

    def services(self) -> list[Service]:
        with self.read_session() as session:
            return [
                mappers.service(row) for row in session.scalars(sa.select(t.ServiceRow).order_by(t.ServiceRow.name))
            ]

    def capabilities(self) -> list[Capability]:
        with self.read_session() as session:
            return [mappers.capability(row) for row in session.scalars(sa.select(t.CapabilityRow))]

    def rate_history(self) -> list[RateHistoryEntry]:
        query = sa.select(t.RateHistoryRow).order_by(t.RateHistoryRow.effective_date)
        with self.read_session() as session:
            return [mappers.rate(row) for row in session.scalars(query)]

    def setting_values(self) -> dict[str, Any]:
        with self.read_session() as session:
            rows = session.execute(sa.select(t.SettingRow.key, t.SettingRow.settings_value)).all()
        return {key: value for key, value in rows}

    def settings(self) -> ClinicSettings:
        with self.read_session() as session:
            return load_settings(session)
