"""Table model of a month's payroll: one row per instructor, over frozen `InstructorPayroll` rows."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from reinex_desktop.domain.payroll.export import InstructorPayroll
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.ui.money.labels import shekels
from reinex_desktop.ui.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    QT_TRANSLATE_NOOP("PayrollModel", "Instructor"),
    QT_TRANSLATE_NOOP("PayrollModel", "Employee no."),
    QT_TRANSLATE_NOOP("PayrollModel", "Lessons"),
    QT_TRANSLATE_NOOP("PayrollModel", "Students"),
    QT_TRANSLATE_NOOP("PayrollModel", "Hours"),
    QT_TRANSLATE_NOOP("PayrollModel", "Total"),
    QT_TRANSLATE_NOOP("PayrollModel", "In payroll"),
    QT_TRANSLATE_NOOP("PayrollModel", "Not exported"),
)
NUMERIC = frozenset(range(2, len(COLUMNS)))
_ZERO_RATE = QT_TRANSLATE_NOOP("PayrollModel", "{count} lessons without a rate: check the instructor's rates.")


class PayrollModel(RowsTableModel[InstructorPayroll]):
    CONTEXT = "PayrollModel"
    COLUMNS = COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and row.zero_rate_lines:
            return QCoreApplication.translate("PayrollModel", _ZERO_RATE).format(count=row.zero_rate_lines)
        if role == Qt.ItemDataRole.UserRole:
            return row.employee_id
        return None

    @staticmethod
    def _text(row: InstructorPayroll, column: int) -> str:
        values: tuple[Any, ...] = (
            row.employee_name + (" ⚠" if row.zero_rate_lines else ""),
            row.employee_number,
            row.lessons,
            row.students,
            row.hours,
            row.total,
            row.exported_total,
            row.pending_total,
        )
        value = values[column]
        if isinstance(value, Decimal) and column >= 5:
            return shekels(value)
        if isinstance(value, Decimal):
            return f"{value:.2f}"
        return str(value)
