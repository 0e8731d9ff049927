"""`reinex-desktop waiting-list list|match` over a demo clinic: text in Hebrew, JSON for checks, refusals."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from reinex_desktop.cli import main
from reinex_desktop.data.demo import load_demo
from reinex_desktop.data.engine import open_engine
from reinex_desktop.data.setup_script import apply_schema

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("waiting") / "demo.sqlite"
    engine = open_engine(f"sqlite:///{path}")
    apply_schema(engine)
    load_demo(engine, "small", today=TODAY)
    engine.dispose()
    return f"sqlite:///{path}"


def test_list_prints_the_open_entries_in_queue_order(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "he", "waiting-list", "list", "--database-url", demo_url]) == 0
    out = capsys.readouterr().out
    assert "ממתין מאז" in out and "עדיפות" in out and "14 רשומות פתוחות." in out
    assert main(["--lang", "en", "waiting-list", "list", "--json", "--database-url", demo_url]) == 0
    entries = json.loads(capsys.readouterr().out)["entries"]
    assert len(entries) == 14
    priorities = [e["priority"] for e in entries]
    assert priorities == sorted(priorities, reverse=True)  # priority first


def test_match_prints_ranked_slots_with_reasons(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--lang", "en", "--date", "2026-11-23", "waiting-list", "match", "--weeks", "2", "--json"]
    assert main([*argv, "--database-url", demo_url]) == 0
    document = json.loads(capsys.readouterr().out)
    assert (document["first"], document["last"]) == ("2026-11-23", "2026-12-06")
    matched = [e for e in document["entries"] if e["matches"]]
    assert len(matched) >= 10
    for entry in matched:
        scores = [m["score"] for m in entry["matches"]]
        assert scores == sorted(scores, reverse=True) and len(scores) <= 5
        assert all("2026-11-23" <= m["date"] <= "2026-12-06" for m in entry["matches"])
        assert all(m["reasons"] and m["reasons"][-1]["ok"] for m in entry["matches"])
    assert main(["--lang", "he", "--date", "2026-11-23", "waiting-list", "match", "--database-url", demo_url]) == 0
    out = capsys.readouterr().out
    assert "→" in out and "זמן פנוי של" in out and "✓" in out


def test_refusals_are_one_clear_line(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "waiting-list", "list"]) == 2
    assert "--database-url" in capsys.readouterr().err
    assert main(["--lang", "en", "waiting-list", "match", "--weeks", "0", "--database-url", demo_url]) == 2
    assert "--weeks" in capsys.readouterr().err
    instructor = _an_instructor(demo_url)
    command = ["--lang", "en", "--role", "instructor", "--staff", instructor, "waiting-list", "list"]
    assert main([*command, "--database-url", demo_url]) == 2
    assert "may not" in capsys.readouterr().err
    missing = Path("/nonexistent/dir/x.sqlite")
    assert main(["--lang", "en", "waiting-list", "list", "--database-url", f"sqlite:///{missing}"]) == 2


def _an_instructor(url: str) -> str:
    engine = open_engine(url)
    try:
        with engine.connect() as connection:
            return str(connection.execute(sa.text('SELECT id FROM "Employees" ORDER BY name LIMIT 1')).scalar_one())
    finally:
        engine.dispose()
