"""The shared inputs of every demo builder: the seed, "today", the window and the clinic calendar.

Every builder draws from its own named random stream (`ctx.rng("students")`), so changing how
one part of the clinic is generated never reshuffles another part, and the same seed and the same
`today` always give byte-identical rows, UUIDs included.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

import holidays

from reinex_desktop.data.demo.sizes import DemoSize
from reinex_desktop.domain.clinic_time import DEFAULT_TIMEZONE, daterange, day_of_week, local_to_utc
from reinex_desktop.domain.settings import DEFAULT_BUSINESS_HOURS


class IdStream:
    """Version-4 UUIDs drawn from a seeded generator: random-looking, but reproducible."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def __call__(self) -> uuid.UUID:
        return uuid.UUID(int=self._rng.getrandbits(128), version=4)


@dataclass
class DemoContext:
    size: DemoSize
    today: date
    seed: int
    zone: ZoneInfo = field(default_factory=lambda: ZoneInfo(DEFAULT_TIMEZONE))
    #: Dates the clinic closes by decision (stored in Settings as `clinic_closures`).
    closures: frozenset[date] = frozenset()

    def rng(self, stream: str) -> random.Random:
        return random.Random(f"reinex-demo:{self.seed}:{stream}")

    def ids(self, stream: str) -> IdStream:
        return IdStream(self.rng(f"ids:{stream}"))

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        """The UTC instant of a local wall-clock time: what every `created_at` is built from."""
        return local_to_utc(day, time(hour, minute), self.zone)

    @property
    def first_day(self) -> date:
        return self.today - timedelta(days=self.size.days_back)

    @property
    def last_day(self) -> date:
        return self.today + timedelta(days=self.size.days_ahead - 1)

    @property
    def window(self) -> list[date]:
        return list(daterange(self.first_day, self.last_day))

    @cached_property
    def holidays(self) -> frozenset[date]:
        years = range(self.first_day.year - 1, self.last_day.year + 2)
        return frozenset(holidays.country_holidays("IL", years=years).keys())

    def closed_reason(self, day: date) -> str | None:
        """Why the clinic gives no lessons on `day` (weekly day off, holiday, closure), or None."""
        if DEFAULT_BUSINESS_HOURS.get(day_of_week(day)) is None:
            return "closed_weekday"
        if day in self.holidays:
            return "holiday"
        if day in self.closures:
            return "closure"
        return None

    def is_open(self, day: date) -> bool:
        return self.closed_reason(day) is None

    def open_days(self, weekday: int | None = None, *, future: bool | None = None) -> list[date]:
        """Open dates of the window, optionally of one weekday and only past or only future."""
        days = [d for d in self.window if self.is_open(d)]
        if weekday is not None:
            days = [d for d in days if day_of_week(d) == weekday]
        if future is True:
            days = [d for d in days if d >= self.today]
        elif future is False:
            days = [d for d in days if d < self.today]
        return days


def pick_closure(size: DemoSize, today: date, seed: int) -> frozenset[date]:
    """One staff-training day in the future window, so "closed days" has a real example."""
    probe = DemoContext(size, today, seed)
    candidates = [
        d for d in probe.open_days(future=True) if d > today + timedelta(days=7) and day_of_week(d) in (1, 2, 3)
    ]
    if not candidates:
        return frozenset()
    return frozenset({probe.rng("closure").choice(candidates)})
