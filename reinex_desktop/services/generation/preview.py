"""The dry run a manager reviews before applying: weekly generation or reset forward (plan §5.3)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID, uuid4

from reinex_desktop.domain.generation import refusals
from reinex_desktop.domain.generation.access import default_range, validate_range
from reinex_desktop.domain.generation.engine import plan_generation
from reinex_desktop.domain.generation.plan import GenerationPlan, PlanCounts
from reinex_desktop.domain.generation.reset import reset_preview
from reinex_desktop.domain.generation.runs import RemovalReport, RunKind, removal_report
from reinex_desktop.domain.generation.safety import RemovalSelection
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.generation.names import Names, load_names
from reinex_desktop.services.generation.writes import require_manager


@dataclass(frozen=True, slots=True)
class GenerationPreview:
    """A plan ready to apply: the id its run will carry, the plan and what it would remove."""

    kind: RunKind
    run_id: UUID
    first: date
    last: date
    plan: GenerationPlan
    names: Names
    computed_at: datetime
    removal: RemovalSelection | None = None
    template_ids: tuple[UUID, ...] = ()

    @property
    def counts(self) -> PlanCounts:
        return self.plan.counts()

    @property
    def removal_report(self) -> RemovalReport | None:
        return removal_report(self.removal) if self.removal is not None else None


def preview_range(context: AppContext) -> tuple[date, date]:
    """The default range: the generation horizon of Settings (14 days) from the coming Sunday."""
    return default_range(context.today(), context.gateway.settings().generation_horizon_days)


def preview_generation(context: AppContext, first: date, last: date) -> GenerationPreview:
    """Dry run of weekly generation for `first`…`last` (plan §5.3 "Supports dry-run mode")."""
    require_manager(context.user)
    validate_range(first, last, today=context.today())
    now = context.clock()
    plan = plan_generation(first, last, context.gateway.generation_snapshot(first, last), not_before=now)
    return GenerationPreview(RunKind.WEEKLY_GENERATION, uuid4(), first, last, plan, load_names(context), now)


def preview_reset_forward(
    context: AppContext, from_date: date, last: date, template_ids: Sequence[UUID]
) -> GenerationPreview:
    """Dry run of reset forward: the safe lessons it deletes, those it keeps and why, and the new plan."""
    require_manager(context.user)
    validate_range(from_date, last, today=context.today())
    if not template_ids:
        raise refusals.no_templates_chosen()
    now = context.clock()
    gateway = context.gateway
    selection, plan = reset_preview(
        from_date,
        last,
        gateway.generation_snapshot(from_date, last),
        gateway.reset_candidates(from_date, last, template_ids),
        template_ids,
        now=now,
    )
    return GenerationPreview(
        RunKind.RESET_FORWARD,
        uuid4(),
        from_date,
        last,
        plan,
        load_names(context),
        now,
        removal=selection,
        template_ids=tuple(template_ids),
    )
