"""The user context as the web app's backend writes it and as the project's contract does: one reading."""

from __future__ import annotations

from uuid import UUID

from reinex_desktop.domain.identity import membership_in, signed_in
from reinex_desktop.domain.permissions import Role, role_named

USER = "6c1f2d3e-0000-4000-8000-0000000000aa"
EMPLOYEE = "6c1f2d3e-0000-4000-8000-0000000000bb"

#: The web app's shape: organizations with `id`, the role under `membership`, the organization's
#: `permissions` (values sometimes stored as text), no `user` and no `employee`.
WEB_APP = {
    "organizations": [
        {"id": "other", "name": "x", "membership": {"role": "admin", "user_id": USER}, "permissions": {}},
        {
            "id": "org-1",
            "name": "מרכז רכיבה",
            "membership": {"id": "m1", "org_id": "org-1", "role": "member", "user_id": USER},
            "permissions": {"reinex_enabled": "true", "reinex_forms_manage": False, "logo_enabled": 3},
        },
    ],
    "incomingInvites": [],
}


def test_the_web_app_s_shape_is_read_and_the_user_s_own_row_is_their_id() -> None:
    membership = membership_in(WEB_APP, "org-1")
    assert membership is not None
    signed = signed_in(membership)
    assert signed.role is Role.INSTRUCTOR  # a plain member of the organization teaches
    assert signed.user_id == UUID(USER) and signed.employee_id == UUID(USER)
    assert dict(signed.overrides) == {"reinex_enabled": True, "reinex_forms_manage": False}
    assert signed.organization == "מרכז רכיבה"
    assert membership_in(WEB_APP, "org-3") is None


def test_the_contract_s_employee_row_wins_and_null_means_none() -> None:
    context = {
        "user": {"id": USER, "name": "נועה"},
        "employee": {"id": EMPLOYEE, "name": "נועה לוי"},
        "organizations": [{"org_id": "org-1", "role": "instructor", "permissions": {}}],
    }
    assert signed_in(membership_in(context, "org-1")).employee_id == UUID(EMPLOYEE)
    context["employee"] = None
    assert signed_in(membership_in(context, "org-1")).employee_id is None


def test_unknown_roles_and_nothing_at_all_are_read_only() -> None:
    assert role_named("superuser") is Role.READ_ONLY and role_named(None) is Role.READ_ONLY
    assert role_named(" Owner ") is Role.OWNER
    assert signed_in(None).role is Role.READ_ONLY and signed_in(None).employee_id is None
