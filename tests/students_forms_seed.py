"""Two more form submissions for Dana: an intake form with titled questions and alerts, and a sensitive one."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.orm import Session

from reinex_desktop.data import tables as t
from tests.students_seed import NOW, Clinic


@dataclass(frozen=True)
class FormsSeed:
    intake: uuid.UUID
    medical: uuid.UUID


def seed_forms(clinic: Clinic) -> FormsSeed:
    ids = FormsSeed(uuid.uuid4(), uuid.uuid4())
    with Session(clinic.engine) as session, session.begin():
        intake = t.FormRow(
            id=ids.intake,
            name="שאלון רכיבה",
            form_schema={
                "fields": [
                    {"key": "experience", "title": "ניסיון קודם ברכיבה"},
                    {"key": "allergies", "title": "אלרגיות ידועות"},
                    {"key": "helmet", "title": "יש קסדה אישית?"},
                ]
            },
            created_by=uuid.uuid4(),
        )
        medical = t.FormRow(
            id=ids.medical,
            name="הצהרת בריאות",
            form_schema={"properties": {"condition": {"title": "מצב רפואי"}}},
            visibility_rules={"sensitive": True},
            created_by=uuid.uuid4(),
        )
        session.add_all([intake, medical])
        session.flush()
        session.add_all(
            [
                t.FormSubmissionRow(
                    form_id=ids.intake,
                    student_id=clinic.dana,
                    answers={"helmet": True, "allergies": "בוטנים, דבורים", "experience": "שנה", "shoe_size": 31},
                    alert_flags=["allergies"],
                    otp_metadata={
                        "channel": "email",
                        "destination": "ruti@example.com",
                        "verified_at": "2026-11-10T08:30:00+00:00",
                        "ip": "10.0.0.7",
                    },
                    submitted_at=NOW - timedelta(days=11),
                ),
                t.FormSubmissionRow(
                    form_id=ids.medical,
                    student_id=clinic.dana,
                    answers={"condition": "אפילפסיה"},
                    alert_flags={"condition": "סיכון בזמן רכיבה"},
                    otp_metadata={},
                    submitted_at=NOW - timedelta(days=12),
                ),
            ]
        )
    return ids
