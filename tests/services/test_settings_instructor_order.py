"""Saving the instructor column order: validated in the service and again in the data layer, audited,
and followed by the day calendar."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy.engine import Engine

from reinex_desktop.domain.configuration.commands import SaveSettings
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.settings import SaveSetting
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.calendar.day import CalendarService
from reinex_desktop.services.settings import load_settings, save_settings
from reinex_desktop.sync.mutations import Mutation, Outcome
from tests.calendar_fixtures import DAY, CalendarWorld


@pytest.fixture
def world(any_engine: Engine) -> CalendarWorld:
    w = CalendarWorld(any_engine)
    w.avi = w.instructor("אבי")  # type: ignore[attr-defined]
    w.dana = w.instructor("דנה")  # type: ignore[attr-defined]
    w.tamar = w.instructor("תמר")  # type: ignore[attr-defined]
    w.gone = w.instructor("גלית", active=False)  # type: ignore[attr-defined]
    return w


def test_the_saved_order_leads_the_columns_and_is_audited(world: CalendarWorld) -> None:
    context = world.context(Role.OWNER)
    w: object = world
    names = [i.name for i in load_settings(context).column_order]
    assert names == ["אבי", "דנה", "תמר"]  # nothing stored: by name, active instructors only
    save_settings(context, {"instructor_order": [str(w.tamar), str(w.avi)]})  # type: ignore[attr-defined]
    assert [i.name for i in load_settings(context).column_order] == ["תמר", "אבי", "דנה"]
    columns = CalendarService(context).open_day(DAY).layout.columns
    assert [c.instructor.name for c in columns] == ["תמר", "אבי", "דנה"]
    events = world.gateway().audit_events(entity_type="Settings")
    assert [e.entity_id for e in events] == ["instructor_order"]
    # an inactive instructor may stay in the stored order; the columns still show only active ones
    save_settings(context, {"instructor_order": [str(w.gone), str(w.dana)]})  # type: ignore[attr-defined]
    assert [i.name for i in load_settings(context).column_order] == ["דנה", "אבי", "תמר"]


def test_unknown_or_repeated_instructors_change_nothing(world: CalendarWorld) -> None:
    context = world.context(Role.ADMIN)
    w: object = world
    with pytest.raises(DomainError, match="not one of the clinic's instructors"):
        save_settings(context, {"instructor_order": [str(w.avi), str(uuid.uuid4())]})  # type: ignore[attr-defined]
    with pytest.raises(DomainError, match="only once"):
        save_settings(context, {"instructor_order": [str(w.avi), str(w.avi)]})  # type: ignore[attr-defined]
    assert "instructor_order" not in world.gateway().setting_values()


def test_the_data_layer_refuses_an_unknown_instructor_too(world: CalendarWorld) -> None:
    context = world.context(Role.OWNER)
    gateway = world.gateway()
    bad = [str(uuid.uuid4())]
    for command in (
        SaveSettings({"instructor_order": bad, "generation_horizon_days": 20}),
        SaveSetting("instructor_order", bad),
    ):
        result = gateway.apply(Mutation.of(command, context.user.actor))
        assert result.outcome is Outcome.REJECTED
    assert gateway.setting_values() == {}
