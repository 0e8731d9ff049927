"""`reinex-desktop generate`: weekly generation for a scheduled job (Task Scheduler / cron, Sunday 03:00).

Plans the range (default: from today for the generation horizon of Settings), prints the diff,
and applies it unless `--dry-run`; a plan with nothing new is not applied (no empty run).
Conflicts are reported; with `--fail-on-conflict` they also make the exit code 1, so a scheduler
can alert someone. Exit code 2 means nothing was written.

For managers' scripts the same command undoes a run (`--undo RUN_ID`), resets chosen series
forward (`--reset-from D --templates ID,...`) and lists recent runs (`--runs`): see
`generate_removals`. Bad input is one translated sentence and exit code 2.
"""

from __future__ import annotations

import argparse
import json
from datetime import timedelta
from typing import Any

from reinex_desktop.cli.output import database_errors, fail, say, text, translated, use_language
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP


def register(commands: Any) -> None:
    parser = commands.add_parser("generate", help="generate the coming lessons from the weekly templates")
    parser.add_argument("--database-url", dest="generate_url", help="tenant database URL")
    parser.add_argument("--from", dest="first", help="first day, YYYY-MM-DD (default: today)")
    parser.add_argument("--days", help="how many days (default: the generation horizon, 14)")
    parser.add_argument("--dry-run", action="store_true", help="show the plan, write nothing")
    parser.add_argument("--json", action="store_true", help="print the plan and the result as JSON")
    parser.add_argument("--fail-on-conflict", action="store_true", help="exit with code 1 when the plan has conflicts")
    parser.add_argument("--undo", metavar="RUN_ID", help="undo this generation run (only untouched lessons)")
    parser.add_argument("--reset-from", metavar="D", help="reset the chosen series forward from day D")
    parser.add_argument("--templates", metavar="ID,...", help="the weekly templates to reset (with --reset-from)")
    parser.add_argument("--runs", action="store_true", help="list the recent generation runs")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from reinex_desktop.cli.generate_args import BadArgument, read_request
    from reinex_desktop.data.engine import open_engine
    from reinex_desktop.domain.permissions import Role
    from reinex_desktop.domain.text import DomainError
    from reinex_desktop.services.context import AppContext, UserContext
    from reinex_desktop.sync.tenant_db import TenantDbGateway

    use_language(args.lang)
    url = args.generate_url or args.database_url
    if not url:
        return fail(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Give the database with --database-url URL.")))
    try:
        request = read_request(args)
    except BadArgument as error:
        return fail(text(error.message))
    with database_errors(fail):
        engine = open_engine(url)
        gateway = TenantDbGateway(engine)
        try:
            schema = gateway.check_schema()
            if not schema.ok:
                return fail(text(schema.message()))
            user = UserContext.for_role(Role(args.role), args.user or "weekly-job")
            context = AppContext(gateway=gateway, user=user, backend_kind="database")
            try:
                if request.mode == "weekly":
                    return _generate(context, args, request)
                from reinex_desktop.cli.generate_removals import run_removal

                return run_removal(context, request)
            except DomainError as error:
                return fail(text(error.message))
        finally:
            engine.dispose()
    return 2  # pragma: no cover - database_errors exits


def _generate(context: Any, args: argparse.Namespace, request: Any) -> int:
    from reinex_desktop.domain.generation.summary import (
        DRY_RUN,
        NOTHING_NEW,
        apply_summary,
        conflicts_found,
        plan_summary,
        preview_difference,
    )
    from reinex_desktop.services.generation.preview import preview_generation
    from reinex_desktop.services.generation.runs import apply_preview

    first = request.first or context.today()
    days = request.days or context.gateway.settings().generation_horizon_days
    preview = preview_generation(context, first, first + timedelta(days=days - 1))
    nothing_new = preview.counts.instances == 0 and preview.counts.participants == 0
    report = None if args.dry_run or nothing_new else apply_preview(context, preview)
    counts = preview.counts
    if args.json:
        print(json.dumps(_as_json(preview, report, args.dry_run), ensure_ascii=False, indent=1))
    else:
        say(text(plan_summary(counts, preview.first.isoformat(), preview.last.isoformat())))
        for line in _details(preview):
            say(line)
        if report is not None:
            say(text(apply_summary(report)))
        else:
            say(text(DRY_RUN) if args.dry_run else text(NOTHING_NEW))
        difference = preview_difference(report) if report is not None else None
        if difference is not None:
            say(text(difference))
    if counts.conflicts and args.fail_on_conflict:
        if not args.json:
            say(text(conflicts_found(counts.conflicts)))
        return 1
    return 0


def _details(preview: Any) -> list[str]:
    from reinex_desktop.domain.clinic_time import clinic_zone
    from reinex_desktop.domain.generation.reasons import SkipReason, skip_text

    lines = [
        f"  {text(skip_text(SkipReason(reason)))}: {count}"
        for reason, count in preview.counts.skipped_by_reason.items()
    ]
    zone = clinic_zone()
    by_key = {lesson.key: lesson for lesson in preview.plan.lessons}
    for conflict in preview.plan.conflicts:
        lesson = by_key.get(conflict.lesson_key)
        if lesson is None or conflict.message is None:
            continue
        when = lesson.start.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        lines.append(f"  ! {when} {preview.names.instructor(lesson.instructor_id)}: {text(conflict.message)}")
    return lines


def _as_json(preview: Any, report: Any, dry_run: bool) -> dict[str, Any]:
    from reinex_desktop.domain.codec import to_json

    counts = preview.counts
    names = preview.names
    by_key = {lesson.key: lesson for lesson in preview.plan.lessons}
    conflicts = []
    for conflict in preview.plan.conflicts:
        lesson = by_key.get(conflict.lesson_key)
        conflicts.append(
            {
                "kind": conflict.kind.value,
                "start": lesson.start.isoformat() if lesson else None,
                "instructor": names.instructor(lesson.instructor_id) if lesson else None,
                "students": [names.student(s) for s in lesson.student_ids] if lesson else [],
                "message": text(conflict.message) if conflict.message else "",
            }
        )
    return {
        "first": preview.first.isoformat(),
        "last": preview.last.isoformat(),
        "dry_run": report is None and bool(dry_run),
        "nothing_new": report is None and not dry_run,
        "run_id": str(preview.run_id) if report is not None else None,
        "plan": {
            "instances": counts.instances,
            "participants": counts.participants,
            "joins": counts.joins,
            "kept": counts.kept,
            "modified": counts.modified,
            "skipped": dict(counts.skipped_by_reason),
            "conflicts": counts.conflicts,
        },
        "conflicts": conflicts,
        "applied": None if report is None else to_json(report),
    }
