"""The roster table: one row per `RosterRow`, columns the reception scans first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from reinex_desktop.domain.charging.balances import BalanceLevel
from reinex_desktop.domain.students.text_fold import fold
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.services.students.roster import RosterRow
from reinex_desktop.ui.labels import isolate_ltr, label
from reinex_desktop.ui.students.record_model import SORT_ROLE
from reinex_desktop.ui.students.texts import moment_text, phone_text, word

Index = QModelIndex | QPersistentModelIndex
#: The student's id (a UUID) of a row.
STUDENT_ID_ROLE = Qt.ItemDataRole.UserRole

NAME, AGE, CONTACT, PHONE, NEXT_LESSON, INSTRUCTORS, ONBOARDING, BALANCE = range(8)
_TITLES = (
    QT_TRANSLATE_NOOP("RosterModel", "Student"),
    QT_TRANSLATE_NOOP("RosterModel", "Age"),
    QT_TRANSLATE_NOOP("RosterModel", "Primary contact"),
    QT_TRANSLATE_NOOP("RosterModel", "Phone"),
    QT_TRANSLATE_NOOP("RosterModel", "Next lesson"),
    QT_TRANSLATE_NOOP("RosterModel", "Instructors"),
    QT_TRANSLATE_NOOP("RosterModel", "Onboarding"),
    QT_TRANSLATE_NOOP("RosterModel", "Balance"),
)
_FAR_FUTURE = 1e12  # students without a coming lesson sort last


class RosterModel(QAbstractTableModel):
    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: tuple[RosterRow, ...] = ()

    def set_rows(self, rows: Sequence[RosterRow]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RosterRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("RosterModel", _TITLES[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == STUDENT_ID_ROLE:
            return row.student.id
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and not row.student.is_active:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and column == NAME:
            font = QFont(QApplication.font())
            font.setBold(row.student.is_active)
            font.setItalic(not row.student.is_active)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == BALANCE and row.balance is not None:
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if row.balance is BalanceLevel.EXHAUSTED
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(row, column)
        return None

    def _text(self, row: RosterRow, column: int) -> str:
        student = row.student
        if column == NAME:
            if student.is_active:
                return student.full_name
            return QCoreApplication.translate("RosterModel", "{name} (inactive)").format(name=student.full_name)
        if column == AGE:
            return "" if row.age is None else str(row.age)
        if column == CONTACT:
            primary = row.primary
            if primary is None:
                return ""
            return QCoreApplication.translate("RosterModel", "{name} ({relationship})").format(
                name=primary.guardian.full_name, relationship=label(primary.relationship)
            )
        if column == PHONE:
            return phone_text(row.primary_phone)
        if column == NEXT_LESSON:
            return moment_text(row.next_lesson, self._zone)
        if column == INSTRUCTORS:
            return ", ".join(row.instructors)
        if column == ONBOARDING:
            return label(student.onboarding_status)
        if column == BALANCE:
            return word(row.balance) if row.balance is not None else ""
        return ""

    def _sort_value(self, row: RosterRow, column: int) -> Any:
        if column == NAME:
            return fold(row.student.full_name)
        if column == AGE:
            return -1 if row.age is None else row.age
        if column == NEXT_LESSON:
            return row.next_lesson.timestamp() if row.next_lesson else _FAR_FUTURE
        if column == BALANCE:
            order = {BalanceLevel.EXHAUSTED: 0, BalanceLevel.LOW: 1}
            return order.get(row.balance, 2) if row.balance is not None else 2
        if column == ONBOARDING:
            return row.student.onboarding_status.value
        return fold(self._text(row, column))

    def _tooltip(self, row: RosterRow, column: int) -> str | None:
        if column == NAME and row.student.national_id:
            return QCoreApplication.translate("RosterModel", "ID number {number}").format(
                number=isolate_ltr(row.student.national_id)
            )
        return None

    def student_id(self, row: int) -> UUID:
        return self._rows[row].student.id
