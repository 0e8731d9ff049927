"""An instructor sees exactly their own lessons and students, in every mode (plan §7.1; issue: who is
signed in) — embedded and database through `TenantDbGateway` on SQLite and PostgreSQL, a bound
database profile through the cache, and the web backend over real HTTP."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import Engine, make_url

from reinex_desktop.app import Backend, LaunchOptions, build_context, build_gateway
from reinex_desktop.bff_server import Member
from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.sync.profile import BackendKind, ConnectionProfile
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.calendar.day import CalendarService
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.overview import day_overview
from reinex_desktop.services.students.access import visible_ids
from reinex_desktop.services.students.profile import load_profile
from reinex_desktop.services.sync.connection import ConnectionService
from reinex_desktop.sync.credentials import ProfileStore, SecretStore
from reinex_desktop.sync.tenant_db import TenantDbGateway
from tests.identity.conftest import lessons_by_instructor, not_the_first_instructor
from tests.sync.sync_fixtures import ORG, TOKENS, running_backend

MANAGER = Actor(None, "דנה", "owner")


def assert_sees_only_own(context: AppContext, instructor: UUID, day: date) -> None:
    assert context.user.role is Role.INSTRUCTOR and context.user.actor.employee_id == instructor
    view = CalendarService(context).open_day(day)
    shown = [block.lesson for block in view.layout.blocks]
    assert shown, "the instructor's own lessons of the day are shown"
    assert {lesson.instructor_employee_id for lesson in shown} == {instructor}
    assert len(shown) == lessons_by_instructor(context.gateway, day)[instructor]
    assert [column.instructor.id for column in view.layout.columns] == [instructor]
    assert day_overview(context, day).lessons == len(shown)
    students = visible_ids(context)
    assert students and students == context.gateway.student_ids_assigned_to(instructor)
    assert students < {student.id for student in context.gateway.students()}
    for student_id in sorted(students)[:4]:
        profile = load_profile(context, student_id)
        assert {line.lesson.instructor_employee_id for line in profile.history + profile.upcoming} <= {instructor}


def assert_sees_nothing(context: AppContext, day: date) -> None:
    assert context.user.role is Role.INSTRUCTOR
    assert CalendarService(context).open_day(day).layout.blocks == ()
    assert day_overview(context, day).lessons == 0 and visible_ids(context) == frozenset()


def test_an_instructor_named_at_start_sees_only_their_lessons_and_students(
    qapp: QApplication, demo_engine: Engine
) -> None:
    instructor, day = not_the_first_instructor(demo_engine)
    options = LaunchOptions(role=Role.INSTRUCTOR, staff_id=instructor)
    context = build_context(options, Backend(TenantDbGateway(demo_engine), "embedded"))
    assert_sees_only_own(context, instructor, day)


def test_an_instructor_who_names_nobody_or_a_stranger_is_refused_not_given_someone_else(
    qapp: QApplication, demo_engine: Engine
) -> None:
    backend = Backend(TenantDbGateway(demo_engine), "database")
    with pytest.raises(DomainError) as nobody:
        build_context(LaunchOptions(role=Role.INSTRUCTOR), backend)
    assert nobody.value.code == "need_staff" and "--staff" in nobody.value.message.render()
    stranger = UUID(int=42)
    with pytest.raises(DomainError) as unknown:
        build_context(LaunchOptions(role=Role.INSTRUCTOR, staff_id=stranger), backend)
    assert unknown.value.code == "not_found" and str(stranger) in unknown.value.message.render()


def test_a_database_profile_bound_to_an_instructor_shows_that_instructor_through_the_cache(
    qapp: QApplication, places: Path, seeded_pg_engine: Engine, seeded_pg_url: str
) -> None:
    instructor, day = not_the_first_instructor(seeded_pg_engine)
    url = make_url(seeded_pg_url).set(drivername="postgresql").render_as_string()
    profile = ConnectionProfile(
        BackendKind.DATABASE, database_url=url, verify_full=False, role="instructor", staff_id=str(instructor)
    )
    assert ConnectionService(ProfileStore(), SecretStore()).save(profile, None, decided_by=MANAGER) == []
    opened = build_gateway(LaunchOptions(role=Role.OWNER))  # the profile, not the default role, decides
    try:
        assert opened.kind == "database"
        assert_sees_only_own(build_context(LaunchOptions(role=Role.OWNER), opened), instructor, day)
    finally:
        opened.gateway.close()


def test_an_unbound_database_profile_opens_read_only(qapp: QApplication, places: Path, seeded_pg_url: str) -> None:
    url = make_url(seeded_pg_url).set(drivername="postgresql").render_as_string()
    ProfileStore().save(ConnectionProfile(BackendKind.DATABASE, database_url=url, verify_full=False))
    opened = build_gateway(LaunchOptions(role=Role.OWNER))
    try:
        assert build_context(LaunchOptions(role=Role.OWNER), opened).user.role is Role.READ_ONLY
    finally:
        opened.gateway.close()


def test_a_web_instructor_is_their_own_employees_row_and_stays_so_offline(
    qapp: QApplication, places: Path, seeded_pg_engine: Engine
) -> None:
    instructor, day = not_the_first_instructor(seeded_pg_engine)
    tokens = {**TOKENS, "instructor-token": Member("מדריכה", Role.INSTRUCTOR, frozenset({ORG}), user_id=instructor)}
    with running_backend(seeded_pg_engine, tokens=tokens) as backend:
        context_data = backend.gateway("instructor-token").user_context()
        assert context_data["employee"]["id"] == str(instructor)
        profile = ConnectionProfile(BackendKind.WEB, web_url=backend.url, org_id=ORG)
        assert ConnectionService(ProfileStore(), SecretStore()).save(profile, "instructor-token") == []
        opened = build_gateway(LaunchOptions())
        try:
            context = build_context(LaunchOptions(), opened)
            assert context.user.actor.user_id == instructor and context.user.actor.name == "מדריכה"
            assert_sees_only_own(context, instructor, day)
        finally:
            opened.gateway.close()
    opened = build_gateway(LaunchOptions())  # the backend is gone: the remembered user carries on
    try:
        assert_sees_only_own(build_context(LaunchOptions(), opened), instructor, day)
    finally:
        opened.gateway.close()


def test_a_web_instructor_without_a_staff_row_sees_no_one_s_lessons(
    qapp: QApplication, places: Path, seeded_pg_engine: Engine
) -> None:
    _instructor, day = not_the_first_instructor(seeded_pg_engine)
    tokens = {**TOKENS, "new-token": Member("חדשה", Role.INSTRUCTOR, frozenset({ORG}), user_id=UUID(int=7))}
    with running_backend(seeded_pg_engine, tokens=tokens) as backend:
        assert backend.gateway("new-token").user_context()["employee"] is None
        profile = ConnectionProfile(BackendKind.WEB, web_url=backend.url, org_id=ORG)
        assert ConnectionService(ProfileStore(), SecretStore()).save(profile, "new-token") == []
        opened = build_gateway(LaunchOptions())
        try:
            context = build_context(LaunchOptions(), opened)
            assert context.user.actor.employee_id is None
            assert_sees_nothing(context, day)
        finally:
            opened.gateway.close()
