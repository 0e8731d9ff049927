"""The order of the instructor columns in the calendars (`"Settings".instructor_order`).

The stored value is a list of employee ids as text; the calendars show those instructors first, in
that order, then everyone else by name (`domain/calendar/layout.py:order_instructors`). A saved order
may name only instructors the clinic knows, each at most once (REQUIREMENTS screen 8).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message

_UNKNOWN = QT_TRANSLATE_NOOP(
    "Settings", "The instructor order names someone who is not one of the clinic's instructors."
)
_TWICE = QT_TRANSLATE_NOOP("Settings", "Each instructor can appear only once in the instructor order.")


def _refuse(text: str) -> DomainError:
    return DomainError(Message("Settings", text), code="invalid_setting")


def check_no_repeats(order: Sequence[str]) -> None:
    """Refuses an order that lists an instructor twice."""
    if len(set(order)) != len(order):
        raise _refuse(_TWICE)


def check_known_instructors(order: Sequence[str], known: Collection[str]) -> None:
    """Refuses an order naming an id that is not one of the clinic's instructors (active or not)."""
    check_no_repeats(order)
    if any(item not in known for item in order):
        raise _refuse(_UNKNOWN)


def moved(order: Sequence[str], index: int, offset: int) -> tuple[str, ...]:
    """`order` with the item at `index` moved by `offset` places (kept inside the list)."""
    items = list(order)
    if not 0 <= index < len(items):
        return tuple(items)
    target = max(0, min(len(items) - 1, index + offset))
    items.insert(target, items.pop(index))
    return tuple(items)
