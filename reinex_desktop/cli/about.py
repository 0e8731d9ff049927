"""`reinex-desktop about`: what this installation is made of, as JSON for support staff and the build.

It reports the version, whether the app runs from an installed bundle, the Python and Qt versions,
the OS keyring backend that will hold passwords, the local data directory, and it checks that every
resource the app loads at run time can be read: the fonts, the window icon, the translations (the
app's own and Qt's), the tenant schema SQL, the clinic's time zone and the database drivers. The exit
code is 1 when a check fails, so installers and the packaging smoke test can rely on it. A source
checkout with the test extra shows `plaintext_test_backend: true` (keyrings.alt); a bundle never does.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
from importlib import resources
from pathlib import Path
from typing import Any

REQUIRED_LANGUAGES = ("he",)
TRUETYPE_MAGICS = (b"\x00\x01\x00\x00", b"true", b"OTTO")


def register(commands: Any) -> None:
    parser = commands.add_parser("about", help="print version, keyring backend and resource checks as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    report = installation_report()
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 1 if report["problems"] else 0


def installation_report() -> dict[str, Any]:
    import PySide6
    from PySide6.QtCore import qVersion

    import reinex_desktop
    from reinex_desktop.data.demo.embedded import data_directory

    problems: list[str] = []
    report: dict[str, Any] = {
        "version": reinex_desktop.__version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "executable": sys.executable,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "qt": qVersion(),
        "pyside": PySide6.__version__,
        "data_directory": str(data_directory()),
        "keyring": _keyring(problems),
        "fonts": _fonts(problems),
        "icons": _icons(problems),
        "translations": _translations(problems),
        "schema_sql_bytes": _schema_sql(problems),
        "time_zone": _time_zone(problems),
        "database_drivers": _database_drivers(problems),
    }
    report["problems"] = problems
    return report


def _keyring(problems: list[str]) -> dict[str, Any]:
    try:
        import keyring
        from keyring.backends.chainer import ChainerBackend

        backend = keyring.get_keyring()
    except Exception as error:  # a broken bundle or keyring configuration reports, it does not crash
        problems.append(f"the keyring cannot be used: {error}")
        return {"backend": None}
    result: dict[str, Any] = {"backend": _class_name(backend), "priority": _priority(backend)}
    if isinstance(backend, ChainerBackend):
        result["chained"] = [_class_name(b) for b in backend.backends]
    result["available"] = sorted(_class_name(b) for b in keyring.backend.get_all_keyring())
    result["plaintext_test_backend"] = any(name.startswith("keyrings.alt") for name in result["available"])
    return result


def _class_name(obj: object) -> str:
    return f"{type(obj).__module__}.{type(obj).__qualname__}"


def _priority(backend: object) -> float | None:
    try:
        return float(type(backend).priority)  # type: ignore[attr-defined]
    except Exception:  # the fail backend and some chainers refuse to rank themselves
        return None


def _resource_dir(*parts: str) -> Path:
    return Path(str(resources.files("reinex_desktop").joinpath("resources", *parts)))


def _fonts(problems: list[str]) -> list[str]:
    found = []
    directory = _resource_dir("fonts")
    for path in sorted(directory.glob("*.ttf")) if directory.is_dir() else []:
        if path.read_bytes()[:4] in TRUETYPE_MAGICS:
            found.append(path.name)
        else:
            problems.append(f"font {path.name} is not a TrueType file")
    if not any("Hebrew" in name for name in found):
        problems.append(f"no Hebrew font in {directory}")
    return found


def _icons(problems: list[str]) -> list[int]:
    from reinex_desktop.ui.app_icon import ICON_SIZES, icon_directory

    sizes = [size for size in ICON_SIZES if (icon_directory() / f"reinex-{size}.png").is_file()]
    if sizes != list(ICON_SIZES):
        problems.append(f"application icon sizes missing: {sorted(set(ICON_SIZES) - set(sizes))}")
    return sizes


def _translations(problems: list[str]) -> dict[str, Any]:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    result: dict[str, Any] = {}
    for language in REQUIRED_LANGUAGES:
        qt_translator = QTranslator()
        if qt_translator.load(f"qtbase_{language}", qt_dir):
            result[f"qtbase_{language}"] = "loaded"
        else:
            problems.append(f"Qt's own translation qtbase_{language}.qm not found in {qt_dir}")
        app_files = sorted(_resource_dir("i18n").glob(f"*_{language}.qm"))
        if not app_files:
            problems.append(f"no {language} translations in {_resource_dir('i18n')}")
        for path in app_files:
            translator = QTranslator()
            loaded = translator.load(str(path))
            result[path.stem] = "loaded" if loaded else "unreadable"
            if not loaded:
                problems.append(f"translation {path.name} cannot be loaded")
    return result


def _schema_sql(problems: list[str]) -> int:
    from reinex_desktop.data.setup_script import shipped_script

    try:
        text = shipped_script()
    except OSError as error:
        problems.append(f"the tenant schema SQL cannot be read: {error}")
        return 0
    if "CREATE TABLE" not in text:
        problems.append("the tenant schema SQL has no tables")
    return len(text.encode("utf-8"))


def _time_zone(problems: list[str]) -> dict[str, Any]:
    from datetime import datetime

    from reinex_desktop.domain.clinic_time import DEFAULT_TIMEZONE, clinic_zone

    result: dict[str, Any] = {"zone": DEFAULT_TIMEZONE}
    try:
        import tzdata

        result["tzdata"] = tzdata.IANA_VERSION
        if not resources.files("tzdata.zoneinfo").joinpath(*DEFAULT_TIMEZONE.split("/")).is_file():
            problems.append(f"tzdata has no {DEFAULT_TIMEZONE}")
        offset = datetime(2026, 7, 1, 12, tzinfo=clinic_zone()).utcoffset()
        result["summer_offset_hours"] = offset.total_seconds() / 3600 if offset else None
    except Exception as error:  # missing tzdata is exactly what this check is for
        problems.append(f"the clinic's time zone cannot be loaded: {error}")
    return result


def _database_drivers(problems: list[str]) -> dict[str, Any]:
    import sqlite3

    result: dict[str, Any] = {"sqlite": sqlite3.sqlite_version}
    try:
        import psycopg
        from sqlalchemy.dialects import registry

        result["psycopg"] = psycopg.__version__
        result["psycopg_implementation"] = psycopg.pq.__impl__
        result["libpq"] = psycopg.pq.version()
        for name in ("postgresql.psycopg", "sqlite.pysqlite"):
            registry.load(name)
        result["sqlalchemy_dialects"] = ["postgresql+psycopg", "sqlite+pysqlite"]
    except Exception as error:  # a missing driver must be named, not crash the report
        problems.append(f"database driver problem: {error}")
    return result
