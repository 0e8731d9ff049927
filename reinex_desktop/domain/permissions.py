"""Roles and permission keys (plan §7).

The coarse role comes from `org_memberships.role`; fine-grained keys (plan §7.3) refine it. The
services layer refuses what a role may not do; the user interface only hides it.
"""

from __future__ import annotations

from enum import StrEnum

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


def permissions_for(role: Role, overrides: dict[str, bool] | None = None) -> frozenset[Permission]:
    """The role's defaults, with an organization's explicit grants and revocations applied."""
    granted = set(ROLE_DEFAULTS[role])
    for key, allowed in (overrides or {}).items():
        try:
            permission = Permission(key)
        except ValueError:
            continue
        (granted.add if allowed else granted.discard)(permission)
    return frozenset(granted)


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
