"""The durable outbox: one row per write, in order, with its state, attempts, backoff and verdict.

Every function takes the connection of the caller's transaction, so an entry is always written
together with what it belongs to (the optimistic effect, an acknowledgement, a resolution).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from reinex_desktop.domain.sync.attention import AttentionItem, Resolution
from reinex_desktop.sync.cache import store_tables as st
from reinex_desktop.sync.mutations import Mutation, MutationResult, Outcome

Key = tuple[str, str]


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).isoformat()


@dataclass(frozen=True, slots=True)
class Entry:
    seq: int
    mutation_id: str
    kind: str
    wire: Mapping[str, Any]
    base_version: str | None
    state: str
    attempts: int
    next_attempt_at: float
    last_error: str | None
    created_at: str
    result: Mapping[str, Any] | None
    touched: tuple[Key, ...]
    local_versions: Mapping[str, str]
    local_effect: bool
    resolution: str | None

    def mutation(self) -> Mutation:
        return Mutation.from_wire(self.wire)

    def verdict(self) -> MutationResult | None:
        return MutationResult.from_wire(self.result) if self.result else None


def _entry(row: Any) -> Entry:
    m = row._mapping
    return Entry(
        seq=m["seq"],
        mutation_id=m["mutation_id"],
        kind=m["kind"],
        wire=m["wire"],
        base_version=m["base_version"],
        state=m["state"],
        attempts=m["attempts"],
        next_attempt_at=m["next_attempt_at"],
        last_error=m["last_error"],
        created_at=m["created_at"],
        result=m["result"],
        touched=tuple((str(a), str(b)) for a, b in m["touched"] or ()),
        local_versions=dict(m["local_versions"] or {}),
        local_effect=bool(m["local_effect"]),
        resolution=m["resolution"],
    )


def enqueue(
    connection: Connection,
    mutation: Mutation,
    *,
    touched: Sequence[Key],
    local_versions: Mapping[str, str],
    local_effect: bool,
    now: datetime,
) -> None:
    wire = mutation.to_wire()
    connection.execute(
        st.outbox.insert().values(
            mutation_id=str(mutation.mutation_id),
            kind=mutation.kind,
            wire=wire,
            base_version=wire.get("base_version"),
            state=st.PENDING,
            attempts=0,
            next_attempt_at=0.0,
            created_at=_stamp(now),
            touched=[list(key) for key in touched],
            local_versions=dict(local_versions),
            local_effect=local_effect,
        )
    )


def find(connection: Connection, mutation_id: UUID | str) -> Entry | None:
    row = connection.execute(sa.select(st.outbox).where(st.outbox.c.mutation_id == str(mutation_id))).first()
    return _entry(row) if row else None


def find_seq(connection: Connection, seq: int) -> Entry | None:
    row = connection.execute(sa.select(st.outbox).where(st.outbox.c.seq == seq)).first()
    return _entry(row) if row else None


def queued(connection: Connection, *, limit: int = 200) -> list[Entry]:
    """Entries still to send, oldest first."""
    query = sa.select(st.outbox).where(st.outbox.c.state.in_(st.QUEUED_STATES)).order_by(st.outbox.c.seq).limit(limit)
    return [_entry(row) for row in connection.execute(query)]


def mark_in_flight(connection: Connection, seqs: Iterable[int]) -> None:
    connection.execute(st.outbox.update().where(st.outbox.c.seq.in_(list(seqs))).values(state=st.IN_FLIGHT))


def back_to_pending(connection: Connection, seqs: Iterable[int] | None = None) -> int:
    """In-flight entries whose answer never arrived go back to the queue (start-up hygiene, failures)."""
    statement = st.outbox.update().where(st.outbox.c.state == st.IN_FLIGHT)
    if seqs is not None:
        statement = statement.where(st.outbox.c.seq.in_(list(seqs)))
    return int(connection.execute(statement.values(state=st.PENDING)).rowcount or 0)


def defer(connection: Connection, seq: int, *, error: str, next_attempt_at: float) -> None:
    """The entry was sent and failed: one more attempt counted, the next one not before `next_attempt_at`."""
    connection.execute(
        st.outbox.update()
        .where(st.outbox.c.seq == seq)
        .values(
            state=st.PENDING,
            attempts=st.outbox.c.attempts + 1,
            last_error=error[:2000],
            next_attempt_at=next_attempt_at,
        )
    )


def reset_schedule(connection: Connection) -> int:
    """The backend answers again: queued entries are due now, their backoff starts from the beginning."""
    statement = (
        st.outbox.update()
        .where(st.outbox.c.state.in_(st.QUEUED_STATES), st.outbox.c.next_attempt_at > 0)
        .values(attempts=0, next_attempt_at=0.0)
    )
    return int(connection.execute(statement).rowcount or 0)


def acknowledge(
    connection: Connection, entry: Entry, verdict: MutationResult, commit_point: str | None, *, now: datetime
) -> None:
    """Record the backend's verdict; the rows the optimistic effect touched are fetched again.

    An applied write's rows that the server does not have (created here under other ids) are kept
    until the feed passes `commit_point`, when the server's own rows for it have arrived."""
    connection.execute(
        st.outbox.update()
        .where(st.outbox.c.seq == entry.seq)
        .values(state=verdict.outcome.value, result=verdict.to_wire(), acked_at=_stamp(now), last_error=None)
    )
    mark_dirty(connection, entry.touched, not_before=commit_point if verdict.applied else None)


