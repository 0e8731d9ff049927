"""The one clock: the only module that reads the wall clock.

Every layer that needs the time (services, gateways and their handlers, the cache, the puller,
the outbox, the screens' "today") is handed a `Clock` and calls it; tests hand in a fixed one, so
the suite passes on any date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

#: Returns the current moment as an aware UTC datetime.
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The machine's wall clock, in UTC."""
    return datetime.now(UTC)


def fixed_clock(moment: datetime) -> Clock:
    """A clock that always answers `moment` (made aware in UTC)."""
    fixed = moment.astimezone(UTC)
    return lambda: fixed
