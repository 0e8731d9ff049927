"""Reset forward from date D, previewed (plan §5.3 "Reset Forward").

The preview applies the same safety filter as the real operation, takes the safe lessons out of
the picture, and plans the chosen series again over what would remain: unsafe lessons stay and
keep standing for their dates, so the preview shows exactly what apply will do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from uuid import UUID

from reinex_desktop.domain.generation.engine import plan_generation
from reinex_desktop.domain.generation.matching import Lineages
from reinex_desktop.domain.generation.plan import GenerationPlan, Snapshot
from reinex_desktop.domain.generation.safety import RemovalCandidate, RemovalSelection, select_removals


def without(snapshot: Snapshot, removed: Iterable[RemovalCandidate]) -> Snapshot:
    """The snapshot as it would be once the removed lessons (or seats) are deleted."""
    lessons: set[UUID] = set()
    seats: set[UUID] = set()
    for candidate in removed:
        if candidate.removes_lesson:
            lessons.add(candidate.lesson.id)
        else:
            seats.update(seat.id for seat in candidate.seats)
    remaining = [
        replace(lesson, participants=tuple(p for p in lesson.participants if p.id not in seats))
        if seats and any(p.id in seats for p in lesson.participants)
        else lesson
        for lesson in snapshot.existing
        if lesson.id not in lessons
    ]
    return replace(snapshot, existing=remaining)


def lineage_roots(snapshot: Snapshot, template_ids: Sequence[UUID]) -> frozenset[UUID]:
    lineages = Lineages(snapshot.templates)
    return frozenset(lineages.root(template_id) for template_id in template_ids)


def reset_preview(
    first: date,
    last: date,
    snapshot: Snapshot,
    candidates: Iterable[RemovalCandidate],
    template_ids: Sequence[UUID],
    *,
    now: datetime,
) -> tuple[RemovalSelection, GenerationPlan]:
    """What reset forward of `template_ids` from `first` to `last` removes, keeps and regenerates."""
    selection = select_removals(candidates, now=now, run_id=None)
    plan = plan_generation(
        first,
        last,
        without(snapshot, selection.removed),
        not_before=now,
        only_lineages=lineage_roots(snapshot, template_ids),
    )
    return selection, plan
