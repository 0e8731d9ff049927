"""Waiting-list entries: the open list with its filters, duplicates, and create / edit / close."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID, uuid4

from reinex_desktop.domain.enums import WaitingListStatus
from reinex_desktop.domain.waiting_list.commands import (
    CloseWaitingListEntry,
    CreateWaitingListEntry,
    EntryDetails,
    UpdateWaitingListEntry,
)
from reinex_desktop.domain.waiting_list.entries import WaitingListEntry, queue_order
from reinex_desktop.domain.waiting_list.rules import Duplicate, clean_details, find_duplicates
from reinex_desktop.services.apply_command import apply_command
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.waiting_list.access import AREAS, require_manage, require_view


@dataclass(frozen=True, slots=True)
class EntryFilter:
    service_id: UUID | None = None
    #: Entries that prefer this instructor (matches are narrowed to them by the matching use case).
    instructor_id: UUID | None = None
    priority_only: bool = False

    def keeps(self, entry: WaitingListEntry) -> bool:
        if self.service_id is not None and entry.desired_service_id != self.service_id:
            return False
        if self.priority_only and not entry.priority_flag:
            return False
        return self.instructor_id is None or (
            not entry.instructor_preferences or self.instructor_id in entry.instructor_preferences
        )


def open_entries(context: AppContext, filters: EntryFilter | None = None) -> list[WaitingListEntry]:
    """The open entries in queue order: priority first, then the longest waiting."""
    require_view(context.user)
    entries = context.gateway.waiting_list_entries(status=WaitingListStatus.OPEN)
    keep = filters or EntryFilter()
    return queue_order([e for e in entries if keep.keeps(e)])


def entries_of(context: AppContext, student_id: UUID) -> list[WaitingListEntry]:
    require_view(context.user)
    return context.gateway.waiting_list_entries(status=None, student_id=student_id)


def duplicates(
    context: AppContext, student_id: UUID, service_id: UUID, *, exclude: UUID | None = None
) -> list[Duplicate]:
    """What a new or edited entry would duplicate, shown before saving (the data layer checks again)."""
    require_view(context.user)
    return find_duplicates(
        student_id,
        service_id,
        templates=context.gateway.templates(active_only=True, student_id=student_id),
        entries=context.gateway.waiting_list_entries(status=WaitingListStatus.OPEN, student_id=student_id),
        today=context.today(),
        exclude_entry=exclude,
    )


def _send(context: AppContext, command: Any, entry: WaitingListEntry | None = None) -> dict[str, Any]:
    base = entry.updated_at if entry is not None else None
    try:
        return dict(apply_command(context, command, base_version=base))
    finally:
        context.notices.data_did_change(*AREAS)


def create_entry(
    context: AppContext, student_id: UUID, details: EntryDetails, *, accept_duplicate: bool = False
) -> UUID:
    """A new open entry; refused (code "duplicate") when it duplicates something and that was not accepted."""
    require_manage(context.user)
    entry_id = uuid4()
    _send(context, CreateWaitingListEntry(entry_id, student_id, clean_details(details), accept_duplicate))
    return entry_id


def update_entry(
    context: AppContext, entry: WaitingListEntry, details: EntryDetails, *, accept_duplicate: bool = False
) -> None:
    require_manage(context.user)
    _send(context, UpdateWaitingListEntry(entry.id, clean_details(details), accept_duplicate), entry)


def close_entry(context: AppContext, entry: WaitingListEntry, reason: str = "") -> None:
    """Soft close: the entry stays, with status `closed` and the reason."""
    require_manage(context.user)
    _send(context, CloseWaitingListEntry(entry.id, reason), entry)


def details_of(entry: WaitingListEntry) -> EntryDetails:
    return EntryDetails(
        desired_service_id=entry.desired_service_id,
        preferred_days=entry.preferred_days,
        preferred_times=entry.preferred_times,
        instructor_preferences=entry.instructor_preferences,
        willing_to_pay_premium=entry.willing_to_pay_premium,
        priority_flag=entry.priority_flag,
        priority_reason=entry.priority_reason,
        notes=entry.notes,
    )


@dataclass(frozen=True, slots=True)
class Choices:
    """What the filters and the entry editor offer: bookable services, active instructors, and who gives what."""

    services: tuple[tuple[UUID, str], ...]
    instructors: tuple[tuple[UUID, str], ...]
    givers: dict[UUID, frozenset[UUID]]


def choices(context: AppContext) -> Choices:
    require_view(context.user)
    gateway = context.gateway
    services = sorted(((s.id, s.name) for s in gateway.services() if s.bookable), key=lambda pair: pair[1])
    instructors = sorted(((i.id, i.name) for i in gateway.instructors() if i.is_active), key=lambda pair: pair[1])
    givers: dict[UUID, set[UUID]] = {}
    for capability in gateway.capabilities():
        givers.setdefault(capability.service_id, set()).add(capability.employee_id)
    return Choices(tuple(services), tuple(instructors), {k: frozenset(v) for k, v in givers.items()})
