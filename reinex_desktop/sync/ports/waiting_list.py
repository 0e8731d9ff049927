"""Reads of the waiting list (plan §4.2.10): entries with their student's and service's names."""

from __future__ import annotations

from typing import Protocol
from uuid import UUID

from reinex_desktop.domain.enums import WaitingListStatus
from reinex_desktop.domain.waiting_list.entries import WaitingListEntry


class WaitingListReads(Protocol):
    def waiting_list_entries(
        self, *, status: WaitingListStatus | None = WaitingListStatus.OPEN, student_id: UUID | None = None
    ) -> list[WaitingListEntry]:
        """Entries of that status (None: every status), oldest first, with student and service names."""
        ...

    def waiting_list_entry(self, entry_id: UUID) -> WaitingListEntry | None: ...
