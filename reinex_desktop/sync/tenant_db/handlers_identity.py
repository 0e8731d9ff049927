"""Binding a desk's database connection to a role and a staff member: checked and audited here."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.domain.identity import BindDeskProfile, check_binding
from reinex_desktop.domain.permissions import role_named
from reinex_desktop.sync.tenant_db.handlers import HandlerContext, handles


@handles(BindDeskProfile)
def bind_desk_profile(ctx: HandlerContext, command: BindDeskProfile) -> dict[str, Any]:
    staff = None
    if command.staff_id is not None:
        staff = ctx.session.execute(
            sa.select(t.Employee.id, t.Employee.name).where(
                t.Employee.id == command.staff_id, sa.func.coalesce(t.Employee.is_active, sa.true())
            )
        ).first()
    role = check_binding(role_named(ctx.actor.role), command, staff is not None)
    after = {"database": command.database, "role": role.value, "staff_id": command.staff_id}
    if staff is not None:
        after["staff_name"] = staff.name
    ctx.audit("desk_profile.bind", "desk_profile", command.database, after=after)
    return after
