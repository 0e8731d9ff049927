"""`reinex-desktop waiting-list list|match [--weeks N] [--json] --database-url URL`.

`list` prints the open entries in queue order (priority first, then the longest waiting); `match`
adds each entry's best slots over the next weeks with their reasons. `--json` prints the same as one
JSON document, for reports and checks. Exit codes: 0 done, 2 the database or the role was refused.
"""

from __future__ import annotations

import argparse
import json
from datetime import time
from typing import Any

from reinex_desktop.cli.output import database_errors, fail, say, text, translated, use_language


def register(commands: Any) -> None:
    parser = commands.add_parser("waiting-list", help="print the open waiting-list entries and their matches")
    parser.add_argument("action", choices=("list", "match"))
    parser.add_argument("--weeks", type=int, default=4, help="match: how many weeks ahead (default 4)")
    parser.add_argument("--limit", type=int, default=5, help="match: best slots per entry (default 5)")
    parser.add_argument("--json", action="store_true", dest="as_json", help="print JSON")
    parser.add_argument("--database-url", dest="waiting_url", help="tenant database URL")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError

    use_language(args.lang)
    url = args.waiting_url or args.database_url
    if not url:
        return fail(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Give the database with --database-url URL.")))
    if not 1 <= args.weeks <= 26 or not 1 <= args.limit <= 100:
        from reinex_desktop.services.waiting_list.report import BAD_RANGE, CONTEXT

        return fail(translated(CONTEXT, BAD_RANGE))
    try:
        with database_errors(fail):
            return _act(args, url)
    except DomainError as error:
        return fail(text(error.message))


def _act(args: argparse.Namespace, url: str) -> int:
    from PySide6.QtCore import QCoreApplication

    from reinex_desktop.app import Backend, LaunchOptions, build_context
    from reinex_desktop.data.engine import open_engine
    from reinex_desktop.domain.clinic_time import local_to_utc
    from reinex_desktop.domain.clock import fixed_clock
    from reinex_desktop.domain.permissions import Role
    from reinex_desktop.services.waiting_list import report
    from reinex_desktop.services.waiting_list.entries import open_entries
    from reinex_desktop.services.waiting_list.matching import match_entries
    from reinex_desktop.sync.tenant_db import TenantDbGateway

    translate = QCoreApplication.translate
    gateway = TenantDbGateway(open_engine(url))
    try:
        options = LaunchOptions(
            database_url=url, role=Role(args.role), user_name=args.user or "reinex-desktop", staff_id=args.staff
        )
        context = build_context(options, Backend(gateway, "database"))
        zone = context.zone()
        if args.date is not None:  # match as on that morning: nothing before it counts as past
            start = local_to_utc(args.date, time(0), zone)
            context.clock = fixed_clock(start)
        names = {i.id: i.name for i in gateway.instructors(include_inactive=True)}
        if args.action == "list":
            entries = open_entries(context)
            if args.as_json:
                say(json.dumps({"entries": [report.entry_json(e) for e in entries]}, ensure_ascii=False, indent=1))
            else:
                for line in report.list_lines(entries, names, zone, translate):
                    say(line)
            return 0
        found = match_entries(context, weeks=args.weeks, limit=args.limit, first=args.date)
        if args.as_json:
            document = {
                "first": found.first.isoformat(),
                "last": found.last.isoformat(),
                "entries": [
                    {
                        **report.entry_json(m.entry),
                        "matches": [report.candidate_json(c, names, zone, translate) for c in m.candidates],
                    }
                    for m in found.matches
                ],
            }
            say(json.dumps(document, ensure_ascii=False, indent=1))
        else:
            span = (found.first.isoformat(), found.last.isoformat())
            for line in report.match_lines(found.matches, names, zone, span, translate):
                say(line)
        return 0
    finally:
        gateway.close()
