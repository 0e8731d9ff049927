"""The waiting-list entry editor: who, which service, when the family can come, whom they prefer.

Before saving, the entry is checked for duplicates (a weekly series of the same service, or another
open entry for it); the dialog names them and asks, "Don't save" being the default. A refusal keeps
the dialog open with the reason; nothing is written.
"""

from __future__ import annotations

from datetime import time
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.text import DomainError
from reinex_desktop.domain.waiting_list.commands import EntryDetails
from reinex_desktop.domain.waiting_list.entries import PREFERABLE_DAYS, TimeWindow, WaitingListEntry
from reinex_desktop.domain.waiting_list.reasons import CONTEXT as REASONS
from reinex_desktop.domain.waiting_list.reasons import DAY_NAMES
from reinex_desktop.domain.waiting_list.rules import duplicate_message
from reinex_desktop.services.calendar.students import load_directory
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.waiting_list.entries import Choices, create_entry, details_of, duplicates, update_entry
from reinex_desktop.ui.calendar.student_picker import StudentPicker
from reinex_desktop.ui.labels import message_text

WINDOWS = 3


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


class _WindowRow:
    def __init__(self, parent: QWidget, grid: QGridLayout, row: int, window: TimeWindow | None) -> None:
        self.used = QCheckBox(parent)
        self.used.setObjectName(f"windowUsed{row}")
        self.used.setAccessibleName(QCoreApplication.translate("EntryEditor", "Use time window {n}").format(n=row + 1))
        self.day = QComboBox(parent)
        self.day.setObjectName(f"windowDay{row}")
        self.day.setAccessibleName(QCoreApplication.translate("EntryEditor", "Day of window {n}").format(n=row + 1))
        self.day.addItem(QCoreApplication.translate("EntryEditor", "Any day"), None)
        for day in PREFERABLE_DAYS:
            self.day.addItem(QCoreApplication.translate(REASONS, DAY_NAMES[day]), day)
        self.start = QTimeEdit(_qtime(window.start if window else time(14)), parent)
        self.start.setObjectName(f"windowFrom{row}")
        # Left to right before the format: a right-to-left time edit reverses it ("00:14" for 14:00).
        self.start.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.start.setDisplayFormat("HH:mm")
        self.end = QTimeEdit(_qtime(window.end if window else time(17)), parent)
        self.end.setObjectName(f"windowTo{row}")
        self.end.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.end.setDisplayFormat("HH:mm")
        if window is not None:
            self.used.setChecked(True)
            self.day.setCurrentIndex(max(0, self.day.findData(window.day)) if window.day is not None else 0)
        for column, widget in enumerate((self.used, self.day, self.start, self.end)):
            grid.addWidget(widget, row, column)

    def window(self) -> TimeWindow | None:
        if not self.used.isChecked():
            return None
        start, end = self.start.time(), self.end.time()
        return TimeWindow(self.day.currentData(), time(start.hour(), start.minute()), time(end.hour(), end.minute()))


