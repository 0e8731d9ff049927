"""What every read mixin of `TenantDbGateway` relies on: a way to open a read session."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session


class SessionSource:
    engine: Engine

    def read_session(self) -> AbstractContextManager[Session]:
        return _session(self.engine)


@contextmanager
def _session(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as session:
        yield session
