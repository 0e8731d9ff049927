"""`reinex-desktop --view day|week --date D --screenshot PATH` renders the calendar screens."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtGui import QImage

from reinex_desktop.data.demo import load_demo
from reinex_desktop.data.engine import open_engine
from reinex_desktop.data.setup_script import apply_schema


def _colors(image: QImage) -> int:
    seen = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_day_and_week_views_open_from_the_command_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite'}"
    engine = open_engine(url)
    apply_schema(engine)
    load_demo(engine, "small", today=date(2026, 11, 22))
    engine.dispose()
    env = {**os.environ, "REINEX_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    shots = {}
    for view in ("day", "week"):
        shot = tmp_path / f"{view}.png"
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "reinex_desktop",
                "--database-url",
                url,
                "--view",
                view,
                "--date",
                "2026-11-23",
                "--screenshot",
                str(shot),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        shots[view] = QImage(str(shot))
    for image in shots.values():
        assert image.width() >= 1000 and image.height() >= 600
        assert _colors(image) > 40, "a full screen, not an empty window"
    assert shots["day"] != shots["week"]
