"""Rows of the tenant tables to frozen domain objects (and back for the few values that need it).

Each mapper takes an ORM object or a Core row alike (large reads use Core rows: they are several
times cheaper to build); participant and lesson mappers also take rows that select only the
columns a reader needs.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.engine import Row

from reinex_desktop.data import tables as t
from reinex_desktop.domain.catalog import Capability, Instructor, RateHistoryEntry, Service
from reinex_desktop.domain.enums import (
    CreatedSource,
    DocumentationStatus,
    FlagSeverity,
    LessonStatus,
    NotificationMethod,
    OnboardingStatus,
    OverrideType,
    ParticipantStatus,
)
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant, LessonTemplate, TemplateOverride
from reinex_desktop.domain.money import Commitment, CommitmentBalance, ConsumptionEntry
from reinex_desktop.domain.people import Guardian, MedicalFlag, Student, person_name


def _meta(value: Mapping[str, Any] | None) -> dict[str, Any]:
    return dict(value) if isinstance(value, Mapping) else {}


def _row_meta(row: Any) -> dict[str, Any]:
    """The `metadata` column of an ORM object (mapped as `metadata_`) or of a Core row."""
    if isinstance(row, Row):
        return _meta(row.metadata)
    return _meta(getattr(row, "metadata_", None))


def _decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def instructor(row: t.Employee, profile: t.InstructorProfileRow | None = None) -> Instructor:
    meta = _row_meta(row)
    return Instructor(
        id=row.id,
        name=row.name,
        employee_number=row.employee_id or "",
        color=meta.get("instructor_color"),
        phone=row.phone,
        email=row.email,
        is_active=row.is_active is not False,
        current_rate=row.current_rate,
        working_days=tuple(profile.working_days) if profile and profile.working_days else None,
        break_time_minutes=profile.break_time_minutes if profile else None,
        metadata=meta,
    )


def service(row: t.ServiceRow) -> Service:
    meta = _row_meta(row)
    return Service(
        id=row.id,
        name=row.name,
        duration_minutes=int(row.duration_minutes) if row.duration_minutes is not None else None,
        color=row.color,
        payment_model=row.payment_model,
        base_price=_decimal(meta.get("base_price")),
        metadata=meta,
    )


def capability(row: t.CapabilityRow) -> Capability:
    return Capability(
        id=row.id,
        employee_id=row.employee_id,
        service_id=row.service_id,
        max_students=row.max_students,
        base_rate=row.base_rate,
    )


def rate(row: t.RateHistoryRow) -> RateHistoryEntry:
    return RateHistoryEntry(
        id=row.id,
        employee_id=row.employee_id,
        rate=row.rate,
        effective_date=row.effective_date,
        service_id=row.service_id,
    )


def _flags(value: Any) -> tuple[MedicalFlag, ...]:
    flags: list[MedicalFlag] = []
    for item in value or ():
        if isinstance(item, str):
            flags.append(MedicalFlag(item))
        elif isinstance(item, Mapping) and item.get("label"):
            severity = item.get("severity", "medium")
            flags.append(
                MedicalFlag(
                    str(item["label"]),
                    FlagSeverity(severity) if severity in tuple(FlagSeverity) else FlagSeverity.MEDIUM,
                    tuple(str(tag) for tag in item.get("tags", ())),
                )
            )
    return tuple(flags)


def student(row: t.StudentRow) -> Student:
    meta = _row_meta(row)
    return Student(
        id=row.id,
        first_name=row.first_name,
        last_name=row.last_name or "",
        middle_name=row.middle_name,
        date_of_birth=row.date_of_birth,
        notes_internal=row.notes_internal,
        default_notification_method=NotificationMethod(row.default_notification_method),
        special_rate=row.special_rate,
        medical_flags=_flags(row.medical_flags),
        onboarding_status=OnboardingStatus(row.onboarding_status),
        is_active=row.is_active,
        national_id=meta.get("national_id"),
        created_at=row.created_at,
        updated_at=row.updated_at,
        metadata=meta,
    )


def flags_to_json(flags: tuple[MedicalFlag, ...]) -> list[dict[str, Any]]:
    return [{"label": f.label, "severity": f.severity.value, "tags": list(f.tags)} for f in flags]


def guardian(row: t.GuardianRow) -> Guardian:
    return Guardian(
        id=row.id,
        first_name=row.first_name,
        last_name=row.last_name,
        middle_name=row.middle_name,
        phone=row.phone,
        email=row.email,
        created_at=row.created_at,
        metadata=_row_meta(row),
    )


def template(row: Any) -> LessonTemplate:
    return LessonTemplate(
        id=row.id,
        student_id=row.student_id,
        instructor_employee_id=row.instructor_employee_id,
        service_id=row.service_id,
        day_of_week=row.day_of_week,
        time_of_day=row.time_of_day,
        duration_minutes=row.duration_minutes,
        valid_from=row.valid_from,
        valid_until=row.valid_until,
        price_override=row.price_override,
        notes_internal=row.notes_internal,
        flags=_meta(row.flags),
        is_active=row.is_active,
        version=row.version,
        supersedes_template_id=row.supersedes_template_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        metadata=_row_meta(row),
    )


def override(row: t.OverrideRow) -> TemplateOverride:
    return TemplateOverride(
        id=row.id,
        template_id=row.template_id,
        target_date=row.target_date,
        override_type=OverrideType(row.override_type),
        new_instructor_employee_id=row.new_instructor_employee_id,
        new_service_id=row.new_service_id,
        new_time_of_day=row.new_time_of_day,
        new_duration_minutes=row.new_duration_minutes,
        note=row.note,
        created_by=row.created_by,
        created_at=row.created_at,
    )


#: The student's name parts, selected beside a participant row: `student_name(row)` joins them.
STUDENT_NAME_PARTS = (
    t.StudentRow.first_name.label("student_first_name"),
    t.StudentRow.middle_name.label("student_middle_name"),
    t.StudentRow.last_name.label("student_last_name"),
)


def student_name(row: Any) -> str:
    """The name of a row selected with `STUDENT_NAME_PARTS`, by the one rule of `person_name`."""
    return person_name(row.student_first_name, row.student_middle_name, row.student_last_name)


def participant(row: Any, student_name: str = "") -> LessonParticipant:
    return LessonParticipant(
        id=row.id,
        lesson_instance_id=row.lesson_instance_id,
        student_id=row.student_id,
        participant_status=ParticipantStatus(row.participant_status),
        price_charged=getattr(row, "price_charged", None),
        pricing_breakdown=getattr(row, "pricing_breakdown", None),
        commitment_id=getattr(row, "commitment_id", None),
        documentation_ref=getattr(row, "documentation_ref", None),
        attendance_confirmed_at=getattr(row, "attendance_confirmed_at", None),
        metadata=_row_meta(row),
        documented_at=getattr(row, "documented_at", None),
        locked_at=getattr(row, "locked_at", None),
        student_name=student_name,
    )


def instance(row: Any, participants: tuple[LessonParticipant, ...] = ()) -> LessonInstance:
    return LessonInstance(
        id=row.id,
        datetime_start=row.datetime_start,
        duration_minutes=row.duration_minutes,
        instructor_employee_id=row.instructor_employee_id,
        service_id=row.service_id,
        status=LessonStatus(row.status),
        documentation_status=DocumentationStatus(row.documentation_status),
        created_source=CreatedSource(row.created_source),
        template_id=row.template_id,
        applied_override_id=getattr(row, "applied_override_id", None),
        created_at=getattr(row, "created_at", None),
        updated_at=getattr(row, "updated_at", None),
        metadata=_row_meta(row),
        participants=participants,
    )


def commitment(row: t.CommitmentRow) -> Commitment:
    return Commitment(
        id=row.id,
        student_id=row.student_id,
        service_id=row.service_id,
        total_amount=row.total_amount,
        created_at=row.created_at,
        expires_at=row.expires_at,
        metadata=_row_meta(row),
    )


def consumption(row: t.ConsumptionRow) -> ConsumptionEntry:
    return ConsumptionEntry(
        id=row.id,
        lesson_participant_id=row.lesson_participant_id,
        amount_charged=row.amount_charged,
        commitment_id=row.commitment_id,
        created_at=row.created_at,
        metadata=_row_meta(row),
    )


def balance(row: Any) -> CommitmentBalance:
    cents = Decimal("0.01")
    return CommitmentBalance(
        commitment_id=row.commitment_id,
        total_amount=Decimal(str(row.total_amount)).quantize(cents),
        consumed_amount=Decimal(str(row.consumed_amount)).quantize(cents),
        remaining_balance=Decimal(str(row.remaining_balance)).quantize(cents),
    )
