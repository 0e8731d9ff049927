"""Who is signed in: the user, their role, the organization's overrides and their own staff row.

The web backend says it in `GET /api/user-context` (plan §7.2: `org_memberships.role` and the
organization's `permissions`); the web app identifies a user's own `"Employees"` row by
`"Employees".id` = the user's id. A database connection profile says it itself: the staff member
and role an Owner or Admin bound it to when the profile was made.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar
from uuid import UUID

from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.permissions import MANAGER_ROLES, Role, parse_overrides, role_named
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message


@dataclass(frozen=True, slots=True)
class SignedIn:
    role: Role
    name: str = ""
    user_id: UUID | None = None
    #: The user's own `"Employees"` row: the instructor whose lessons an Instructor sees.
    employee_id: UUID | None = None
    #: The organization's permission overrides (plan §7.2).
    overrides: Mapping[str, bool] = field(default_factory=dict)
    organization: str = ""


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _uuid(value: Any) -> UUID | None:
    try:
        return UUID(str(value)) if value else None
    except ValueError:
        return None


def membership_in(context: Mapping[str, Any], org_id: str) -> dict[str, Any] | None:
    """The user's entry for `org_id` in a user context, in one shape whichever way the backend
    spelled it (`org_id`/`role` flat, or the web app's `id` and `membership.role`/`membership.user_id`):
    `{org_id, name, role, permissions, user: {id, name, email}, employee?}`; None when not a member."""
    user = _mapping(context.get("user"))
    for organization in context.get("organizations") or []:
        if not isinstance(organization, Mapping):
            continue
        membership = _mapping(organization.get("membership"))
        if str(organization.get("org_id") or organization.get("id") or membership.get("org_id") or "") != org_id:
            continue
        found: dict[str, Any] = {
            "org_id": org_id,
            "name": str(organization.get("name") or ""),
            "role": str(organization.get("role") or membership.get("role") or ""),
            "permissions": parse_overrides(organization.get("permissions")),
            "user": {
                "id": str(user.get("id") or membership.get("user_id") or ""),
                "name": str(user.get("name") or ""),
                "email": str(user.get("email") or ""),
            },
        }
        if "employee" in context:
            employee = context.get("employee")
            found["employee"] = dict(employee) if isinstance(employee, Mapping) else None
        return found
    return None


def signed_in(membership: Mapping[str, Any] | None) -> SignedIn:
    """The signed-in user of a (normalized) membership; Read-only with nothing else when unknown.

    Their own staff row is the `employee` the backend sent, or — when the backend sends none —
    the `"Employees"` row whose id is the user's id, as the web app identifies it."""
    if not membership:
        return SignedIn(Role.READ_ONLY)
    user = _mapping(membership.get("user"))
    user_id = _uuid(user.get("id"))
    if "employee" in membership:
        employee = membership.get("employee")
        employee_id = _uuid(employee.get("id")) if isinstance(employee, Mapping) else None
        employee_name = str(employee.get("name") or "") if isinstance(employee, Mapping) else ""
    else:
        employee_id, employee_name = user_id, ""
    return SignedIn(
        role=role_named(membership.get("role")),
        name=str(user.get("name") or employee_name or ""),
        user_id=user_id,
        employee_id=employee_id,
        overrides=parse_overrides(membership.get("permissions")),
        organization=str(membership.get("name") or ""),
    )


@dataclass(frozen=True, slots=True)
class BindDeskProfile(Command):
    """An Owner or Admin binds a desk's database connection to a role and a staff member (recorded
    in the audit trail of the tenant, so the clinic can see who decided who works at which desk)."""

    KIND: ClassVar[str] = "identity.bind_desk_profile"
    #: How the profile names the database (host and database, no password).
    database: str
    role: str
    staff_id: UUID | None = None


_MANAGERS_ONLY = QT_TRANSLATE_NOOP(
    "Identity", "Only an owner or an administrator may decide who works at a desk; your role is {role}."
)
_BIND_UNKNOWN_ROLE = QT_TRANSLATE_NOOP("Identity", "Choose one of the roles for the desk.")
_BIND_NEED_STAFF = QT_TRANSLATE_NOOP("Identity", "An instructor's desk must name the instructor.")
_BIND_NO_STAFF = QT_TRANSLATE_NOOP(
    "Identity", "The chosen staff member is not an active member of this clinic's staff."
)


def _refuse(text: str, code: str, **params: object) -> DomainError:
    return DomainError(Message("Identity", text, params), code=code)


def managers_only(role: Role) -> DomainError:
    """The refusal of a desk binding decided by someone who is not an Owner or Admin."""
    return _refuse(_MANAGERS_ONLY, "forbidden", role=role.value)


def check_binding(decided_by: Role, command: BindDeskProfile, staff_is_active_instructor: bool) -> Role:
    """The role a desk is bound to, or a refusal: only managers decide it (plan §7.1); an Instructor
    desk names an active instructor, whose own lessons are all it shows."""
    if decided_by not in MANAGER_ROLES:
        raise managers_only(decided_by)
    try:
        role = Role(command.role)
    except ValueError:
        raise _refuse(_BIND_UNKNOWN_ROLE, "invalid") from None
    if role is Role.INSTRUCTOR and command.staff_id is None:
        raise _refuse(_BIND_NEED_STAFF, "invalid")
    if command.staff_id is not None and not staff_is_active_instructor:
        raise _refuse(_BIND_NO_STAFF, "not_found")
    return role


_LAUNCH_NEED_STAFF = QT_TRANSLATE_NOOP(
    "Identity",
    "Signing in as an instructor needs the instructor: choose them in the connection settings, "
    "or start with --staff and their staff id.",
)
_LAUNCH_UNKNOWN_STAFF = QT_TRANSLATE_NOOP("Identity", "No instructor of this clinic has the id {id}.")


def instructor_of(signed: SignedIn, instructor_ids: frozenset[UUID]) -> UUID | None:
    """The instructor an Instructor-role user is, checked against the clinic's instructors; a
    refusal when none is named or the named one is not there — never somebody else's lessons."""
    if signed.role is not Role.INSTRUCTOR:
        return signed.employee_id
    if signed.employee_id is None:
        raise _refuse(_LAUNCH_NEED_STAFF, "need_staff")
    if signed.employee_id not in instructor_ids:
        raise _refuse(_LAUNCH_UNKNOWN_STAFF, "not_found", id=str(signed.employee_id))
    return signed.employee_id
