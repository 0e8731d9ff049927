"""The audit trail: who, in which role, did what, with the row before and after (plan §2.1)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID


@dataclass(frozen=True, slots=True)
class Actor:
    """The person behind a write, as the audit trail and permission checks see them."""

    user_id: UUID | None
    name: str
    role: str
    #: The instructor this user is, when the role is Instructor (their own lessons only).
    employee_id: UUID | None = None


@dataclass(frozen=True, slots=True)
class AuditEvent:
    id: UUID
    occurred_at: datetime
    actor_name: str
    actor_role: str
    action: str
    entity_type: str
    entity_id: str | None
    before: Mapping[str, Any] | None = None
    after: Mapping[str, Any] | None = None
    actor_id: UUID | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)


def once_per_change(events: Iterable[AuditEvent]) -> list[AuditEvent]:
    """A history that lists each change once: one write audits every row it touched (a no-show
    audits the participant and the lesson's status), so events of the same write (`mutation_id`)
    and the same action are one entry — the first of them in the given order. Events without a
    mutation id are each their own change."""
    seen: set[tuple[str, str]] = set()
    kept: list[AuditEvent] = []
    for event in events:
        mutation = event.metadata.get("mutation_id")
        if mutation:
            key = (str(mutation), event.action)
            if key in seen:
                continue
            seen.add(key)
        kept.append(event)
    return kept
