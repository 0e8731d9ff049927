"""The settings screen's use cases: validated, stored as "Settings" keys, audited, Owner/Admin only."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.engine import Engine

from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.charging.settings import CancellationRule
from reinex_desktop.domain.configuration.commands import SaveSettings, SetInstructorColor
from reinex_desktop.domain.messages.templates import MessageKind
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.settings import load_settings, save_settings, set_instructor_color
from reinex_desktop.sync.mutations import Outcome
from tests.ledger_world import World, build_world


@pytest.fixture
def world(sqlite_engine: Engine) -> World:
    return build_world(sqlite_engine)


def test_saved_settings_read_back_typed_and_each_key_is_audited(world: World) -> None:
    context = world.context(Role.ADMIN)
    saved = save_settings(
        context,
        {
            "generation_undo_window_minutes": 45,
            "cancellation_rules": [{"hours_before": 48, "percent": 50}, {"hours_before": 12, "percent": 100}],
            "message_templates": {"reminder": "תזכורת ל{student}"},
            "observe_israeli_holidays": False,
        },
    )
    assert len(saved) == 4
    snapshot = load_settings(context)
    assert snapshot.clinic.undo_window_minutes == 45 and snapshot.clinic.observe_holidays is False
    assert snapshot.charging.cancellation_rules == (
        CancellationRule(48, Decimal(50)),
        CancellationRule(12, Decimal(100)),
    )
    assert snapshot.templates[MessageKind.REMINDER] == "תזכורת ל{student}"
    events = world.gateway.audit_events(entity_type="Settings")
    assert {e.entity_id for e in events} == set(saved) and all(e.actor_role == "admin" for e in events)
    save_settings(context, {"generation_undo_window_minutes": 45})  # unchanged: nothing new to audit
    assert len(world.gateway.audit_events(entity_type="Settings")) == 4


def test_one_bad_value_changes_nothing(world: World) -> None:
    context = world.context()
    with pytest.raises(DomainError, match="from 1 to 90"):
        save_settings(context, {"generation_undo_window_minutes": 10, "generation_horizon_days": 500})
    assert world.gateway.setting_values() == {}
    verdict = world.apply(SaveSettings({"generation_undo_window_minutes": 10, "generation_horizon_days": 500}))
    assert verdict.outcome is Outcome.REJECTED and world.gateway.setting_values() == {}


def test_only_owner_and_admin_change_settings(world: World) -> None:
    for role in (Role.OFFICE, Role.INSTRUCTOR, Role.READ_ONLY):
        with pytest.raises(DomainError, match="may not"):
            save_settings(world.context(role), {"generation_undo_window_minutes": 10})
        with pytest.raises(DomainError, match="may not"):
            load_settings(world.context(role))
        verdict = world.apply(SaveSettings({"generation_undo_window_minutes": 10}), Actor(None, "x", role.value))
        assert verdict.outcome is Outcome.REJECTED
    assert world.gateway.setting_values() == {}


def test_instructor_colors_are_unique_and_audited(world: World) -> None:
    context = world.context()
    set_instructor_color(context, world.instructor_id, "#2E7D32")
    colors = {i.id: i.color for i in load_settings(context).instructors}
    assert colors[world.instructor_id] == "#2e7d32"
    with pytest.raises(DomainError, match="יעל לוי already has this color"):
        set_instructor_color(context, world.other_instructor_id, "#2e7d32")
    verdict = world.apply(SetInstructorColor(world.other_instructor_id, "#2e7d32"))
    assert verdict.outcome is Outcome.REJECTED
    set_instructor_color(context, world.instructor_id, None)
    assert {i.id: i.color for i in load_settings(context).instructors}[world.instructor_id] is None
    assert len(world.gateway.audit_events(entity_type="Employees")) == 2
