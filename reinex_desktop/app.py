"""The composition root: the only place that chooses implementations.

Command-line options (later: a saved connection profile) → gateway → services → main window.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.sync.gateway import Gateway


@dataclass(frozen=True)
class LaunchOptions:
    database_url: str | None = None
    language: str = "he"
    view: str | None = None
    day: date | None = None
    screenshot: Path | None = None
    role: Role = Role.OWNER
    user_name: str = ""


def build_gateway(options: LaunchOptions) -> tuple[Gateway, str, str]:
    """The gateway for these options, with its kind and a label for the status bar."""
    from reinex_desktop.data.engine import open_engine
    from reinex_desktop.sync.tenant_db import TenantDbGateway

    if options.database_url:
        engine = open_engine(options.database_url)
        kind = "embedded" if engine.dialect.name == "sqlite" else "database"
        label = engine.url.database or "" if kind == "database" else ""
        return TenantDbGateway(engine), kind, label
    from reinex_desktop.data.demo.embedded import ensure_embedded_demo

    return TenantDbGateway(open_engine(ensure_embedded_demo())), "embedded", ""


def build_context(options: LaunchOptions, gateway: Gateway, kind: str, label: str) -> AppContext:
    from PySide6.QtCore import QCoreApplication

    name = options.user_name or QCoreApplication.translate("App", "Reception")
    employee_id = None
    if options.role is Role.INSTRUCTOR:
        instructors = gateway.instructors()
        employee_id = instructors[0].id if instructors else None
        name = options.user_name or (instructors[0].name if instructors else name)
    user = UserContext.for_role(options.role, name, employee_id=employee_id)
    return AppContext(gateway=gateway, user=user, backend_kind=kind, backend_label=label)


def run_app(options: LaunchOptions) -> int:
    if options.screenshot and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if options.screenshot:
        os.environ.setdefault("REINEX_SYNC_OPERATIONS", "1")
    from PySide6.QtWidgets import QApplication

    from reinex_desktop.i18n import install_language
    from reinex_desktop.i18n.install import register_fonts
    from reinex_desktop.ui.app_icon import apply_identity
    from reinex_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Reinex")
    app.setOrganizationName("Reinex")
    apply_identity(app)
    register_fonts(app)
    install_language(app, options.language)
    gateway, kind, label = build_gateway(options)
    schema = gateway.check_schema()
    context = build_context(options, gateway, kind, label)
    window = MainWindow(context, language=options.language, schema=schema)
    if options.view and schema.ok:
        if options.view not in window.section_keys:
            known = ", ".join(window.section_keys)
            print(f"unknown section '{options.view}' (sections: {known})", file=sys.stderr)
            gateway.close()
            return 2
        window.open_section(options.view, options.day)
    window.show()
    if options.screenshot:
        for _ in range(5):
            app.processEvents()
        options.screenshot.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(options.screenshot))
        window.close()
        gateway.close()
        return 0 if saved else 1
    code = app.exec()
    gateway.close()
    return code
