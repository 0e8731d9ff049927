"""Who may generate and edit series, and which ranges generation accepts (plan §7, §5.3).

Weekly generation, its undo, reset forward and template changes belong to managers: the
`reinex_schedule_manage` permission *and* the Owner or Admin role. Per-date overrides ("cancel
this date", "change this date only") need only `reinex_schedule_manage`, so the reception desk
can make them from the calendar.
"""

from __future__ import annotations

from datetime import date, timedelta

from reinex_desktop.domain.clinic_time import day_of_week
from reinex_desktop.domain.permissions import MANAGER_ROLES, Role, forbidden
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message

CONTEXT = "Generation"
#: The longest range one generation may cover.
MAX_RANGE_DAYS = 62


def role_of(text: str) -> Role:
    try:
        return Role(text)
    except ValueError:
        return Role.READ_ONLY


def require_manager_role(role: str) -> None:
    """Refuse anyone but Owner and Admin (plan §7.1: managers run generation and edit templates)."""
    parsed = role_of(role)
    if parsed not in MANAGER_ROLES:
        raise forbidden(parsed)


def is_manager(role: str) -> bool:
    return role_of(role) in MANAGER_ROLES


def validate_range(first: date, last: date, *, today: date) -> None:
    """A generation range starts today or later, ends after it starts, and spans at most 62 days."""
    if last < first:
        raise DomainError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("Generation", "The range ends before it starts.")), code="bad_range"
        )
    if first < today:
        raise DomainError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("Generation", "Lessons cannot be generated for days that have passed.")),
            code="bad_range",
        )
    if (last - first).days + 1 > MAX_RANGE_DAYS:
        raise DomainError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Generation", "Generate at most {days} days at a time."),
                {"days": MAX_RANGE_DAYS},
            ),
            code="bad_range",
        )


def default_range(today: date, horizon_days: int) -> tuple[date, date]:
    """The preview's default: `horizon_days` days (Settings, default 14) from the coming Sunday."""
    sunday = today + timedelta(days=(7 - day_of_week(today)) % 7)
    return sunday, sunday + timedelta(days=max(1, horizon_days) - 1)
