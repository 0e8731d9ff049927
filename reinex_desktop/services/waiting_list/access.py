"""Who sees and who changes the waiting list (plan §7): instructors see nothing of it; writes need
`reinex_waiting_list_manage`; a weekly series additionally needs a manager (Owner/Admin)."""

from __future__ import annotations

from reinex_desktop.domain.generation.access import is_manager
from reinex_desktop.domain.permissions import Permission, forbidden
from reinex_desktop.domain.waiting_list.rules import may_view
from reinex_desktop.services.context import UserContext

AREAS = ("waiting_list",)


def can_view(user: UserContext) -> bool:
    return may_view(user.role)


def require_view(user: UserContext) -> None:
    if not can_view(user):
        raise forbidden(user.role)


def can_manage(user: UserContext) -> bool:
    return can_view(user) and user.can(Permission.WAITING_LIST_MANAGE)


def require_manage(user: UserContext) -> None:
    require_view(user)
    user.require(Permission.WAITING_LIST_MANAGE)


def can_make_series(user: UserContext) -> bool:
    return can_manage(user) and user.can(Permission.SCHEDULE_MANAGE) and is_manager(user.actor.role)


def can_book(user: UserContext) -> bool:
    return can_manage(user) and user.can(Permission.SCHEDULE_MANAGE)
