"""The demo clinic's waiting list: realistic open entries that a new user sees matched at once."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy.engine import Engine

from reinex_desktop.data.demo import load_demo
from reinex_desktop.data.demo.generator import build_demo
from reinex_desktop.domain.clinic_time import clinic_zone, local_to_utc
from reinex_desktop.domain.clock import fixed_clock
from reinex_desktop.domain.enums import WaitingListStatus
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.services.waiting_list.entries import duplicates
from reinex_desktop.services.waiting_list.matching import match_entries
from reinex_desktop.sync.tenant_db import TenantDbGateway

TODAY = date(2026, 11, 22)


def test_small_demo_has_varied_open_entries_a_duplicate_and_matches(sqlite_engine: Engine) -> None:
    load_demo(sqlite_engine, "small", today=TODAY)
    gateway = TenantDbGateway(sqlite_engine)
    now = local_to_utc(TODAY, time(8), clinic_zone())
    context = AppContext(gateway, UserContext.for_role(Role.OFFICE, "קבלה"), clock=fixed_clock(now))
    every = gateway.waiting_list_entries(status=None)
    open_ = [e for e in every if e.is_open]
    assert {e.status for e in every} == set(WaitingListStatus)
    assert len(open_) >= 12
    assert any(e.priority_flag and e.priority_reason for e in open_) and any(not e.priority_flag for e in open_)
    assert len({e.desired_service_id for e in open_}) >= 3
    assert any(e.preferred_days and not e.preferred_times for e in open_)
    assert any(e.preferred_times for e in open_) and any(e.instructor_preferences for e in open_)
    flagged = [e for e in open_ if e.metadata.get("duplicate_of")]
    assert len(flagged) == 1
    assert duplicates(context, flagged[0].student_id, flagged[0].desired_service_id, exclude=flagged[0].id)
    report = match_entries(context, weeks=4)
    matched = [m for m in report.matches if m.candidates]
    assert len(matched) >= len(open_) - 2


def test_reference_demo_holds_300_open_entries() -> None:
    rows = build_demo("reference", today=TODAY)
    entries = rows.tables["waiting_list_entries"]
    assert sum(1 for row in entries if row["status"] == "open") == 300
    assert build_demo("reference", today=TODAY).tables["waiting_list_entries"] == entries  # deterministic
