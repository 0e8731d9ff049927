"""Business hours per weekday, closed days and the Israeli holidays switch."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.clinic_time import slot_times
from reinex_desktop.domain.configuration.validation import WEEKDAY_NAMES
from reinex_desktop.domain.settings import KEY_BUSINESS_HOURS, KEY_CLOSURES, KEY_OBSERVE_HOLIDAYS
from reinex_desktop.services.settings import SettingsSnapshot
from reinex_desktop.ui.formats import long_date, pydate, use_short_date

QUARTERS = slot_times(time(0), time(23, 59))


def _time_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    for moment in QUARTERS:
        combo.addItem(moment.strftime("%H:%M"), moment.strftime("%H:%M"))
    return combo


class HoursPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsHours")
        self._open: list[QCheckBox] = []
        self._from: list[QComboBox] = []
        self._to: list[QComboBox] = []
        hours_box = QGroupBox(self.tr("Business hours"), self)
        grid = QGridLayout(hours_box)
        grid.addWidget(QLabel(self.tr("Opens"), hours_box), 0, 1)
        grid.addWidget(QLabel(self.tr("Closes"), hours_box), 0, 2)
        for day in range(7):
            check = QCheckBox(QCoreApplication.translate("Settings", WEEKDAY_NAMES[day]), hours_box)
            check.setObjectName(f"open_{day}")
            opening, closing = _time_combo(hours_box), _time_combo(hours_box)
            opening.setObjectName(f"opens_{day}")
            closing.setObjectName(f"closes_{day}")
            opening.setAccessibleName(self.tr("Opening time"))
            closing.setAccessibleName(self.tr("Closing time"))
            check.toggled.connect(opening.setEnabled)
            check.toggled.connect(closing.setEnabled)
            grid.addWidget(check, day + 1, 0)
            grid.addWidget(opening, day + 1, 1)
            grid.addWidget(closing, day + 1, 2)
            self._open.append(check)
            self._from.append(opening)
            self._to.append(closing)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(8, 1)

        closures_box = QGroupBox(self.tr("Closed days"), self)
        self._holidays = QCheckBox(self.tr("Closed on Israeli holidays"), closures_box)
        self._holidays.setObjectName("observeHolidays")
        self._day = QDateEdit(closures_box)
        self._day.setObjectName("closureDate")
        self._day.setCalendarPopup(True)
        # Left-to-right before the format: Qt reverses a date's sections when it is right-to-left.
        self._day.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        use_short_date(self._day)
        self._day.setDate(QDate.currentDate())
        add = QPushButton(self.tr("Add closed day"), closures_box)
        add.setObjectName("addClosure")
        add.clicked.connect(self._on_add_clicked)
        remove = QPushButton(self.tr("Remove"), closures_box)
        remove.setObjectName("removeClosure")
        remove.clicked.connect(self._on_remove_clicked)
        self._closures = QListWidget(closures_box)
        self._closures.setObjectName("closures")
        self._closures.setAccessibleName(self.tr("Closed days"))
        picker = QHBoxLayout()
        picker.addWidget(self._day)
        picker.addWidget(add)
        picker.addWidget(remove)
        picker.addStretch(1)
        closures_layout = QVBoxLayout(closures_box)
        closures_layout.addWidget(self._holidays)
        closures_layout.addLayout(picker)
        closures_layout.addWidget(self._closures)

        layout = QHBoxLayout(self)
        layout.addWidget(hours_box, 1)
        layout.addWidget(closures_box, 1)

    def load(self, snapshot: SettingsSnapshot) -> None:
        clinic = snapshot.clinic
        for day in range(7):
            span = clinic.hours_on(day)
            opening, closing = span or (time(8), time(16))
            self._open[day].setChecked(span is not None)
            self._from[day].setEnabled(span is not None)
            self._to[day].setEnabled(span is not None)
            self._select(self._from[day], opening)
            self._select(self._to[day], closing)
        self._holidays.setChecked(clinic.observe_holidays)
        self._closures.clear()
        for closed in sorted(clinic.closures):
            self._add_day(closed)

    @staticmethod
    def _select(combo: QComboBox, moment: time) -> None:
        index = combo.findData(moment.strftime("%H:%M"))
        combo.setCurrentIndex(index if index >= 0 else 0)

    def _add_day(self, day: date) -> None:
        """Insert in date order (the shown text starts with the day name, so it cannot sort itself)."""
        key = day.isoformat()
        row = 0
        while row < self._closures.count():
            existing = str(self._closures.item(row).data(Qt.ItemDataRole.UserRole))
            if existing == key:
                return
            if existing > key:
                break
            row += 1
        shown = long_date(day)
        item = QListWidgetItem(shown)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self._closures.insertItem(row, item)

    def add_closure(self, day: date) -> None:
        self._add_day(day)

    @Slot()
    def _on_add_clicked(self) -> None:
        chosen = self._day.date()
        self._add_day(pydate(chosen))

    @Slot()
    def _on_remove_clicked(self) -> None:
        for item in self._closures.selectedItems():
            self._closures.takeItem(self._closures.row(item))

    def values(self) -> dict[str, Any]:
        hours: dict[str, Any] = {}
        for day in range(7):
            if self._open[day].isChecked():
                hours[str(day)] = {"open": self._from[day].currentData(), "close": self._to[day].currentData()}
            else:
                hours[str(day)] = None
        role = Qt.ItemDataRole.UserRole
        closures = sorted(str(self._closures.item(row).data(role)) for row in range(self._closures.count()))
        return {KEY_BUSINESS_HOURS: hours, KEY_CLOSURES: closures, KEY_OBSERVE_HOLIDAYS: self._holidays.isChecked()}
