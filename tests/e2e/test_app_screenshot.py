"""`reinex-desktop` from the command line: the embedded demo opens and renders, in both languages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REINEX_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "reinex_desktop", *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_first_run_creates_the_demo_clinic_and_renders_the_window(tmp_path: Path) -> None:
    shot = tmp_path / "he.png"
    result = _run(tmp_path, "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "demo.sqlite").exists()
    image = QImage(str(shot))
    assert image.width() >= 1000 and image.height() >= 600
    english = tmp_path / "en.png"
    assert _run(tmp_path, "--lang", "en", "--view", "overview", "--screenshot", str(english)).returncode == 0
    assert QImage(str(english)).width() == image.width()


def test_unknown_section_is_refused_clearly(tmp_path: Path) -> None:
    result = _run(tmp_path, "--view", "nowhere", "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert "nowhere" in result.stderr and "Traceback" not in result.stderr


def test_today_is_the_overview(tmp_path: Path) -> None:
    shot = tmp_path / "today.png"
    result = _run(tmp_path, "--lang", "en", "--view", "today", "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert QImage(str(shot)).width() >= 1000
