"""`reinex-desktop --view confirmations --date D --screenshot PATH` renders the confirmations screen,
in Hebrew and in English; `--date D` alone opens the day calendar on D."""

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

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


def _run(url: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REINEX_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "reinex_desktop", "--database-url", url, *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def test_confirmations_render_from_the_command_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite'}"
    engine = open_engine(url)
    apply_schema(engine)
    load_demo(engine, "small", today=date(2026, 11, 22))
    engine.dispose()
    ARTIFACTS.mkdir(exist_ok=True)
    for language in ("he", "en"):
        shot = ARTIFACTS / f"cli_confirmations_{language}.png"
        result = _run(url, tmp_path, "--lang", language, "--view", "confirmations", "--date", "2026-11-23",
                      "--screenshot", str(shot))  # fmt: skip
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
        image = QImage(str(shot))
        assert image.width() >= 1000 and image.height() >= 600
    day_only = tmp_path / "day.png"
    result = _run(url, tmp_path, "--date", "2026-11-23", "--screenshot", str(day_only))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert QImage(str(day_only)).width() >= 1000
