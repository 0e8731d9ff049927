"""Cold start of the app from source to a painted day calendar on the demo clinic, and its memory.

Each start is a fresh process (`--view day --screenshot`, which returns once the window is shown,
laid out and painted with its data); resident memory is the child's peak RSS.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from benchmarks.measure import Measurement

STARTS = 5


def _start(data_dir: Path, shot: Path, day: date) -> float:
    env = {**os.environ, "REINEX_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    command = [
        sys.executable,
        "-m",
        "reinex_desktop",
        "--view",
        "day",
        "--date",
        day.isoformat(),
        "--screenshot",
        str(shot),
    ]
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return (time.perf_counter() - started) * 1000


def run() -> list[Measurement]:
    today = datetime.now(UTC).date()
    day = today + timedelta(days=(1 - today.weekday()) % 7 or 7)  # a coming Tuesday: a full day
    with tempfile.TemporaryDirectory() as folder:
        data_dir, shot = Path(folder) / "data", Path(folder) / "day.png"
        first = _start(data_dir, shot, day)  # builds the embedded demo clinic
        starts = [_start(data_dir, shot, day) for _ in range(STARTS)]
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return [
        Measurement("start-up: first run, demo clinic built", first, "ms", note="includes creating the demo database"),
        Measurement(
            "start-up: cold start to a painted day calendar",
            statistics.median(starts),
            "ms",
            2000,
            f"median of {STARTS}",
        ),
        Measurement("start-up: resident memory, peak", peak_mb, "MB", 300, "day calendar on the demo clinic"),
    ]
