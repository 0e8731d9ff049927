"""A waiting-list entry and its preferences (plan §4.2.10 `waiting_list_entries`).

`preferred_days` holds weekdays counted 0 = Sunday … 6 = Saturday (the editor offers Sunday–Friday);
none named means any day the clinic is open.
`preferred_times` is a JSON list of time windows, each
``{"day": 1, "from": "14:00", "to": "17:00"}``: wall-clock times in the clinic's zone, ``day``
optional (absent or null = any preferred day). A slot fits a window when the window's day is the
slot's weekday (or absent) and the whole lesson lies inside it: ``from`` ≤ start and end ≤ ``to``.
An empty or missing list means any time of the open day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any
from uuid import UUID

from reinex_desktop.domain.enums import WaitingListStatus

#: Sunday … Friday: the days a family can ask for (the clinic gives no lessons on Saturday).
PREFERABLE_DAYS = (0, 1, 2, 3, 4, 5)


@dataclass(frozen=True, slots=True)
class TimeWindow:
    """One preferred window: a weekday (None = any) and a wall-clock span [start, end)."""

    day: int | None
    start: time
    end: time

    def holds(self, weekday: int, start: time, end: time) -> bool:
        """Whether a lesson from `start` to `end` (wall clock) on `weekday` lies inside the window."""
        return (self.day is None or self.day == weekday) and self.start <= start and end <= self.end

    def to_json(self) -> dict[str, Any]:
        return {"day": self.day, "from": self.start.strftime("%H:%M"), "to": self.end.strftime("%H:%M")}


def _parse_clock(text: Any) -> time:
    hours, minutes = str(text).strip().split(":")[:2]
    value = int(hours) * 60 + int(minutes)
    if value == 24 * 60:
        return time(23, 59)
    if not 0 <= int(minutes) < 60 or not 0 <= value < 24 * 60:
        raise ValueError(f"not a time of day: {text!r}")
    return time(value // 60, value % 60)


def parse_windows(value: Any) -> tuple[TimeWindow, ...]:
    """The windows of a `preferred_times` value; raises ValueError on a malformed one."""
    if value is None or value == "":
        return ()
    if isinstance(value, Mapping):
        value = [value]
    if not isinstance(value, list | tuple):
        raise ValueError("preferred_times must be a list of windows")
    windows = []
    for item in value:
        if not isinstance(item, Mapping):
            raise ValueError("a window must be an object")
        day = item.get("day")
        if day is not None and (isinstance(day, bool) or not 0 <= int(day) <= 6):
            raise ValueError(f"window day out of range: {day!r}")
        start, end = _parse_clock(item.get("from")), _parse_clock(item.get("to"))
        if end <= start:
            raise ValueError("a window must end after it starts")
        windows.append(TimeWindow(None if day is None else int(day), start, end))
    return tuple(windows)


def windows_json(windows: Iterable[TimeWindow]) -> list[dict[str, Any]] | None:
    """The `preferred_times` JSON of `windows`; None when there are none."""
    shaped = [window.to_json() for window in windows]
    return shaped or None


@dataclass(frozen=True, slots=True)
class WaitingListEntry:
    """One row of `waiting_list_entries`, with the preferences parsed."""

    id: UUID
    student_id: UUID
    desired_service_id: UUID
    created_at: datetime
    status: WaitingListStatus = WaitingListStatus.OPEN
    preferred_days: tuple[int, ...] = ()
    preferred_times: tuple[TimeWindow, ...] = ()
    instructor_preferences: tuple[UUID, ...] = ()
    willing_to_pay_premium: bool = False
    priority_flag: bool = False
    priority_reason: str | None = None
    notes: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)
    #: Display names, filled by the reads that join `students` and `"Services"`.
    student_name: str = ""
    service_name: str = ""

    @property
    def is_open(self) -> bool:
        return self.status is WaitingListStatus.OPEN

    @property
    def updated_at(self) -> datetime:
        """The version a write is checked against: `metadata.updated_at`, else `created_at`."""
        stamp = self.metadata.get("updated_at")
        if isinstance(stamp, str):
            try:
                return datetime.fromisoformat(stamp)
            except ValueError:
                return self.created_at
        return self.created_at

    def day_allowed(self, weekday: int) -> bool:
        """A preferred day, or any day the clinic is open when none is named."""
        return not self.preferred_days or weekday in self.preferred_days

    def time_allowed(self, weekday: int, start: time, end: time) -> bool:
        return not self.preferred_times or any(w.holds(weekday, start, end) for w in self.preferred_times)


#: A family willing to pay a premium is served as if it had asked this much earlier: a small head
#: start within its rank (priority or not), never a jump over a priority entry.
PREMIUM_HEAD_START = timedelta(days=14)


def queue_since(entry: WaitingListEntry) -> datetime:
    """When the entry counts as waiting from: `created_at`, moved `PREMIUM_HEAD_START` earlier for a
    family willing to pay a premium."""
    return entry.created_at - PREMIUM_HEAD_START if entry.willing_to_pay_premium else entry.created_at


def queue_order(entries: Sequence[WaitingListEntry]) -> list[WaitingListEntry]:
    """Priority entries first, then the longest waiting (`queue_since`: the oldest `created_at`, a
    premium family counted `PREMIUM_HEAD_START` earlier), then by id for a stable order."""
    return sorted(entries, key=lambda e: (not e.priority_flag, queue_since(e), str(e.id)))
