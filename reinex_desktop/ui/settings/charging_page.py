"""Charging rules: cancellation windows, the no-show charge, medical notes, low balances and payers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.charging.settings import (
    KEY_BALANCE_LOW_LESSONS,
    KEY_CANCELLATION_RULES,
    KEY_HMO_RULES,
    KEY_MEDICAL_NOTE_QUOTA,
    KEY_NO_SHOW_PERCENT,
    MAX_WINDOW_HOURS,
    PayerMode,
    PayerRule,
)
from reinex_desktop.services.settings import SettingsSnapshot
from reinex_desktop.ui.money.labels import payer_label, payer_mode_label


def _spin(parent: QWidget, low: int, high: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    if suffix:
        spin.setSuffix(suffix)
    return spin


class ChargingPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsCharging")
        layout = QHBoxLayout(self)
        layout.addWidget(self._build_cancellations(), 2)
        layout.addWidget(self._build_payers(), 3)

    # --- construction ---------------------------------------------------------------------------

    def _build_cancellations(self) -> QGroupBox:
        box = QGroupBox(self.tr("Cancellations and no-shows"), self)
        explanation = self.tr(
            "A cancellation given less than the set number of hours before the lesson is charged the set share."
        )
        hint = QLabel(explanation, box)
        hint.setWordWrap(True)
        self._windows = QTableWidget(0, 2, box)
        self._windows.setObjectName("cancellationWindows")
        self._windows.setHorizontalHeaderLabels([self.tr("Notice shorter than (hours)"), self.tr("Charge (%)")])
        self._windows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._windows.verticalHeader().setVisible(False)
        self._windows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("Add window"), box)
        add.setObjectName("addWindow")
        add.clicked.connect(lambda: self.add_window(24, 100))
        remove = QPushButton(self.tr("Remove window"), box)
        remove.clicked.connect(lambda: self._remove_selected(self._windows))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self._no_show = _spin(box, 0, 100, " %")
        self._no_show.setObjectName("noShowPercent")
        self._quota = _spin(box, 0, 12)
        self._quota.setObjectName("medicalNoteQuota")
        self._low = _spin(box, 0, 50)
        self._low.setObjectName("balanceLowLessons")
        form = QFormLayout()
        form.addRow(self.tr("No-show charge"), self._no_show)
        form.addRow(self.tr("Emergency medical notes per student a year"), self._quota)
        form.addRow(self.tr("Warn when fewer lessons than this remain"), self._low)
        column = QVBoxLayout(box)
        column.addWidget(hint)
        column.addWidget(self._windows, 1)
        column.addLayout(buttons)
        column.addLayout(form)
        return box

    def _build_payers(self) -> QGroupBox:
        box = QGroupBox(self.tr("Payers and HMOs"), self)
        self._payers = QTableWidget(0, 5, box)
        self._payers.setObjectName("payerRules")
        headers = [self.tr("Code"), self.tr("Name"), self.tr("Who pays"), self.tr("Co-payment (₪)")]
        self._payers.setHorizontalHeaderLabels([*headers, self.tr("Missed lessons")])
        header = self._payers.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._payers.verticalHeader().setVisible(False)
        self._payers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("Add payer"), box)
        add.setObjectName("addPayer")
        add.clicked.connect(lambda: self.add_payer(PayerRule("", PayerMode.HMO_PAYS)))
        remove = QPushButton(self.tr("Remove payer"), box)
        remove.clicked.connect(lambda: self._remove_selected(self._payers))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        hint = QLabel(self.tr("“Missed lessons”: whether the payer also pays cancellation and no-show charges."), box)
        hint.setWordWrap(True)
        column = QVBoxLayout(box)
        column.addWidget(self._payers, 1)
        column.addLayout(buttons)
        column.addWidget(hint)
        return box

    # --- rows -----------------------------------------------------------------------------------

    def add_window(self, hours: int, percent: int) -> None:
        row = self._windows.rowCount()
        self._windows.insertRow(row)
        hours_spin = _spin(self._windows, 1, MAX_WINDOW_HOURS)
        hours_spin.setValue(hours)
        percent_spin = _spin(self._windows, 0, 100, " %")
        percent_spin.setValue(percent)
        self._windows.setCellWidget(row, 0, hours_spin)
        self._windows.setCellWidget(row, 1, percent_spin)

    def add_payer(self, rule: PayerRule) -> None:
        row = self._payers.rowCount()
        self._payers.insertRow(row)
        code = QLineEdit(rule.payer, self._payers)
        code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        code.setPlaceholderText("maccabi")
        code.setReadOnly(bool(rule.payer))
        name = QLineEdit(rule.label or (payer_label(rule.payer, rule) if rule.payer else ""), self._payers)
        mode = QComboBox(self._payers)
        for value in PayerMode:
            mode.addItem(payer_mode_label(value), value.value)
        mode.setCurrentIndex(mode.findData(rule.mode.value))
        copay = QLineEdit(str(rule.copay) if rule.mode is PayerMode.COPAY else "", self._payers)
        copay.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        covers = QCheckBox(self._payers)
        covers.setChecked(rule.covers_missed)
        covers.setAccessibleName(self.tr("Pays for missed lessons"))
        for column, widget in enumerate((code, name, mode, copay, covers)):
            self._payers.setCellWidget(row, column, widget)

    @staticmethod
    def _remove_selected(table: QTableWidget) -> None:
        rows = sorted({index.row() for index in table.selectedIndexes()}, reverse=True)
        if not rows and table.currentRow() >= 0:
            rows = [table.currentRow()]
        for row in rows:
            table.removeRow(row)

    # --- values ---------------------------------------------------------------------------------

    def load(self, snapshot: SettingsSnapshot) -> None:
        charging = snapshot.charging
        self._windows.setRowCount(0)
        for rule in sorted(charging.cancellation_rules, key=lambda r: -r.hours_before):
            self.add_window(rule.hours_before, int(rule.percent))
        self._no_show.setValue(int(charging.no_show_percent))
        self._quota.setValue(charging.medical_note_quota)
        self._low.setValue(charging.balance_low_lessons)
        self._payers.setRowCount(0)
        for payer in charging.payer_rules.values():
            self.add_payer(payer)

    def _cell(self, table: QTableWidget, row: int, column: int) -> Any:
        return table.cellWidget(row, column)

    def values(self) -> dict[str, Any]:
        cell = self._cell
        windows = [
            {"hours_before": cell(self._windows, row, 0).value(), "percent": cell(self._windows, row, 1).value()}
            for row in range(self._windows.rowCount())
        ]
        payers: dict[str, Any] = {}
        for row in range(self._payers.rowCount()):
            code = self._cell(self._payers, row, 0).text().strip()
            spec: dict[str, Any] = {
                "mode": self._cell(self._payers, row, 2).currentData(),
                "label": self._cell(self._payers, row, 1).text().strip(),
                "covers_missed": self._cell(self._payers, row, 4).isChecked(),
            }
            if spec["mode"] == PayerMode.COPAY.value:
                spec["copay"] = self._cell(self._payers, row, 3).text().strip() or "0"
            payers[code] = spec
        return {
            KEY_CANCELLATION_RULES: windows,
            KEY_NO_SHOW_PERCENT: self._no_show.value(),
            KEY_MEDICAL_NOTE_QUOTA: self._quota.value(),
            KEY_BALANCE_LOW_LESSONS: self._low.value(),
            KEY_HMO_RULES: payers,
        }
