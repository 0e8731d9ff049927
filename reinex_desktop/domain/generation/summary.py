"""The sentences that sum up a plan, an apply, an undo or a reset forward (screen and command line).

Whole sentences with placeholders, translated where they are shown.
"""

from __future__ import annotations

from reinex_desktop.domain.generation.plan import PlanCounts
from reinex_desktop.domain.generation.runs import ApplyReport, RemovalReport
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, Message

CONTEXT = "Generation"

DRY_RUN = Message(CONTEXT, QT_TRANSLATE_NOOP("Generation", "Dry run: nothing was written."))
NOTHING_NEW = Message(CONTEXT, QT_TRANSLATE_NOOP("Generation", "Nothing new to generate: no run was recorded."))
NO_CHANGES = Message(CONTEXT, QT_TRANSLATE_NOOP("Generation", "Every lesson of the range is already in place."))
SCHEMA_PROBLEM = Message(
    CONTEXT, QT_TRANSLATE_NOOP("Generation", "The database is not ready for generation: {problem}")
)


def conflicts_found(count: int) -> Message:
    return Message(
        CONTEXT,
        QT_TRANSLATE_NOOP("Generation", "The plan has {count} conflicts to resolve."),
        {"count": count},
    )


def plan_summary(counts: PlanCounts, first: str, last: str) -> Message:
    return Message(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Generation",
            "Plan for {first} to {last}: {instances} new lessons, {participants} participants, "
            "{kept} already in place, {skipped} dates skipped, {conflicts} conflicts.",
        ),
        {
            "first": first,
            "last": last,
            "instances": counts.instances,
            "participants": counts.participants,
            "kept": counts.kept,
            "skipped": counts.skipped,
            "conflicts": counts.conflicts,
        },
    )


def apply_summary(report: ApplyReport) -> Message:
    return Message(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Generation", "Applied as run {run}: {instances} lessons and {participants} participants created."
        ),
        {
            "run": str(report.run_id)[:8],
            "instances": report.inserted_instances,
            "participants": report.inserted_participants,
        },
    )


def preview_difference(report: ApplyReport) -> Message | None:
    """Said when the database changed between preview and apply (another workstation, an edit)."""
    if not report.differs_from_preview:
        return None
    return Message(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Generation",
            "The schedule changed since the preview: it showed {expected} new lessons, {created} were created.",
        ),
        {"expected": report.preview_instances, "created": report.inserted_instances},
    )


def removal_summary(report: RemovalReport) -> Message:
    return Message(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Generation", "{lessons} lessons and {participants} participants deleted; {kept} lessons kept."
        ),
        {
            "lessons": report.lessons_deleted,
            "participants": report.participants_deleted,
            "kept": len(report.kept),
        },
    )


def apply_details(report: ApplyReport) -> Message:
    return Message(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Generation", "{kept} dates already had their lesson; {conflicts} conflicts were reported in the plan."
        ),
        {"kept": report.kept, "conflicts": report.conflicts},
    )
