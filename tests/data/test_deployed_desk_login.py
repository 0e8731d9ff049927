"""A desk that signs in as a member of `app_user` only does a day's work on an upgraded tenant.

Everything goes through the real layers (services → TenantDbGateway → PostgreSQL) as the
least-privilege login the README describes: open the day, book, mark attendance, generate, undo.
"""

from __future__ import annotations

from datetime import time, timedelta

import sqlalchemy as sa

from reinex_desktop.data.setup_script import apply_schema
from reinex_desktop.domain.clinic_time import local_to_utc
from reinex_desktop.domain.clock import fixed_clock
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.attendance import AttendanceService
from reinex_desktop.services.calendar import scheduling
from reinex_desktop.services.calendar.day import CalendarService
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.services.generation.preview import preview_generation
from reinex_desktop.services.generation.runs import apply_preview, undo_run
from reinex_desktop.sync.tenant_db import TenantDbGateway
from tests.calendar_fixtures import CalendarWorld
from tests.deployed_tenant import DeployedTenant
from tests.generation_world import ZONE, build_world


def test_a_desk_login_in_app_user_only_does_a_days_work(deployed_tenant: DeployedTenant) -> None:
    owner = deployed_tenant.engine()
    apply_schema(owner)
    world = build_world(owner)  # the clinic's data, as the web app would have entered it
    now = local_to_utc(world.first - timedelta(days=2), time(12), ZONE)
    seeded = CalendarWorld(owner)
    a, b = world.instructors
    yesterday = now - timedelta(days=1)
    past_lesson = seeded.lesson(a, world.riding, yesterday, 45, [world.students[0]])

    desk = deployed_tenant.engine(deployed_tenant.logins.desk)
    clock = fixed_clock(now)
    context = AppContext(
        gateway=TenantDbGateway(desk, clock=clock), user=UserContext.for_role(Role.OWNER, "דלפק"), clock=clock
    )

    day = CalendarService(context).open_day(world.first)
    assert {column.instructor.id for column in day.layout.columns} >= {a, b}

    start = local_to_utc(world.first, time(13), ZONE)
    request = scheduling.BookingRequest(b, world.riding, start, 45, (world.students[5],))
    booked = scheduling.book_lesson(context, request)
    assert context.gateway.lesson(booked).datetime_start == start

    [participant] = context.gateway.lesson(past_lesson).participants
    AttendanceService(context).mark_attended(past_lesson, participant.id)
    assert context.gateway.lesson(past_lesson).participants[0].participant_status == "attended"

    preview = preview_generation(context, world.first, world.last)
    report = apply_preview(context, preview)
    assert report.inserted_instances == preview.counts.instances > 0
    undone = undo_run(context, report.run_id)
    assert undone.lessons_deleted == report.inserted_instances

    with owner.connect() as connection:
        audited = connection.execute(sa.text("SELECT count(*) FROM public.audit_events")).scalar_one()
        fed = set(connection.execute(sa.text("SELECT DISTINCT table_name FROM public.sync_changes")).scalars())
    assert audited >= 4  # the booking, the attendance, the generation and its undo, all recorded
    assert {"lesson_instances", "lesson_participants", "generation_runs", "audit_events"} <= fed
