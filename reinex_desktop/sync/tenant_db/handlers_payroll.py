"""Handler of the payroll export: the month's unexported earnings → `"WorkSessions"`, linked both ways."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.domain.payroll.commands import ExportPayroll
from reinex_desktop.domain.payroll.export import Month, plan_export
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.sync.tenant_db.handlers import HandlerContext, handles
from reinex_desktop.sync.tenant_db.reads_payroll import earning_lines_in


@handles(ExportPayroll)
def export_payroll(ctx: HandlerContext, command: ExportPayroll) -> dict[str, Any]:
    """Locks the unexported earnings first, so two exports at once cannot both take the same one."""
    ctx.require(Permission.PAYROLL_MANAGE)
    month = Month.parse(command.month)
    lines = earning_lines_in(ctx.session, month.first_day, month.last_day, unexported_only=True)
    drafts = plan_export(lines, month)
    rows = [
        {
            "employee_id": draft.employee_id,
            "service_id": draft.service_id,
            "date": draft.date,
            "entry_type": draft.entry_type,
            "hours": draft.hours,
            "sessions_count": draft.sessions_count,
            "students_count": draft.students_count,
            "rate_used": draft.rate_used,
            "total_payment": draft.total_payment,
            "payable": True,
            "notes": f"Reinex {draft.month}",
            "created_at": ctx.now,
            "deleted": False,
            "metadata_": draft.metadata(),
        }
        for draft in drafts
    ]
    created: list[Any] = []
    if rows:
        # Without `id`: the database generates it; RETURNING gives them back in the drafts' order.
        inserted = ctx.session.scalars(
            sa.insert(t.WorkSessionRow).returning(t.WorkSessionRow.id, sort_by_parameter_order=True), rows
        )
        created = list(inserted)
        links = [
            {"id": earning, "work_session_id": session_id}
            for draft, session_id in zip(drafts, created, strict=True)
            for earning in draft.earning_ids
        ]
        ctx.session.execute(sa.update(t.EarningRow), links)
    exported = sum(len(d.earning_ids) for d in drafts)
    total = sum((d.total_payment for d in drafts), Decimal(0))
    ctx.audit(
        "payroll.export",
        "WorkSessions",
        str(month),
        after={
            "month": str(month),
            "work_sessions": [str(i) for i in created],
            "earnings": exported,
            "total_payment": total,
        },
    )
    return {
        "month": str(month),
        "work_session_ids": created,
        "earnings_exported": exported,
        "total_payment": total,
    }
