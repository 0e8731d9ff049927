"""The envelope a command travels in, and the verdict a backend returns for it.

A `Mutation` is applied at most once by any backend, keyed by `mutation_id` (recorded in the
same transaction as the change in database mode, sent as `Idempotency-Key` over HTTP). When it
names a `base_version` (the `updated_at` the user saw), a backend that finds a newer row answers
`CONFLICT` with the current row instead of overwriting it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any
from uuid import UUID, uuid4

from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.clock import system_clock
from reinex_desktop.domain.codec import decode, to_json
from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.text import Message


class Outcome(StrEnum):
    APPLIED = "applied"
    CONFLICT = "conflict"  # the row changed since the base version; kept for the user to resolve
    REJECTED = "rejected"  # a rule refused it; kept and shown, never retried blindly


@dataclass(frozen=True, slots=True)
class Mutation:
    kind: str
    payload: Mapping[str, Any]
    actor: Actor
    mutation_id: UUID = field(default_factory=uuid4)
    base_version: datetime | None = None
    created_at: datetime = field(default_factory=system_clock)

    @classmethod
    def of(
        cls,
        command: Command,
        actor: Actor,
        *,
        base_version: datetime | None = None,
        created_at: datetime | None = None,
    ) -> Mutation:
        return cls(
            kind=command.KIND,
            payload=to_json(command),
            actor=actor,
            base_version=base_version,
            created_at=created_at or system_clock(),
        )

    def command(self) -> Command:
        decoded: Command = decode(Command.class_for(self.kind), self.payload)
        return decoded

    def to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = to_json(self)
        return wire

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> Mutation:
        return decode(cls, data)


@dataclass(frozen=True, slots=True)
class MutationResult:
    mutation_id: UUID
    outcome: Outcome
    result: Mapping[str, Any] = field(default_factory=dict)
    message: Message | None = None
    current: Mapping[str, Any] | None = None  # the row as the backend has it, on conflict

    @property
    def applied(self) -> bool:
        return self.outcome is Outcome.APPLIED

    def to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = to_json(self)
        return wire

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> MutationResult:
        return decode(cls, data)
