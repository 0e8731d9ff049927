"""Handlers for settings changes."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.domain.settings import SaveSetting
from reinex_desktop.sync.tenant_db.handlers import HandlerContext, handles


@handles(SaveSetting)
def save_setting(ctx: HandlerContext, command: SaveSetting) -> dict[str, Any]:
    ctx.require(Permission.FINANCIALS_MANAGE)
    row = ctx.session.scalar(sa.select(t.SettingRow).where(t.SettingRow.key == command.key))
    before = None if row is None else row.settings_value
    if row is None:
        row = t.SettingRow(key=command.key, settings_value=command.value, created_at=ctx.now, updated_at=ctx.now)
        ctx.session.add(row)
    else:
        ctx.check_version(row.updated_at, {"key": row.key, "settings_value": row.settings_value})
        row.settings_value = command.value
        row.updated_at = ctx.now
    ctx.audit("settings.save", "Settings", command.key, before=before, after=command.value)
    return {"key": command.key, "updated_at": ctx.now}
