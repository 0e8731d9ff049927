"""The tenant-side audit trail and the record of applied sync mutations."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from reinex_desktop.data.base import Base
from reinex_desktop.data.types import GUID, JSONB, NewUuid, UtcDateTime, utcnow


class AuditEventRow(Base):
    __tablename__ = "audit_events"
    __table_args__ = (sa.Index(None, "entity_type", "entity_id"), sa.Index(None, "occurred_at"))

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, server_default=sa.func.now())
    actor_id: Mapped[uuid.UUID | None] = mapped_column(GUID)
    actor_name: Mapped[str] = mapped_column(sa.Text)
    actor_role: Mapped[str] = mapped_column(sa.Text)
    action: Mapped[str] = mapped_column(sa.Text)
    entity_type: Mapped[str] = mapped_column(sa.Text)
    entity_id: Mapped[str | None] = mapped_column(sa.Text)
    before: Mapped[Any | None] = mapped_column(JSONB)
    after: Mapped[Any | None] = mapped_column(JSONB)
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)


class AppliedMutationRow(Base):
    """Each sync mutation applied to this tenant, recorded in the transaction that applied it."""

    __tablename__ = "sync_applied_mutations"

    mutation_id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True)
    kind: Mapped[str] = mapped_column(sa.Text)
    applied_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, server_default=sa.func.now())
    outcome: Mapped[str] = mapped_column(sa.Text)
    result: Mapped[Any | None] = mapped_column(JSONB)
