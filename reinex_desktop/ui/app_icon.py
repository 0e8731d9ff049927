"""The application's identity on the desktop: its icon in every size, and the desktop entry it belongs to."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

#: The pixel sizes rendered from `resources/icons/reinex.svg` by `packaging/icons.py`.
ICON_SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128, 256, 512)
#: The Linux desktop entry (`packaging/linux/<id>.desktop`) and AppStream id of the app.
DESKTOP_ID = "com.thepcrunners.ReinexDesktop"


def icon_directory() -> Path:
    return Path(str(resources.files("reinex_desktop").joinpath("resources", "icons")))


def application_icon() -> QIcon:
    """The Reinex icon, with every rendered size so each window manager picks a sharp one."""
    icon = QIcon()
    directory = icon_directory()
    for size in ICON_SIZES:
        path = directory / f"reinex-{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon


def apply_identity(app: QGuiApplication) -> None:
    """Give every window the Reinex icon and tie them to the desktop entry (Wayland task bars need it)."""
    app.setWindowIcon(application_icon())
    app.setDesktopFileName(DESKTOP_ID)
