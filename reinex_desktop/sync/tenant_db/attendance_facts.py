"""Load, inside a handler's transaction, everything the attendance rules read about one lesson."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, time
from decimal import Decimal
from uuid import UUID
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import Session

from reinex_desktop.data import tables as t
from reinex_desktop.domain.attendance.plan import InstructorFacts, LessonFacts, StudentFacts, medical_note_used
from reinex_desktop.domain.charging.settings import ChargingSettings
from reinex_desktop.domain.clinic_time import local_date, local_to_utc
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.money import LessonEarning
from reinex_desktop.sync.tenant_db import mappers


def locked_lesson(
    session: Session, lesson_id: UUID, *, lock: bool = True
) -> tuple[t.InstanceRow, LessonInstance] | None:
    """The lesson row, locked for this transaction on PostgreSQL (unless `lock` is False, for a
    read-only preview), with its participants."""
    lesson_query = sa.select(t.InstanceRow).where(t.InstanceRow.id == lesson_id)
    row = session.scalar(lesson_query.with_for_update() if lock else lesson_query)
    if row is None:
        return None
    query = (
        sa.select(t.ParticipantRow, *mappers.STUDENT_NAME_PARTS)
        .join(t.StudentRow, t.StudentRow.id == t.ParticipantRow.student_id)
        .where(t.ParticipantRow.lesson_instance_id == lesson_id)
        .order_by(t.StudentRow.first_name, t.ParticipantRow.id)
    )
    if lock:
        query = query.with_for_update(of=t.ParticipantRow)
    participants = tuple(mappers.participant(r[0], mappers.student_name(r)) for r in session.execute(query))
    return row, mappers.instance(row, participants)


def earning(row: t.EarningRow) -> LessonEarning:
    return LessonEarning(
        id=row.id,
        employee_id=row.employee_id,
        lesson_instance_id=row.lesson_instance_id,
        rate_used=row.rate_used,
        payout_amount=row.payout_amount,
        work_session_id=row.work_session_id,
        created_at=row.created_at,
        metadata=dict(row.metadata_ or {}),
    )


def _medical_notes_used(
    session: Session, lesson: LessonInstance, student_ids: list[UUID], zone: ZoneInfo
) -> dict[UUID, int]:
    """Waivers each student used in the lesson's calendar year, other lessons only."""
    year = local_date(lesson.datetime_start, zone).year
    start, end = local_to_utc(date(year, 1, 1), time(0), zone), local_to_utc(date(year + 1, 1, 1), time(0), zone)
    query = (
        sa.select(t.ParticipantRow.student_id, t.ParticipantRow.pricing_breakdown)
        .join(t.InstanceRow, t.InstanceRow.id == t.ParticipantRow.lesson_instance_id)
        .where(
            t.ParticipantRow.student_id.in_(student_ids),
            t.InstanceRow.datetime_start >= start,
            t.InstanceRow.datetime_start < end,
            t.InstanceRow.id != lesson.id,
            t.ParticipantRow.pricing_breakdown.is_not(None),
        )
    )
    used: dict[UUID, int] = defaultdict(int)
    for student_id, breakdown in session.execute(query):
        if isinstance(breakdown, dict) and medical_note_used(breakdown):
            used[student_id] += 1
    return used


def _students(
    session: Session, lesson: LessonInstance, zone: ZoneInfo
) -> tuple[dict[UUID, StudentFacts], dict[UUID, Decimal]]:
    student_ids = [p.student_id for p in lesson.participants]
    if not student_ids:
        return {}, {}
    rates = dict(
        session.execute(
            sa.select(t.StudentRow.id, t.StudentRow.special_rate).where(t.StudentRow.id.in_(student_ids))
        ).all()
    )
    commitments = [
        mappers.commitment(row)
        for row in session.scalars(
            sa.select(t.CommitmentRow).where(
                t.CommitmentRow.student_id.in_(student_ids), t.CommitmentRow.service_id == lesson.service_id
            )
        )
    ]
    remaining: dict[UUID, Decimal] = {}
    if commitments:
        view = t.commitment_balances
        query = sa.select(view.c.commitment_id, view.c.remaining_balance).where(
            view.c.commitment_id.in_([c.id for c in commitments])
        )
        remaining = {cid: Decimal(str(left)) for cid, left in session.execute(query)}
    used = _medical_notes_used(session, lesson, student_ids, zone)
    facts = {
        student_id: StudentFacts(
            special_rate=rates.get(student_id),
            commitments=tuple(c for c in commitments if c.student_id == student_id),
            medical_notes_used=used.get(student_id, 0),
        )
        for student_id in student_ids
    }
    return facts, remaining


def _instructor(session: Session, lesson: LessonInstance) -> InstructorFacts:
    employee = session.get(t.Employee, lesson.instructor_employee_id)
    capabilities = tuple(
        mappers.capability(row)
        for row in session.scalars(
            sa.select(t.CapabilityRow).where(t.CapabilityRow.employee_id == lesson.instructor_employee_id)
        )
    )
    rates = tuple(
        mappers.rate(row)
        for row in session.scalars(
            sa.select(t.RateHistoryRow).where(t.RateHistoryRow.employee_id == lesson.instructor_employee_id)
        )
    )
    return InstructorFacts(
        current_rate=employee.current_rate if employee is not None else None,
        employee_type=employee.employee_type if employee is not None else None,
        capabilities=capabilities,
        rate_history=rates,
    )


def lesson_facts(session: Session, lesson: LessonInstance, settings: ChargingSettings, zone: ZoneInfo) -> LessonFacts:
    service_row = session.get(t.ServiceRow, lesson.service_id)
    template_price = None
    if lesson.template_id is not None:
        template_price = session.scalar(
            sa.select(t.TemplateRow.price_override).where(t.TemplateRow.id == lesson.template_id)
        )
    students, remaining = _students(session, lesson, zone)
    participant_ids = [p.id for p in lesson.participants]
    consumption = tuple(
        mappers.consumption(row)
        for row in session.scalars(
            sa.select(t.ConsumptionRow)
            .where(t.ConsumptionRow.lesson_participant_id.in_(participant_ids))
            .order_by(t.ConsumptionRow.created_at)
        )
    )
    earnings = tuple(
        earning(row)
        for row in session.scalars(
            sa.select(t.EarningRow)
            .where(t.EarningRow.lesson_instance_id == lesson.id)
            .order_by(t.EarningRow.created_at)
        )
    )
    return LessonFacts(
        lesson=lesson,
        service=mappers.service(service_row) if service_row is not None else None,
        template_price_override=template_price,
        students=students,
        remaining=remaining,
        consumption=consumption,
        earnings=earnings,
        instructor=_instructor(session, lesson),
        settings=settings,
        zone=zone,
    )
