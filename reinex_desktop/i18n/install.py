"""Install a language on the running Qt application: translators, locale, direction, font."""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from reinex_desktop.i18n import catalogs

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("he", "en")
FONT_FAMILY = "Noto Sans Hebrew"
_installed: list[QTranslator] = []


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _qm_files(language: str) -> list[Path]:
    if catalogs.qm_stale():
        catalogs.build_qm()
    directory = resources.files("reinex_desktop").joinpath("resources", "i18n")
    return sorted(Path(str(directory)).glob(f"*_{language}.qm"))


def install_language(app: QCoreApplication, language: str = "he") -> None:
    """Make `language` the application's language; Hebrew also turns the layout right-to-left."""
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = [] if language == "en" else [(f"qtbase_{language}", qt_dir)]
    # English is the source language: its catalogs hold only the plural forms of `%n` strings.
    for name, directory in qt_own + [(str(p.with_suffix("")), "") for p in _qm_files(language)]:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation %s not found", name)
    locale = (
        QLocale(QLocale.Language.Hebrew, QLocale.Country.Israel)
        if language == "he"
        else QLocale(QLocale.Language.English, QLocale.Country.Israel)
    )
    QLocale.setDefault(locale)
    if isinstance(app, QGuiApplication):
        direction = Qt.LayoutDirection.RightToLeft if language == "he" else Qt.LayoutDirection.LeftToRight
        app.setLayoutDirection(direction)


def register_fonts(app: QGuiApplication) -> None:
    """Register the bundled OFL fonts so the app looks the same on a bare machine."""
    fonts = resources.files("reinex_desktop").joinpath("resources", "fonts")
    families: list[str] = []
    for entry in fonts.iterdir():
        if entry.name.endswith(".ttf"):
            font_id = QFontDatabase.addApplicationFontFromData(entry.read_bytes())
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if FONT_FAMILY in families:
        font = QFont(app.font())
        font.setFamilies([FONT_FAMILY, "Noto Sans"])
        app.setFont(font)
