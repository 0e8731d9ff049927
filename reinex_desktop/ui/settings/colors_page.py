"""Instructor colors: one unique color per instructor, applied as soon as it is chosen."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.services.settings import InstructorColor, SettingsSnapshot


def swatch(color: str | None, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color) if color and QColor.isValidColorName(color) else QColor(0, 0, 0, 0))
    return QIcon(pixmap)


class ColorsPage(QWidget):
    #: The user chose a color (a `#rrggbb`, or None to clear) for an instructor.
    color_requested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsColors")
        self._instructors: list[InstructorColor] = []
        explanation = self.tr("Each instructor's lessons are drawn in their color. Two instructors cannot share one.")
        hint = QLabel(explanation, self)
        hint.setWordWrap(True)
        self._table = QTableWidget(0, 2, self)
        self._table.setObjectName("instructorColors")
        self._table.setHorizontalHeaderLabels([self.tr("Instructor"), self.tr("Color")])
        self._table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._table.verticalHeader().setVisible(False)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.cellDoubleClicked.connect(lambda _row, _column: self._on_choose_clicked())
        choose = QPushButton(self.tr("Choose color…"), self)
        choose.setObjectName("chooseColor")
        choose.clicked.connect(self._on_choose_clicked)
        clear = QPushButton(self.tr("Clear color"), self)
        clear.setObjectName("clearColor")
        clear.clicked.connect(self._on_clear_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(choose)
        buttons.addWidget(clear)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self._table, 1)
        layout.addLayout(buttons)

    def load(self, snapshot: SettingsSnapshot) -> None:
        self._instructors = [i for i in snapshot.instructors if i.is_active or i.color]
        self._table.setRowCount(len(self._instructors))
        size = self.fontMetrics().height()
        for row, instructor in enumerate(self._instructors):
            name = QTableWidgetItem(instructor.name)
            name.setData(Qt.ItemDataRole.UserRole, str(instructor.id))
            color = QTableWidgetItem(swatch(instructor.color, size), instructor.color or self.tr("No color"))
            self._table.setItem(row, 0, name)
            self._table.setItem(row, 1, color)

    def select(self, employee_id: UUID) -> None:
        for row, instructor in enumerate(self._instructors):
            if instructor.id == employee_id:
                self._table.selectRow(row)

    def _current(self) -> InstructorColor | None:
        row = self._table.currentRow()
        return self._instructors[row] if 0 <= row < len(self._instructors) else None

    @Slot()
    def _on_choose_clicked(self) -> None:
        instructor = self._current()
        if instructor is None:
            return
        initial = QColor(instructor.color) if instructor.color else QColor("#2e7d32")
        chosen = QColorDialog.getColor(initial, self, self.tr("Color of {name}").format(name=instructor.name))
        if chosen.isValid():
            self.color_requested.emit(instructor.id, chosen.name())

    @Slot()
    def _on_clear_clicked(self) -> None:
        instructor = self._current()
        if instructor is not None and instructor.color:
            self.color_requested.emit(instructor.id, None)
