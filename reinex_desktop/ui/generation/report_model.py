"""The lessons an undo or a reset forward kept, each with every safety condition it failed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.services.generation.rows import PlanRow
from reinex_desktop.ui.generation.texts import details_text, short_date, time_text, tr

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    QT_TRANSLATE_NOOP("GenerationView", "Date"),
    QT_TRANSLATE_NOOP("GenerationView", "Time"),
    QT_TRANSLATE_NOOP("GenerationView", "Instructor"),
    QT_TRANSLATE_NOOP("GenerationView", "Students"),
    QT_TRANSLATE_NOOP("GenerationView", "Why it was kept"),
)


class KeptRowsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PlanRow] = []

    def set_rows(self, rows: Sequence[PlanRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return short_date(row.day)
        if column == 1:
            return time_text(row.at)
        if column == 2:
            return row.instructor
        if column == 3:
            return ", ".join(row.students)
        return details_text(row)
