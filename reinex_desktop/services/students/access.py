"""Who sees which students and what of them (plan §7.1, §7.3)."""

from __future__ import annotations

from dataclasses import replace
from uuid import UUID

from reinex_desktop.domain.people import Student
from reinex_desktop.domain.permissions import Permission, Role
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message
from reinex_desktop.services.context import AppContext

_HIDDEN = QT_TRANSLATE_NOOP("StudentServices", "This student is not assigned to you.")
_MISSING = QT_TRANSLATE_NOOP("StudentServices", "This student no longer exists.")


def visible_ids(context: AppContext) -> frozenset[UUID] | None:
    """None when the user sees every student; an instructor sees only students with a template
    or a lesson with them (plan §7.1)."""
    if context.user.role is not Role.INSTRUCTOR:
        return None
    employee = context.user.actor.employee_id
    return context.gateway.student_ids_assigned_to(employee) if employee else frozenset()


def medical_visible(context: AppContext) -> bool:
    """Medical flags are shown only with `reinex_medical_flags_view` (plan §7.3)."""
    return context.user.can(Permission.MEDICAL_FLAGS_VIEW)


def for_viewer(context: AppContext, student: Student) -> Student:
    """The student as this user may see them: without medical flags unless allowed."""
    return student if medical_visible(context) else replace(student, medical_flags=())


def visible_student(context: AppContext, student_id: UUID) -> Student:
    """The student if this user may open them; a `DomainError` otherwise."""
    allowed = visible_ids(context)
    if allowed is not None and student_id not in allowed:
        raise DomainError(Message("StudentServices", _HIDDEN), code="forbidden")
    student = context.gateway.student(student_id)
    if student is None:
        raise DomainError(Message("StudentServices", _MISSING), code="not_found")
    return for_viewer(context, student)
