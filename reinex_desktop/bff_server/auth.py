"""Who is calling: bearer tokens mapped to members of organizations, as the web backend checks them.

The real backend validates a JWT and looks up `org_memberships`; this server is configured with
fixed tokens, which is all a contract test or a trial run needs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID, uuid4

from starlette.requests import Request

from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.permissions import Role


@dataclass(frozen=True)
class Member:
    name: str
    role: Role = Role.OWNER
    org_ids: frozenset[str] = frozenset()
    #: The user's id; their own staff row is the `"Employees"` row with this id (as the web app has it).
    user_id: UUID = field(default_factory=uuid4)
    email: str = ""

    def actor(self) -> Actor:
        return Actor(self.user_id, self.name, self.role.value, self.user_id)

    def user_context(
        self,
        org_names: Mapping[str, str],
        org_permissions: Mapping[str, Mapping[str, bool]],
        employee: Mapping[str, Any] | None,
    ) -> dict[str, object]:
        """`GET /api/user-context`: the user, their own staff row, and per organization the role and
        the organization's permission overrides (plan §7.2), also under `membership` as the web app
        nests them."""
        return {
            "user": {"id": str(self.user_id), "name": self.name, "email": self.email},
            "employee": dict(employee) if employee is not None else None,
            "organizations": [
                {
                    "org_id": org_id,
                    "id": org_id,
                    "name": org_names.get(org_id, ""),
                    "role": self.role.value,
                    "membership": {"org_id": org_id, "user_id": str(self.user_id), "role": self.role.value},
                    "permissions": dict(org_permissions.get(org_id, {})),
                }
                for org_id in sorted(self.org_ids)
            ],
        }


def bearer_token(request: Request) -> str | None:
    """The token from `Authorization: Bearer …`, or the Supabase-style headers the backend also accepts."""
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip() or None
    for name in ("x-supabase-authorization", "x-supabase-auth"):
        value = request.headers.get(name, "").strip()
        if value.lower().startswith("bearer "):
            value = value[7:].strip()
        if value:
            return value
    return None
