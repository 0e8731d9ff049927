"""A day as a bit mask of minutes: bit p is the minute p after the day's first grid start.

Masks make matching hundreds of entries against a month of a clinic cheap: an instructor's free
time, a student's lessons and a family's preferred windows are each one integer per day, and "a
45-minute lesson fits from here" is a handful of shifts (`runs`), whatever the number of lessons.
"""

from __future__ import annotations

from datetime import datetime, timedelta

MINUTE = timedelta(minutes=1)


def minutes_between(origin: datetime, instant: datetime, *, up: bool = False) -> int:
    """Whole minutes from `origin` to `instant`, rounded down (or up with `up=True`)."""
    seconds = (instant - origin).total_seconds()
    whole = int(seconds // 60)
    return whole + 1 if up and whole * 60 < seconds else whole


def span(first: int, last: int, size: int) -> int:
    """Bits `first` … `last - 1`, clipped to `0 … size - 1`."""
    first, last = max(first, 0), min(last, size)
    return ((1 << (last - first)) - 1) << first if first < last else 0


def runs(free: int, length: int) -> int:
    """Bits p where p … p + length - 1 are all set in `free`: the starts a lesson of `length` fits."""
    result, width = free, 1
    while width * 2 <= length:
        result &= result >> width
        width *= 2
    if width < length:
        result &= result >> (length - width)
    return result


def reach(busy: int, length: int) -> int:
    """Bits p where p … p + length - 1 meet `busy`: the starts a lesson of `length` would collide."""
    if not busy:
        return 0
    result, width = busy, 1
    while width * 2 <= length:
        result |= result >> width
        width *= 2
    if width < length:
        result |= result >> (length - width)
    return result


def bits(mask: int, limit: int | None = None) -> list[int]:
    """The set bits of `mask`, lowest first (at most `limit`)."""
    found: list[int] = []
    while mask and (limit is None or len(found) < limit):
        low = mask & -mask
        found.append(low.bit_length() - 1)
        mask ^= low
    return found
