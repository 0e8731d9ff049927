"""Opening the `--database-url` of a command or of the app: every bad value is one translated sentence.

One place checks a URL's shape (a URL at all, a database this app speaks, a SQLite file that can be
one) and, for commands, that it answers; `fail` prints the sentence and the run exits with 2. No
command opens a URL any other way, so none can show a traceback for it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL, Engine

from reinex_desktop.cli.output import fail, translated
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP

_NOT_A_URL = QT_TRANSLATE_NOOP(
    "Cli",
    "“{url}” is not a database URL. Use postgresql://user@host:5432/database or sqlite:///path/to/file.db.",
)
_UNSUPPORTED = QT_TRANSLATE_NOOP(
    "Cli",
    "“{scheme}” databases are not supported. Use a PostgreSQL URL (postgresql://…) or a SQLite file (sqlite:///…).",
)
_NO_FOLDER = QT_TRANSLATE_NOOP("Cli", "The folder {folder} does not exist; the database file cannot be created there.")
_NOT_SQLITE = QT_TRANSLATE_NOOP("Cli", "The file {path} is not a SQLite database.")
_CANNOT_USE = QT_TRANSLATE_NOOP("Cli", "Cannot use the database: {reason}")
_SQLITE_HEADER = b"SQLite format 3\x00"
_SUPPORTED = frozenset({"postgresql", "sqlite"})


class BadDatabaseUrl(ValueError):
    """A `--database-url` that cannot be used, with the translated sentence saying why."""

    def __init__(self, sentence: str) -> None:
        super().__init__(sentence)
        self.sentence = sentence


def shown(value: object) -> str:
    """Text from the command line or a driver, safe to print: no terminal escapes, one line."""
    return "".join(ch if ch.isprintable() else "\N{REPLACEMENT CHARACTER}" for ch in str(value))


def check_url(url: str) -> URL:
    """The parsed URL when its shape is usable (nothing is contacted), else `BadDatabaseUrl`."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from reinex_desktop.data.engine import normalize_url

    try:
        parsed = normalize_url(make_url(url))
        parsed.port  # noqa: B018  (a port that is not a number fails here)
        backend = parsed.get_backend_name()
    except (ArgumentError, ValueError, TypeError):
        raise BadDatabaseUrl(translated("Cli", _NOT_A_URL, url=shown(url))) from None
    if backend not in _SUPPORTED:
        raise BadDatabaseUrl(translated("Cli", _UNSUPPORTED, scheme=shown(backend)))
    if backend == "sqlite":
        _check_sqlite_file(parsed.database)
    return parsed


def _check_sqlite_file(database: str | None) -> None:
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if not path.parent.is_dir():
        raise BadDatabaseUrl(translated("Cli", _NO_FOLDER, folder=shown(path.parent)))
    if path.is_dir():
        raise BadDatabaseUrl(translated("Cli", _NOT_SQLITE, path=shown(path)))
    if path.is_file() and path.stat().st_size > 0:
        try:
            with path.open("rb") as file:
                header = file.read(len(_SQLITE_HEADER))
        except OSError as error:
            raise BadDatabaseUrl(translated("Cli", _CANNOT_USE, reason=shown(error.strerror))) from None
        if header != _SQLITE_HEADER:
            raise BadDatabaseUrl(translated("Cli", _NOT_SQLITE, path=shown(path)))


def open_database(url: str) -> Engine:
    """An engine on `url` that has answered once; a bad URL or a database that does not answer
    ends the run with one translated sentence and exit code 2 (`SystemExit`)."""
    from sqlalchemy.exc import SQLAlchemyError

    from reinex_desktop.data.engine import open_engine

    try:
        engine = open_engine(check_url(url))
    except BadDatabaseUrl as bad:
        raise SystemExit(fail(bad.sentence)) from None
    except (SQLAlchemyError, ValueError, ImportError) as error:  # e.g. a driver that is not installed
        raise SystemExit(fail(translated("Cli", _CANNOT_USE, reason=reason_of(error)))) from None
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as error:
        engine.dispose()
        raise SystemExit(fail(translated("Cli", _CANNOT_USE, reason=reason_of(error)))) from None
    return engine


def reason_of(error: BaseException) -> str:
    """The driver's first line about the failure, printable."""
    lines = str(getattr(error, "orig", None) or error).strip().splitlines()
    return shown(lines[0] if lines else type(error).__name__)
