"""`reinex-desktop generate`: weekly generation for a scheduled job (Task Scheduler / cron, Sunday 03:00).

Plans the range (default: from today for the generation horizon of Settings), prints the diff,
and applies it unless `--dry-run`. Conflicts are reported; with `--fail-on-conflict` they also
make the exit code 1, so a scheduler can alert someone. Exit code 2 means nothing was written.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta
from typing import Any

from reinex_desktop.cli.output import database_errors, fail, say, text, translated, use_language
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP


def register(commands: Any) -> None:
    parser = commands.add_parser("generate", help="generate the coming lessons from the weekly templates")
    parser.add_argument("--database-url", dest="generate_url", help="tenant database URL")
    parser.add_argument("--from", dest="first", type=date.fromisoformat, help="first day (default: today)")
    parser.add_argument("--days", type=int, help="how many days (default: the generation horizon, 14)")
    parser.add_argument("--dry-run", action="store_true", help="show the plan, write nothing")
    parser.add_argument("--json", action="store_true", help="print the plan and the result as JSON")
    parser.add_argument("--fail-on-conflict", action="store_true", help="exit with code 1 when the plan has conflicts")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from reinex_desktop.cli.database import open_database
    from reinex_desktop.domain.permissions import Role
    from reinex_desktop.domain.text import DomainError
    from reinex_desktop.services.context import AppContext, UserContext
    from reinex_desktop.sync.tenant_db import TenantDbGateway

    use_language(args.lang)
    url = args.generate_url or args.database_url
    if not url:
        return fail(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Give the database with --database-url URL.")))
    with database_errors(fail):
        engine = open_database(url)
        gateway = TenantDbGateway(engine)
        try:
            schema = gateway.check_schema()
            if not schema.ok:
                return fail(text(schema.message()))
            user = UserContext.for_role(Role(args.role), args.user or "weekly-job")
            context = AppContext(gateway=gateway, user=user, backend_kind="database")
            try:
                return _generate(context, args)
            except DomainError as error:
                return fail(text(error.message))
        finally:
            engine.dispose()
    return 2  # pragma: no cover - database_errors exits


def _generate(context: Any, args: argparse.Namespace) -> int:
    from reinex_desktop.domain.generation.summary import (
        DRY_RUN,
        apply_summary,
        conflicts_found,
        plan_summary,
        preview_difference,
    )
    from reinex_desktop.services.generation.preview import preview_generation
    from reinex_desktop.services.generation.runs import apply_preview

    first = args.first or context.today()
    days = args.days or context.gateway.settings().generation_horizon_days
    preview = preview_generation(context, first, first + timedelta(days=max(1, days) - 1))
    report = None if args.dry_run else apply_preview(context, preview)
    counts = preview.counts
    if args.json:
        print(json.dumps(_as_json(preview, report), ensure_ascii=False, indent=1))
    else:
        say(text(plan_summary(counts, preview.first.isoformat(), preview.last.isoformat())))
        for line in _details(preview):
            say(line)
        say(text(DRY_RUN) if report is None else text(apply_summary(report)))
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


def _as_json(preview: Any, report: Any) -> dict[str, Any]:
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
        "dry_run": report is None,
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
