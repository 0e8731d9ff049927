"""The lessons an undo or a reset forward kept, each with every safety condition it failed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.services.generation.rows import PlanRow
from reinex_desktop.ui.formats import short_date
from reinex_desktop.ui.generation.texts import details_text, time_text
from reinex_desktop.ui.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    QT_TRANSLATE_NOOP("GenerationView", "Date"),
    QT_TRANSLATE_NOOP("GenerationView", "Time"),
    QT_TRANSLATE_NOOP("GenerationView", "Instructor"),
    QT_TRANSLATE_NOOP("GenerationView", "Students"),
    QT_TRANSLATE_NOOP("GenerationView", "Why it was kept"),
)


class KeptRowsModel(RowsTableModel[PlanRow]):
    CONTEXT = "GenerationView"
    COLUMNS = COLUMNS

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
