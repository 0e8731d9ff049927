"""Qt fixtures: the application in Hebrew (right-to-left) with the bundled fonts, and a context."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import Engine

from reinex_desktop.domain.permissions import Role
from reinex_desktop.i18n import install_language
from reinex_desktop.i18n.install import register_fonts
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.ui.background import install_loop, running_operations

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture
def hebrew_app(qapp: QApplication) -> Iterator[QApplication]:
    """The test application in Hebrew; restored to Hebrew after a test that switched language."""
    register_fonts(qapp)
    install_language(qapp, "he")
    yield qapp
    install_language(qapp, "he")


@pytest.fixture
def owner_context(sqlite_engine: Engine) -> AppContext:
    return AppContext(gateway=TenantDbGateway(sqlite_engine), user=UserContext.for_role(Role.OWNER, "דנה"))


def save_png(widget: object, name: str) -> Path:
    """Render a widget to artifacts/NAME.png for a person to look at; returns the path."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    assert widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path


class RunningLoop:
    """The app's qasync loop, driven by a test: `until(predicate)` runs it until the predicate holds."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop

    def until(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        async def wait() -> None:
            deadline = self.loop.time() + timeout
            while not predicate():
                if self.loop.time() > deadline:
                    raise TimeoutError("the condition did not hold in time")
                await asyncio.sleep(0.005)

        self.loop.run_until_complete(wait())


@pytest.fixture
def running_loop(qapp: QApplication) -> Iterator[RunningLoop]:
    """Operations become tasks on a real qasync loop, as in the app (not run inline)."""
    loop = qasync.QEventLoop(qapp)
    install_loop(loop)
    try:
        yield RunningLoop(loop)
        RunningLoop(loop).until(lambda: running_operations() == 0)
    finally:
        install_loop(None)
        loop.close()
