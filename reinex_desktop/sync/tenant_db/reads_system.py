"""System reads: schema health and the audit trail."""

from __future__ import annotations

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.data.diagnostics import diagnose
from reinex_desktop.domain.audit import AuditEvent
from reinex_desktop.domain.schema_report import SchemaReport
from reinex_desktop.sync.tenant_db.session_base import SessionSource


class SystemReadsMixin(SessionSource):
    def check_schema(self) -> SchemaReport:
        return diagnose(self.engine)

    def audit_events(self, *, entity_type: str | None = None, entity_id: str | None = None) -> list[AuditEvent]:
        query = sa.select(t.AuditEventRow).order_by(t.AuditEventRow.occurred_at.desc())
        if entity_type:
            query = query.where(t.AuditEventRow.entity_type == entity_type)
        if entity_id:
            query = query.where(t.AuditEventRow.entity_id == entity_id)
        with self.read_session() as session:
            return [
                AuditEvent(
                    id=row.id,
                    occurred_at=row.occurred_at,
                    actor_name=row.actor_name,
                    actor_role=row.actor_role,
                    action=row.action,
                    entity_type=row.entity_type,
                    entity_id=row.entity_id,
                    before=row.before,
                    after=row.after,
                    actor_id=row.actor_id,
                    metadata=row.metadata_ or {},
                )
                for row in session.scalars(query)
            ]
