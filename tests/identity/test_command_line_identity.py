"""`reinex-desktop --role instructor` needs `--staff`: the instructor is named, never guessed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy.engine import Engine

from reinex_desktop.data.demo import load_demo
from reinex_desktop.data.engine import open_engine
from reinex_desktop.data.setup_script import apply_schema
from tests.identity.conftest import not_the_first_instructor
from tests.sync.sync_fixtures import clinic_today


def _run(url: str, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REINEX_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "reinex_desktop", "--database-url", url, "--role", "instructor", *extra]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def _clinic(tmp_path: Path) -> tuple[str, Engine]:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite'}"
    engine = open_engine(url)
    apply_schema(engine)
    load_demo(engine, "small", today=clinic_today())
    return url, engine


def test_an_instructor_without_a_staff_id_is_told_how_to_name_themselves(tmp_path: Path) -> None:
    url, engine = _clinic(tmp_path)
    engine.dispose()
    refused = _run(url, tmp_path, "--screenshot", str(tmp_path / "x.png"))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "--staff" in refused.stderr and "מדריך" in refused.stderr
    assert not (tmp_path / "x.png").exists()
    bad = _run(url, tmp_path, "--staff", "not-an-id")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and "not-an-id" in bad.stderr


def test_an_instructor_named_on_the_command_line_opens_their_own_day(tmp_path: Path) -> None:
    url, engine = _clinic(tmp_path)
    instructor, day = not_the_first_instructor(engine)
    engine.dispose()
    shot = tmp_path / "day.png"
    opened = _run(
        url, tmp_path, "--staff", str(instructor), "--view", "day", "--date", day.isoformat(), "--screenshot", str(shot)
    )
    assert opened.returncode == 0, opened.stderr
    assert shot.exists()
    stranger = _run(url, tmp_path, "--staff", "00000000-0000-0000-0000-00000000002a", "--screenshot", str(shot))
    assert stranger.returncode == 2 and "00000000-0000-0000-0000-00000000002a" in stranger.stderr
