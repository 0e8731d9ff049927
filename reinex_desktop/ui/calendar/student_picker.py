"""Pick a student by typing: a search field over the clinic's students and a list of matches."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from reinex_desktop.services.calendar.students import StudentChoice, StudentDirectory
from reinex_desktop.ui.labels import isolate_ltr

StudentIdRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class StudentListModel(QAbstractListModel):
    """Students as a list: name, and the primary guardian's phone kept left-to-right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[StudentChoice, ...] = ()

    def set_students(self, rows: list[StudentChoice]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def student(self, row: int) -> StudentChoice | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        choice = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{choice.name}   {isolate_ltr(choice.phone)}" if choice.phone else choice.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return choice.name
        if role == StudentIdRole:
            return str(choice.id)
        return None


class StudentPicker(QWidget):
    #: The highlighted student changed (None when nothing is chosen).
    student_changed = Signal(object)
    #: Enter or double-click on a student.
    student_activated = Signal(object)

    def __init__(self, load: Callable[[], StudentDirectory], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self._directory: StudentDirectory | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("studentSearch")
        self.search.setPlaceholderText(self.tr("Type a name or a phone number…"))
        self.search.setAccessibleName(self.tr("Search students"))
        self.search.setClearButtonEnabled(True)
        self.model = StudentListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("studentMatches")
        self.list.setAccessibleName(self.tr("Matching students"))
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.search.textChanged.connect(self._on_text_changed)
        self.search.returnPressed.connect(self._on_return)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list.activated.connect(self._on_activated)
        self.setFocusProxy(self.search)

    def directory(self) -> StudentDirectory:
        if self._directory is None:
            self._directory = self._load()
        return self._directory

    def start(self, text: str = "") -> None:
        self.search.setText(text)
        self._on_text_changed(text)

    def current_student(self) -> StudentChoice | None:
        return self.model.student(self.list.currentIndex().row())

    def choose(self, student_id: UUID) -> bool:
        choice = self.directory().get(student_id)
        if choice is None:
            return False
        self.search.blockSignals(True)
        self.search.setText(choice.name)
        self.search.blockSignals(False)
        self.model.set_students([choice])
        self.list.setCurrentIndex(self.model.index(0))
        return True

    def _on_text_changed(self, text: str) -> None:
        self.model.set_students(self.directory().search(text))
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
        else:
            self.student_changed.emit(None)

    def _on_return(self) -> None:
        current = self.current_student()
        if current is not None:
            self.student_activated.emit(current.id)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        choice = self.model.student(current.row())
        self.student_changed.emit(choice.id if choice else None)

    def _on_activated(self, index: QModelIndex) -> None:
        choice = self.model.student(index.row())
        if choice is not None:
            self.student_activated.emit(choice.id)