def mark_dirty(connection: Connection, keys: Iterable[Key], *, not_before: str | None = None) -> None:
    rows = [{"table_name": table, "row_key": key, "not_before": not_before} for table, key in set(keys)]
    if rows:
        statement = sqlite_insert(st.dirty)
        keep = sa.func.coalesce(statement.excluded.not_before, st.dirty.c.not_before)
        connection.execute(
            statement.on_conflict_do_update(index_elements=["table_name", "row_key"], set_={"not_before": keep}), rows
        )


def queued_touched(connection: Connection) -> set[Key]:
    """Rows that writes still in the queue have changed locally: a pull must not overwrite them yet."""
    query = sa.select(st.outbox.c.touched).where(st.outbox.c.state.in_(st.QUEUED_STATES))
    keys: set[Key] = set()
    for (touched,) in connection.execute(query):
        keys.update((str(a), str(b)) for a, b in touched or ())
    return keys


def counts(connection: Connection) -> tuple[int, int]:
    """(writes waiting to be sent, conflicts and rejections waiting for a decision)."""
    queued_count = connection.execute(
        sa.select(sa.func.count()).where(st.outbox.c.state.in_(st.QUEUED_STATES))
    ).scalar_one()
    attention_count = connection.execute(
        sa.select(sa.func.count()).where(
            st.outbox.c.state.in_((Outcome.CONFLICT.value, Outcome.REJECTED.value)),
            st.outbox.c.resolution.is_(None),
        )
    ).scalar_one()
    return int(queued_count), int(attention_count)


def head_next_attempt(connection: Connection) -> float | None:
    query = (
        sa.select(st.outbox.c.next_attempt_at)
        .where(st.outbox.c.state.in_(st.QUEUED_STATES))
        .order_by(st.outbox.c.seq)
        .limit(1)
    )
    value = connection.execute(query).scalar()
    return None if value is None else float(value)


def attention(connection: Connection) -> list[AttentionItem]:
    query = (
        sa.select(st.outbox)
        .where(
            st.outbox.c.state.in_((Outcome.CONFLICT.value, Outcome.REJECTED.value)),
            st.outbox.c.resolution.is_(None),
        )
        .order_by(st.outbox.c.seq)
    )
    items = []
    for row in connection.execute(query):
        entry = _entry(row)
        verdict = entry.verdict()
        mutation = entry.mutation()
        items.append(
            AttentionItem(
                mutation_id=UUID(entry.mutation_id),
                kind=entry.kind,
                outcome=entry.state,
                made_at=mutation.created_at,
                actor_name=mutation.actor.name,
                payload=dict(mutation.payload),
                reason=verdict.message if verdict else None,
                current=verdict.current if verdict else None,
            )
        )
    return items


def resolve(connection: Connection, mutation_id: UUID | str, resolution: Resolution, *, now: datetime) -> bool:
    statement = (
        st.outbox.update()
        .where(
            st.outbox.c.mutation_id == str(mutation_id),
            st.outbox.c.state.in_((Outcome.CONFLICT.value, Outcome.REJECTED.value)),
            st.outbox.c.resolution.is_(None),
        )
        .values(resolution=resolution.value, resolved_at=_stamp(now))
    )
    return bool(connection.execute(statement).rowcount)


def forget_settled(connection: Connection, *, older_than: datetime) -> int:
    """Drop applied and resolved entries older than `older_than` (the file stays small)."""
    cutoff = older_than.isoformat()
    settled = sa.or_(st.outbox.c.state == Outcome.APPLIED.value, st.outbox.c.resolution.is_not(None))
    statement = st.outbox.delete().where(settled, st.outbox.c.created_at < cutoff)
    return int(connection.execute(statement).rowcount or 0)
