"""Handlers of the settings screen's writes: `"Settings"` keys and instructor colors (Owner/Admin)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.domain.configuration.colors import check_unique, normalize_color, refuse_missing
from reinex_desktop.domain.configuration.commands import SaveSettings, SetInstructorColor
from reinex_desktop.domain.configuration.instructor_order import check_known_instructors
from reinex_desktop.domain.configuration.validation import validate_setting
from reinex_desktop.domain.permissions import (
    PERMISSIONS_SETTING_KEY,
    Permission,
    require_owner_for_overrides,
    role_named,
)
from reinex_desktop.domain.settings import KEY_INSTRUCTOR_ORDER, SaveSetting
from reinex_desktop.sync.tenant_db.handlers import HandlerContext, handles


def _check_order(ctx: HandlerContext, values: Mapping[str, Any]) -> None:
    if KEY_INSTRUCTOR_ORDER not in values:
        return
    teaches = sa.or_(
        t.Employee.employee_type == "instructor",
        sa.exists().where(t.CapabilityRow.employee_id == t.Employee.id),
        sa.exists().where(t.InstructorProfileRow.employee_id == t.Employee.id),
    )
    known = {str(employee_id) for employee_id in ctx.session.scalars(sa.select(t.Employee.id).where(teaches))}
    check_known_instructors(values[KEY_INSTRUCTOR_ORDER], known)


def _store(ctx: HandlerContext, key: str, value: Any, *, check_version: bool) -> None:
    row = ctx.session.scalar(sa.select(t.SettingRow).where(t.SettingRow.key == key).with_for_update())
    before = None if row is None else row.settings_value
    if row is None:
        ctx.session.add(t.SettingRow(key=key, settings_value=value, created_at=ctx.now, updated_at=ctx.now))
    else:
        if check_version:
            ctx.check_version(row.updated_at, {"key": row.key, "settings_value": row.settings_value})
        if before == value:
            return
        row.settings_value = value
        row.updated_at = ctx.now
    ctx.audit("settings.save", "Settings", key, before=before, after=value)


def _require_for(ctx: HandlerContext, keys: list[str]) -> None:
    """Settings are the managers'; the organization's permission overrides the Owner's alone — who
    may change them even while they turn Reinex off, or nobody could turn it back on (plan §7.2)."""
    if keys == [PERMISSIONS_SETTING_KEY]:
        require_owner_for_overrides(role_named(ctx.actor.role))
        return
    ctx.require(Permission.SETTINGS_MANAGE)
    if PERMISSIONS_SETTING_KEY in keys:
        require_owner_for_overrides(role_named(ctx.actor.role))


@handles(SaveSetting)
def save_setting(ctx: HandlerContext, command: SaveSetting) -> dict[str, Any]:
    _require_for(ctx, [command.key])
    value = validate_setting(command.key, command.value)
    _check_order(ctx, {command.key: value})
    _store(ctx, command.key, value, check_version=True)
    return {"key": command.key, "updated_at": ctx.now}


@handles(SaveSettings)
def save_settings(ctx: HandlerContext, command: SaveSettings) -> dict[str, Any]:
    """Every key is validated before any is written: a bad value changes nothing."""
    _require_for(ctx, list(command.values))
    values: Mapping[str, Any] = {key: validate_setting(key, value) for key, value in command.values.items()}
    _check_order(ctx, values)
    for key, value in values.items():
        _store(ctx, key, value, check_version=False)
    return {"keys": sorted(values), "updated_at": ctx.now}


@handles(SetInstructorColor)
def set_instructor_color(ctx: HandlerContext, command: SetInstructorColor) -> dict[str, Any]:
    ctx.require(Permission.SETTINGS_MANAGE)
    employee = ctx.session.get(t.Employee, command.employee_id, with_for_update=True)
    if employee is None:
        raise refuse_missing()
    color = None if command.color is None else normalize_color(command.color)
    if color is not None:
        others = ctx.session.execute(
            sa.select(t.Employee.name, t.Employee.metadata_).where(t.Employee.id != command.employee_id)
        ).all()
        check_unique(color, ((name, (meta or {}).get("instructor_color")) for name, meta in others))
    metadata = dict(employee.metadata_ or {})
    before = metadata.get("instructor_color")
    if color is None:
        metadata.pop("instructor_color", None)
    else:
        metadata["instructor_color"] = color
    employee.metadata_ = metadata
    ctx.audit("settings.instructor_color", "Employees", employee.id, before=before, after=color)
    return {"employee_id": employee.id, "color": color}
