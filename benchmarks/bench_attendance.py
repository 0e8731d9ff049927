"""Attendance, charging, balances and payroll at the reference clinic's scale.

- the pure charging engine, per charge;
- balance warnings for every student (what the calendar and the roster ask for), 3,000 students
  with two commitments each and a ledger behind them, on the embedded SQLite database;
- marking a participant attended through the real use case (charge, consumption, earnings, audit)
  on PostgreSQL, per action;
- a month's payroll for 40 instructors × 450 lessons a day (≈ 9,900 earnings): the summary, and
  the export to `"WorkSessions"` on PostgreSQL.

PostgreSQL is read from `REINEX_TEST_PG_URL` (default: the local server); without it the
PostgreSQL rows are skipped with a note.
"""

from __future__ import annotations

import os
import random
import tempfile
import uuid
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from benchmarks.measure import Measurement, median_ms, once_ms

STUDENTS = 3_000
INSTRUCTORS = 40
LESSONS_PER_DAY = 450
WORKDAYS = 22


def _charging() -> Measurement:
    from reinex_desktop.domain.charging.engine import ChargeEvent, ChargeRequest, PriceInputs, compute_charge
    from reinex_desktop.domain.charging.settings import ChargingSettings

    settings = ChargingSettings()
    requests = [
        ChargeRequest(event, PriceInputs(Decimal("220"), Decimal("150")), payer, hours_before=Decimal(hours))
        for event in ChargeEvent
        for payer in ("private", "clalit", "meuhedet", "leumit")
        for hours in (2, 30)
    ]

    def thousand() -> None:
        for _ in range(1000 // len(requests) + 1):
            for request in requests:
                compute_charge(request, settings).breakdown()

    return Measurement("charging engine, 1,000 charges with breakdown", median_ms(thousand, repeat=7), "ms")


def _world(engine: Any, rng: random.Random) -> tuple[list[uuid.UUID], list[uuid.UUID], uuid.UUID]:
    """Instructors, one service, students with two commitments and some consumption each."""
    from sqlalchemy.orm import Session

    from reinex_desktop.data import tables as t

    service = uuid.uuid4()
    instructors = [uuid.uuid4() for _ in range(INSTRUCTORS)]
    students = [uuid.uuid4() for _ in range(STUDENTS)]
    now = datetime.now(UTC)
    with Session(engine) as session, session.begin():
        session.add(t.ServiceRow(id=service, name="רכיבה", duration_minutes=45, metadata_={"base_price": "220"}))
        session.flush()
        session.add_all(
            t.Employee(id=i, name=f"מדריך {n}", employee_id=str(n), employee_type="instructor", current_rate=100)
            for n, i in enumerate(instructors)
        )
        session.add_all(t.StudentRow(id=s, first_name=f"תלמיד {n}", last_name="") for n, s in enumerate(students))
        session.flush()
        for student in students:
            for months in (3, 9):
                session.add(
                    t.CommitmentRow(
                        student_id=student,
                        service_id=service,
                        total_amount=Decimal(220 * rng.randint(4, 20)),
                        expires_at=now + timedelta(days=30 * months),
                        metadata_={"payer_type": "private", "unit_price": "220"},
                    )
                )
    return instructors, students, service


def _warnings(directory: Path) -> list[Measurement]:
    from sqlalchemy.orm import Session

    from reinex_desktop.data import tables as t
    from reinex_desktop.data.engine import open_engine
    from reinex_desktop.data.setup_script import apply_schema
    from reinex_desktop.domain.permissions import Role
    from reinex_desktop.services.commitments import balance_warnings
    from reinex_desktop.services.context import AppContext, UserContext
    from reinex_desktop.sync.tenant_db import TenantDbGateway

    engine = open_engine(f"sqlite:///{directory}/balances.db")
    apply_schema(engine)
    rng = random.Random(7)
    instructors, students, service = _world(engine, rng)
    with Session(engine) as session, session.begin():
        commitments = list(session.scalars(t.CommitmentRow.__table__.select().with_only_columns(t.CommitmentRow.id)))
        lesson = t.InstanceRow(
            datetime_start=datetime.now(UTC),
            duration_minutes=45,
            instructor_employee_id=instructors[0],
            service_id=service,
            status="completed",
            created_source="one_time",
        )
        session.add(lesson)
        session.flush()
        participant = t.ParticipantRow(
            lesson_instance_id=lesson.id, student_id=students[0], participant_status="attended"
        )
        session.add(participant)
        session.flush()
        session.add_all(
            t.ConsumptionRow(lesson_participant_id=participant.id, commitment_id=c, amount_charged=Decimal(220))
            for c in commitments
            for _ in range(rng.randint(0, 6))
        )
    context = AppContext(TenantDbGateway(engine), UserContext.for_role(Role.OFFICE, "קבלה"))
    found = balance_warnings(context)
    everyone = median_ms(lambda: balance_warnings(context), repeat=5, warmup=1)
    day = rng.sample(students, LESSONS_PER_DAY)
    one_day = median_ms(lambda: balance_warnings(context, day), repeat=9, warmup=1)
    engine.dispose()
    return [
        Measurement(
            "balance warnings, all 3,000 students (SQLite)",
            everyone,
            "ms",
            note=f"{sum(map(len, found.values()))} warnings",
        ),
        Measurement("balance warnings, a day's 450 students (SQLite)", one_day, "ms"),
    ]


def _pg_url() -> str | None:
    import sqlalchemy as sa

    from reinex_desktop.data.engine import open_engine

    url = os.environ.get("REINEX_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    try:
        engine = open_engine(url, poolclass=sa.pool.NullPool)
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
        engine.dispose()
    except Exception:
        return None
    return url


def _postgres(admin_url: str) -> list[Measurement]:
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url
    from sqlalchemy.orm import Session

    from reinex_desktop.data import tables as t
    from reinex_desktop.data.engine import open_engine
    from reinex_desktop.data.setup_script import apply_schema
    from reinex_desktop.domain.clinic_time import clinic_zone, local_to_utc
    from reinex_desktop.domain.payroll.export import Month
    from reinex_desktop.domain.permissions import Role
    from reinex_desktop.services.attendance import AttendanceService
    from reinex_desktop.services.context import AppContext, UserContext
    from reinex_desktop.services.payroll import export_payroll, payroll_month
    from reinex_desktop.sync.tenant_db import TenantDbGateway

    name = f"reinex_bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    engine = open_engine(make_url(admin_url).set(database=name).render_as_string(hide_password=False))
    try:
        apply_schema(engine)
        rng = random.Random(11)
        instructors, students, service = _world(engine, rng)
        context = AppContext(TenantDbGateway(engine), UserContext.for_role(Role.OWNER, "דנה"))
        attendance = AttendanceService(context)
        pending = []
        with Session(engine) as session, session.begin():
            for n in range(40):
                lesson = t.InstanceRow(
                    datetime_start=datetime.now(UTC) - timedelta(minutes=10 + n),
                    duration_minutes=45,
                    instructor_employee_id=instructors[n % INSTRUCTORS],
                    service_id=service,
                    status="scheduled",
                    created_source="one_time",
                )
                session.add(lesson)
                session.flush()
                participant = t.ParticipantRow(
                    lesson_instance_id=lesson.id, student_id=students[n], participant_status="scheduled"
                )
                session.add(participant)
                session.flush()
                pending.append((lesson.id, participant.id))
        marks = iter(pending)

        def mark() -> None:
            lesson_id, participant_id = next(marks)
            attendance.mark_attended(lesson_id, participant_id)

        marking = median_ms(mark, repeat=30, warmup=5)
        month = Month(2026, 10)
        zone = clinic_zone()
        with Session(engine) as session, session.begin():
            for day in range(1, 32):
                if date(2026, 10, day).weekday() in (4, 5):
                    continue
                for slot in range(LESSONS_PER_DAY):
                    start = local_to_utc(date(2026, 10, day), time(7 + slot % 13, 15 * (slot % 4)), zone)
                    lesson_id = uuid.uuid4()
                    instructor = instructors[slot % INSTRUCTORS]
                    session.execute(
                        sa.insert(t.InstanceRow).values(
                            id=lesson_id,
                            datetime_start=start,
                            duration_minutes=45,
                            instructor_employee_id=instructor,
                            service_id=service,
                            status="completed",
                            created_source="one_time",
                        )
                    )
                    session.execute(
                        sa.insert(t.EarningRow).values(
                            employee_id=instructor,
                            lesson_instance_id=lesson_id,
                            rate_used=Decimal(100),
                            payout_amount=Decimal(100),
                            metadata_={"students": 1, "duration_minutes": 45},
                        )
                    )
        summary_ms = median_ms(lambda: payroll_month(context, month), repeat=5, warmup=1)
        earnings = payroll_month(context, month).pending_earnings
        export_ms = once_ms(lambda: export_payroll(context, month))
        again_ms = once_ms(lambda: export_payroll(context, month))
        return [
            Measurement("mark attended: charge, ledger, earnings (PostgreSQL)", marking, "ms", note="per action"),
            Measurement("payroll month summary (PostgreSQL)", summary_ms, "ms", note=f"{earnings} earnings"),
            Measurement("payroll export of the month (PostgreSQL)", export_ms, "ms", note=f"{earnings} earnings"),
            Measurement("payroll export again: nothing to do (PostgreSQL)", again_ms, "ms"),
        ]
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


def run() -> list[Measurement]:
    rows = [_charging()]
    with tempfile.TemporaryDirectory() as directory:
        rows.extend(_warnings(Path(directory)))
    url = _pg_url()
    if url is None:
        rows.append(Measurement("attendance and payroll on PostgreSQL", 0, "ms", note="skipped: no PostgreSQL"))
    else:
        rows.extend(_postgres(url))
    return rows
