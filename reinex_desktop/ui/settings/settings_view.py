"""The "Settings" section (Owner/Admin): the clinic's configuration on tabs, saved together.

Saving sends only the keys that changed; every value is validated and a refusal explains itself
without saving anything. Instructor colors apply as soon as one is chosen.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.settings import SettingsSnapshot, load_settings, save_settings, set_instructor_color
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.labels import message_text
from reinex_desktop.ui.settings.charging_page import ChargingPage
from reinex_desktop.ui.settings.colors_page import ColorsPage
from reinex_desktop.ui.settings.general_page import GeneralPage
from reinex_desktop.ui.settings.hours_page import HoursPage
from reinex_desktop.ui.settings.messages_page import MessagesPage
from reinex_desktop.ui.settings.order_page import ColumnOrderPage
from reinex_desktop.ui.settings.permissions_page import PermissionsPage


class SettingsView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self._context = context
        self._initial: dict[str, Any] = {}
        self._build()
        self.reload()

    def _build(self) -> None:
        title = QLabel(self.tr("Clinic settings"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.hours = HoursPage(self)
        self.charging = ChargingPage(self)
        self.messages = MessagesPage(self)
        self.general = GeneralPage(self)
        self.colors = ColorsPage(self)
        self.colors.color_requested.connect(self._on_color_requested)
        self.column_order = ColumnOrderPage(self)
        #: The Owner of a clinic database sets the organization's permission overrides here.
        self.permissions = PermissionsPage(self) if self._edits_overrides() else None
        self._tabs = QTabWidget(self)
        self._tabs.setObjectName("settingsTabs")
        self._tabs.addTab(self.hours, self.tr("Hours and closed days"))
        self._tabs.addTab(self.charging, self.tr("Charging"))
        self._tabs.addTab(self.messages, self.tr("Messages"))
        self._tabs.addTab(self.general, self.tr("Scheduling"))
        self._tabs.addTab(self.colors, self.tr("Instructor colors"))
        self._tabs.addTab(self.column_order, self.tr("Column order"))
        if self.permissions is not None:
            self._tabs.addTab(self.permissions, self.tr("Permissions"))
        self._save = QPushButton(self.tr("Save"), self)
        self._save.setObjectName("saveSettings")
        self._save.setDefault(True)
        self._save.clicked.connect(self.save)
        revert = QPushButton(self.tr("Revert"), self)
        revert.setObjectName("revertSettings")
        revert.clicked.connect(self.reload)
        self._status = QLabel(self)
        self._status.setObjectName("settingsStatus")
        self._status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self._status, 1)
        bar.addWidget(revert)
        bar.addWidget(self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self._tabs, 1)
        layout.addLayout(bar)

    def _edits_overrides(self) -> bool:
        """The web backend keeps the organization's overrides itself; a database keeps them here."""
        return self._context.user.role is Role.OWNER and self._context.backend_kind != "web"

    @property
    def _pages(self) -> tuple[Any, ...]:
        pages = (self.hours, self.charging, self.messages, self.general, self.column_order)
        return pages if self.permissions is None else (*pages, self.permissions)

    def _values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for page in self._pages:
            values.update(page.values())
        return values

    def show_tab(self, index: int) -> None:
        self._tabs.setCurrentIndex(index)

    @Slot()
    def reload(self) -> None:
        Operation(self, lambda: load_settings(self._context)).success(self._show).failure(self._on_failed).run()

    def _show(self, snapshot: SettingsSnapshot) -> None:
        for page in (*self._pages, self.colors):
            page.load(snapshot)
        self._initial = self._values()
        if snapshot.problems:
            self._status.setText(
                self.tr("Some stored settings could not be read and are shown with their defaults: {keys}").format(
                    keys=", ".join(snapshot.problems)
                )
            )

    def changed_values(self) -> dict[str, Any]:
        return {key: value for key, value in self._values().items() if self._initial.get(key) != value}

    @Slot()
    def save(self) -> None:
        changes = self.changed_values()
        if not changes:
            self._status.setText(self.tr("Nothing has changed."))
            return
        self._save.setEnabled(False)
        Operation(self, lambda: save_settings(self._context, changes), write=True).success(self._on_saved).failure(
            self._on_failed
        ).run()

    def _on_saved(self, keys: tuple[str, ...]) -> None:
        self._save.setEnabled(True)
        self._status.setText(self.tr("Settings saved ({count} changed).").format(count=len(keys)))
        self.reload()

    def _on_color_requested(self, employee_id: UUID, color: str | None) -> None:
        def done(_result: None) -> None:
            self._status.setText(self.tr("The instructor's color was saved."))
            self.reload()

        Operation(self, lambda: set_instructor_color(self._context, employee_id, color), write=True).success(
            done
        ).failure(self._on_failed).run()

    def _on_failed(self, error: Exception) -> None:
        self._save.setEnabled(True)
        if isinstance(error, DomainError):
            self._status.setText("⚠ " + message_text(error.message))
        else:
            self._status.setText(self.tr("The settings could not be saved. Try again in a moment."))
