"""Reads of the audit trail and schema health."""

from __future__ import annotations

from typing import Protocol

from reinex_desktop.domain.audit import AuditEvent
from reinex_desktop.domain.schema_report import SchemaReport


class SystemReads(Protocol):
    def check_schema(self) -> SchemaReport:
        """What the tenant lacks; an empty report when the schema is complete."""
        ...

    def audit_events(self, *, entity_type: str | None = None, entity_id: str | None = None) -> list[AuditEvent]:
        """Newest first."""
        ...
