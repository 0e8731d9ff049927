"""The order of the instructor columns in the day and week calendars, saved with the other settings.

Keyboard: Ctrl+Shift+↑ / Ctrl+Shift+↓ move the selected instructor; rows can also be dragged.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.configuration.instructor_order import moved
from reinex_desktop.domain.settings import KEY_INSTRUCTOR_ORDER
from reinex_desktop.services.settings import SettingsSnapshot
from reinex_desktop.ui.labels import isolate_ltr
from reinex_desktop.ui.settings.colors_page import swatch

ID_ROLE = Qt.ItemDataRole.UserRole
_MOVE = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class ColumnOrderPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsColumnOrder")
        text = self.tr(
            "The calendars show one column per active instructor, in this order. "
            "Select an instructor and move them up or down ({up} / {down}), or drag them."
        )
        hint = QLabel(text.format(up=isolate_ltr("Ctrl+Shift+↑"), down=isolate_ltr("Ctrl+Shift+↓")), self)
        hint.setWordWrap(True)
        self._list = QListWidget(self)
        self._list.setObjectName("instructorOrder")
        self._list.setAccessibleName(self.tr("Instructor column order"))
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self._list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self._list.currentRowChanged.connect(self._on_current_changed)
        self._up = QPushButton(self.tr("Move &up"), self)
        self._up.setObjectName("moveInstructorUp")
        self._up.clicked.connect(lambda: self.move_current(-1))
        self._down = QPushButton(self.tr("Move &down"), self)
        self._down.setObjectName("moveInstructorDown")
        self._down.clicked.connect(lambda: self.move_current(1))
        self._up.setToolTip(isolate_ltr("Ctrl+Shift+↑"))
        self._down.setToolTip(isolate_ltr("Ctrl+Shift+↓"))
        self._list.installEventFilter(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self._up)
        buttons.addWidget(self._down)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self._list, 1)
        layout.addLayout(buttons)
        self._on_current_changed(-1)

    def load(self, snapshot: SettingsSnapshot) -> None:
        current = self.order()[self._list.currentRow()] if self._list.currentRow() >= 0 else None
        self._list.clear()
        size = self.fontMetrics().height()
        for instructor in snapshot.column_order:
            item = QListWidgetItem(swatch(instructor.color, size), instructor.name)
            item.setData(ID_ROLE, str(instructor.id))
            self._list.addItem(item)
        if current in self.order():
            self._list.setCurrentRow(self.order().index(current))
        self._on_current_changed(self._list.currentRow())

    def order(self) -> list[str]:
        return [str(self._list.item(row).data(ID_ROLE)) for row in range(self._list.count())]

    def values(self) -> dict[str, Any]:
        return {KEY_INSTRUCTOR_ORDER: self.order()}

    def select(self, row: int) -> None:
        self._list.setCurrentRow(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() == _MOVE
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def move_current(self, offset: int) -> None:
        row = self._list.currentRow()
        if row < 0:
            return
        order = self.order()
        target = moved(order, row, offset).index(order[row])
        if target != row:
            self._list.insertItem(target, self._list.takeItem(row))
            self._list.setCurrentRow(target)
        self._list.setFocus()

    @Slot(int)
    def _on_current_changed(self, row: int) -> None:
        self._up.setEnabled(row > 0)
        self._down.setEnabled(0 <= row < self._list.count() - 1)
