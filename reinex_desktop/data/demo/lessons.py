"""Lesson instances and participants, with what happened to the past ones.

Future lessons are exactly what weekly generation inserts (scheduled, undocumented, tagged with
their run). Past lessons carry the outcomes a clinic really has — mostly completed and
documented, some no-shows and cancellations with or without a charge — plus the consumption and
earnings rows that completion writes (plan §5.4), so history, balances and payroll have content.
The last open day before today is left partly unmarked, as a receptionist finds it in the morning.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from reinex_desktop.data.demo.context import DemoContext, IdStream
from reinex_desktop.data.demo.money import Ledger
from reinex_desktop.data.demo.occurrences import Occurrence
from reinex_desktop.data.demo.rows import DemoRows
from reinex_desktop.data.demo.runs import Runs
from reinex_desktop.data.demo.staff import InstructorPlan
from reinex_desktop.data.demo.templates import TemplatePlan

INDIVIDUAL_OUTCOMES = ("attended", "no_show", "cancelled_student", "cancelled_clinic")
INDIVIDUAL_WEIGHTS = (80, 6, 9, 5)
GROUP_MEMBER_OUTCOMES = ("attended", "no_show", "cancelled_student")
GROUP_MEMBER_WEIGHTS = (85, 5, 10)
INSTANCE_STATUS = {
    "attended": "completed",
    "no_show": "no_show",
    "cancelled_student": "cancelled_student",
    "cancelled_clinic": "cancelled_clinic",
    "scheduled": "scheduled",
}


class LessonWriter:
    def __init__(
        self, ctx: DemoContext, rows: DemoRows, runs: Runs, ledger: Ledger, instructors: list[InstructorPlan]
    ) -> None:
        self.ctx, self.rows, self.runs, self.ledger = ctx, rows, runs, ledger
        self.rng: random.Random = ctx.rng("lessons")
        self.new_id: IdStream = ctx.ids("lessons")
        self.rates = {i.id: i.rates for i in instructors}
        past_days = ctx.open_days(future=False)
        self.unmarked_day = past_days[-1] if past_days else None

    def write(self, occurrences: list[Occurrence]) -> None:
        for occurrence in occurrences:
            self._lesson(occurrence)

    def _outcomes(self, occurrence: Occurrence) -> list[str]:
        rng, seats = self.rng, len(occurrence.seats)
        if occurrence.day >= self.ctx.today or (occurrence.day == self.unmarked_day and rng.random() < 0.25):
            return ["scheduled"] * seats
        if occurrence.service.spec.is_group:
            if rng.random() < 0.08:
                return ["cancelled_clinic"] * seats
            return [rng.choices(GROUP_MEMBER_OUTCOMES, GROUP_MEMBER_WEIGHTS)[0] for _ in range(seats)]
        return [rng.choices(INDIVIDUAL_OUTCOMES, INDIVIDUAL_WEIGHTS)[0]]

    def _lesson(self, occurrence: Occurrence) -> None:
        ctx, rng = self.ctx, self.rng
        start = occurrence.starts_at(ctx)
        done = start + timedelta(minutes=occurrence.duration + rng.choice((20, 45, 90)))
        outcomes = self._outcomes(occurrence)
        status = _instance_status(outcomes)
        recent = (ctx.today - occurrence.day).days <= 7
        documented = status == "completed" and not (recent and rng.random() < 0.1)
        instance_id = self.new_id()
        metadata, created = self._origin(occurrence, len(outcomes))
        self.rows.add(
            "lesson_instances",
            {
                "id": instance_id,
                "template_id": occurrence.template_id,
                "datetime_start": start,
                "duration_minutes": occurrence.duration,
                "instructor_employee_id": occurrence.instructor_id,
                "service_id": occurrence.service.id,
                "status": status,
                "documentation_status": "documented" if documented else "undocumented",
                "created_source": "one_time" if occurrence.one_time else "weekly_generation",
                "applied_override_id": occurrence.override.id if occurrence.override else None,
                "created_at": created,
                "updated_at": created if status == "scheduled" else done,
                "metadata": metadata,
            },
        )
        attended = 0
        for (student_id, template), outcome in zip(occurrence.seats, outcomes, strict=True):
            participant_id = self.new_id()
            row = self._participant(participant_id, instance_id, student_id, outcome, start, done, documented)
            row["metadata"] = {**self._participant_tag(occurrence, template), **row["metadata"]}
            if outcome != "scheduled":
                charge = self.ledger.charge(student_id, occurrence.service, template, outcome)
                row["price_charged"], row["pricing_breakdown"] = charge.amount, charge.breakdown
                if charge.amount > 0:
                    row["commitment_id"] = self.ledger.consume(
                        self.rows, participant_id, student_id, occurrence.service, charge, done
                    )
            attended += outcome == "attended"
            self.rows.add("lesson_participants", row)
        if status == "completed":
            self._earning(occurrence, instance_id, attended, done)

    def _origin(self, occurrence: Occurrence, seats: int) -> tuple[dict[str, Any], datetime]:
        if occurrence.one_time is not None:
            plan = occurrence.one_time
            booked = min(plan.day, self.ctx.today) - timedelta(days=self.rng.randint(1, 6))
            metadata: dict[str, Any] = {"reason": plan.reason, "booked_by": "reception"}
            if plan.conflict:
                metadata["needs_attention"] = True
            return metadata, self.ctx.at(booked, 10, self.rng.choice((0, 15, 30, 45)))
        run = self.runs.run_for(occurrence.day)
        run.instances += 1
        run.participants += seats
        return run.tag(occurrence.day), run.created_at

    def _participant_tag(self, occurrence: Occurrence, template: TemplatePlan | None) -> dict[str, Any]:
        if template is None:
            return {}
        return {**self.runs.run_for(occurrence.day).tag(occurrence.day), "template_id": str(template.id)}

    def _participant(
        self,
        participant_id: UUID,
        instance_id: UUID,
        student_id: UUID,
        outcome: str,
        start: datetime,
        done: datetime,
        documented: bool,
    ) -> dict[str, Any]:
        confirmed: datetime | None = None
        metadata: dict[str, Any] = {}
        soon = start.date() <= self.ctx.today + timedelta(days=2)
        if (outcome == "attended" or (outcome == "scheduled" and soon)) and self.rng.random() < 0.4:
            confirmed = min(start - timedelta(hours=20), self.ctx.at(self.ctx.today - timedelta(days=1), 19))
            metadata["confirmation"] = "whatsapp"
        return {
            "id": participant_id,
            "lesson_instance_id": instance_id,
            "student_id": student_id,
            "participant_status": outcome,
            "price_charged": None,
            "pricing_breakdown": None,
            "commitment_id": None,
            "documentation_ref": None,
            "metadata": metadata,
            "attendance_confirmed_at": confirmed,
            "attendance_confirmed_by": None,
            "documented_at": done if documented and outcome == "attended" else None,
            "documented_by": None,
            "locked_at": None,
        }

    def _earning(self, occurrence: Occurrence, instance_id: UUID, attended: int, done: datetime) -> None:
        rate = self.rates[occurrence.instructor_id][occurrence.service.id]
        per_student = occurrence.service.spec.is_group
        self.rows.add(
            "lesson_earnings",
            {
                "id": self.new_id(),
                "employee_id": occurrence.instructor_id,
                "lesson_instance_id": instance_id,
                "rate_used": rate,
                "payout_amount": rate * attended if per_student else rate,
                "work_session_id": None,
                "created_at": done,
                "metadata": {"students": attended, "payment_model": "per_student" if per_student else "per_session"},
            },
        )


def _instance_status(outcomes: list[str]) -> str:
    """A lesson is completed when anyone attended; otherwise it takes its participants' outcome."""
    if "attended" in outcomes:
        return "completed"
    for outcome in ("scheduled", "cancelled_clinic", "no_show"):
        if outcome in outcomes:
            return INSTANCE_STATUS[outcome]
    return "cancelled_student"


def write_lessons(
    ctx: DemoContext,
    rows: DemoRows,
    occurrences: list[Occurrence],
    runs: Runs,
    ledger: Ledger,
    instructors: list[InstructorPlan],
) -> None:
    LessonWriter(ctx, rows, runs, ledger, instructors).write(occurrences)
