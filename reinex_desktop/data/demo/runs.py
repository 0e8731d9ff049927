"""`generation_runs`: the weekly job that produced the past weeks, and the run behind the future.

Past weeks each come from the automatic Thursday-evening job; the future window comes from one
run applied yesterday evening, well outside the undo window, so the demo opens with lessons the
manager can reset forward but not undo.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from uuid import UUID

from reinex_desktop.data.demo.context import DemoContext
from reinex_desktop.data.demo.rows import DemoRows
from reinex_desktop.domain.clinic_time import week_start


@dataclass
class RunPlan:
    id: UUID
    range_start: date
    range_end: date
    created_at: datetime
    created_by: str
    instances: int = 0
    participants: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def tag(self, day: date) -> dict[str, str]:
        return {"generation_run_id": str(self.id), "occurrence_date": day.isoformat()}


class Runs:
    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx
        new_id = ctx.ids("runs")
        self.by_start: dict[date, RunPlan] = {}
        yesterday = ctx.today - timedelta(days=1)
        for day in ctx.window:
            if day >= ctx.today:
                break
            first = week_start(day)
            if first not in self.by_start:
                start = max(first, ctx.first_day)
                end = min(first + timedelta(days=6), yesterday)
                made = ctx.at(first - timedelta(days=3), 20)
                self.by_start[first] = RunPlan(new_id(), start, end, made, "weekly-job")
        self.future = RunPlan(new_id(), ctx.today, ctx.last_day, ctx.at(yesterday, 20, 15), "demo-manager")

    def run_for(self, day: date) -> RunPlan:
        return self.future if day >= self.ctx.today else self.by_start[week_start(day)]

    def count_skips(self, skipped: Counter[tuple[date, str]]) -> None:
        for (day, reason), count in skipped.items():
            self.run_for(day).skipped[reason] += count

    def add_rows(self, rows: DemoRows) -> None:
        for run in [*self.by_start.values(), self.future]:
            rows.add(
                "generation_runs",
                {
                    "id": run.id,
                    "kind": "weekly_generation",
                    "range_start": run.range_start,
                    "range_end": run.range_end,
                    "created_at": run.created_at,
                    "created_by": run.created_by,
                    "instances_created": run.instances,
                    "participants_created": run.participants,
                    "undone_at": None,
                    "report": {
                        "inserted_instances": run.instances,
                        "inserted_participants": run.participants,
                        "skipped": {k: v for k, v in sorted(run.skipped.items()) if v},
                        "conflicts": [],
                    },
                    "metadata": {"source": "demo"},
                },
            )
