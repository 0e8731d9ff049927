"""The pinboard beside the grid: lessons parked to be dropped on another day.

Drag a lesson from the grid onto the board to park it (nothing changes in the data); drag it from the
board onto any cell of any day to move it there — or, by keyboard, select it and press "Place at the
focused cell".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractListModel, QLocale, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.services.calendar.catalog import CalendarCatalog
from reinex_desktop.ui.calendar.day_grid import LESSON_MIME, lesson_mime, read_lesson_mime
from reinex_desktop.ui.calendar.texts import time_range
from reinex_desktop.ui.formats import qdate

AnyIndex = QModelIndex | QPersistentModelIndex


class PinboardModel(QAbstractListModel):
    #: A lesson was dropped on the board (from the grid): pin it.
    lesson_dropped = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[LessonInstance, ...] = ()
        self._catalog: CalendarCatalog | None = None

    def set_lessons(self, lessons: Sequence[LessonInstance], catalog: CalendarCatalog) -> None:
        self.beginResetModel()
        self._rows, self._catalog = tuple(lessons), catalog
        self.endResetModel()

    def lesson(self, row: int) -> LessonInstance | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or self._catalog is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(self._rows[index.row()], self._catalog)
        return None

    @staticmethod
    def _text(lesson: LessonInstance, catalog: CalendarCatalog) -> str:
        zone: ZoneInfo = catalog.zone
        local = lesson.datetime_start.astimezone(zone)
        names = ", ".join(p.student_name for p in lesson.participants) or "—"
        day = QLocale().toString(qdate(local.date()), "ddd d/M")
        return f"{names}\n{day} {time_range(lesson.datetime_start, lesson.datetime_end, zone)} · " + (
            f"{catalog.service_name(lesson.service_id)} · {catalog.instructor_name(lesson.instructor_employee_id)}"
        )

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [LESSON_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        for index in indexes:
            lesson = self.lesson(index.row())
            if lesson is not None:
                return lesson_mime(lesson.id, "pinboard")
        return QMimeData()

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        payload = read_lesson_mime(data)
        return payload is not None and payload.source == "grid"

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        payload = read_lesson_mime(data)
        assert payload is not None
        self.lesson_dropped.emit(payload.lesson_id)
        return False  # the board reloads itself; no row is inserted by the view


class PinboardPanel(QWidget):
    #: Pin this lesson (dropped from the grid).
    pin_requested = Signal(object)
    #: Move the selected pinned lesson to the grid's focused cell.
    place_requested = Signal(object)
    #: Take the lesson off the board.
    unpin_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinboard")
        self.model = PinboardModel(self)
        self.list = QListView(self)
        self.list.setObjectName("pinboardList")
        self.list.setAccessibleName(self.tr("Pinboard"))
        self.list.setModel(self.model)
        self.list.setDragEnabled(True)
        self.list.setAcceptDrops(True)
        self.list.setDropIndicatorShown(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setWordWrap(True)
        self.hint = QLabel(self.tr("Drag a lesson here to park it, then drop it on any day."), self)
        self.hint.setWordWrap(True)
        self.place = QPushButton(self.tr("Place at the focused cell"), self)
        self.place.setObjectName("pinboardPlace")
        self.remove = QPushButton(self.tr("Unpin"), self)
        self.remove.setObjectName("pinboardRemove")
        title = QLabel(self.tr("Pinboard"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        buttons = QHBoxLayout()
        buttons.addWidget(self.place)
        buttons.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.model.lesson_dropped.connect(self.pin_requested)
        self.place.clicked.connect(lambda: self._emit_current(self.place_requested))
        self.remove.clicked.connect(lambda: self._emit_current(self.unpin_requested))
        self.list.activated.connect(lambda _index: self._emit_current(self.place_requested))
        self._update_buttons()

    def set_lessons(self, lessons: Sequence[LessonInstance], catalog: CalendarCatalog) -> None:
        self.model.set_lessons(lessons, catalog)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
        self._update_buttons()

    def current_lesson(self) -> LessonInstance | None:
        return self.model.lesson(self.list.currentIndex().row())

    def _emit_current(self, signal: Any) -> None:
        lesson = self.current_lesson()
        if lesson is not None:
            signal.emit(lesson.id)

    def _update_buttons(self) -> None:
        has = self.model.rowCount() > 0
        self.place.setEnabled(has)
        self.remove.setEnabled(has)

    def ids(self) -> list[UUID]:
        return [lesson.id for lesson in (self.model.lesson(r) for r in range(self.model.rowCount())) if lesson]
