"""`reinex-desktop generate --undo / --reset-from / --runs` for managers' scripts (real PostgreSQL)."""

from __future__ import annotations

import json
from uuid import UUID, uuid4

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from reinex_desktop.cli import main
from reinex_desktop.data import tables as t
from reinex_desktop.sync.tenant_db import TenantDbGateway
from tests.generation_edits import apply_run, edit, targets
from tests.generation_world import World, build_world


@pytest.fixture
def world(pg_engine: Engine) -> World:
    return build_world(pg_engine)


def _cli(url: str, *extra: str, lang: str = "en") -> list[str]:
    return ["--lang", lang, "generate", "--database-url", url, *extra]


def _count(engine: Engine) -> int:
    with engine.connect() as connection:
        return connection.scalar(sa.select(sa.func.count()).select_from(t.InstanceRow)) or 0


def _touched_run(world: World, engine: Engine) -> tuple[UUID, UUID]:
    gateway = TenantDbGateway(engine)
    run_id = apply_run(world, gateway)
    touched = targets(engine, run_id)[1]
    assert edit("confirmation", world, gateway, engine, touched)
    return run_id, touched.lesson_id


def test_undo_dry_run_lists_deleted_and_kept_with_reasons_and_writes_nothing(
    world: World, pg_url: str, pg_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    run_id, touched = _touched_run(world, pg_engine)
    assert main(_cli(pg_url, "--undo", str(run_id), "--dry-run", "--json")) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["dry_run"] is True and report["lessons_deleted"] == 9
    assert len(report["deleted"]) == 9 and touched not in {UUID(row["lesson_id"]) for row in report["deleted"]}
    (kept,) = report["kept"]
    assert UUID(kept["lesson_id"]) == touched
    assert kept["reasons"] == [{"code": "confirmed", "text": "A participant's attendance was confirmed"}]
    assert kept["students"] and kept["instructor"] in ("רונית כהן", "אבי לוי")
    assert _count(pg_engine) == 10


def test_undo_deletes_the_untouched_lessons_and_names_the_kept_one_in_hebrew(
    world: World, pg_url: str, pg_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    run_id, touched = _touched_run(world, pg_engine)
    assert main(_cli(pg_url, "--undo", str(run_id), lang="he")) == 0
    out = capsys.readouterr().out
    assert str(touched) in out and "אושרה" in out  # the reason, translated
    assert _count(pg_engine) == 1
    assert main(_cli(pg_url, "--undo", str(run_id))) == 2  # already undone: a sentence, exit 2
    assert "already undone" in capsys.readouterr().err


def test_reset_forward_prints_what_it_deletes_keeps_and_creates(
    world: World, pg_url: str, pg_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    _run_id, touched = _touched_run(world, pg_engine)
    templates = ",".join(str(template) for template in world.templates.values())
    args = ("--reset-from", world.first.isoformat(), "--templates", templates, "--days", "14")
    assert main(_cli(pg_url, *args, "--dry-run", "--json")) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["lessons_deleted"] == 9 and [UUID(k["lesson_id"]) for k in preview["kept"]] == [touched]
    assert preview["created"] == {"instances": 9, "participants": 11} and _count(pg_engine) == 10
    assert main(_cli(pg_url, *args)) == 0
    out = capsys.readouterr().out
    assert "Kept, and why:" in out and "attendance was confirmed" in out
    assert "Created 9 lessons and 11 participants." in out
    assert _count(pg_engine) == 10


def test_runs_lists_recent_runs(
    world: World, pg_url: str, pg_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_cli(pg_url, "--runs")) == 0
    assert "No generation runs yet." in capsys.readouterr().out
    run_id = apply_run(world, TenantDbGateway(pg_engine))
    assert main(_cli(pg_url, "--runs", "--json")) == 0
    (run,) = json.loads(capsys.readouterr().out)["runs"]
    assert run["run_id"] == str(run_id) and run["instances_created"] == 10 and run["undo_seconds_left"] > 0
    assert main(_cli(pg_url, "--runs")) == 0
    assert str(run_id) in capsys.readouterr().out


@pytest.mark.parametrize(
    ("extra", "sentence"),
    [
        (("--undo", "not-a-run"), "is not a generation run id"),
        (("--undo", str(uuid4())), "That generation run does not exist."),
        (("--reset-from", "2026-13-40", "--templates", str(uuid4())), "--reset-from needs a date"),
        (("--reset-from", "2030-01-05"), "Name the templates to reset"),
        (("--reset-from", "2030-01-05", "--templates", "x,\x1b[31m"), "is not a template id"),
        (("--reset-from", "2030-01-05", "--templates", str(uuid4())), "No weekly template has the id"),
        (("--templates", str(uuid4())), "--templates goes with --reset-from"),
        (("--undo", str(uuid4()), "--runs"), "Choose one of"),
        (("--days", "-3"), "--days needs a whole number"),
        (("--from", "tomorrow"), "--from needs a date"),
    ],
)
def test_bad_input_is_one_sentence_and_exit_2(
    extra: tuple[str, ...], sentence: str, world: World, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_cli(pg_url, *extra)) == 2
    captured = capsys.readouterr()
    assert sentence in captured.err and "Traceback" not in captured.err + captured.out
    assert "\x1b" not in captured.err
    assert len(captured.err.strip().splitlines()) == 1
