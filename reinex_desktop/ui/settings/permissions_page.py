"""The organization's permission overrides (plan §7.2), for the Owner of a clinic database.

Each key of plan §7.3 is left to the role defaults, turned on or turned off. The web backend keeps
an organization's overrides itself, so this page is offered only on a database written directly.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from reinex_desktop.domain.permissions import PERMISSIONS_SETTING_KEY, Permission, parse_overrides
from reinex_desktop.services.settings import SettingsSnapshot
from reinex_desktop.ui.labels import label

_DEFAULT, _ON, _OFF = "", "on", "off"


class PermissionsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPermissions")
        note = QLabel(
            self.tr(
                "These choices apply on top of what each role may do. \u201cOff\u201d takes a permission away "
                "from every role; \u201cOn\u201d turns Reinex, automated WhatsApp or GreenInvoice on for "
                "the owners and administrators. Only the owner changes them."
            ),
            self,
        )
        note.setWordWrap(True)
        self._choices: dict[Permission, QComboBox] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for permission in Permission:
            choice = QComboBox(self)
            choice.setObjectName(f"permission_{permission.value}")
            choice.addItem(self.tr("As the role allows"), _DEFAULT)
            choice.addItem(self.tr("On"), _ON)
            choice.addItem(self.tr("Off"), _OFF)
            self._choices[permission] = choice
            form.addRow(label(permission), choice)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addStretch(1)

    def choose(self, permission: Permission, allowed: bool | None) -> None:
        """Set one key: True on, False off, None back to the role defaults."""
        value = _DEFAULT if allowed is None else _ON if allowed else _OFF
        choice = self._choices[permission]
        choice.setCurrentIndex(choice.findData(value))

    def load(self, snapshot: SettingsSnapshot) -> None:
        overrides = parse_overrides(snapshot.clinic.raw.get(PERMISSIONS_SETTING_KEY))
        for permission in Permission:
            self.choose(permission, overrides.get(permission.value))

    def values(self) -> dict[str, Any]:
        overrides = {
            permission.value: choice.currentData() == _ON
            for permission, choice in self._choices.items()
            if choice.currentData() != _DEFAULT
        }
        return {PERMISSIONS_SETTING_KEY: overrides}
