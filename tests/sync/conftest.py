"""Fixtures of the sync tests (defined in `sync_fixtures.py`): a seeded tenant, the web backend on 127.0.0.1."""

from tests.sync.sync_fixtures import backend, seeded_pg_engine, seeded_pg_url, seeded_template

__all__ = ["backend", "seeded_pg_engine", "seeded_pg_url", "seeded_template"]
