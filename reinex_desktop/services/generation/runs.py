"""Apply a previewed plan, undo a run inside its window, and the recent runs (plan §5.3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from uuid import UUID

from reinex_desktop.domain.codec import decode
from reinex_desktop.domain.generation import refusals
from reinex_desktop.domain.generation.commands import ApplyGeneration, ResetForward, UndoGeneration
from reinex_desktop.domain.generation.runs import (
    ApplyReport,
    GenerationRun,
    RemovalReport,
    RunKind,
    removal_report,
    require_undo_allowed,
    undo_refusal,
)
from reinex_desktop.domain.generation.safety import select_removals
from reinex_desktop.domain.text import Message
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.generation.preview import GenerationPreview
from reinex_desktop.services.generation.writes import require_manager, send

AREAS = ("lessons", "generation")


def apply_preview(context: AppContext, preview: GenerationPreview) -> ApplyReport:
    """Apply what the manager reviewed; the backend recomputes it and reports any difference."""
    require_manager(context.user)
    counts = preview.counts
    command: ApplyGeneration | ResetForward
    if preview.kind is RunKind.RESET_FORWARD:
        command = ResetForward(
            preview.run_id,
            preview.first,
            preview.last,
            preview.template_ids,
            preview_removed=len(preview.removal.removed) if preview.removal else None,
            preview_instances=counts.instances,
            preview_participants=counts.participants,
        )
    else:
        command = ApplyGeneration(preview.run_id, preview.first, preview.last, counts.instances, counts.participants)
    return decode(ApplyReport, send(context, command, areas=AREAS))


def undo_run(context: AppContext, run_id: UUID) -> RemovalReport:
    """Undo a run inside the window of Settings; rows failing a safety condition are kept and reported."""
    require_manager(context.user)
    return decode(RemovalReport, send(context, UndoGeneration(run_id), areas=AREAS))


def recent_runs(context: AppContext, limit: int = 20) -> list[GenerationRun]:
    require_manager(context.user)
    return context.gateway.generation_runs(limit=limit)


@dataclass(frozen=True, slots=True)
class UndoStatus:
    run: GenerationRun
    time_left: timedelta
    refusal: Message | None

    @property
    def allowed(self) -> bool:
        return self.refusal is None


def undo_status(context: AppContext, run_id: UUID) -> UndoStatus | None:
    """Whether run `run_id` can still be undone and for how long (the window of Settings)."""
    run = context.gateway.generation_run(run_id)
    if run is None:
        return None
    window = context.gateway.settings().undo_window_minutes
    now = context.clock()
    return UndoStatus(run, run.undo_time_left(now, window), undo_refusal(run, now=now, window_minutes=window))


def preview_undo(context: AppContext, run_id: UUID) -> RemovalReport:
    """Dry run of undo (plan §5.3): what it would delete and keep with the reasons; writes nothing.

    Refused like the undo itself when the run does not exist, was undone, or its window closed.
    """
    require_manager(context.user)
    run = context.gateway.generation_run(run_id)
    if run is None:
        raise refusals.no_such_run()
    now = context.clock()
    require_undo_allowed(run, now=now, window_minutes=context.gateway.settings().undo_window_minutes)
    selection = select_removals(context.gateway.undo_candidates(run_id), now=now, run_id=run_id)
    return removal_report(selection)
