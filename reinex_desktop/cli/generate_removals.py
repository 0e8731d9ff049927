"""`generate --undo`, `--reset-from … --templates …` and `--runs`: managers' scripts (plan §5.3).

Undo and reset forward print what they delete and what they keep, each kept lesson with the
reasons it is kept (the sentences of the screens, translated); `--dry-run` shows the same
without writing; `--json` prints it for a script.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from reinex_desktop.cli.generate_args import GenerateRequest
from reinex_desktop.cli.output import fail, say, text, translated
from reinex_desktop.domain.clinic_time import clinic_zone
from reinex_desktop.domain.generation.reasons import blocker_text
from reinex_desktop.domain.generation.runs import DeletedRow, GenerationRun, KeptRow, RemovalReport
from reinex_desktop.domain.generation.summary import DRY_RUN, removal_summary
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.generation.names import Names, load_names
from reinex_desktop.services.generation.preview import preview_reset_forward
from reinex_desktop.services.generation.runs import apply_preview, preview_undo, recent_runs, undo_run

DELETED = QT_TRANSLATE_NOOP("Cli", "Deleted:")
TO_DELETE = QT_TRANSLATE_NOOP("Cli", "Would be deleted:")
KEPT = QT_TRANSLATE_NOOP("Cli", "Kept, and why:")
SEATS_ONLY = QT_TRANSLATE_NOOP("Cli", "(only the participants this run added)")
NO_RUNS = QT_TRANSLATE_NOOP("Cli", "No generation runs yet.")
RUN_LINE = QT_TRANSLATE_NOOP(
    "Cli", "{id}  {kind}  {first}…{last}  {when} by {who}: {lessons} lessons, {seats} participants"
)
UNDONE = QT_TRANSLATE_NOOP("Cli", "undone at {when}")
UNDO_OPEN = QT_TRANSLATE_NOOP("Cli", "undo possible for {minutes} more minutes")
KIND_TEXT = {
    "weekly_generation": QT_TRANSLATE_NOOP("Cli", "weekly generation"),
    "reset_forward": QT_TRANSLATE_NOOP("Cli", "reset forward"),
}
UNKNOWN_TEMPLATES = QT_TRANSLATE_NOOP("Cli", "No weekly template has the id {ids}.")


def run_removal(context: AppContext, request: GenerateRequest) -> int:
    if request.mode == "runs":
        return _runs(context, request)
    if request.mode == "undo":
        return _undo(context, request)
    return _reset(context, request)


# --- output ------------------------------------------------------------------------------------


def _when(context: AppContext, instant: Any) -> str:
    return str(instant.astimezone(clinic_zone(context.gateway.settings().timezone)).strftime("%Y-%m-%d %H:%M"))


def _row_json(context: AppContext, names: Names, row: DeletedRow | KeptRow) -> dict[str, Any]:
    body: dict[str, Any] = {
        "lesson_id": str(row.lesson_id),
        "start": row.start.isoformat(),
        "local_start": _when(context, row.start),
        "instructor": names.instructor(row.instructor_id),
        "students": [names.student(student) for student in row.student_ids],
        "seats_only": row.seats_only,
    }
    if isinstance(row, KeptRow):
        body["reasons"] = [{"code": b.value, "text": text(blocker_text(b))} for b in row.blockers]
    return body


def _row_line(context: AppContext, names: Names, row: DeletedRow | KeptRow) -> str:
    students = ", ".join(names.student(student) for student in row.student_ids)
    line = f"  {row.lesson_id}  {_when(context, row.start)}  {names.instructor(row.instructor_id)}: {students}"
    if row.seats_only:
        line += " " + translated("Cli", SEATS_ONLY)
    if isinstance(row, KeptRow):
        line += " — " + "; ".join(text(blocker_text(b)) for b in row.blockers)
    return line


def _print_removal(context: AppContext, report: RemovalReport, *, dry_run: bool) -> None:
    names = load_names(context)
    say(translated("Cli", TO_DELETE if dry_run else DELETED))
    for deleted in report.deleted:
        say(_row_line(context, names, deleted))
    say(translated("Cli", KEPT))
    for kept in report.kept:
        say(_row_line(context, names, kept))
    say(text(removal_summary(report)))
    if dry_run:
        say(text(DRY_RUN))


def _removal_json(context: AppContext, report: RemovalReport) -> dict[str, Any]:
    names = load_names(context)
    return {
        "lessons_deleted": report.lessons_deleted,
        "participants_deleted": report.participants_deleted,
        "deleted": [_row_json(context, names, row) for row in report.deleted],
        "kept": [_row_json(context, names, row) for row in report.kept],
    }


def _dump(body: dict[str, Any]) -> None:
    print(json.dumps(body, ensure_ascii=False, indent=1))


# --- the three requests ------------------------------------------------------------------------


def _undo(context: AppContext, request: GenerateRequest) -> int:
    assert request.run_id is not None
    report = preview_undo(context, request.run_id) if request.dry_run else undo_run(context, request.run_id)
    if request.json:
        _dump(
            {
                "mode": "undo",
                "run_id": str(request.run_id),
                "dry_run": request.dry_run,
                **_removal_json(context, report),
            }
        )
    else:
        _print_removal(context, report, dry_run=request.dry_run)
    return 0


def _reset(context: AppContext, request: GenerateRequest) -> int:
    assert request.first is not None
    known = {template.id for template in context.gateway.generation_snapshot(request.first, request.first).templates}
    unknown = [str(template_id) for template_id in request.template_ids if template_id not in known]
    if unknown:
        return fail(translated("Cli", UNKNOWN_TEMPLATES, ids=", ".join(unknown)))
    days = request.days or context.gateway.settings().generation_horizon_days
    last = request.first + timedelta(days=days - 1)
    preview = preview_reset_forward(context, request.first, last, request.template_ids)
    counts = preview.counts
    applied = None if request.dry_run else apply_preview(context, preview)
    removal = preview.removal_report if applied is None else applied.removal
    assert removal is not None
    created = (
        (counts.instances, counts.participants)
        if applied is None
        else (applied.inserted_instances, applied.inserted_participants)
    )
    if request.json:
        _dump(
            {
                "mode": "reset_forward",
                "run_id": str(preview.run_id) if applied is not None else None,
                "first": request.first.isoformat(),
                "last": last.isoformat(),
                "dry_run": request.dry_run,
                **_removal_json(context, removal),
                "created": {"instances": created[0], "participants": created[1]},
            }
        )
        return 0
    _print_removal(context, removal, dry_run=False)
    source = (
        QT_TRANSLATE_NOOP("Cli", "Would create {instances} lessons and {participants} participants.")
        if applied is None
        else QT_TRANSLATE_NOOP("Cli", "Created {instances} lessons and {participants} participants.")
    )
    say(translated("Cli", source, instances=created[0], participants=created[1]))
    if applied is None:
        say(text(DRY_RUN))
    return 0


def _run_json(context: AppContext, run: GenerationRun, window: int) -> dict[str, Any]:
    now = context.clock()
    return {
        "run_id": str(run.id),
        "kind": run.kind.value,
        "first": run.range_start.isoformat(),
        "last": run.range_end.isoformat(),
        "created_at": run.created_at.isoformat(),
        "created_by": run.created_by,
        "instances_created": run.instances_created,
        "participants_created": run.participants_created,
        "undone_at": run.undone_at.isoformat() if run.undone_at else None,
        "undo_seconds_left": int(run.undo_time_left(now, window).total_seconds()) if run.undone_at is None else 0,
    }


def _runs(context: AppContext, request: GenerateRequest) -> int:
    runs = recent_runs(context)
    window = context.gateway.settings().undo_window_minutes
    if request.json:
        _dump({"runs": [_run_json(context, run, window) for run in runs]})
        return 0
    if not runs:
        say(translated("Cli", NO_RUNS))
    for run in runs:
        line = translated(
            "Cli",
            RUN_LINE,
            id=run.id,
            kind=translated("Cli", KIND_TEXT[run.kind.value]),
            first=run.range_start.isoformat(),
            last=run.range_end.isoformat(),
            when=_when(context, run.created_at),
            who=run.created_by or "?",
            lessons=run.instances_created,
            seats=run.participants_created,
        )
        left = run.undo_time_left(context.clock(), window)
        if run.undone_at is not None:
            line += "  (" + translated("Cli", UNDONE, when=_when(context, run.undone_at)) + ")"
        elif left and run.kind.value == "weekly_generation":
            minutes = int(left.total_seconds() // 60) + 1
            line += "  (" + translated("Cli", UNDO_OPEN, minutes=minutes) + ")"
        say(line)
    return 0
