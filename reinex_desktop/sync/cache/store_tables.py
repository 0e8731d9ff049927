"""Tables that exist only in the local cache file, beside the mirrored tenant tables."""

from __future__ import annotations

import sqlalchemy as sa

cache_metadata = sa.MetaData()

#: Every write, durably, in the order it was made (DESIGN "Outbox").
outbox = sa.Table(
    "cache_outbox",
    cache_metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("mutation_id", sa.Text, nullable=False, unique=True),
    sa.Column("kind", sa.Text, nullable=False),
    #: The whole mutation as it travels (`Mutation.to_wire()`).
    sa.Column("wire", sa.JSON, nullable=False),
    sa.Column("base_version", sa.Text),
    #: pending → in_flight → applied | conflict | rejected; resolved ones keep their outcome.
    sa.Column("state", sa.Text, nullable=False, index=True),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    #: Epoch seconds before which the entry is not sent again (backoff).
    sa.Column("next_attempt_at", sa.Float, nullable=False, server_default="0"),
    sa.Column("last_error", sa.Text),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Column("acked_at", sa.Text),
    sa.Column("result", sa.JSON),
    #: [[table, key], …] of the rows its optimistic effect touched in this file.
    sa.Column("touched", sa.JSON, nullable=False),
    #: {"table|key": updated_at} the optimistic effect gave those rows (see `Pusher` version mapping).
    sa.Column("local_versions", sa.JSON, nullable=False),
    sa.Column("local_effect", sa.Boolean, nullable=False),
    sa.Column("resolution", sa.Text),
    sa.Column("resolved_at", sa.Text),
)

#: Cursor, bootstrap flag, last sync time, last known schema report of the remote.
state = sa.Table(
    "cache_state",
    cache_metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("value", sa.JSON),
)

#: A version the optimistic effect wrote → the version the server wrote for the same write.
version_map = sa.Table(
    "cache_version_map",
    cache_metadata,
    sa.Column("local", sa.Text, primary_key=True),
    sa.Column("remote", sa.Text, nullable=False),
)

#: Rows to fetch again from the remote (touched by an acknowledged write, or held back by a pending one).
dirty = sa.Table(
    "cache_dirty",
    cache_metadata,
    sa.Column("table_name", sa.Text, primary_key=True),
    sa.Column("row_key", sa.Text, primary_key=True),
    #: Feed cursor before which a row missing on the server is kept: the server's own rows for the
    #: same write (created under ids of its own) have not arrived yet.
    sa.Column("not_before", sa.Text),
)

#: Spans of lesson start times (UTC, ISO text) the cache holds completely.
windows = sa.Table(
    "cache_windows",
    cache_metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("start", sa.Text, nullable=False),
    sa.Column("end", sa.Text, nullable=False),
)

#: One row; `active = 1` while a command runs locally, so the triggers record what it touches.
capture = sa.Table(
    "cache_capture",
    cache_metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("active", sa.Integer, nullable=False),
)

captured = sa.Table(
    "cache_captured",
    cache_metadata,
    sa.Column("table_name", sa.Text, nullable=False),
    sa.Column("row_key", sa.Text, nullable=False),
)

PENDING = "pending"
IN_FLIGHT = "in_flight"
QUEUED_STATES = (PENDING, IN_FLIGHT)
