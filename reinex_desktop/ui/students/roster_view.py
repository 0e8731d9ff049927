"""The "Students" section: find a student as you type, open their profile, import and export CSV.

Keyboard: the search field has the focus; ↓ moves into the list, Enter opens the best match (or
the selected row), Ctrl+F returns to the search, Ctrl+N creates a student. The row's menu (right
click, the Menu key or Shift+F10) opens the profile or adds the student to the waiting list; Ctrl+Shift+L
adds the selected student to the waiting list directly (for whoever may manage it; instructors never
see the waiting list).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, QPoint, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.students.rules import STUDENT_WRITE
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.students.csv_io import export_to_file
from reinex_desktop.services.students.roster import Roster, RosterFilter, load_roster
from reinex_desktop.services.waiting_list.access import can_manage
from reinex_desktop.services.waiting_list.entries import choices
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.change_notices import NoticeRelay
from reinex_desktop.ui.labels import message_text
from reinex_desktop.ui.students.record_model import SORT_ROLE
from reinex_desktop.ui.students.roster_model import BALANCE, STUDENT_ID_ROLE, RosterModel

#: Areas whose changes can alter a roster line.
REFRESH_ON = frozenset({"students", "lessons", "money", "templates"})


class StudentsView(QWidget):
    #: A student was chosen to be opened (Enter or double-click).
    student_opened = Signal(UUID)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("students")
        self._context = context
        self._roster: Roster | None = None
        self._stale = False
        self._dialogs: list[QWidget] = []
        self._build()
        self._notices = NoticeRelay(self, context, self._on_data_changed)
        self.refresh()

    # --- construction ---------------------------------------------------------------------------

    def _build(self) -> None:
        self._search = QLineEdit(self)
        self._search.setObjectName("studentSearch")
        self._search.setPlaceholderText(self.tr("Search by name, guardian, phone or ID number…"))
        self._search.setClearButtonEnabled(True)
        self._search.setAccessibleName(self.tr("Search students"))
        self._search.textChanged.connect(self._on_search_text_changed)
        self._search.installEventFilter(self)
        self._filter = QComboBox(self)
        self._filter.setObjectName("studentFilter")
        self._filter.setAccessibleName(self.tr("Which students"))
        for which, text in (
            (RosterFilter.ACTIVE, self.tr("Active students")),
            (RosterFilter.INACTIVE, self.tr("Inactive students")),
            (RosterFilter.ALL, self.tr("All students")),
        ):
            self._filter.addItem(text, which.value)
        self._filter.currentIndexChanged.connect(self._on_filter_changed)
        self._count = QLabel(self)
        self._count.setObjectName("studentCount")
        top = QHBoxLayout()
        top.addWidget(self._search, 1)
        top.addWidget(self._filter)
        top.addWidget(self._count)
        top.addLayout(self._buttons())
        self._model = RosterModel(self._context.zone(), self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setSortRole(SORT_ROLE)
        self._table = QTableView(self)
        self._table.setObjectName("studentRoster")
        self._table.setModel(self._proxy)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSortingEnabled(True)
        self._table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # best match first until a header is clicked
        self._table.setAlternatingRowColors(True)
        self._table.setWordWrap(False)
        self._table.verticalHeader().hide()
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._table.doubleClicked.connect(self._on_table_activated)
        self._table.installEventFilter(self)
        self._table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._table.customContextMenuRequested.connect(self._on_context_menu)
        self._waiting = QAction(self.tr("Add to waiting list…"), self)
        self._waiting.setObjectName("addToWaitingList")
        self._waiting.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self._waiting.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._waiting.setEnabled(can_manage(self._context.user))
        self._waiting.triggered.connect(self.add_current_to_waiting_list)
        self.addAction(self._waiting)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._table, 1)
        focus_search = QAction(self)
        focus_search.setShortcut(QKeySequence.StandardKey.Find)
        focus_search.triggered.connect(self.focus_search)
        self.addAction(focus_search)
        self.setFocusProxy(self._search)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        can_write = self._context.user.can(STUDENT_WRITE)
        self._new = QPushButton(self.tr("New student"), self)
        self._new.setObjectName("newStudent")
        self._new.setShortcut(QKeySequence.StandardKey.New)
        self._new.setToolTip(self.tr("Add a student (Ctrl+N)"))
        self._new.clicked.connect(self.new_student)
        self._new.setVisible(can_write)
        self._import = QPushButton(self.tr("Import CSV…"), self)
        self._import.setObjectName("importStudents")
        self._import.clicked.connect(self._on_import_clicked)
        self._import.setVisible(can_write)
        self._export = QToolButton(self)
        self._export.setObjectName("exportStudents")
        self._export.setText(self.tr("Export CSV"))
        self._export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self._export)
        menu.addAction(self.tr("Students shown in the list…"), lambda: self._on_export(shown_only=True))
        menu.addAction(self.tr("All students…"), lambda: self._on_export(shown_only=False))
        self._export.setMenu(menu)
        for widget in (self._new, self._import, self._export):
            row.addWidget(widget)
        return row

    # --- data -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        Operation(self, lambda: load_roster(self._context)).success(self._on_roster_loaded).failure(
            self._on_failed
        ).run()

    def show_date(self, day: date) -> None:
        """The roster has no day; kept so `--view students --date D` opens it."""

    @Slot(object)
    def _on_roster_loaded(self, roster: Roster) -> None:
        self._roster = roster
        self._table.setColumnHidden(BALANCE, not roster.money_visible)
        self._apply_search()
        if self._table.columnWidth(0) < self.fontMetrics().horizontalAdvance("M") * 10:
            self._table.resizeColumnsToContents()

    def _on_failed(self, error: Exception) -> None:
        text = message_text(error.message) if isinstance(error, DomainError) else str(error)
        self._count.setText(text)

    def _on_data_changed(self, areas: frozenset[str]) -> None:
        if not areas & REFRESH_ON:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # reloaded when the roster is shown again, not on every calendar click

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _which(self) -> RosterFilter:
        return RosterFilter(self._filter.currentData())

    def _apply_search(self) -> None:
        if self._roster is None:
            return
        rows = self._roster.search(self._search.text(), self._which())
        self._model.set_rows(rows)
        self._count.setText(self.tr("{count} students").format(count=len(rows)))
        self._select_first()

    def _select_first(self) -> None:
        if self._proxy.rowCount():
            self._table.setCurrentIndex(self._proxy.index(0, 0))

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self._apply_search()

    @Slot(int)
    def _on_filter_changed(self, _index: int) -> None:
        self._apply_search()

    # --- opening --------------------------------------------------------------------------------

    def search(self, text: str) -> None:
        """Type `text` into the search field (for the command line and for tests)."""
        self._search.setText(text)

    def focus_search(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    def shown_ids(self) -> list[UUID]:
        """The students listed, in the order shown."""
        return [self._proxy.index(row, 0).data(STUDENT_ID_ROLE) for row in range(self._proxy.rowCount())]

    def open_current(self) -> None:
        index = self._table.currentIndex()
        if not index.isValid() and self._proxy.rowCount():
            index = self._proxy.index(0, 0)
        if index.isValid():
            self.open_student(index.data(STUDENT_ID_ROLE))

    def open_student(self, student_id: UUID) -> QWidget:
        from reinex_desktop.ui.students.profile_dialog import open_student

        dialog = open_student(self._context, student_id, self)
        self.student_opened.emit(student_id)
        return dialog

    def current_id(self) -> UUID | None:
        """The selected student (None when the list is empty)."""
        index = self._table.currentIndex()
        return index.data(STUDENT_ID_ROLE) if index.isValid() else None

    def build_menu(self) -> QMenu:
        """The selected row's menu: open the profile; add to the waiting list where allowed."""
        menu = QMenu(self)
        menu.addAction(self.tr("Open profile"), self.open_current)
        if self._waiting.isEnabled():
            menu.addAction(self._waiting)
        return menu

    @Slot(QPoint)
    def _on_context_menu(self, point: QPoint) -> None:
        if self.current_id() is None:
            return
        menu = self.build_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self._table.viewport().mapToGlobal(point))

    def add_current_to_waiting_list(self) -> QWidget | None:
        """The waiting-list entry editor for the selected student (None when not allowed or no row)."""
        student_id = self.current_id()
        if student_id is None or not can_manage(self._context.user):
            return None
        from reinex_desktop.ui.waiting_list.editor import EntryEditorDialog

        try:
            dialog = EntryEditorDialog(self._context, choices(self._context), student_id=student_id, parent=self)
        except DomainError as error:
            self._count.setText(message_text(error.message))
            return None
        dialog.open()
        return dialog

    @Slot()
    def _on_table_activated(self) -> None:
        self.open_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self._search and key == Qt.Key.Key_Down and self._proxy.rowCount():
                self._table.setFocus(Qt.FocusReason.TabFocusReason)
                self._select_first()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched in (self._search, self._table):
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    # --- writes ---------------------------------------------------------------------------------

    def new_student(self) -> QWidget:
        from reinex_desktop.ui.students.student_editor import StudentEditorDialog

        dialog = StudentEditorDialog(self._context, None, self)
        dialog.student_saved.connect(self.open_student)
        dialog.student_requested.connect(self.open_student)
        dialog.open()
        return dialog

    def _on_import_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import students"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> QWidget:
        from reinex_desktop.ui.students.import_dialog import ImportPreviewDialog

        dialog = ImportPreviewDialog(self._context, path, self)
        dialog.imported.connect(self._count.setText)
        dialog.open()
        return dialog

    def _on_export(self, *, shown_only: bool) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export students"), self.tr("students.csv"), self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_file(Path(path), shown_only=shown_only)

    def export_file(self, path: Path, *, shown_only: bool) -> None:
        ids = self.shown_ids() if shown_only else None
        roster = self._roster
        Operation(self, lambda: export_to_file(self._context, path, ids, roster=roster)).success(
            lambda message: self._count.setText(message_text(message))
        ).failure(self._on_failed).run()