class EntryEditorDialog(QDialog):
    """New entry (optionally for a given student) or an edit of an open one."""

    def __init__(
        self,
        context: AppContext,
        choices: Choices,
        *,
        entry: WaitingListEntry | None = None,
        student_id: object = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("waitingEntryEditor")
        self.setWindowTitle(self.tr("Waiting-list entry") if entry is None else self.tr("Edit waiting-list entry"))
        self._context = context
        self._entry = entry
        self.saved_id: object = entry.id if entry else None
        details = details_of(entry) if entry else None

        self.picker = StudentPicker(lambda: load_directory(context), self)
        self.picker.setObjectName("entryStudent")
        if entry is not None:
            self.picker.choose(entry.student_id)
            self.picker.setEnabled(False)
        elif student_id is not None:
            self.picker.choose(student_id)  # type: ignore[arg-type]
        else:
            self.picker.start()
        self.service = QComboBox(self)
        self.service.setObjectName("entryService")
        for service_id, name in choices.services:
            self.service.addItem(name, str(service_id))
        if details is not None:
            self.service.setCurrentIndex(max(0, self.service.findData(str(details.desired_service_id))))
        self.days: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for day in PREFERABLE_DAYS:
            box = QCheckBox(QCoreApplication.translate(REASONS, DAY_NAMES[day]), self)
            box.setObjectName(f"entryDay{day}")
            box.setChecked(bool(details and day in details.preferred_days))
            self.days.append(box)
            days_row.addWidget(box)
        grid = QGridLayout()
        existing = list(details.preferred_times) if details else []
        self.windows = [
            _WindowRow(self, grid, row, existing[row] if row < len(existing) else None) for row in range(WINDOWS)
        ]
        self.instructors = QListWidget(self)
        self.instructors.setObjectName("entryInstructors")
        self.instructors.setAccessibleName(self.tr("Preferred instructors"))
        for instructor_id, name in choices.instructors:
            item = QListWidgetItem(name, self.instructors)
            item.setData(Qt.ItemDataRole.UserRole, instructor_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = bool(details and instructor_id in details.instructor_preferences)
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.instructors.setMaximumHeight(120)
        self.premium = QCheckBox(self.tr("Willing to pay a premium"), self)
        self.premium.setObjectName("entryPremium")
        self.premium.setChecked(bool(details and details.willing_to_pay_premium))
        self.priority = QCheckBox(self.tr("Priority"), self)
        self.priority.setObjectName("entryPriority")
        self.priority.setChecked(bool(details and details.priority_flag))
        self.reason = QLineEdit(details.priority_reason or "" if details else "", self)
        self.reason.setObjectName("entryPriorityReason")
        self.reason.setPlaceholderText(self.tr("Why this family comes first"))
        self.notes = QPlainTextEdit(details.notes or "" if details else "", self)
        self.notes.setObjectName("entryNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.error = QLabel(self)
        self.error.setObjectName("entryError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c")

        form = QFormLayout()
        form.addRow(self.tr("&Student"), self.picker)
        form.addRow(self.tr("Se&rvice"), self.service)
        form.addRow(self.tr("Preferred days"), days_row)
        form.addRow(self.tr("Preferred hours"), grid)
        form.addRow(self.tr("Preferred instructors"), self.instructors)
        form.addRow("", self.premium)
        form.addRow(self.priority, self.reason)
        form.addRow(self.tr("&Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def details(self) -> EntryDetails:
        windows = tuple(w for w in (row.window() for row in self.windows) if w is not None)
        preferred = []
        for index in range(self.instructors.count()):
            item = self.instructors.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                preferred.append(item.data(Qt.ItemDataRole.UserRole))
        return EntryDetails(
            desired_service_id=UUID(self.service.currentData()),
            preferred_days=tuple(day for day, box in zip(PREFERABLE_DAYS, self.days, strict=True) if box.isChecked()),
            preferred_times=windows,
            instructor_preferences=tuple(preferred),
            willing_to_pay_premium=self.premium.isChecked(),
            priority_flag=self.priority.isChecked(),
            priority_reason=self.reason.text(),
            notes=self.notes.toPlainText(),
        )

    def _save(self) -> None:
        student = self.picker.current_student() if self._entry is None else None
        student_id = self._entry.student_id if self._entry is not None else (student.id if student else None)
        if student_id is None:
            self.error.setText(self.tr("Choose the student first."))
            return
        details = self.details()
        try:
            found = duplicates(
                self._context, student_id, details.desired_service_id, exclude=self._entry.id if self._entry else None
            )
            accept = False
            if found and not self._entry_keeps_service(details):
                answer = QMessageBox.question(
                    self,
                    self.tr("Possible duplicate"),
                    message_text(duplicate_message(found)) + "\n\n" + self.tr("Save the entry anyway?"),
                    QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel,
                )
                if answer != QMessageBox.StandardButton.Save:
                    return
                accept = True
            elif found:
                accept = True  # an edit that keeps its service was already flagged when it was saved
            if self._entry is None:
                self.saved_id = create_entry(self._context, student_id, details, accept_duplicate=accept)
            else:
                update_entry(self._context, self._entry, details, accept_duplicate=accept)
        except DomainError as error:
            self.error.setText(message_text(error.message))
            return
        self.accept()

    def _entry_keeps_service(self, details: EntryDetails) -> bool:
        return self._entry is not None and self._entry.desired_service_id == details.desired_service_id
