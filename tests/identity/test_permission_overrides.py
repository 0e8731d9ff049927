"""Organization permission overrides (plan §7.2) on top of the role defaults, and the §7.3 switches.

The oracle of the property test is the rule as written: an override set to false takes a key away
from every role; one set to true hands an organization switch (`reinex_enabled`, automated
WhatsApp, GreenInvoice) to the managers — `reinex_enabled` to everyone — and changes nothing else.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import uuid4

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from reinex_desktop.app import Backend, LaunchOptions, build_context
from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.calendar.commands import BookOneTimeLesson
from reinex_desktop.domain.enums import OnboardingStatus
from reinex_desktop.domain.identity import membership_in, signed_in
from reinex_desktop.domain.permissions import (
    PERMISSIONS_SETTING_KEY,
    ROLE_DEFAULTS,
    Permission,
    Role,
    parse_overrides,
    permissions_for,
)
from reinex_desktop.domain.settings import SaveSetting
from reinex_desktop.domain.students.commands import UpdateStudent
from reinex_desktop.domain.students.details import StudentDetails, details_of
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.calendar.scheduling import BookingRequest, book_lesson
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.students.editing import create_student, update_student
from reinex_desktop.sync.gateway import Gateway
from reinex_desktop.sync.mutations import Mutation, MutationResult, Outcome
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.ui.calendar.day_view import DayCalendarView
from reinex_desktop.ui.disabled_view import ReinexDisabledView
from reinex_desktop.ui.main_window import MainWindow
from reinex_desktop.ui.settings.settings_view import SettingsView
from reinex_desktop.ui.students.student_editor import StudentEditorDialog
from tests.sync.sync_fixtures import ORG, TOKENS, busy_day, running_backend
from tests.ui.conftest import save_png

OWNER = Actor(None, "דנה", "owner")
ADMIN = Actor(None, "יעל", "admin")
OFFICE = Actor(None, "קבלה", "office")
NO_SCHEDULING = {Permission.SCHEDULE_MANAGE.value: False}
SWITCHES = {Permission.ENABLED, Permission.WHATSAPP_AUTOMATED, Permission.GREENINVOICE}
TURNED_OFF = "ריינקס כבוי בארגון הזה. בקשו מבעלי הארגון להפעיל אותו."


@given(
    role=st.sampled_from(list(Role)),
    overrides=st.dictionaries(
        st.sampled_from([p.value for p in Permission] + ["tutti_feature", "reinex_unknown"]), st.booleans()
    ),
)
def test_overrides_revoke_from_everyone_and_grant_only_the_organization_switches(
    role: Role, overrides: dict[str, bool]
) -> None:
    expected = set()
    for permission in Permission:
        said = overrides.get(permission.value)
        if said is False:
            continue
        by_default = permission in ROLE_DEFAULTS[role]
        switched_on = said is True and permission in SWITCHES
        if permission is Permission.ENABLED:
            allowed = by_default or switched_on
        else:
            allowed = by_default or (switched_on and role in (Role.OWNER, Role.ADMIN))
        if allowed:
            expected.add(permission)
    assert permissions_for(role, overrides) == expected


def test_overrides_written_as_text_count_and_anything_else_is_ignored() -> None:
    raw = {"reinex_forms_manage": "false", "reinex_enabled": " TRUE ", "reinex_payroll_manage": 0, "x": None}
    assert parse_overrides(raw) == {"reinex_forms_manage": False, "reinex_enabled": True}
    assert parse_overrides(["reinex_enabled"]) == {}


# --- a tenant database written directly (embedded, database mode) ---------------------------------


def _apply(gateway: Gateway, command: Any, actor: Actor) -> MutationResult:
    return gateway.apply(Mutation.of(command, actor))


def _booking(gateway: Gateway) -> BookingRequest:
    instructor = gateway.instructors()[0]
    service = next(s for s in gateway.services() if s.duration_minutes)
    student = gateway.students()[0]
    start = datetime(2031, 3, 4, 6, 0, tzinfo=UTC)  # a Tuesday morning, long after any test's clock
    return BookingRequest(instructor.id, service.id, start, 45, (student.id,))


def _book(request: BookingRequest) -> BookOneTimeLesson:
    return BookOneTimeLesson(
        lesson_id=uuid4(),
        instructor_id=request.instructor_id,
        service_id=request.service_id,
        start=request.start,
        duration_minutes=request.duration_minutes,
        student_ids=request.student_ids,
    )


def _context(engine: Engine, role: Role) -> AppContext:
    return build_context(LaunchOptions(role=role), Backend(TenantDbGateway(engine), "database"))


def test_a_revoked_key_is_refused_by_the_service_and_by_the_data_layer(qapp: QApplication, demo_engine: Engine) -> None:
    gateway = TenantDbGateway(demo_engine)
    request = _booking(gateway)
    allowed = _apply(gateway, _book(request), OFFICE)
    assert allowed.outcome is Outcome.APPLIED  # the front desk books by default

    assert _apply(gateway, SaveSetting(PERMISSIONS_SETTING_KEY, NO_SCHEDULING), OWNER).outcome is Outcome.APPLIED
    office = _context(demo_engine, Role.OFFICE)
    assert not office.user.can(Permission.SCHEDULE_MANAGE)
    later = BookingRequest(request.instructor_id, request.service_id, request.start + timedelta(hours=3), 45, ())
    with pytest.raises(DomainError) as refused:
        book_lesson(office, later)
    assert refused.value.code == "forbidden"
    verdict = _apply(gateway, _book(later), OFFICE)  # a desk that skips the service is refused too
    assert verdict.outcome is Outcome.REJECTED and verdict.result["code"] == "forbidden"


def test_only_the_owner_changes_the_overrides_and_only_to_known_keys(demo_engine: Engine) -> None:
    gateway = TenantDbGateway(demo_engine)
    by_admin = _apply(gateway, SaveSetting(PERMISSIONS_SETTING_KEY, {"reinex_greeninvoice_enabled": True}), ADMIN)
    assert by_admin.outcome is Outcome.REJECTED and by_admin.result["code"] == "forbidden"
    unknown = _apply(gateway, SaveSetting(PERMISSIONS_SETTING_KEY, {"reinex_everything": True}), OWNER)
    assert unknown.outcome is Outcome.REJECTED and "reinex_everything" in (
        unknown.message.render() if unknown.message else ""
    )
    assert PERMISSIONS_SETTING_KEY not in gateway.settings().raw


def test_reinex_turned_off_refuses_everything_with_the_message(
    qapp: QApplication, hebrew_app: QApplication, demo_engine: Engine
) -> None:
    gateway = TenantDbGateway(demo_engine)
    off = {Permission.ENABLED.value: False}
    assert _apply(gateway, SaveSetting(PERMISSIONS_SETTING_KEY, off), OWNER).outcome is Outcome.APPLIED
    owner = _context(demo_engine, Role.OWNER)
    assert not owner.user.enabled and not owner.user.can(Permission.SCHEDULE_MANAGE)
    with pytest.raises(DomainError) as refused:
        book_lesson(owner, _booking(gateway))
    assert refused.value.code == "reinex_disabled"
    verdict = _apply(gateway, _book(_booking(gateway)), OWNER)
    assert verdict.outcome is Outcome.REJECTED and verdict.result["code"] == "reinex_disabled"
    assert _apply(gateway, SaveSetting("clinic_name", "x"), OWNER).result["code"] == "reinex_disabled"
    # turning it back on is the owner's to do, even while it is off
    assert _apply(gateway, SaveSetting(PERMISSIONS_SETTING_KEY, {}), ADMIN).result["code"] == "forbidden"
    assert _apply(gateway, SaveSetting(PERMISSIONS_SETTING_KEY, {}), OWNER).outcome is Outcome.APPLIED
    assert _context(demo_engine, Role.OWNER).user.enabled


# --- what the screens offer ------------------------------------------------------------------------


@pytest.fixture
def _inline_operations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REINEX_SYNC_OPERATIONS", "1")


def _window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context, schema=context.gateway.check_schema())
    qtbot.addWidget(window)
    return window


def _day_view(window: MainWindow) -> DayCalendarView:
    view = window.open_section("day", busy_day())
    assert isinstance(view, DayCalendarView) and view.view is not None
    return view


@pytest.mark.usefixtures("_inline_operations")
def test_a_revoked_key_hides_its_actions(qtbot: QtBot, hebrew_app: QApplication, demo_engine: Engine) -> None:
    gateway = TenantDbGateway(demo_engine)
    before = _window(qtbot, _context(demo_engine, Role.OWNER))
    assert {"generation", "templates"} <= set(before.section_keys)
    day = _day_view(before)
    assert not day.pins.isHidden() and day.book_button.isEnabled()

    assert _apply(gateway, SaveSetting(PERMISSIONS_SETTING_KEY, NO_SCHEDULING), OWNER).outcome is Outcome.APPLIED
    after = _window(qtbot, _context(demo_engine, Role.OWNER))
    assert "generation" not in after.section_keys and "templates" not in after.section_keys
    assert "settings" in after.section_keys  # only what the key names goes away
    day = _day_view(after)
    assert day.pins.isHidden() and not day.book_button.isEnabled() and not day.find_button.isEnabled()
    instructor = day.view.layout.columns[0].instructor.id if day.view else None
    assert instructor is not None
    menu = day.build_menu(None, instructor, datetime(2031, 3, 4, 6, 0, tzinfo=UTC))
    assert menu is not None and not menu.actions()[0].isEnabled()  # "book a lesson here" is greyed out
    save_png(after, "permissions_schedule_revoked_he")


@pytest.mark.usefixtures("_inline_operations")
def test_reinex_turned_off_shows_the_message_instead_of_the_clinic(
    qtbot: QtBot, hebrew_app: QApplication, demo_engine: Engine
) -> None:
    gateway = TenantDbGateway(demo_engine)
    off = {Permission.ENABLED.value: False, Permission.FORMS_MANAGE.value: False}
    assert _apply(gateway, SaveSetting(PERMISSIONS_SETTING_KEY, off), OWNER).outcome is Outcome.APPLIED
    office = _window(qtbot, _context(demo_engine, Role.OFFICE))
    assert isinstance(office.centralWidget(), ReinexDisabledView) and office.section_keys == []
    assert office.findChild(QPushButton, "turnReinexOn").isHidden()  # type: ignore[union-attr]
    window = _window(qtbot, _context(demo_engine, Role.OWNER))
    assert isinstance(window.centralWidget(), ReinexDisabledView) and window.section_keys == []
    message = window.findChild(QLabel, "reinexDisabledMessage")
    assert message is not None and message.text() == TURNED_OFF
    save_png(window, "permissions_reinex_off_he")
    turn_on = window.findChild(QPushButton, "turnReinexOn")
    assert turn_on is not None and not turn_on.isHidden()
    turn_on.click()
    status = window.findChild(QLabel, "reinexDisabledStatus")
    assert status is not None and status.text().startswith("ריינקס פעיל שוב")
    again = _context(demo_engine, Role.OWNER)
    assert again.user.enabled and not again.user.can(Permission.FORMS_MANAGE)  # only the switch changed


# --- the web backend ---------------------------------------------------------------------------------


def test_the_web_backend_hands_out_the_overrides_and_refuses_a_revoked_key(
    qapp: QApplication, seeded_pg_engine: Engine
) -> None:
    overrides = {ORG: {**NO_SCHEDULING, "reinex_greeninvoice_enabled": True}}
    with running_backend(seeded_pg_engine, tokens=TOKENS, org_permissions=overrides) as backend:
        office = backend.gateway("office-token")
        organization = office.user_context()["organizations"][0]
        assert organization["permissions"] == overrides[ORG] and organization["membership"]["role"] == "office"
        membership = membership_in(office.user_context(), ORG)
        context = build_context(LaunchOptions(), Backend(office, "web", signed_in=signed_in(membership)))
        assert context.user.role is Role.OFFICE and not context.user.can(Permission.SCHEDULE_MANAGE)
        assert not context.user.can(Permission.GREENINVOICE)  # an organization switch is for its managers
        verdict = office.apply(Mutation.of(_book(_booking(office)), OFFICE))
        assert verdict.outcome is Outcome.REJECTED and verdict.result["code"] == "forbidden"
        owner = membership_in(backend.gateway("owner-token").user_context(), ORG)
        assert Permission.GREENINVOICE in signed_in_permissions(owner)


def test_the_web_backend_refuses_every_write_while_reinex_is_off(seeded_pg_engine: Engine) -> None:
    off = {ORG: {Permission.ENABLED.value: False}}
    with running_backend(seeded_pg_engine, tokens=TOKENS, org_permissions=off) as backend:
        owner = backend.gateway("owner-token")
        verdict = owner.apply(Mutation.of(_book(_booking(owner)), OWNER))
        assert verdict.outcome is Outcome.REJECTED and verdict.result["code"] == "reinex_disabled"


def signed_in_permissions(membership: dict[str, Any] | None) -> frozenset[Permission]:
    signed = signed_in(membership)
    return permissions_for(signed.role, signed.overrides)


# --- forms: the onboarding review (reinex_forms_manage) ---------------------------------------------


def test_the_forms_key_gates_the_onboarding_review(qtbot: QtBot, hebrew_app: QApplication, demo_engine: Engine) -> None:
    gateway = TenantDbGateway(demo_engine)
    student = next(s for s in gateway.students() if s.onboarding_status is OnboardingStatus.NOT_STARTED)
    approved = replace(details_of(student, with_medical=False), onboarding_status=OnboardingStatus.APPROVED)
    office = _context(demo_engine, Role.OFFICE)  # forms are the managers' (plan §7.1)
    with pytest.raises(DomainError):
        update_student(office, student, approved)
    verdict = _apply(gateway, UpdateStudent(student.id, approved), OFFICE)
    assert verdict.outcome is Outcome.REJECTED and verdict.result["code"] == "forbidden"
    new_student = StudentDetails(first_name="נועה", last_name="כהן")
    assert create_student(office, new_student)  # a new student's forms "not started" needs no review

    revoked = {Permission.FORMS_MANAGE.value: False}
    assert _apply(gateway, SaveSetting(PERMISSIONS_SETTING_KEY, revoked), OWNER).outcome is Outcome.APPLIED
    admin = _context(demo_engine, Role.ADMIN)
    editor = StudentEditorDialog(admin, student)
    qtbot.addWidget(editor)
    assert not editor.onboarding.isEnabled() and editor.first_name.isEnabled()
    with pytest.raises(DomainError):
        update_student(admin, student, approved)
    verdict = _apply(gateway, UpdateStudent(student.id, approved), ADMIN)
    assert verdict.outcome is Outcome.REJECTED and verdict.result["code"] == "forbidden"
    assert _apply(gateway, SaveSetting(PERMISSIONS_SETTING_KEY, {}), OWNER).outcome is Outcome.APPLIED
    assert update_student(_context(demo_engine, Role.ADMIN), student, approved) is not None


# --- the owner sets the overrides of a clinic database ----------------------------------------------


@pytest.mark.usefixtures("_inline_operations")
def test_the_owner_turns_keys_off_and_on_in_the_settings_screen(
    qtbot: QtBot, hebrew_app: QApplication, demo_engine: Engine
) -> None:
    assert SettingsView(_context(demo_engine, Role.ADMIN)).permissions is None  # the owner's alone
    view = SettingsView(_context(demo_engine, Role.OWNER))
    qtbot.addWidget(view)
    view.resize(1100, 760)
    assert view.permissions is not None and view.changed_values() == {}
    view.permissions.choose(Permission.WAITING_LIST_MANAGE, False)
    view.permissions.choose(Permission.GREENINVOICE, True)
    assert view.changed_values() == {
        PERMISSIONS_SETTING_KEY: {"reinex_waiting_list_manage": False, "reinex_greeninvoice_enabled": True}
    }
    view.save()
    view.show_tab(view._tabs.count() - 1)
    save_png(view, "settings_permissions_he")
    office, owner = _context(demo_engine, Role.OFFICE), _context(demo_engine, Role.OWNER)
    assert not office.user.can(Permission.WAITING_LIST_MANAGE) and not office.user.can(Permission.GREENINVOICE)
    assert owner.user.can(Permission.GREENINVOICE) and not owner.user.can(Permission.WAITING_LIST_MANAGE)
    combo = view.findChild(QComboBox, "permission_reinex_waiting_list_manage")
    assert combo is not None and combo.currentText() == "כבוי"  # shown as saved after the reload
