"""`reinex-desktop schema check|apply|sql`: diagnose or upgrade a tenant database."""

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
    from reinex_desktop.data.setup_script import apply_schema, postgres_script

    use_language(args.lang)
    if args.action == "sql":
        print(postgres_script(), end="")
        return 0
    url = args.schema_url or args.database_url
    if not url:
        return fail(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Give the database with --database-url URL.")))
    from reinex_desktop.cli.database import open_database
    from reinex_desktop.data.diagnostics import diagnose

    with database_errors(fail):
        engine = open_database(url)
        if args.action == "apply":
            apply_schema(engine)
        report = diagnose(engine)
        engine.dispose()
    if report.ok:
        say(translated("Cli", QT_TRANSLATE_NOOP("Cli", "The schema is complete.")))
        return 0
    return fail(text(report.message()))
