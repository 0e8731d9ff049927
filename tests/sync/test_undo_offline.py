"""Ctrl+Z works offline like every other write: a move and its undo, both made with the cable pulled,
show at once from the cache and reach the tenant database once each, audited, with no conflict."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy.engine import Engine

from reinex_desktop.domain.calendar.moves import Placement
from reinex_desktop.domain.enums import LessonStatus
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.calendar import scheduling
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.services.undo import undo_last
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.sync.tenant_db.remote import TenantDbRemote
from tests.sync.sync_fixtures import Switch, audit_count, cached, seeded_pg_engine, today_bounds  # noqa: F401


def test_a_resize_and_its_undo_made_offline_sync_once_each(seeded_pg_engine: Engine, tmp_path: Path) -> None:  # noqa: F811
    switch = Switch(TenantDbRemote(seeded_pg_engine))
    moves_before = audit_count(seeded_pg_engine, action="lesson.reschedule")
    with cached(tmp_path / "cache.db", switch) as gateway:
        assert gateway.sync.run_once().error is None
        context = AppContext(gateway, UserContext.for_role(Role.OFFICE, "קבלה"))
        lesson = next(
            lesson
            for lesson in gateway.lessons_between(*today_bounds())
            if lesson.status is LessonStatus.SCHEDULED and lesson.duration_minutes >= 30
        )
        switch.online = False
        shorter = Placement(lesson.instructor_employee_id, lesson.datetime_start, lesson.duration_minutes - 15)
        scheduling.reschedule(context, lesson, shorter, via="drag")  # shorter never collides
        assert gateway.lesson(lesson.id).duration_minutes == lesson.duration_minutes - 15
        undo_last(context)
        assert gateway.lesson(lesson.id).duration_minutes == lesson.duration_minutes
        assert gateway.sync.status().pending == 2
        switch.online = True
        assert gateway.sync.drain(timeout=30)
        assert gateway.sync.status().attention == 0
    assert audit_count(seeded_pg_engine, action="lesson.reschedule") == moves_before + 2
    stored = TenantDbGateway(seeded_pg_engine).lesson(lesson.id)
    assert stored.duration_minutes == lesson.duration_minutes
    assert stored.datetime_start == lesson.datetime_start


def test_a_booking_and_its_undo_made_offline_sync_once_each(seeded_pg_engine: Engine, tmp_path: Path) -> None:  # noqa: F811
    switch = Switch(TenantDbRemote(seeded_pg_engine))
    cancels_before = audit_count(seeded_pg_engine, action="attendance.cancel_by_clinic")
    with cached(tmp_path / "cache.db", switch) as gateway:
        assert gateway.sync.run_once().error is None
        context = AppContext(gateway, UserContext.for_role(Role.OFFICE, "קבלה"))
        model = next(lesson for lesson in gateway.lessons_between(*today_bounds()) if lesson.participants)
        late = today_bounds()[1] - timedelta(hours=2)  # late evening: nobody's lesson
        switch.online = False
        request = scheduling.BookingRequest(
            model.instructor_employee_id, model.service_id, late, 30, (model.participants[0].student_id,)
        )
        lesson_id = scheduling.book_lesson(context, request)
        undo_last(context)
        assert gateway.lesson(lesson_id).status is LessonStatus.CANCELLED_CLINIC
        assert gateway.sync.status().pending == 2
        switch.online = True
        assert gateway.sync.drain(timeout=30)
        assert gateway.sync.status().attention == 0
    assert audit_count(seeded_pg_engine, action="attendance.cancel_by_clinic") == cancels_before + 2  # seat, lesson
    events = TenantDbGateway(seeded_pg_engine).audit_events(entity_type="lesson_instances", entity_id=str(lesson_id))
    assert sorted(e.action for e in events) == ["attendance.cancel_by_clinic", "lesson.book"], "each once"
    stored = TenantDbGateway(seeded_pg_engine).lesson(lesson_id)
    assert stored.status is LessonStatus.CANCELLED_CLINIC
