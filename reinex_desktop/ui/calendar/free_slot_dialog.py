"""Find a free slot: a student and a service → the first opening on each of the next ten days;
pick one to book it (or to join the group lesson that has a seat)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.calendar.free_slots import DEFAULT_DAYS, FreeSlot
from reinex_desktop.domain.calendar.moves import MAX_DURATION_MINUTES
from reinex_desktop.domain.clinic_time import SLOT_MINUTES
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.services.calendar.catalog import CalendarCatalog
from reinex_desktop.services.calendar.day import CalendarService
from reinex_desktop.services.calendar.finder import free_slots
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.calendar import prompts
from reinex_desktop.ui.calendar.student_picker import StudentPicker
from reinex_desktop.ui.calendar.texts import time_range
from reinex_desktop.ui.formats import qdate
from reinex_desktop.ui.rows_model import RowsTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


class FreeSlotModel(RowsTableModel[FreeSlot]):
    """Openings, one row per day: day, time, instructor, new lesson or a seat in a group."""

    CONTEXT = "FreeSlotModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("FreeSlotModel", "Day"),
        QT_TRANSLATE_NOOP("FreeSlotModel", "Time"),
        QT_TRANSLATE_NOOP("FreeSlotModel", "Instructor"),
        QT_TRANSLATE_NOOP("FreeSlotModel", "Lesson"),
    )

    def __init__(self, catalog: CalendarCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        slot = self.row_at(index.row()) if index.isValid() else None
        if slot is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == 0:
            return QLocale().toString(qdate(slot.day), "dddd d/M")
        if column == 1:
            return time_range(slot.start, slot.end, self._catalog.zone)
        if column == 2:
            return self._catalog.instructor_name(slot.instructor_id)
        if column == 3:
            return self.tr("Joins a group lesson") if slot.join_lesson_id else self.tr("New lesson")
        return None


class FreeSlotDialog(QDialog):
    """`chosen` holds the picked slot and `student_id` the student when the dialog is accepted."""

    def __init__(self, service: CalendarService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("freeSlotDialog")
        self.setWindowTitle(self.tr("Find a free slot"))
        self._service = service
        self._catalog = service.catalog()
        self.chosen: FreeSlot | None = None
        self.student_id: UUID | None = None
        self.picker = StudentPicker(service.directory, self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("freeSlotService")
        for item in sorted((s for s in self._catalog.services.values() if s.bookable), key=lambda s: s.name):
            self.kind.addItem(item.name, str(item.id))
        self.duration = QSpinBox(self)
        self.duration.setRange(SLOT_MINUTES, MAX_DURATION_MINUTES)
        self.duration.setSingleStep(SLOT_MINUTES)
        self.duration.setSuffix(self.tr(" min"))
        self.search_button = QPushButton(self.tr("&Search the next {days} days").format(days=DEFAULT_DAYS), self)
        self.model = FreeSlotModel(self._catalog, self)
        self.table = QTableView(self)
        self.table.setObjectName("freeSlotTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.status = QLabel(self)
        self.status.setObjectName("freeSlotStatus")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.book_button = buttons.addButton(self.tr("&Book this slot…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.book_button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("S&tudent:"), self.picker)
        form.addRow(self.tr("&Service:"), self.kind)
        form.addRow(self.tr("&Length:"), self.duration)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.search_button)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._apply_length)
        self.search_button.clicked.connect(self.search)
        self.table.activated.connect(lambda _index: self._choose())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.book_button.setEnabled(self.model.row_at(current.row()) is not None)
        )
        buttons.rejected.connect(self.reject)
        self.book_button.clicked.connect(self._choose)
        self.picker.start()
        self._apply_length()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 48, self.fontMetrics().lineSpacing() * 34)

    def _apply_length(self) -> None:
        data = self.kind.currentData()
        item = self._catalog.services.get(UUID(data)) if data else None
        self.duration.setValue(item.duration_minutes if item and item.duration_minutes else 45)

    def search(self) -> None:
        student = self.picker.current_student()
        data = self.kind.currentData()
        if student is None or not data:
            self.status.setText(self.tr("Choose a student and a service first."))
            return
        context, catalog, minutes = self._service.context, self._catalog, self.duration.value()
        self.student_id = student.id

        def work() -> list[FreeSlot]:
            return free_slots(context, catalog, student_id=student.id, service_id=UUID(data), duration_minutes=minutes)

        Operation(self, work).success(self._show).failure(lambda error: prompts.show_error(self, error)).run()

    def _show(self, slots: list[FreeSlot]) -> None:
        self.model.set_rows(slots)
        if slots:
            self.status.setText(self.tr("{count} days with an opening.").format(count=len(slots)))
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.setFocus()
        else:
            self.status.setText(self.tr("No opening in the next {days} days.").format(days=DEFAULT_DAYS))

    def service_id(self) -> UUID | None:
        data = self.kind.currentData()
        return UUID(data) if data else None

    def _choose(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = (
            self.table.currentIndex().row() if self.table.currentIndex().isValid() else (rows[0].row() if rows else -1)
        )
        slot = self.model.row_at(row)
        if slot is not None:
            self.chosen = slot
            self.accept()
