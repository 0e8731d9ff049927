"""Fixtures of the identity tests: a demo clinic on SQLite and PostgreSQL, where profiles and caches live."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from uuid import UUID

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy.engine import Engine

from reinex_desktop.data.demo import load_demo
from reinex_desktop.domain.clinic_time import clinic_zone, day_bounds_utc
from reinex_desktop.sync.gateway import Gateway
from reinex_desktop.sync.tenant_db import TenantDbGateway
from tests.sync.sync_fixtures import busy_day, clinic_today, seeded_pg_engine, seeded_pg_url, seeded_template
from tests.ui.conftest import hebrew_app

__all__ = ["hebrew_app", "seeded_pg_engine", "seeded_pg_url", "seeded_template"]

ZONE = clinic_zone("Asia/Jerusalem")


@pytest.fixture
def demo_engine(any_engine: Engine) -> Engine:
    """The small demo clinic around today, on SQLite and on PostgreSQL."""
    load_demo(any_engine, "small", today=clinic_today())
    return any_engine


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Profiles, caches and the keyring of these tests, in a temporary folder."""
    monkeypatch.setenv("REINEX_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("REINEX_DATA_DIR", str(tmp_path / "data"))
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")  # type: ignore[misc]
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield tmp_path
    keyring.set_keyring(previous)


def lessons_by_instructor(gateway: Gateway, day: date) -> dict[UUID, int]:
    start, end = day_bounds_utc(day, ZONE)
    counts: dict[UUID, int] = {}
    for lesson in gateway.lessons_between(start, end):
        counts[lesson.instructor_employee_id] = counts.get(lesson.instructor_employee_id, 0) + 1
    return counts


def not_the_first_instructor(engine: Engine) -> tuple[UUID, date]:
    """An instructor with lessons on a busy day who is not first in the list (the old code's pick)."""
    gateway = TenantDbGateway(engine)
    first = gateway.instructors()[0].id
    day = busy_day()
    for _ in range(7):
        busy = [person for person, count in lessons_by_instructor(gateway, day).items() if person != first]
        if busy:
            return sorted(busy)[0], day
        day += timedelta(days=1)
    raise AssertionError("the demo clinic has no busy instructor besides the first")
