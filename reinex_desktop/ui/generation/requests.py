"""Requests one section sends another through the main window (`open_requested(key, request)`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID


@dataclass(frozen=True, slots=True)
class ResetForwardRequest:
    """Open Weekly generation on a reset forward of these series from `from_date`."""

    template_ids: tuple[UUID, ...]
    from_date: date
