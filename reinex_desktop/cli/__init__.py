"""`reinex-desktop`: open the app, or run one of its commands for scripts and scheduled jobs.

Each command lives in its own module of this package with a `register(subparsers)` function;
`COMMAND_MODULES` lists them.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from datetime import date
from pathlib import Path
from uuid import UUID

COMMAND_MODULES = ("schema", "demo", "about", "payroll", "generate", "students", "waiting_list", "receipts")


def _staff_id(value: str) -> UUID:
    try:
        return UUID(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a staff id: {value!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reinex-desktop",
        description="Reinex desktop: the reception-desk client of the Reinex clinic operations system.",
    )
    parser.add_argument("--database-url", help="tenant database (default: the embedded demo clinic)")
    parser.add_argument("--lang", choices=("he", "en"), default="he", help="interface language (default he)")
    parser.add_argument("--view", help="open this section (e.g. today, day, week, confirmations, students)")
    parser.add_argument("--date", type=date.fromisoformat, help="open the section on this day (YYYY-MM-DD)")
    parser.add_argument("--screenshot", type=Path, help="render the window to this PNG and exit")
    parser.add_argument(
        "--role",
        choices=("owner", "admin", "office", "instructor", "read_only"),
        default="owner",
        help="role of the signed-in user in embedded/database mode",
    )
    parser.add_argument("--user", default="", help="name of the signed-in user")
    parser.add_argument(
        "--staff",
        type=_staff_id,
        help='staff id ("Employees".id) of the signed-in user; required with --role instructor',
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"reinex_desktop.cli.{name}").register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv if argv is not None else sys.argv[1:])
    if args.command:
        try:
            code: int = args.run(args)
        except SystemExit as stop:  # a command's clear refusal (see cli.output.database_errors)
            return int(stop.code or 0)
        return code
    if args.database_url:
        refusal = _refused_url(args.database_url, args.lang)
        if refusal is not None:
            from reinex_desktop.cli.output import fail

            return fail(refusal)
    from reinex_desktop.app import LaunchOptions, run_app
    from reinex_desktop.domain.permissions import Role

    options = LaunchOptions(
        database_url=args.database_url,
        language=args.lang,
        view=args.view,
        day=args.date,
        screenshot=args.screenshot,
        role=Role(args.role),
        user_name=args.user,
        staff_id=args.staff,
    )
    return run_app(options)


def _refused_url(url: str, language: str) -> str | None:
    """Why the app cannot start on `url` (its shape only: a tenant that does not answer now is
    worked on offline from the cache), in the user's language; None when it can."""
    from reinex_desktop.cli.database import BadDatabaseUrl, check_url

    try:
        check_url(url)
        return None
    except BadDatabaseUrl:
        pass
    from reinex_desktop.cli.output import use_language

    use_language(language)  # only now: the app would create its own QApplication
    try:
        check_url(url)
    except BadDatabaseUrl as bad:
        return bad.sentence
    return None
