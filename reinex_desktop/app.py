"""The composition root: the only place that chooses implementations.

Command-line options (later: a saved connection profile) → gateway → services → main window.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.sync.gateway import Gateway

if TYPE_CHECKING:
    from reinex_desktop.sync.cache.engine import SyncEngine


@dataclass(frozen=True)
class LaunchOptions:
    database_url: str | None = None
    language: str = "he"
    view: str | None = None
    day: date | None = None
    screenshot: Path | None = None
    role: Role = Role.OWNER
    user_name: str = ""


@dataclass(frozen=True)
class Backend:
    """What the composition root opened: the gateway, how the status bar names it, what came with it."""

    gateway: Gateway
    kind: str  # "embedded", "database" or "web"
    label: str = ""
    #: The signed-in user's organization entry from the web backend (name, role), when there is one.
    membership: dict[str, Any] | None = None
    #: The background pusher/puller of a cached gateway; None when the data is local.
    sync: SyncEngine | None = None


def build_gateway(options: LaunchOptions) -> Backend:
    """The backend for these options: its gateway, kind, status-bar label and sync engine.

    `--database-url` wins: a SQLite file is used directly, a PostgreSQL tenant through the local
    cache. Otherwise the active connection profile (connection dialog) decides; without one, the
    embedded demo clinic.
    """
    from reinex_desktop.data.engine import open_engine
    from reinex_desktop.domain.sync.profile import BackendKind, ConnectionProfile, password_in, strip_password
    from reinex_desktop.sync.tenant_db import TenantDbGateway

    profile: ConnectionProfile | None
    secret: str | None = None
    if options.database_url:
        engine = open_engine(options.database_url)
        if engine.dialect.name == "sqlite":
            return Backend(TenantDbGateway(engine), "embedded")
        engine.dispose()
        url = options.database_url
        profile = ConnectionProfile(BackendKind.DATABASE, database_url=strip_password(url), verify_full=False)
        secret = password_in(url)
    else:
        profile = _active_profile()
        if profile is not None and profile.kind is not BackendKind.EMBEDDED:
            secret = _secret_of(profile)
    if profile is None or profile.kind is BackendKind.EMBEDDED:
        from reinex_desktop.data.demo.embedded import ensure_embedded_demo

        return Backend(TenantDbGateway(open_engine(ensure_embedded_demo())), "embedded")
    from reinex_desktop.sync.connection import describe, open_cache

    opened = open_cache(profile, secret)
    return Backend(opened.gateway, profile.kind.value, describe(profile), opened.membership, opened.gateway.sync)


def _active_profile() -> Any:
    from reinex_desktop.sync.credentials import ProfileStore

    return ProfileStore().active()


def _secret_of(profile: Any) -> str | None:
    import logging

    from reinex_desktop.sync.credentials import InsecureKeyring, SecretStore

    try:
        return SecretStore().get(profile)
    except InsecureKeyring as error:
        logging.getLogger(__name__).error("no secure keyring: %s", error)
        return None


def build_context(options: LaunchOptions, backend: Backend) -> AppContext:
    from PySide6.QtCore import QCoreApplication

    gateway = backend.gateway
    name = options.user_name or QCoreApplication.translate("App", "Reception")
    employee_id = None
    if options.role is Role.INSTRUCTOR:
        instructors = gateway.instructors()
        employee_id = instructors[0].id if instructors else None
        name = options.user_name or (instructors[0].name if instructors else name)
    membership = backend.membership
    role = options.role
    if membership:  # the web backend says who is signed in and in which role
        role = Role(membership.get("role", Role.READ_ONLY.value))
        name = options.user_name or str((membership.get("user") or {}).get("name") or name)
    user = UserContext.for_role(role, name, employee_id=employee_id)
    context = AppContext(gateway=gateway, user=user, backend_kind=backend.kind, backend_label=backend.label)
    if backend.sync is not None:
        context.sync = backend.sync
    return context


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
    backend = build_gateway(options)
    gateway = backend.gateway
    schema = gateway.check_schema()
    context = build_context(options, backend)
    window = MainWindow(context, language=options.language, schema=schema)
    view = options.view or ("day" if options.day else None)  # `--date D` alone opens the day calendar on D
    if view and schema.ok:
        if view not in window.section_keys:
            known = ", ".join(window.section_keys)
            print(f"unknown section '{view}' (sections: {known})", file=sys.stderr)
            gateway.close()
            return 2
        window.open_section(view, options.day)
    window.show()
    if backend.sync is not None and not options.screenshot:
        backend.sync.start()  # the background pusher/puller, once the window is up
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
