"""Students, their guardians and the links between them.

Families are what make a student profile realistic: two parents with the same surname, siblings
sharing them, a grandmother or a boarding-school caretaker as the contact, and adults who are
their own contact (relationship `self`). Every student has exactly one primary contact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from reinex_desktop.data.demo.context import DemoContext, IdStream
from reinex_desktop.data.demo.identifiers import UniqueDraw, email, mobile_phone, national_id
from reinex_desktop.data.demo.names import (
    BOYS,
    CARETAKER_TITLES,
    GIRLS,
    INACTIVE_REASONS,
    LAST_NAMES,
    MEDICAL_FLAGS,
    OTHER_TITLES,
    STUDENT_NOTES,
    Name,
)
from reinex_desktop.data.demo.rows import DemoRows

#: Family shapes of the first children, so every relationship kind exists even in a tiny clinic.
FORCED_FAMILIES = ("both", "caretaker", "other", "mother", "father")
FAMILY_WEIGHTS = {"both": 70, "mother": 13, "father": 7, "caretaker": 5, "other": 5}


@dataclass(frozen=True, slots=True)
class StudentPlan:
    id: UUID
    name: str
    is_active: bool
    is_adult: bool
    joined: date
    special_rate: Decimal | None


@dataclass
class _Family:
    last: Name
    links: list[tuple[UUID, str, bool]]  # guardian, relationship, primary


class PeopleBuilder:
    def __init__(self, ctx: DemoContext, rows: DemoRows) -> None:
        self.ctx, self.rows = ctx, rows
        self.rng = ctx.rng("people")
        self.new_id: IdStream = ctx.ids("people")
        self.phones, self.emails, self.national_ids = UniqueDraw(), UniqueDraw(), UniqueDraw()
        self.family: _Family | None = None
        self.children = 0

    def build(self) -> list[StudentPlan]:
        size = self.ctx.size
        total = size.active_students + size.inactive_students
        inactive = set(self.rng.sample(range(1, total), size.inactive_students))
        return [self._student(index, index not in inactive) for index in range(total)]

    def _student(self, index: int, active: bool) -> StudentPlan:
        rng, today = self.rng, self.ctx.today
        adult = index == 0 or rng.random() < 0.12
        girl = rng.random() < 0.45
        first = rng.choice(GIRLS if girl else BOYS)
        age = rng.randint(18, 78) if adult else rng.randint(3, 17)
        born = today - timedelta(days=age * 365 + rng.randint(20, 340))
        student_id = self.new_id()
        family = self._adult(student_id, first) if adult else self._child_family()
        joined = today - timedelta(days=rng.randint(3, 20) if rng.random() < 0.04 else rng.randint(60, 1000))
        middle = rng.choice(GIRLS if girl else BOYS)[0] if rng.random() < 0.08 else None
        special_rate = Decimal(rng.choice((150, 160, 180))).quantize(Decimal("0.01")) if rng.random() < 0.05 else None
        self._student_row(student_id, first[0], middle, family.last[0], born, joined, active, special_rate, girl)
        for guardian_id, relationship, primary in family.links:
            self.rows.add(
                "student_guardians",
                {
                    "id": self.new_id(),
                    "student_id": student_id,
                    "guardian_id": guardian_id,
                    "relationship": relationship,
                    "is_primary": primary,
                    "created_at": self.ctx.at(joined, 10),
                },
            )
        return StudentPlan(student_id, f"{first[0]} {family.last[0]}", active, adult, joined, special_rate)

    def _student_row(
        self,
        student_id: UUID,
        first: str,
        middle: str | None,
        last: str,
        born: date,
        joined: date,
        active: bool,
        special_rate: Decimal | None,
        girl: bool,
    ) -> None:
        rng = self.rng
        metadata: dict[str, Any] = {"national_id": national_id(rng, self.national_ids)}
        if student_id.int % 7:  # most students have it recorded; the rest get the neutral wording
            metadata["gender"] = "female" if girl else "male"
        if not active:
            metadata["inactive_reason"] = rng.choice(INACTIVE_REASONS)
        recent = (self.ctx.today - joined).days < 30
        status = rng.choices(("approved", "pending_forms", "not_started"), (75, 15, 10))[0]
        stamp = self.ctx.at(joined, 10, rng.choice((0, 15, 30, 45)))
        self.rows.add(
            "students",
            {
                "id": student_id,
                "first_name": first,
                "middle_name": middle,
                "last_name": last,
                "date_of_birth": born,
                "notes_internal": rng.choice(STUDENT_NOTES) if rng.random() < 0.3 else None,
                "default_notification_method": "email" if rng.random() < 0.1 else "whatsapp",
                "special_rate": special_rate,
                "medical_flags": self._flags(),
                "onboarding_status": ("pending_forms" if recent else status) if active else "approved",
                "is_active": active,
                "created_at": stamp,
                "updated_at": stamp,
                "metadata": metadata,
            },
        )

    def _flags(self) -> list[dict[str, Any]]:
        if self.rng.random() >= 0.4:
            return []
        chosen = self.rng.sample(MEDICAL_FLAGS, self.rng.choice((1, 1, 2)))
        return [{"label": label, "severity": severity, "tags": list(tags)} for label, severity, tags in chosen]

    def _guardian(self, first: Name, last: Name, title: str | None = None) -> UUID:
        guardian_id = self.new_id()
        has_email = self.rng.random() < 0.7
        metadata: dict[str, Any] = {"title": title} if title else {}
        self.rows.add(
            "guardians",
            {
                "id": guardian_id,
                "first_name": first[0],
                "middle_name": None,
                "last_name": last[0],
                "phone": mobile_phone(self.rng, self.phones),
                "email": email(self.rng, first[1], last[1], self.emails) if has_email else None,
                "created_at": self.ctx.at(self.ctx.today - timedelta(days=1000), 9),
                "metadata": metadata,
            },
        )
        return guardian_id

    def _adult(self, student_id: UUID, first: Name) -> _Family:
        """An adult student is their own primary contact; some also have a caretaker or relative."""
        rng = self.rng
        last = rng.choice(LAST_NAMES)
        links = [(self._guardian(first, last, "התלמיד עצמו"), "self", True)]
        if rng.random() < 0.3:
            kind = rng.choice(("caretaker", "other"))
            titles = CARETAKER_TITLES if kind == "caretaker" else OTHER_TITLES
            other_first = rng.choice(GIRLS + BOYS)
            links.append((self._guardian(other_first, rng.choice(LAST_NAMES), rng.choice(titles)), kind, False))
        return _Family(last, links)

    def _child_family(self) -> _Family:
        rng = self.rng
        if self.family is not None and rng.random() < 0.12:
            return self.family  # a sibling: same surname, same guardians
        kind = (
            FORCED_FAMILIES[self.children]
            if self.children < len(FORCED_FAMILIES)
            else rng.choices(list(FAMILY_WEIGHTS), list(FAMILY_WEIGHTS.values()))[0]
        )
        self.children += 1
        last = rng.choice(LAST_NAMES)
        links: list[tuple[UUID, str, bool]] = []
        if kind in ("both", "mother"):
            mother_last = rng.choice(LAST_NAMES) if rng.random() < 0.1 else last
            links.append((self._guardian(rng.choice(GIRLS), mother_last), "mother", False))
        if kind in ("both", "father"):
            links.append((self._guardian(rng.choice(BOYS), last), "father", False))
        if kind == "caretaker":
            title = rng.choice(CARETAKER_TITLES)
            links.append((self._guardian(rng.choice(GIRLS), rng.choice(LAST_NAMES), title), "caretaker", False))
        if kind == "other":
            links.append((self._guardian(rng.choice(GIRLS), last, rng.choice(OTHER_TITLES)), "other", False))
        primary = 0 if len(links) == 1 or rng.random() < 0.65 else 1
        links[primary] = (links[primary][0], links[primary][1], True)
        self.family = _Family(last, links)
        return self.family


def build_people(ctx: DemoContext, rows: DemoRows) -> list[StudentPlan]:
    """`students`, `guardians` and `student_guardians` rows; returns the students for scheduling."""
    return PeopleBuilder(ctx, rows).build()
