"""Instructor colors (`"Employees".metadata.instructor_color`): a solid `#rrggbb`, unique per instructor.

The web app keeps a unique color per instructor (a solid color or a gradient); the desktop edits
solid colors and leaves a gradient set elsewhere as it is.
"""

from __future__ import annotations

from collections.abc import Iterable

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message

_FORMAT = QT_TRANSLATE_NOOP("Settings", "A color is written #RRGGBB, for example #2e7d32.")
_TAKEN = QT_TRANSLATE_NOOP("Settings", "{name} already has this color; choose another.")
INSTRUCTOR_NOT_FOUND = QT_TRANSLATE_NOOP("Settings", "The instructor was not found.")


def normalize_color(text: str) -> str:
    """ "#2E7D32" → "#2e7d32"; anything else is refused."""
    value = text.strip().lower()
    if len(value) != 7 or value[0] != "#" or any(ch not in "0123456789abcdef" for ch in value[1:]):
        raise DomainError(Message("Settings", _FORMAT), code="invalid_color")
    return value


def check_unique(color: str, others: Iterable[tuple[str, str | None]]) -> None:
    """Refuse a color another instructor (name, color) already has."""
    for name, taken in others:
        if taken and taken.strip().lower() == color:
            raise DomainError(Message("Settings", _TAKEN, {"name": name}), code="color_taken")


def refuse_missing() -> DomainError:
    return DomainError(Message("Settings", INSTRUCTOR_NOT_FOUND), code="not_found")
