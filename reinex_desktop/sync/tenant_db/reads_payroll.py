"""Payroll reads: earnings with their lessons, and the `"WorkSessions"` rows exported from them."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from reinex_desktop.data import tables as t
from reinex_desktop.domain.attendance.plan import reversed_id
from reinex_desktop.domain.clinic_time import clinic_zone, local_date, local_to_utc
from reinex_desktop.domain.payroll.export import EarningLine
from reinex_desktop.domain.settings import KEY_TIMEZONE, parse_settings
from reinex_desktop.sync.tenant_db.session_base import SessionSource


def _zone_name(session: Session) -> str:
    stored = session.scalar(sa.select(t.SettingRow.settings_value).where(t.SettingRow.key == KEY_TIMEZONE))
    settings, _problems = parse_settings({KEY_TIMEZONE: stored} if stored else {})
    return settings.timezone


def earning_lines_in(session: Session, first: date, last: date, *, unexported_only: bool = False) -> list[EarningLine]:
    """The earnings of lessons on local dates [first, last]; used by reads and by the export handler."""
    zone = clinic_zone(_zone_name(session))
    start, end = local_to_utc(first, time(0), zone), local_to_utc(last + timedelta(days=1), time(0), zone)
    query = (
        sa.select(
            t.EarningRow.id,
            t.EarningRow.employee_id,
            t.EarningRow.rate_used,
            t.EarningRow.payout_amount,
            t.EarningRow.work_session_id,
            t.EarningRow.metadata_,
            t.InstanceRow.id,
            t.InstanceRow.datetime_start,
            t.InstanceRow.service_id,
            t.InstanceRow.duration_minutes,
            t.Employee.name,
            t.Employee.employee_id,
            t.ServiceRow.name,
        )
        .join(t.InstanceRow, t.InstanceRow.id == t.EarningRow.lesson_instance_id)
        .join(t.Employee, t.Employee.id == t.EarningRow.employee_id)
        .join(t.ServiceRow, t.ServiceRow.id == t.InstanceRow.service_id)
        .where(t.InstanceRow.datetime_start >= start, t.InstanceRow.datetime_start < end)
        .order_by(t.InstanceRow.datetime_start, t.EarningRow.created_at, t.EarningRow.id)
    )
    if unexported_only:
        query = query.where(t.EarningRow.work_session_id.is_(None)).with_for_update(of=t.EarningRow)
    lines = []
    for row in session.execute(query):
        values: tuple[Any, ...] = tuple(row)
        earning_id, employee_id, rate, payout, session_id, metadata = values[:6]
        lesson_id, starts, service_id, minutes, employee_name, employee_number, service_name = values[6:]
        meta: dict[str, Any] = dict(metadata or {})
        lines.append(
            EarningLine(
                id=earning_id,
                employee_id=employee_id,
                lesson_instance_id=lesson_id,
                lesson_date=local_date(starts, zone),
                service_id=service_id,
                duration_minutes=int(meta.get("duration_minutes", minutes)),
                students=int(meta.get("students", 1)),
                rate_used=rate,
                payout_amount=payout,
                work_session_id=session_id,
                reverses=reversed_id(meta),
                employee_name=employee_name,
                employee_number=employee_number or "",
                service_name=service_name,
            )
        )
    return lines


class PayrollReadsMixin(SessionSource):
    def earning_lines(self, first: date, last: date) -> list[EarningLine]:
        with self.read_session() as session:
            return earning_lines_in(session, first, last)
