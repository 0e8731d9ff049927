"""The weekly templates as a table: one row per template version, with its state today."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from reinex_desktop.domain.generation.templates import TemplateState
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.services.generation.names import Names
from reinex_desktop.services.generation.templates import TemplateItem
from reinex_desktop.ui.formats import short_date
from reinex_desktop.ui.generation.template_texts import CONTEXT, state_text, weekday_name
from reinex_desktop.ui.generation.texts import time_text

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = (
    QT_TRANSLATE_NOOP("TemplatesView", "Student"),
    QT_TRANSLATE_NOOP("TemplatesView", "Service"),
    QT_TRANSLATE_NOOP("TemplatesView", "Instructor"),
    QT_TRANSLATE_NOOP("TemplatesView", "Day"),
    QT_TRANSLATE_NOOP("TemplatesView", "Time"),
    QT_TRANSLATE_NOOP("TemplatesView", "Length"),
    QT_TRANSLATE_NOOP("TemplatesView", "From"),
    QT_TRANSLATE_NOOP("TemplatesView", "Until"),
    QT_TRANSLATE_NOOP("TemplatesView", "Version"),
    QT_TRANSLATE_NOOP("TemplatesView", "State"),
)
_DIMMED = (TemplateState.ENDED, TemplateState.REPLACED, TemplateState.PAUSED)


class TemplateTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[TemplateItem] = []
        self._names = Names()

    def set_items(self, items: Sequence[TemplateItem], names: Names) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._names = names
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == SORT_ROLE:
            return self._sort_key(item, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and item.state in _DIMMED:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def _text(self, item: TemplateItem, column: int) -> str:
        template, names = item.template, self._names
        values = (
            names.student(template.student_id),
            names.service(template.service_id),
            names.instructor(template.instructor_employee_id),
            weekday_name(template.day_of_week),
            time_text(template.time_of_day),
            str(template.duration_minutes),
            short_date(template.valid_from),
            short_date(template.valid_until) if template.valid_until else "",
            str(template.version),
            state_text(item.state),
        )
        return values[column]

    def _sort_key(self, item: TemplateItem, column: int) -> Any:
        template = item.template
        if column == 3:
            return template.day_of_week * 10000 + template.time_of_day.hour * 100 + template.time_of_day.minute
        if column == 4:
            return template.time_of_day.isoformat()
        if column == 5:
            return template.duration_minutes
        if column == 6:
            return template.valid_from.isoformat()
        if column == 7:
            return template.valid_until.isoformat() if template.valid_until else "9999"
        if column == 8:
            return template.version
        return self._text(item, column)
