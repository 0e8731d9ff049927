"""The embedded demo database: what `reinex-desktop` opens when no tenant is configured.

The file lives in the user's data directory (or `$REINEX_DATA_DIR`, which tests and portable
installs use). It is built once, under a temporary name and renamed into place, so a crash or a
second app instance starting at the same moment never leaves a half-loaded clinic behind; on later
starts only the idempotent schema setup runs, so an upgraded app adds its new columns and tables.

A demo clinic is dated from the day it was built. Once fewer than `FRESH_DAYS` days of lessons lie
ahead, it no longer shows a working week, so it is rebuilt around today; the old file is kept beside
it (`demo-until-YYYY-MM-DD.sqlite`), never deleted.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import platformdirs
import sqlalchemy as sa
from sqlalchemy.engine import URL

from reinex_desktop.data.demo.generator import clinic_today
from reinex_desktop.data.demo.loader import load_demo
from reinex_desktop.data.engine import open_engine
from reinex_desktop.data.setup_script import apply_schema

APP_NAME = "reinex-desktop"
DATA_DIR_ENV = "REINEX_DATA_DIR"
DEMO_FILE = "demo.sqlite"
FRESH_DAYS = 7


def data_directory() -> Path:
    """`$REINEX_DATA_DIR` when set, else the platform's per-user data directory for the app."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_directory() / DEMO_FILE


def sqlite_url(path: Path) -> str:
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def ensure_embedded_demo(path: Path | None = None, *, today: date | None = None) -> str:
    """The SQLite URL of the embedded demo clinic, creating and loading the file when missing."""
    target = path or default_database_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        _apply_schema(target)
        last = _last_lesson_day(target)
        if last is not None and last < (today or clinic_today()) + timedelta(days=FRESH_DAYS):
            _set_aside(target, last)
    if not target.exists():
        _build(target, today)
    return sqlite_url(target)


def _last_lesson_day(path: Path) -> date | None:
    engine = open_engine(sqlite_url(path), poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as connection:
            latest = connection.execute(sa.text("SELECT MAX(datetime_start) FROM lesson_instances")).scalar()
    finally:
        engine.dispose()
    if latest is None:
        return None
    moment = latest if isinstance(latest, datetime) else datetime.fromisoformat(str(latest))
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).date()


def _set_aside(target: Path, last: date) -> None:
    """Keep an outdated demo clinic beside the new one instead of deleting anything."""
    kept = target.with_name(f"demo-until-{last.isoformat()}.sqlite")
    for suffix in ("", "-wal", "-shm"):
        source = target.with_name(target.name + suffix)
        if source.exists():
            os.replace(source, kept.with_name(kept.name + suffix))


def _apply_schema(path: Path) -> None:
    engine = open_engine(sqlite_url(path), poolclass=sa.pool.NullPool)
    try:
        apply_schema(engine)
    finally:
        engine.dispose()


def _build(target: Path, today: date | None) -> None:
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    _remove(partial)
    engine = open_engine(sqlite_url(partial), poolclass=sa.pool.NullPool)
    try:
        apply_schema(engine)
        load_demo(engine, "small", today=today)
        with engine.connect() as connection:
            # Fold the write-ahead log into the file, so renaming the file moves the whole database
            # (the app's engine turns WAL back on when it opens it).
            connection.exec_driver_sql("PRAGMA journal_mode=DELETE")
    except BaseException:
        engine.dispose()
        _remove(partial)
        raise
    engine.dispose()
    if target.exists():  # another instance finished first: keep its file
        _remove(partial)
        return
    os.replace(partial, target)


def _remove(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        candidate.unlink(missing_ok=True)
