"""The confirmation round works offline like every other write: the answers show at once from the
cache and reach the tenant database once, audited, when the connection returns."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine

from reinex_desktop.domain.confirmations.states import ConfirmationState, RequestOutcome
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.confirmations import ConfirmationsService
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.sync.tenant_db.remote import TenantDbRemote
from tests.sync.sync_fixtures import Switch, audit_count, busy_day, cached, seeded_pg_engine  # noqa: F401


def test_answers_given_offline_show_at_once_and_sync_once(seeded_pg_engine: Engine, tmp_path: Path) -> None:  # noqa: F811
    switch = Switch(TenantDbRemote(seeded_pg_engine))
    confirmed_before = audit_count(seeded_pg_engine, action="attendance.confirm")
    with cached(tmp_path / "cache.db", switch) as gateway:
        assert gateway.sync.run_once().error is None
        service = ConfirmationsService(AppContext(gateway, UserContext.for_role(Role.OFFICE, "קבלה")))
        day = busy_day()
        families = [e.family for e in service.open_day(day).families if len(e.family.pending) >= 1]
        first, second = families[0], families[1]
        switch.online = False
        assert service.confirm(first) == len(first.pending)
        assert service.record(second, RequestOutcome.NO_ANSWER) == len(second.pending)
        shown = {entry.family.key: entry.family for entry in service.open_day(day).families}
        assert shown[first.key].state is ConfirmationState.CONFIRMED
        assert shown[second.key].state is ConfirmationState.NO_ANSWER
        assert gateway.sync.status().pending == len(first.pending) + len(second.pending)
        switch.online = True
        assert gateway.sync.drain(timeout=30)
    assert audit_count(seeded_pg_engine, action="attendance.confirm") == confirmed_before + len(first.pending)
    assert audit_count(seeded_pg_engine, action="attendance.confirmation_request") == len(second.pending)
    remote = TenantDbGateway(seeded_pg_engine)
    for lesson in first.pending:
        stored = next(p for p in remote.lesson(lesson.lesson_id).participants if p.id == lesson.participant_id)
        assert stored.attendance_confirmed_at is not None
    for lesson in second.pending:
        stored = next(p for p in remote.lesson(lesson.lesson_id).participants if p.id == lesson.participant_id)
        assert stored.metadata["confirmation_request"]["outcome"] == "no_answer"
