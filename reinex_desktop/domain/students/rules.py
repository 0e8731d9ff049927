"""Who may change what about a student.

Permissions (plan §7): the desk roles that manage the schedule (Owner, Admin, Office) create and
edit students and guardians; a special rate is money and needs `reinex_financials_manage`;
medical flags are sensitive and need `reinex_medical_flags_view` to be seen or changed; the
onboarding status records the forms' review and needs `reinex_forms_manage` (beyond the default
"not started" of a new student).
Instructors see only the students assigned to them and change none (plan §7.1).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from reinex_desktop.domain.enums import OnboardingStatus
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.domain.students.details import FieldChange

NOT_STARTED = OnboardingStatus.NOT_STARTED

#: Creating, editing and deactivating students and their guardians.
STUDENT_WRITE = Permission.SCHEDULE_MANAGE
#: What a field needs beyond `STUDENT_WRITE`.
FIELD_PERMISSIONS: Mapping[str, Permission] = {
    "special_rate": Permission.FINANCIALS_MANAGE,
    "medical_flags": Permission.MEDICAL_FLAGS_VIEW,
    "onboarding_status": Permission.FORMS_MANAGE,
}


def permissions_needed(changes: Iterable[FieldChange]) -> frozenset[Permission]:
    """Every permission a set of field changes requires (plan §7.3)."""
    needed = {STUDENT_WRITE}
    for change in changes:
        if change.field == "onboarding_status" and change.before is None and change.after == NOT_STARTED:
            continue  # a new student's forms are not started: nobody reviewed anything yet
        extra = FIELD_PERMISSIONS.get(change.field)
        if extra is not None:
            needed.add(extra)
    return frozenset(needed)
