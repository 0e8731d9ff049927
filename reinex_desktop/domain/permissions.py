"""Roles and permission keys (plan §7).

The coarse role comes from `org_memberships.role`; fine-grained keys (plan §7.3) refine it: the
organization's overrides (plan §7.2, `org_settings.permissions`) grant or revoke keys on top of the
role's defaults. The web backend hands them out in the user context; a tenant database written
directly keeps them in `public."Settings"` under `PERMISSIONS_SETTING_KEY`. The services layer and
the data layer refuse what the user may not do; the user interface only hides it.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message


class Role(StrEnum):
    OWNER = "owner"
    ADMIN = "admin"
    OFFICE = "office"
    INSTRUCTOR = "instructor"
    READ_ONLY = "read_only"


class Permission(StrEnum):
    ENABLED = "reinex_enabled"
    SCHEDULE_MANAGE = "reinex_schedule_manage"
    FINANCIALS_MANAGE = "reinex_financials_manage"
    FINANCIALS_VIEW = "reinex_financials_view"
    PAYROLL_MANAGE = "reinex_payroll_manage"
    FORMS_MANAGE = "reinex_forms_manage"
    WAITING_LIST_MANAGE = "reinex_waiting_list_manage"
    WHATSAPP_MANUAL = "reinex_whatsapp_manual_enabled"
    WHATSAPP_AUTOMATED = "reinex_whatsapp_automated_enabled"
    GREENINVOICE = "reinex_greeninvoice_enabled"
    MEDICAL_FLAGS_VIEW = "reinex_medical_flags_view"
    # Not in the examples of plan §7.3, needed for its §7.1 role capabilities: recording attendance
    # (Office and Instructors, who have no scheduling or financial keys) and the settings screen.
    ATTENDANCE_MARK = "reinex_attendance_mark"
    SETTINGS_MANAGE = "reinex_settings_manage"


ALL_PERMISSIONS = frozenset(Permission)

#: What each role may do before an organization's own `org_settings.permissions` refine it (plan §7.1):
#: Owner — everything, settings and payroll included (the keys that need approval stay off); Admin —
#: scheduling, financials, forms and settings, no payroll; Office — daily scheduling, confirmations,
#: attendance, financials read-only; Instructor — their own lessons and attendance; Read-only — reports.
ROLE_DEFAULTS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: ALL_PERMISSIONS - {Permission.WHATSAPP_AUTOMATED, Permission.GREENINVOICE},
    Role.ADMIN: frozenset(
        {
            Permission.ENABLED,
            Permission.SCHEDULE_MANAGE,
            Permission.FINANCIALS_MANAGE,
            Permission.FINANCIALS_VIEW,
            Permission.FORMS_MANAGE,
            Permission.WAITING_LIST_MANAGE,
            Permission.WHATSAPP_MANUAL,
            Permission.MEDICAL_FLAGS_VIEW,
            Permission.ATTENDANCE_MARK,
            Permission.SETTINGS_MANAGE,
        }
    ),
    Role.OFFICE: frozenset(
        {
            Permission.ENABLED,
            Permission.SCHEDULE_MANAGE,
            Permission.FINANCIALS_VIEW,
            Permission.WAITING_LIST_MANAGE,
            Permission.WHATSAPP_MANUAL,
            Permission.ATTENDANCE_MARK,
        }
    ),
    # Own lessons only: `domain.attendance.rules.may_record` narrows attendance to them.
    Role.INSTRUCTOR: frozenset({Permission.ENABLED, Permission.MEDICAL_FLAGS_VIEW, Permission.ATTENDANCE_MARK}),
    Role.READ_ONLY: frozenset({Permission.ENABLED, Permission.FINANCIALS_VIEW}),
}

MANAGER_ROLES = frozenset({Role.OWNER, Role.ADMIN})


#: The key of `public."Settings"` that holds a directly-connected tenant's organization overrides
#: (`{"reinex_forms_manage": false, …}`): the tenant-side copy of `org_settings.permissions` (plan §7.2).
PERMISSIONS_SETTING_KEY = "reinex_permissions"

#: Keys an organization may only grant or revoke for everyone: the switches of plan §7.3 that turn a
#: whole product or integration on or off ("requires approval"). The role defaults of the others
#: still decide who, among the organization's members, may use them.
ORGANIZATION_SWITCHES = frozenset({Permission.ENABLED, Permission.WHATSAPP_AUTOMATED, Permission.GREENINVOICE})

#: Roles of the web app's `org_memberships.role` that are not Reinex roles: a plain member of a
#: TutTiud-style organization is an instructor.
_MEMBERSHIP_ROLES = {"member": Role.INSTRUCTOR, "readonly": Role.READ_ONLY, "read-only": Role.READ_ONLY}


def role_named(value: object) -> Role:
    """The Reinex role for a membership role as a backend spells it; Read-only when unknown."""
    text = str(value or "").strip().lower()
    try:
        return Role(text)
    except ValueError:
        return _MEMBERSHIP_ROLES.get(text, Role.READ_ONLY)


def parse_overrides(value: Any) -> dict[str, bool]:
    """An organization's overrides as `{key: allowed}`; anything that is not a yes/no is ignored.

    Values stored as text ("true"/"false") count, as the web app reads them (plan §7.2)."""
    if not isinstance(value, Mapping):
        return {}
    parsed: dict[str, bool] = {}
    for key, raw in value.items():
        if isinstance(raw, bool):
            parsed[str(key)] = raw
        elif isinstance(raw, str) and raw.strip().lower() in ("true", "false"):
            parsed[str(key)] = raw.strip().lower() == "true"
    return parsed


def permissions_for(role: Role, overrides: Mapping[str, bool] | None = None) -> frozenset[Permission]:
    """The role's defaults with the organization's overrides applied (plan §7.2).

    An override revokes a key from every role. It grants a key only to the roles that have it by
    default, except the organization switches (`ORGANIZATION_SWITCHES`), which it grants to the
    roles that manage the organization — so an organization turning on GreenInvoice does not hand
    invoices to instructors, and turning on payroll does not hand it to the front desk.
    """
    granted = set(ROLE_DEFAULTS[role])
    for key, allowed in (overrides or {}).items():
        try:
            permission = Permission(key)
        except ValueError:
            continue
        if not allowed:
            granted.discard(permission)
        elif permission in ORGANIZATION_SWITCHES and (permission is Permission.ENABLED or role in MANAGER_ROLES):
            granted.add(permission)
    return frozenset(granted)


def check(granted: frozenset[Permission], role: Role, permission: Permission) -> None:
    """Refuse `permission` unless granted; everything is refused while Reinex is off (plan §7.3)."""
    if Permission.ENABLED not in granted:
        raise disabled()
    if permission not in granted:
        raise forbidden(role)


def disabled() -> DomainError:
    """The refusal while the organization has Reinex turned off (`reinex_enabled`, plan §7.3)."""
    return DomainError(
        Message(
            "Permissions",
            QT_TRANSLATE_NOOP(
                "Permissions",
                "Reinex is turned off for this organization. Ask the organization's owner to turn it on.",
            ),
        ),
        code="reinex_disabled",
    )


def forbidden(role: Role) -> DomainError:
    """The refusal a role gets for an action outside its permissions."""
    return DomainError(
        Message(
            "Permissions",
            QT_TRANSLATE_NOOP("Permissions", "Your role ({role}) may not do this."),
            {"role": role.value},
        ),
        code="forbidden",
    )


def require_owner_for_overrides(role: Role) -> None:
    """Only the Owner changes the organization's permission overrides (plan §7.1: settings)."""
    if role is not Role.OWNER:
        raise forbidden(role)
