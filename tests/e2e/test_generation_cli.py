"""`reinex-desktop generate` as a scheduled job runs it (real PostgreSQL)."""

from __future__ import annotations

import json
from datetime import time, timedelta
from uuid import uuid4

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from reinex_desktop.cli import main
from reinex_desktop.data import tables as t
from tests.generation_world import World, build_world


@pytest.fixture
def world(pg_engine: Engine) -> World:
    return build_world(pg_engine)


def _lessons(engine: Engine) -> int:
    with engine.connect() as connection:
        return connection.scalar(sa.select(sa.func.count()).select_from(t.InstanceRow)) or 0


def _args(world: World, url: str, *extra: str) -> list[str]:
    return ["--lang", "en", "generate", "--database-url", url, "--from", world.first.isoformat(), *extra]


def test_dry_run_prints_the_plan_and_writes_nothing(
    world: World, pg_url: str, pg_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_args(world, pg_url, "--dry-run")) == 0
    out = capsys.readouterr().out
    assert "10 new lessons, 12 participants" in out and "Dry run: nothing was written." in out
    assert _lessons(pg_engine) == 0


def test_a_run_applies_and_a_second_run_adds_nothing_and_records_no_run(
    world: World, pg_url: str, pg_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_args(world, pg_url, "--days", "7")) == 0
    assert "5 lessons and 6 participants created" in capsys.readouterr().out
    assert main(_args(world, pg_url, "--days", "7", "--json")) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["plan"]["instances"] == 0 and report["plan"]["kept"] == 6
    assert report["applied"] is None and report["dry_run"] is False and report["nothing_new"] is True
    assert _lessons(pg_engine) == 5
    with pg_engine.connect() as connection:
        assert connection.scalar(sa.select(sa.func.count()).select_from(t.GenerationRunRow)) == 1


def test_conflicts_fail_the_exit_code_only_when_asked(
    world: World, pg_url: str, pg_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    with Session(pg_engine) as session, session.begin():
        session.add(
            t.TemplateRow(
                id=uuid4(),
                student_id=world.students[1],
                instructor_employee_id=world.instructors[0],
                service_id=world.riding,
                day_of_week=0,
                time_of_day=time(10, 15),  # overlaps "sun_10" of the same instructor
                duration_minutes=45,
                valid_from=world.first - timedelta(days=1),
            )
        )
    assert main(_args(world, pg_url, "--dry-run", "--json")) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["plan"]["conflicts"] == 2
    assert {c["kind"] for c in report["conflicts"]} == {"instructor_overlap"}
    assert main(_args(world, pg_url, "--dry-run", "--fail-on-conflict")) == 1
    assert "2 conflicts to resolve" in capsys.readouterr().out


def test_refusals_are_one_clear_line_and_exit_code_2(
    world: World, pg_url: str, pg_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "en", "--role", "office", *_args(world, pg_url)[2:]]) == 2
    assert "may not do this" in capsys.readouterr().err
    past = (world.first - timedelta(days=20)).isoformat()
    assert main(["--lang", "en", "generate", "--database-url", pg_url, "--from", past]) == 2
    assert "days that have passed" in capsys.readouterr().err
    assert main(["--lang", "en", "generate"]) == 2
    assert _lessons(pg_engine) == 0
