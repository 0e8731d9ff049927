"""Each role sees and can do exactly what plan §7 says — in the services layer, in the data layer,
and in what the screens offer.

Plan §7.1: Owner — full control, settings, payroll, financials. Admin — scheduling, financials,
forms (and the settings screen). Office — daily scheduling, confirmations, attendance, limited
(read-only) financial access. Instructor — their own lessons and attendance. Read-only — reports.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy.engine import Engine

from reinex_desktop.domain.attendance.commands import CorrectAttendance, MarkAttended, SetLessonPrice
from reinex_desktop.domain.attendance.rules import AttendanceAction
from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.charging.commitments import CreateCommitment
from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.configuration.commands import SaveSettings, SetInstructorColor
from reinex_desktop.domain.payroll.commands import ExportPayroll
from reinex_desktop.domain.payroll.export import Month
from reinex_desktop.domain.permissions import ROLE_DEFAULTS, Permission, Role
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.attendance import AttendanceService
from reinex_desktop.services.commitments import balance_warnings, create_commitment, student_commitments
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.messages import message_for
from reinex_desktop.services.payroll import export_payroll, payroll_month
from reinex_desktop.services.settings import load_settings, save_settings, set_instructor_color
from reinex_desktop.sync.mutations import Outcome
from reinex_desktop.ui.sections import registered_sections
from tests.ledger_world import NOW, World, build_world

P = Permission
EXPECTED_KEYS: dict[Role, set[Permission]] = {
    Role.OWNER: set(Permission) - {P.WHATSAPP_AUTOMATED, P.GREENINVOICE},
    Role.ADMIN: {
        P.ENABLED,
        P.SCHEDULE_MANAGE,
        P.FINANCIALS_MANAGE,
        P.FINANCIALS_VIEW,
        P.FORMS_MANAGE,
        P.WAITING_LIST_MANAGE,
        P.WHATSAPP_MANUAL,
        P.MEDICAL_FLAGS_VIEW,
        P.ATTENDANCE_MARK,
        P.SETTINGS_MANAGE,
    },
    Role.OFFICE: {
        P.ENABLED,
        P.SCHEDULE_MANAGE,
        P.FINANCIALS_VIEW,
        P.WAITING_LIST_MANAGE,
        P.WHATSAPP_MANUAL,
        P.ATTENDANCE_MARK,
    },
    Role.INSTRUCTOR: {P.ENABLED, P.MEDICAL_FLAGS_VIEW, P.ATTENDANCE_MARK},
    Role.READ_ONLY: {P.ENABLED, P.FINANCIALS_VIEW},
}

ALL = set(Role)
MANAGERS = {Role.OWNER, Role.ADMIN}
DESK = {Role.OWNER, Role.ADMIN, Role.OFFICE}

#: use case → the roles that may run it (plan §7.1).
MAY: dict[str, set[Role]] = {
    "mark attendance on own lesson": {Role.OWNER, Role.ADMIN, Role.OFFICE, Role.INSTRUCTOR},
    "mark attendance on another instructor's lesson": DESK,
    "confirm attendance": {Role.OWNER, Role.ADMIN, Role.OFFICE, Role.INSTRUCTOR},
    "correct a settled lesson": MANAGERS,
    "set a lesson's price": MANAGERS,
    "prepare a WhatsApp message": DESK,
    "see a student's commitments": {Role.OWNER, Role.ADMIN, Role.OFFICE, Role.READ_ONLY},
    "open a commitment": MANAGERS,
    "see payroll": {Role.OWNER},
    "export payroll": {Role.OWNER},
    "read settings": MANAGERS,
    "change settings": MANAGERS,
    "set an instructor's color": MANAGERS,
}


def test_the_role_table_is_plan_section_7() -> None:
    assert {role: set(keys) for role, keys in ROLE_DEFAULTS.items()} == EXPECTED_KEYS


def _use_cases(world: World, context: AppContext) -> dict[str, Callable[[], object]]:
    service = AttendanceService(context)
    student = world.student()
    own, [own_p] = world.lesson(student, start=NOW - timedelta(hours=1))
    other, [other_p] = world.lesson(student, start=NOW - timedelta(hours=2), instructor_id=world.other_instructor_id)
    later, [later_p] = world.lesson(student, start=NOW + timedelta(days=1))
    settled, [settled_p] = world.lesson(student, start=NOW - timedelta(hours=3))
    AttendanceService(world.context()).mark_no_show(settled, settled_p)
    priced, _ = world.lesson(student, start=NOW + timedelta(days=2))
    month = Month.of(context.today())
    return {
        "mark attendance on own lesson": lambda: service.mark_attended(own, own_p),
        "mark attendance on another instructor's lesson": lambda: service.mark_attended(other, other_p),
        "confirm attendance": lambda: service.confirm(later, later_p),
        "correct a settled lesson": lambda: service.correct(settled, settled_p, reason="טעות"),
        "set a lesson's price": lambda: service.set_lesson_price(priced, Decimal("100")),
        "prepare a WhatsApp message": lambda: message_for(context, later, later_p),
        "see a student's commitments": lambda: student_commitments(context, student),
        "open a commitment": lambda: create_commitment(
            context, student_id=student, service_id=world.service_id, total_amount=Decimal(500), payer_type="private"
        ),
        "see payroll": lambda: payroll_month(context, month),
        "export payroll": lambda: export_payroll(context, month),
        "read settings": lambda: load_settings(context),
        "change settings": lambda: save_settings(context, {"generation_horizon_days": 21}),
        "set an instructor's color": lambda: set_instructor_color(context, world.other_instructor_id, "#123456"),
    }


@pytest.mark.parametrize("role", list(Role))
def test_each_role_can_do_exactly_what_the_plan_says(sqlite_engine: Engine, role: Role) -> None:
    world = build_world(sqlite_engine)
    context = world.context(role, employee_id=world.instructor_id if role is Role.INSTRUCTOR else None)
    allowed = set()
    for name, run in _use_cases(world, context).items():
        try:
            run()
        except DomainError as refusal:
            assert refusal.code in ("forbidden", "rule_violation"), (name, refusal)
        else:
            allowed.add(name)
    assert allowed == {name for name, roles in MAY.items() if role in roles}


def _commands(world: World) -> dict[str, Command]:
    student = world.student()
    lesson, [pid] = world.lesson(student, start=NOW - timedelta(hours=1), instructor_id=world.other_instructor_id)
    settled, [settled_p] = world.lesson(student, start=NOW - timedelta(hours=2))
    AttendanceService(world.context()).mark_attended(settled, settled_p)
    priced, _ = world.lesson(student, start=NOW + timedelta(days=1))
    return {
        "mark attendance on another instructor's lesson": MarkAttended(lesson, pid),
        "correct a settled lesson": CorrectAttendance(settled, settled_p, "טעות", AttendanceAction.NO_SHOW),
        "set a lesson's price": SetLessonPrice(priced, Decimal(90)),
        "open a commitment": CreateCommitment(student, world.service_id, Decimal(500), "private", NOW.date()),
        "export payroll": ExportPayroll(str(Month.of(NOW.date()))),
        "change settings": SaveSettings({"generation_horizon_days": 21}),
        "set an instructor's color": SetInstructorColor(world.instructor_id, "#654321"),
    }


@pytest.mark.parametrize("role", list(Role))
def test_the_data_layer_refuses_the_same(sqlite_engine: Engine, role: Role) -> None:
    world = build_world(sqlite_engine)
    actor = Actor(None, "משתמש", role.value, employee_id=world.instructor_id if role is Role.INSTRUCTOR else None)
    applied = {
        name for name, command in _commands(world).items() if world.apply(command, actor).outcome is Outcome.APPLIED
    }
    assert applied == {name for name in _commands(world) if role in MAY[name]}


def test_the_screens_offer_what_the_role_may_do(sqlite_engine: Engine) -> None:
    world = build_world(sqlite_engine)
    sections = {s.key: s for s in registered_sections()}
    for key, roles in (("payroll", {Role.OWNER}), ("settings", MANAGERS)):
        assert {r for r in Role if sections[key].visible(world.context(r).user)} == roles
    student = world.student()
    world.commitment(student, "100")
    lesson, [pid] = world.lesson(student, start=NOW - timedelta(minutes=10))
    theirs, _ = world.lesson(
        world.student("עומר"), start=NOW - timedelta(minutes=10), instructor_id=world.other_instructor_id
    )
    lesson_row = world.gateway.lesson(lesson)
    their_row = world.gateway.lesson(theirs)
    assert lesson_row is not None and their_row is not None
    everything = {
        AttendanceAction.CONFIRM,
        AttendanceAction.ATTENDED,
        AttendanceAction.NO_SHOW,
        AttendanceAction.CANCEL_BY_STUDENT,
        AttendanceAction.CANCEL_BY_CLINIC,
    }
    for role in Role:
        context = world.context(role, employee_id=world.instructor_id if role is Role.INSTRUCTOR else None)
        service = AttendanceService(context)
        offered = service.allowed_actions(lesson_row, lesson_row.participants[0])
        assert offered == (everything if role is not Role.READ_ONLY else set()), role
        others = service.allowed_actions(their_row, their_row.participants[0])
        assert others == (everything if role in DESK else set()), role
        warnings = balance_warnings(context, [student])
        assert bool(warnings) is (role is not Role.INSTRUCTOR), role
    AttendanceService(world.context()).mark_attended(lesson, pid)
    settled = world.gateway.lesson(lesson)
    assert settled is not None
    for role in Role:
        offered = AttendanceService(world.context(role)).allowed_actions(settled, settled.participants[0])
        assert offered == ({AttendanceAction.CORRECT} if role in MANAGERS else set()), role
