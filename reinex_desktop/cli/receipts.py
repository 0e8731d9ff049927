"""`reinex-desktop receipts export --from D --to D --out DIR [--database-url URL]`.

The same use case as the app's export: one GreenInvoice JSON document per payment of the range
and a CSV summary for the bookkeeper. Needs the organization's `reinex_greeninvoice_enabled`
approval (plan §7.3), given here with `--greeninvoice-enabled`.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from reinex_desktop.cli.output import database_errors, fail, say, text, translated, use_language


def register(commands: Any) -> None:
    parser = commands.add_parser("receipts", help="export the receipts of payments for GreenInvoice")
    parser.add_argument("action", choices=("export",))
    parser.add_argument("--from", dest="first", type=date.fromisoformat, required=True, help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="last", type=date.fromisoformat, required=True, help="last day, YYYY-MM-DD")
    parser.add_argument("--out", type=Path, required=True, help="folder for the JSON documents and receipts.csv")
    parser.add_argument("--database-url", dest="receipts_url", help="tenant database URL")
    parser.add_argument(
        "--greeninvoice-enabled",
        action="store_true",
        help="the organization has the reinex_greeninvoice_enabled approval",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from reinex_desktop.data.engine import open_engine
    from reinex_desktop.domain.payments import texts
    from reinex_desktop.domain.permissions import Permission, Role
    from reinex_desktop.domain.text import DomainError
    from reinex_desktop.services.context import AppContext, UserContext
    from reinex_desktop.services.receipts import export_receipts
    from reinex_desktop.sync.tenant_db import TenantDbGateway

    use_language(args.lang)
    url = args.receipts_url or args.database_url
    if not url:
        return fail(translated(texts.CONTEXT, texts.NEED_DATABASE))
    with database_errors(fail):
        engine = open_engine(url)
        try:
            switches = {Permission.GREENINVOICE.value: args.greeninvoice_enabled}
            user = UserContext.for_role(Role(args.role), args.user or "reinex-desktop", overrides=switches)
            context = AppContext(gateway=TenantDbGateway(engine), user=user, backend_kind="database")
            try:
                result = export_receipts(context, args.first, args.last, args.out)
            except DomainError as error:
                return fail(text(error.message))
        finally:
            engine.dispose()
    if not result.documents:
        say(translated(texts.CONTEXT, texts.NOTHING, first=args.first.isoformat(), last=args.last.isoformat()))
        return 0
    count = len(result.documents)
    say(translated(texts.CONTEXT, texts.EXPORTED, count=count, folder=str(args.out), summary=result.summary.name))
    return 0
