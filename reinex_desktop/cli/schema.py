"""`reinex-desktop schema check|apply|sql`: diagnose or upgrade a tenant database.

`check` exits 0 when the database is ready, 2 when an upgrade is needed, an object is in the way
or the login cannot work with the clinic's data — each said in a translated sentence.
"""

from __future__ import annotations

import argparse
from typing import Any

from reinex_desktop.cli.output import database_errors, fail, say, text, translated, use_language
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP


def register(commands: Any) -> None:
    parser = commands.add_parser("schema", help="check or apply the tenant schema")
    parser.add_argument("action", choices=("check", "apply", "sql"))
    parser.add_argument("--database-url", dest="schema_url", help="tenant database URL")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from reinex_desktop.data.setup_script import postgres_script

    use_language(args.lang)
    if args.action == "sql":
        print(postgres_script(), end="")
        return 0
    url = args.schema_url or args.database_url
    if not url:
        return fail(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Give the database with --database-url URL.")))
    from reinex_desktop.data.diagnostics import diagnose
    from reinex_desktop.data.engine import open_engine

    with database_errors(fail):
        engine = open_engine(url)
        try:
            if args.action == "apply":
                _apply(engine)
            report = diagnose(engine)
        finally:
            engine.dispose()
    if report.ok:
        say(translated("Cli", QT_TRANSLATE_NOOP("Cli", "The schema is complete.")))
        return 0
    return fail("\n".join(text(message) for message in report.messages()))


def _apply(engine: Any) -> None:
    """Run the upgrade; a refusal (e.g. a login that does not own the tables) changes nothing."""
    from sqlalchemy.exc import DataError, IntegrityError, InternalError, ProgrammingError

    from reinex_desktop.data.setup_script import apply_schema

    try:
        apply_schema(engine)
    except (ProgrammingError, IntegrityError, InternalError, DataError) as error:
        reason = str(error.orig or error).strip().splitlines()[0]
        if getattr(error.orig, "sqlstate", None) == "42501":  # insufficient_privilege
            source = QT_TRANSLATE_NOOP(
                "Cli",
                "The upgrade was refused and nothing was changed: this login may not change the clinic's "
                "tables. Run it as the owner of the clinic's database. (The database said: {reason})",
            )
        else:
            source = QT_TRANSLATE_NOOP(
                "Cli", "The upgrade was refused and nothing was changed. (The database said: {reason})"
            )
        raise SystemExit(fail(translated("Cli", source, reason=reason))) from None
