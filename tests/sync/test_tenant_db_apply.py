"""`TenantDbGateway.apply`: at most once, verdicts for refusals and stale versions, audited."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from sqlalchemy.engine import Engine

from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.settings import SaveSetting
from reinex_desktop.sync.mutations import Mutation, MutationResult, Outcome
from reinex_desktop.sync.tenant_db import TenantDbGateway

OWNER = Actor(None, "דנה", "owner")


def test_same_mutation_twice_applies_once(any_engine: Engine) -> None:
    gateway = TenantDbGateway(any_engine)
    mutation = Mutation.of(SaveSetting("generation_undo_window_minutes", 45), OWNER)
    first = gateway.apply(mutation)
    second = gateway.apply(mutation)
    assert first.outcome is Outcome.APPLIED and second == first
    assert gateway.settings().undo_window_minutes == 45
    assert len(gateway.audit_events(entity_type="Settings")) == 1


def test_concurrent_duplicates_apply_once_on_postgres(pg_engine: Engine) -> None:
    gateway = TenantDbGateway(pg_engine)
    mutation = Mutation.of(SaveSetting("clinic_name", "מרכז"), OWNER)
    results: list[MutationResult] = []
    threads = [threading.Thread(target=lambda: results.append(gateway.apply(mutation))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert {r.outcome for r in results} == {Outcome.APPLIED}
    assert len(gateway.audit_events(entity_type="Settings")) == 1


def test_role_refusal_is_a_rejection_that_changes_nothing(any_engine: Engine) -> None:
    gateway = TenantDbGateway(any_engine)
    result = gateway.apply(Mutation.of(SaveSetting("clinic_name", "x"), Actor(None, "קבלה", "office")))
    assert result.outcome is Outcome.REJECTED
    assert result.message is not None and "may not" in result.message.render()
    assert "clinic_name" not in gateway.setting_values()
    assert gateway.audit_events() == []


def test_stale_base_version_is_a_conflict_with_the_current_row(any_engine: Engine) -> None:
    gateway = TenantDbGateway(any_engine)
    gateway.apply(Mutation.of(SaveSetting("clinic_name", "first"), OWNER))
    stale = datetime.now(UTC) - timedelta(days=1)
    result = gateway.apply(Mutation.of(SaveSetting("clinic_name", "second"), OWNER, base_version=stale))
    assert result.outcome is Outcome.CONFLICT
    assert result.current is not None and result.current["settings_value"] == "first"
    assert gateway.setting_values()["clinic_name"] == "first"


def test_unknown_kind_and_malformed_payload_are_rejected(sqlite_engine: Engine) -> None:
    gateway = TenantDbGateway(sqlite_engine)
    unknown = Mutation(kind="lesson.teleport", payload={}, actor=OWNER)
    assert gateway.apply(unknown).outcome is Outcome.REJECTED
    malformed = Mutation(kind=SaveSetting.KIND, payload={"key": "x"}, actor=OWNER)
    assert gateway.apply(malformed).outcome is Outcome.REJECTED


def test_results_travel_over_the_wire() -> None:
    mutation = Mutation.of(SaveSetting("clinic_name", "x"), OWNER)
    assert Mutation.from_wire(mutation.to_wire()) == mutation
    assert isinstance(mutation.command(), SaveSetting)
