"""`reinex-desktop demo load`: fill a database with the deterministic demo clinic."""

from __future__ import annotations

import argparse
from typing import Any

from reinex_desktop.cli.output import database_errors, fail, say, translated, use_language
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP


def register(commands: Any) -> None:
    parser = commands.add_parser("demo", help="load the demo clinic into a database")
    parser.add_argument("action", choices=("load",))
    parser.add_argument("--database-url", dest="demo_url", help="target database URL")
    parser.add_argument("--size", choices=("small", "reference"), default="small")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from reinex_desktop.cli.database import open_database
    from reinex_desktop.data.demo import load_demo
    from reinex_desktop.data.setup_script import apply_schema

    use_language(args.lang)
    url = args.demo_url or args.database_url
    if not url:
        return fail(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Give the database with --database-url URL.")))
    with database_errors(fail):
        engine = open_database(url)
        apply_schema(engine)
        try:
            summary = load_demo(engine, args.size)
        except ValueError as error:
            return fail(str(error))
        finally:
            engine.dispose()
    say(
        translated(
            "Cli",
            QT_TRANSLATE_NOOP("Cli", "Demo clinic loaded: {students} students, {lessons} lessons."),
            students=summary.students,
            lessons=summary.lessons,
        )
    )
    return 0
