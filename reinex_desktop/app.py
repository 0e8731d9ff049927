"""The composition root: the only place that chooses implementations.

Command-line options (later: a saved connection profile) → gateway → services → main window.
"""

from __future__ import annotations

import asyncio
import os
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from reinex_desktop.domain.identity import SignedIn, instructor_of
from reinex_desktop.domain.permissions import PERMISSIONS_SETTING_KEY, Role, disabled, parse_overrides, role_named
from reinex_desktop.domain.text import DomainError
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
    #: The staff member (`"Employees".id`) signing in with `--database-url`; an Instructor needs it.
    staff_id: UUID | None = None


@dataclass(frozen=True)
class Backend:
    """What the composition root opened: the gateway, how the status bar names it, what came with it."""

    gateway: Gateway
    kind: str  # "embedded", "database" or "web"
    label: str = ""
    #: Who is signed in, when the backend or the profile says it (web backend; bound database profile);
    #: None: the launch options say it.
    signed_in: SignedIn | None = None
    #: The background pusher/puller of a cached gateway; None when the data is local.
    sync: SyncEngine | None = None


def build_gateway(options: LaunchOptions) -> Backend:
    """The backend for these options: its gateway, kind, status-bar label and sync engine.

    `--database-url` wins: a SQLite file is used directly, a PostgreSQL tenant through the local
    cache. Otherwise the active connection profile (connection dialog) decides; without one, the
    embedded demo clinic.
    """
    from reinex_desktop.data.engine import open_engine
    from reinex_desktop.domain.identity import signed_in
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
    if profile.kind is BackendKind.WEB:
        signed: SignedIn | None = signed_in(opened.membership)
    else:  # a saved database profile says who works at the desk; `--database-url` leaves it to the options
        signed = None if options.database_url else _bound(profile)
    return Backend(opened.gateway, profile.kind.value, describe(profile), signed, opened.gateway.sync)


def _bound(profile: Any) -> SignedIn:
    """The role and staff member a database profile was bound to; Read-only for a profile that
    was never bound (made before desks were bound to people)."""
    try:
        staff = UUID(profile.staff_id) if profile.staff_id else None
    except ValueError:
        staff = None
    return SignedIn(role_named(profile.role) if profile.role else Role.READ_ONLY, employee_id=staff)


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
    """The signed-in user and the services' context; a `DomainError` when an Instructor names no
    instructor of the clinic (they would otherwise see somebody else's lessons, or none)."""
    from PySide6.QtCore import QCoreApplication

    gateway = backend.gateway
    signed = backend.signed_in or SignedIn(options.role, employee_id=options.staff_id)
    if backend.kind == "web":  # the web backend keeps the organization's overrides (plan §7.2)
        overrides = dict(signed.overrides)
    else:  # a tenant database keeps them in its settings
        overrides = parse_overrides(gateway.settings().raw.get(PERMISSIONS_SETTING_KEY))
    staff = {person.id: person.name for person in gateway.instructors(include_inactive=True)}
    employee_id = signed.employee_id
    if backend.kind != "web":  # the web backend vouches for the user's own row; a desk's choice is checked
        employee_id = instructor_of(signed, frozenset(staff))
    fallback = staff.get(employee_id) if employee_id is not None else None
    name = options.user_name or signed.name or fallback or QCoreApplication.translate("App", "Reception")
    user = UserContext.for_role(signed.role, name, employee_id=employee_id, user_id=signed.user_id, overrides=overrides)
    context = AppContext(gateway=gateway, user=user, backend_kind=backend.kind, backend_label=backend.label)
    if backend.sync is not None:
        context.sync = backend.sync
    return context


def _refuse_start(refusal: Any, *, quiet: bool) -> int:
    """Say why the app cannot open (translated), and exit with 2; never a traceback."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    text = refusal.message.render(QCoreApplication.translate)
    print(text, file=sys.stderr)
    if not quiet:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Reinex"), text)
    return 2


def run_app(options: LaunchOptions) -> int:
    if options.screenshot and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    from reinex_desktop.i18n import install_language
    from reinex_desktop.i18n.install import register_fonts
    from reinex_desktop.ui.app_icon import apply_identity
    from reinex_desktop.ui.background import install_loop
    from reinex_desktop.ui.main_window import MainWindow
    from reinex_desktop.ui.sections import VIEW_ALIASES

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Reinex")
    app.setOrganizationName("Reinex")
    apply_identity(app)
    register_fonts(app)
    install_language(app, options.language)
    # The app runs on qasync's loop: background operations are asyncio tasks on it. A screenshot is
    # taken before any loop turns, so its operations run inline.
    loop = None if options.screenshot else qasync.QEventLoop(app)
    if loop is not None:
        asyncio.set_event_loop(loop)
    install_loop(loop)
    backend = build_gateway(options)
    gateway = backend.gateway
    schema = gateway.check_schema()
    try:
        context = build_context(options, backend)
    except DomainError as refusal:
        gateway.close()
        return _refuse_start(refusal, quiet=options.screenshot is not None)
    window = MainWindow(context, language=options.language, schema=schema)
    view = options.view or ("day" if options.day else None)  # `--date D` alone opens the day calendar on D
    view = VIEW_ALIASES.get(view, view) if view else view  # `--view today` is the overview
    if not context.user.enabled:  # the window says it instead of opening the clinic (plan §7.3)
        print(disabled().message.render(app.translate), file=sys.stderr)
    elif view and schema.ok:
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
    assert loop is not None
    with loop:
        code = loop.run_forever()
    install_loop(None)
    gateway.close()
    return int(code)
