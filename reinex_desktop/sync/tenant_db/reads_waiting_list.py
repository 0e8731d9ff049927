"""Waiting-list reads: `waiting_list_entries` rows as domain entries, preferences parsed leniently."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.domain.enums import WaitingListStatus
from reinex_desktop.domain.waiting_list.entries import TimeWindow, WaitingListEntry, parse_windows
from reinex_desktop.sync.tenant_db.session_base import SessionSource


def windows_of(value: Any) -> tuple[TimeWindow, ...]:
    """The stored `preferred_times`; a malformed value (written by another product) counts as none."""
    try:
        return parse_windows(value)
    except (TypeError, ValueError, AttributeError):
        return ()


def entry_of(row: t.WaitingListRow, student_name: str = "", service_name: str = "") -> WaitingListEntry:
    try:
        status = WaitingListStatus(row.status)
    except ValueError:
        status = WaitingListStatus.CLOSED
    return WaitingListEntry(
        id=row.id,
        student_id=row.student_id,
        desired_service_id=row.desired_service_id,
        created_at=row.created_at,
        status=status,
        preferred_days=tuple(sorted({int(d) for d in row.preferred_days or () if 0 <= int(d) <= 6})),
        preferred_times=windows_of(row.preferred_times),
        instructor_preferences=tuple(row.instructor_preferences or ()),
        willing_to_pay_premium=bool(row.willing_to_pay_premium),
        priority_flag=bool(row.priority_flag),
        priority_reason=row.priority_reason,
        notes=row.notes,
        metadata=dict(row.metadata_) if isinstance(row.metadata_, Mapping) else {},
        student_name=student_name,
        service_name=service_name,
    )


def _query() -> sa.Select[t.WaitingListRow, str, str | None, str]:
    return (
        sa.select(t.WaitingListRow, t.StudentRow.first_name, t.StudentRow.last_name, t.ServiceRow.name)
        .join(t.StudentRow, t.StudentRow.id == t.WaitingListRow.student_id)
        .outerjoin(t.ServiceRow, t.ServiceRow.id == t.WaitingListRow.desired_service_id)
    )


def _name(first: str | None, last: str | None) -> str:
    return " ".join(part for part in (first, last) if part)


class WaitingListReadsMixin(SessionSource):
    def waiting_list_entries(
        self, *, status: WaitingListStatus | None = WaitingListStatus.OPEN, student_id: UUID | None = None
    ) -> list[WaitingListEntry]:
        query = _query().order_by(t.WaitingListRow.created_at, t.WaitingListRow.id)
        if status is not None:
            query = query.where(t.WaitingListRow.status == status.value)
        if student_id is not None:
            query = query.where(t.WaitingListRow.student_id == student_id)
        with self.read_session() as session:
            return [
                entry_of(row, _name(first, last), service or "") for row, first, last, service in session.execute(query)
            ]

    def waiting_list_entry(self, entry_id: UUID) -> WaitingListEntry | None:
        with self.read_session() as session:
            found = session.execute(_query().where(t.WaitingListRow.id == entry_id)).first()
        if found is None:
            return None
        row, first, last, service = found
        return entry_of(row, _name(first, last), service or "")
