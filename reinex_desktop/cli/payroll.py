"""`reinex-desktop payroll export|summary|csv --month YYYY-MM --database-url URL`.

The same use cases as the payroll screen: export the month's unexported lesson earnings to
`"WorkSessions"` (twice is harmless), print the month per instructor, or write the CSV file.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from reinex_desktop.cli.output import database_errors, fail, say, text, translated, use_language


def register(commands: Any) -> None:
    parser = commands.add_parser("payroll", help="export lesson earnings to payroll, or summarize a month")
    parser.add_argument("action", choices=("export", "summary", "csv"))
    parser.add_argument("--month", required=True, help="the month, YYYY-MM")
    parser.add_argument("--database-url", dest="payroll_url", help="tenant database URL")
    parser.add_argument("--output", type=Path, help="CSV file to write (csv action)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from reinex_desktop.domain.payroll import texts
    from reinex_desktop.domain.payroll.export import Month
    from reinex_desktop.domain.text import DomainError

    use_language(args.lang)
    url = args.payroll_url or args.database_url
    if not url:
        return fail(translated(texts.CONTEXT, texts.NEED_DATABASE))
    try:
        month = Month.parse(args.month)
        with database_errors(fail):
            return _act(args, url, month)
    except DomainError as error:
        return fail(text(error.message))


def _act(args: argparse.Namespace, url: str, month: Any) -> int:
    from reinex_desktop.cli.database import open_database
    from reinex_desktop.domain.permissions import Role
    from reinex_desktop.services.context import AppContext, UserContext
    from reinex_desktop.sync.tenant_db import TenantDbGateway

    gateway = TenantDbGateway(open_database(url))
    try:
        user = UserContext.for_role(Role(args.role), args.user or "reinex-desktop")
        context = AppContext(gateway=gateway, user=user, backend_kind="database")
        if args.action == "export":
            return _export(context, month)
        if args.action == "csv":
            return _csv(context, month, args.output or Path(f"payroll-{month}.csv"))
        return _summary(context, month)
    finally:
        gateway.close()


def _export(context: Any, month: Any) -> int:
    from reinex_desktop.domain.payroll import texts
    from reinex_desktop.services.payroll import export_payroll

    result = export_payroll(context, month)
    if not result.work_session_ids:
        say(translated(texts.CONTEXT, texts.NOTHING_TO_EXPORT, month=str(month)))
        return 0
    say(
        translated(
            texts.CONTEXT,
            texts.EXPORTED,
            month=str(month),
            sessions=len(result.work_session_ids),
            earnings=result.earnings_exported,
            total=f"{result.total_payment:,.2f}",
        )
    )
    return 0


def _summary(context: Any, month: Any) -> int:
    from reinex_desktop.domain.payroll import texts
    from reinex_desktop.services.payroll import payroll_month

    summary = payroll_month(context, month)
    if not summary.instructors:
        say(translated(texts.CONTEXT, texts.NO_EARNINGS, month=str(month)))
    for row in summary.instructors:
        say(
            translated(
                texts.CONTEXT,
                texts.SUMMARY_LINE,
                name=row.employee_name,
                lessons=row.lessons,
                hours=f"{row.hours:.2f}",
                total=f"{row.total:,.2f}",
                pending=f"{row.pending_total:,.2f}",
            )
        )
    return 0


def _csv(context: Any, month: Any, path: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    from reinex_desktop.domain.payroll import texts
    from reinex_desktop.services.payroll import write_payroll_csv

    try:
        count = write_payroll_csv(context, month, path, QCoreApplication.translate)
    except OSError as error:
        return fail(translated(texts.CONTEXT, texts.CANNOT_WRITE, path=str(path), reason=error.strerror or str(error)))
    say(translated(texts.CONTEXT, texts.CSV_WRITTEN, count=count, path=str(path)))
    return 0
