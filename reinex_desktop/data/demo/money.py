"""Prices, commitments, the consumption ledger and instructor earnings of past lessons.

A commitment's total is chosen after its consumption is known, so every balance in the
`commitment_balances` view comes out positive and varied, with a few nearly exhausted ones for the
"balance running low" warnings. The pricing breakdown records how each charge was reached, the
way the charging engine writes it once and never recomputes it (plan §5.4).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from reinex_desktop.data.demo.catalog import ServicePlan
from reinex_desktop.data.demo.context import DemoContext, IdStream
from reinex_desktop.data.demo.people import StudentPlan
from reinex_desktop.data.demo.rows import DemoRows
from reinex_desktop.data.demo.templates import TemplatePlan

CENT = Decimal("0.01")
PAYERS = ("private", "package", "clalit", "meuhedet", "leumit")
PAYER_WEIGHTS = (35, 20, 20, 15, 10)
CLALIT_COPAY = Decimal("45.00")
HMO_NAMES = {"clalit": "כללית", "meuhedet": "מאוחדת", "leumit": "לאומית"}


@dataclass
class CommitmentPlan:
    id: UUID
    student_id: UUID
    service: ServicePlan
    payer: str
    opened: date
    unit_price: Decimal
    consumed: Decimal = Decimal(0)
    entries: int = 0


@dataclass(frozen=True, slots=True)
class Charge:
    amount: Decimal
    breakdown: dict[str, Any] = field(default_factory=dict)


class Ledger:
    """Commitments by (student, service), opened on first use, and what each past lesson cost."""

    def __init__(self, ctx: DemoContext, students: list[StudentPlan]) -> None:
        self.ctx = ctx
        self.rng: random.Random = ctx.rng("money")
        self.new_id: IdStream = ctx.ids("money")
        self.students = {s.id: s for s in students}
        self.payers = {s.id: self.rng.choices(PAYERS, PAYER_WEIGHTS)[0] for s in students}
        self.commitments: dict[tuple[UUID, UUID], CommitmentPlan] = {}

    def open_for_templates(self, templates: list[TemplatePlan]) -> None:
        for template in templates:
            self.commitment(template.student_id, template.service, template.valid_from)

    def commitment(self, student_id: UUID, service: ServicePlan, opened: date) -> CommitmentPlan:
        key = (student_id, service.id)
        if key not in self.commitments:
            unit = self.unit_price(student_id, service, None)
            plan = CommitmentPlan(self.new_id(), student_id, service, self.payers[student_id], opened, unit)
            self.commitments[key] = plan
        return self.commitments[key]

    def unit_price(self, student_id: UUID, service: ServicePlan, template: TemplatePlan | None) -> Decimal:
        """The most specific price wins: template override, then the student's rate, then the list price."""
        if template is not None and template.price_override is not None:
            return template.price_override
        special = self.students[student_id].special_rate
        return special if special is not None and not service.spec.is_group else service.spec.base_price

    def charge(self, student_id: UUID, service: ServicePlan, template: TemplatePlan | None, status: str) -> Charge:
        """What a past participant pays for `status`, with the breakdown the charging engine keeps."""
        unit = self.unit_price(student_id, service, template)
        ratio, rule = self._rule(status)
        amount = (unit * ratio).quantize(CENT)
        payer = self.payers[student_id]
        source = "service"
        if template is not None and template.price_override is not None:
            source = "template_price_override"
        elif unit != service.spec.base_price:
            source = "student_special_rate"
        parent, hmo = _split(payer, amount)
        breakdown = {
            "rule": rule,
            "list_price": str(service.spec.base_price),
            "unit_price": str(unit),
            "price_source": source,
            "charge_ratio": str(ratio),
            "amount": str(amount),
            "payer_type": payer,
            "parent_share": str(parent),
            "hmo_share": str(hmo),
            "currency": "ILS",
        }
        return Charge(amount, breakdown)

    def _rule(self, status: str) -> tuple[Decimal, str]:
        if status == "attended":
            return Decimal(1), "attended"
        if status == "no_show":
            return (Decimal(0), "medical_note_waiver") if self.rng.random() < 0.15 else (Decimal(1), "no_show")
        if status == "cancelled_student":
            late = self.rng.random() < 0.35
            return (Decimal("0.5"), "late_cancellation") if late else (Decimal(0), "cancelled_in_time")
        return Decimal(0), "clinic_cancellation"

    def consume(
        self, rows: DemoRows, participant_id: UUID, student_id: UUID, service: ServicePlan, charge: Charge, at: datetime
    ) -> UUID:
        commitment = self.commitment(student_id, service, at.date())
        commitment.consumed += charge.amount
        commitment.entries += 1
        rows.add(
            "consumption_entries",
            {
                "id": self.new_id(),
                "lesson_participant_id": participant_id,
                "commitment_id": commitment.id,
                "amount_charged": charge.amount,
                "created_at": at,
                "metadata": {"rule": charge.breakdown["rule"]},
            },
        )
        return commitment.id

    def add_commitment_rows(self, rows: DemoRows) -> None:
        """Commitment rows, totals set so the balances vary and a few are nearly used up."""
        plans = list(self.commitments.values())
        used = [p for p in plans if p.consumed > 0]
        low = {p.id for p in self.rng.sample(used, min(self.ctx.size.nearly_exhausted, len(used)))}
        for plan in plans:
            if plan.id in low:
                left = plan.unit_price * self.rng.choice((Decimal("0.5"), Decimal(1)))
            else:
                left = plan.unit_price * self.rng.randint(3, 24)
            total = (plan.consumed + left).quantize(CENT)
            opened = plan.opened - timedelta(days=self.rng.randint(1, 10))
            lifetime = timedelta(days=180 if plan.payer in HMO_NAMES else 365)
            expires = max(opened + lifetime, self.ctx.today + timedelta(days=self.rng.randint(30, 120)))
            rows.add(
                "commitments",
                {
                    "id": plan.id,
                    "student_id": plan.student_id,
                    "service_id": plan.service.id,
                    "total_amount": total,
                    "created_at": self.ctx.at(opened, 10),
                    "expires_at": self.ctx.at(expires, 23, 59),
                    "metadata": self._metadata(plan, total, expires),
                },
            )

    def _metadata(self, plan: CommitmentPlan, total: Decimal, until: date) -> dict[str, Any]:
        sessions = int(total / plan.unit_price) if plan.unit_price else 0
        meta: dict[str, Any] = {"payer_type": plan.payer, "unit_price": str(plan.unit_price)}
        if plan.payer == "package":
            meta.update(package_name=f"כרטיסייה {sessions} מפגשים", sessions=sessions)
        elif plan.payer == "clalit":
            meta.update(
                hmo_provider=HMO_NAMES["clalit"],
                parent_copay=str(CLALIT_COPAY),
                approval_number=f"CL-{self.rng.randrange(10**6):06d}",
                approved_sessions=sessions,
            )
        elif plan.payer == "meuhedet":
            form = {"number": f"17-{self.rng.randrange(10**7):07d}", "valid_until": until.isoformat()}
            meta.update(hmo_provider=HMO_NAMES["meuhedet"], form17=form, approved_sessions=sessions)
        elif plan.payer == "leumit":
            meta.update(hmo_provider=HMO_NAMES["leumit"], reimbursement="after_payment")
        return meta


def _split(payer: str, amount: Decimal) -> tuple[Decimal, Decimal]:
    """(parent share, HMO share): Clalit parents pay 45 ₪, Meuhedet's Form 17 covers all."""
    if payer == "clalit":
        parent = min(CLALIT_COPAY, amount)
        return parent, amount - parent
    if payer == "meuhedet":
        return Decimal("0.00"), amount
    return amount, Decimal("0.00")
