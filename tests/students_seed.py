"""A small clinic for the students tests: two instructors, a few families, lessons, money, forms."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from reinex_desktop.data import tables as t
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.sync.tenant_db import TenantDbGateway

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)  # Saturday noon in Jerusalem


@dataclass(frozen=True)
class Clinic:
    engine: Engine
    riding: uuid.UUID
    speech: uuid.UUID
    avi: uuid.UUID  # instructor
    gali: uuid.UUID  # instructor
    dana: uuid.UUID  # child, mother primary + father, template + lessons with Avi, commitment
    moshe: uuid.UUID  # adult, own contact, template with Gali
    noa: uuid.UUID  # Latin name, no guardians, no lessons
    uri: uuid.UUID  # inactive
    dana_mother: uuid.UUID
    dana_father: uuid.UUID
    commitment: uuid.UUID
    form: uuid.UUID


def _student(session: Session, first: str, last: str, **extra: object) -> uuid.UUID:
    values: dict[str, object] = {
        "id": uuid.uuid4(),
        "first_name": first,
        "last_name": last,
        "created_at": NOW - timedelta(days=100),
        "updated_at": NOW - timedelta(days=100),
        "metadata_": {},
        "medical_flags": [],
    }
    row = t.StudentRow(**{**values, **extra})
    session.add(row)
    session.flush()
    return row.id


def _guardian(
    session: Session, student: uuid.UUID, first: str, last: str, phone: str | None, relationship: str, primary: bool
) -> uuid.UUID:
    person = t.GuardianRow(id=uuid.uuid4(), first_name=first, last_name=last, phone=phone, metadata_={})
    session.add(person)
    session.flush()
    session.add(
        t.StudentGuardianRow(student_id=student, guardian_id=person.id, relationship=relationship, is_primary=primary)
    )
    return person.id


def _lesson(
    session: Session,
    student: uuid.UUID,
    instructor: uuid.UUID,
    service: uuid.UUID,
    start: datetime,
    status: str,
    participant: str,
    price: Decimal | None = None,
) -> uuid.UUID:
    lesson = t.InstanceRow(
        id=uuid.uuid4(),
        datetime_start=start,
        duration_minutes=45,
        instructor_employee_id=instructor,
        service_id=service,
        status=status,
        documentation_status="documented" if status == "completed" else "undocumented",
        created_source="one_time",
        metadata_={},
    )
    session.add(lesson)
    session.flush()
    part = t.ParticipantRow(
        id=uuid.uuid4(),
        lesson_instance_id=lesson.id,
        student_id=student,
        participant_status=participant,
        price_charged=price,
        metadata_={},
    )
    session.add(part)
    session.flush()
    return part.id


def seed_clinic(engine: Engine) -> Clinic:
    with Session(engine, expire_on_commit=False) as session, session.begin():
        riding = t.ServiceRow(id=uuid.uuid4(), name="רכיבה טיפולית", duration_minutes=45, color="#3f7fbf", metadata_={})
        speech = t.ServiceRow(
            id=uuid.uuid4(), name="קלינאות תקשורת", duration_minutes=45, color="#bf7f3f", metadata_={}
        )
        avi = t.Employee(id=uuid.uuid4(), name="אבי מדריך", employee_id="101", employee_type="instructor", metadata_={})
        gali = t.Employee(
            id=uuid.uuid4(), name="גלי מדריכה", employee_id="102", employee_type="instructor", metadata_={}
        )
        session.add_all([riding, speech, avi, gali])
        session.flush()
        dana = _student(
            session,
            "דנה",
            "כהן",
            date_of_birth=date(2015, 3, 2),
            medical_flags=[{"label": "אלרגיה לבוטנים", "severity": "high", "tags": ["אלרגיה"]}],
            metadata_={"national_id": "000000018"},
        )
        moshe = _student(session, "משה", "לוי", date_of_birth=date(1980, 6, 1), metadata_={"national_id": "123456782"})
        noa = _student(session, "Noa", "Levi")
        uri = _student(session, "אורי", "שמש", is_active=False)
        mother = _guardian(session, dana, "רותי", "כהן", "+972531234567", "mother", True)
        father = _guardian(session, dana, "יוסי", "כהן", "+972527654321", "father", False)
        _guardian(session, moshe, "משה", "לוי", "+972544445566", "self", True)
        session.add_all(
            [
                t.TemplateRow(
                    student_id=dana,
                    instructor_employee_id=avi.id,
                    service_id=riding.id,
                    day_of_week=0,
                    time_of_day=time(16, 0),
                    duration_minutes=45,
                    valid_from=date(2026, 1, 1),
                ),
                t.TemplateRow(
                    student_id=moshe,
                    instructor_employee_id=gali.id,
                    service_id=speech.id,
                    day_of_week=3,
                    time_of_day=time(17, 30),
                    duration_minutes=45,
                    valid_from=date(2026, 1, 1),
                ),
            ]
        )
        commitment = t.CommitmentRow(
            id=uuid.uuid4(),
            student_id=dana,
            service_id=riding.id,
            total_amount=Decimal("1500"),
            created_at=NOW - timedelta(days=60),
            metadata_={"payer_type": "private"},
        )
        session.add(commitment)
        session.flush()
        first = _lesson(
            session, dana, avi.id, riding.id, NOW - timedelta(days=13), "completed", "attended", Decimal("150")
        )
        second = _lesson(
            session, dana, avi.id, riding.id, NOW - timedelta(days=6), "no_show", "no_show", Decimal("200")
        )
        _lesson(session, dana, avi.id, riding.id, NOW + timedelta(days=1, hours=4), "scheduled", "scheduled")
        session.add_all(
            [
                t.ConsumptionRow(
                    lesson_participant_id=first,
                    commitment_id=commitment.id,
                    amount_charged=Decimal("150"),
                    metadata_={},
                ),
                t.ConsumptionRow(
                    lesson_participant_id=second,
                    commitment_id=commitment.id,
                    amount_charged=Decimal("200"),
                    metadata_={},
                ),
            ]
        )
        form = t.FormRow(id=uuid.uuid4(), name="טופס קליטה", form_schema={"fields": []}, created_by=uuid.uuid4())
        session.add(form)
        session.flush()
        session.add(
            t.FormSubmissionRow(
                form_id=form.id,
                student_id=dana,
                answers={"allergies": "בוטנים"},
                otp_metadata={
                    "channel": "whatsapp",
                    "destination": "+972531234567",
                    "verified_at": "2026-10-01T09:00:00+00:00",
                },
                submitted_at=NOW - timedelta(days=50),
            )
        )
        session.add_all(
            [
                t.OtpChallengeRow(
                    student_id=dana,
                    channel="whatsapp",
                    destination="+972531234567",
                    token_hash="x",
                    status="verified",
                    expires_at=NOW - timedelta(days=50),
                    verified_at=NOW - timedelta(days=50, minutes=3),
                    attempts=1,
                ),
                t.OtpChallengeRow(
                    student_id=dana,
                    channel="email",
                    destination="ruti@example.com",
                    token_hash="y",
                    status="expired",
                    expires_at=NOW - timedelta(days=55),
                ),
            ]
        )
        session.add(
            t.WaitingListRow(
                student_id=moshe,
                desired_service_id=riding.id,
                preferred_days=[1, 3],
                priority_flag=True,
                priority_reason="המלצת רופא",
            )
        )
    return Clinic(
        engine, riding.id, speech.id, avi.id, gali.id, dana, moshe, noa, uri, mother, father, commitment.id, form.id
    )


def context_for(engine: Engine, role: Role = Role.OFFICE, *, employee_id: uuid.UUID | None = None) -> AppContext:
    user = UserContext.for_role(role, "בדיקה", employee_id=employee_id)
    return AppContext(gateway=TenantDbGateway(engine), user=user, clock=lambda: NOW)
