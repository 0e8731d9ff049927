"""`reinex-desktop students export --csv PATH` and `students import --csv PATH [--dry-run]`.

The same use cases as the roster's CSV buttons, for scripts: the export writes the Excel-ready
file of every student the role sees; the import prints what each line would change, and — unless
`--dry-run` or any line has errors — applies every changing line in one transaction.
Exit codes: 0 done, 1 the file has lines with errors, 2 the file or the database was refused.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from reinex_desktop.cli.output import database_errors, fail, say, text, use_language


def register(commands: Any) -> None:
    parser = commands.add_parser("students", help="export or import the students CSV file")
    parser.add_argument("action", choices=("export", "import"))
    parser.add_argument("--csv", type=Path, required=True, dest="csv_path", help="the CSV file to write or read")
    parser.add_argument("--dry-run", action="store_true", help="import: show the changes, write nothing")
    parser.add_argument("--database-url", dest="students_url", help="tenant database URL")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from reinex_desktop.domain.text import DomainError
    from reinex_desktop.services.students.report import NEED_DATABASE

    use_language(args.lang)
    url = args.students_url or args.database_url
    if not url:
        return fail(text(NEED_DATABASE))
    try:
        with database_errors(fail):
            return _act(args, url)
    except DomainError as error:
        return fail(text(error.message))


def _act(args: argparse.Namespace, url: str) -> int:
    from reinex_desktop.app import Backend, LaunchOptions, build_context
    from reinex_desktop.data.engine import open_engine
    from reinex_desktop.domain.permissions import Role
    from reinex_desktop.sync.tenant_db import TenantDbGateway

    gateway = TenantDbGateway(open_engine(url))
    try:
        options = LaunchOptions(
            database_url=url, role=Role(args.role), user_name=args.user or "reinex-desktop", staff_id=args.staff
        )
        context = build_context(options, Backend(gateway, "database"))
        if args.action == "export":
            return _export(context, args.csv_path)
        return _import(context, args.csv_path, dry_run=args.dry_run)
    finally:
        gateway.close()


def _export(context: Any, path: Path) -> int:
    from reinex_desktop.services.students.csv_io import export_to_file

    say(text(export_to_file(context, path)))
    return 0


def _import(context: Any, path: Path, *, dry_run: bool) -> int:
    from PySide6.QtCore import QCoreApplication

    from reinex_desktop.services.students.csv_io import apply_import, preview_import
    from reinex_desktop.services.students.report import DRY_RUN, HAS_ERRORS, import_report

    try:
        data = path.read_bytes()
    except OSError as error:
        return fail(f"{path}: {error.strerror}")
    plan = preview_import(context, data, path.name)
    for line in import_report(plan, QCoreApplication.translate):
        say(line)
    if plan.error_count:
        say(text(HAS_ERRORS))
        return 1
    if dry_run:
        say(text(DRY_RUN))
        return 0
    say(text(apply_import(context, plan).message))
    return 0
