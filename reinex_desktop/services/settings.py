"""Settings use cases (Owner/Admin): read the clinic's configuration typed, save validated keys,
set instructor colors. Every write is validated here and again in the data layer, and audited."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from reinex_desktop.domain.calendar.layout import order_instructors
from reinex_desktop.domain.charging.settings import ChargingSettings, charging_settings
from reinex_desktop.domain.configuration.colors import normalize_color
from reinex_desktop.domain.configuration.commands import SaveSettings, SetInstructorColor
from reinex_desktop.domain.configuration.instructor_order import check_known_instructors
from reinex_desktop.domain.configuration.validation import validate_setting
from reinex_desktop.domain.messages.templates import MessageKind, clinic_templates
from reinex_desktop.domain.permissions import (
    PERMISSIONS_SETTING_KEY,
    Permission,
    Role,
    parse_overrides,
    require_owner_for_overrides,
)
from reinex_desktop.domain.settings import KEY_INSTRUCTOR_ORDER, ClinicSettings, SaveSetting, parse_settings
from reinex_desktop.services.apply_command import apply_command
from reinex_desktop.services.context import AppContext


@dataclass(frozen=True, slots=True)
class InstructorColor:
    id: UUID
    name: str
    color: str | None
    is_active: bool


@dataclass(frozen=True, slots=True)
class SettingsSnapshot:
    clinic: ClinicSettings
    charging: ChargingSettings
    templates: Mapping[MessageKind, str]
    instructors: tuple[InstructorColor, ...]
    #: Stored keys that were malformed and are shown with their defaults.
    problems: tuple[str, ...] = ()
    #: Active instructors in calendar column order (the `instructor_order` setting, then by name).
    column_order: tuple[InstructorColor, ...] = ()


def load_settings(context: AppContext) -> SettingsSnapshot:
    """The clinic's settings as the settings screen edits them (REQUIREMENTS screen 8)."""
    context.user.require(Permission.SETTINGS_MANAGE)
    raw = context.gateway.setting_values()
    clinic, clinic_problems = parse_settings(raw)
    charging, charging_problems = charging_settings(raw)
    templates, template_problems = clinic_templates(raw)
    everyone = context.gateway.instructors(include_inactive=True)
    instructors = tuple(InstructorColor(i.id, i.name, i.color, i.is_active) for i in everyone)
    by_id = {i.id: i for i in instructors}
    columns = order_instructors((i for i in everyone if i.is_active), clinic.instructor_order)
    problems = tuple(clinic_problems + charging_problems + template_problems)
    return SettingsSnapshot(clinic, charging, templates, instructors, problems, tuple(by_id[i.id] for i in columns))


def save_settings(context: AppContext, values: Mapping[str, Any]) -> tuple[str, ...]:
    """Validate every key, then store them all in one transaction; a bad value changes nothing.

    The instructor column order may name only the clinic's instructors, each once."""
    context.user.require(Permission.SETTINGS_MANAGE)
    if PERMISSIONS_SETTING_KEY in values:  # the organization's overrides are the Owner's (plan §7.2)
        require_owner_for_overrides(context.user.role)
    normalized = {key: validate_setting(key, value) for key, value in values.items()}
    if KEY_INSTRUCTOR_ORDER in normalized:
        known = {str(i.id) for i in context.gateway.instructors(include_inactive=True)}
        check_known_instructors(normalized[KEY_INSTRUCTOR_ORDER], known)
    if not normalized:
        return ()
    apply_command(context, SaveSettings(normalized))
    context.notices.data_did_change("settings")
    return tuple(sorted(normalized))


def set_instructor_color(context: AppContext, employee_id: UUID, color: str | None) -> None:
    """An instructor's calendar color, unique among instructors; None clears it."""
    context.user.require(Permission.SETTINGS_MANAGE)
    apply_command(context, SetInstructorColor(employee_id, None if color is None else normalize_color(color)))
    context.notices.data_did_change("settings", "instructors", "lessons")


def may_turn_reinex_on(context: AppContext) -> bool:
    """The Owner of a clinic database may turn Reinex back on from where it says it is off; the web
    backend's organization switch is the organization's own (plan §7.2)."""
    return context.user.role is Role.OWNER and context.backend_kind != "web"


def turn_reinex_on(context: AppContext) -> None:
    """Drop the organization's `reinex_enabled: false` override (the Owner's, even while it is off)."""
    require_owner_for_overrides(context.user.role)
    overrides = parse_overrides(context.gateway.setting_values().get(PERMISSIONS_SETTING_KEY))
    overrides.pop(Permission.ENABLED.value, None)
    apply_command(context, SaveSetting(PERMISSIONS_SETTING_KEY, validate_setting(PERMISSIONS_SETTING_KEY, overrides)))
    context.notices.data_did_change("settings")
