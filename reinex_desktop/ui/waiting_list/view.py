"""The "Waiting list" section: open entries in queue order, each with its best matches, and the step
from a match to a lesson or a weekly series.

Keyboard: the entries table has the focus; ↑/↓ choose an entry and its matches show below; Tab moves
to the matches. Ctrl+N new entry, Ctrl+E edit, Ctrl+W close the entry, Ctrl+B book the selected
match (the first one when none is selected), Ctrl+Shift+B make it a weekly series (managers), F5
refresh. Filters: service, instructor, priority only, and how many weeks ahead.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from reinex_desktop.domain.waiting_list.matching import Candidate, EntryMatches
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.waiting_list.access import can_book, can_make_series, can_manage
from reinex_desktop.services.waiting_list.conversion import Conversion, Outcome
from reinex_desktop.services.waiting_list.entries import Choices, EntryFilter, choices, close_entry
from reinex_desktop.services.waiting_list.matching import MatchReport, match_entries
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.labels import message_text
from reinex_desktop.ui.waiting_list.convert_dialog import ConvertDialog
from reinex_desktop.ui.waiting_list.editor import EntryEditorDialog
from reinex_desktop.ui.waiting_list.models import EntriesModel, ItemRole, MatchesModel

RANKING = QT_TRANSLATE_NOOP(
    "WaitingListView",
    "Priority entries first, then the longest waiting. Slots: preferred instructor +40, group with room +30, −1 a day.",
)
REFRESH_ON = frozenset({"waiting_list", "lessons", "templates", "students", "catalog", "settings"})


class WaitingListView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waitingList")
        self._context = context
        self._choices: Choices | None = None
        self._report: MatchReport | None = None
        self._build()
        context.notices.subscribe(self._on_data_changed)
        self.refresh()

    # --- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.service = QComboBox(self)
        self.service.setObjectName("waitingService")
        self.service.setAccessibleName(self.tr("Service"))
        self.instructor = QComboBox(self)
        self.instructor.setObjectName("waitingInstructor")
        self.instructor.setAccessibleName(self.tr("Instructor"))
        self.priority = QCheckBox(self.tr("&Priority only"), self)
        self.priority.setObjectName("waitingPriorityOnly")
        self.weeks = QSpinBox(self)
        self.weeks.setObjectName("waitingWeeks")
        self.weeks.setRange(1, 12)
        self.weeks.setValue(4)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setAccessibleName(self.tr("Weeks ahead"))
        self.count = QLabel(self)
        self.count.setObjectName("waitingCount")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Service:"), self))
        top.addWidget(self.service)
        top.addWidget(QLabel(self.tr("Instructor:"), self))
        top.addWidget(self.instructor)
        top.addWidget(self.priority)
        top.addWidget(self.weeks)
        top.addStretch(1)
        top.addWidget(self.count)
        for widget in (self.service, self.instructor):
            widget.currentIndexChanged.connect(self.refresh)
        self.priority.toggled.connect(self.refresh)
        self.weeks.valueChanged.connect(self.refresh)

        self.entries_model = EntriesModel(self)
        self.entries = self._table("waitingEntries", self.entries_model, self.tr("Open entries"))
        self.matches_model = MatchesModel(self)
        self.matches = self._table("waitingMatches", self.matches_model, self.tr("Matches of the selected entry"))
        self.entries.selectionModel().currentRowChanged.connect(self._on_entry_changed)
        self.entries.activated.connect(lambda _index: self.edit_entry())
        self.matches.activated.connect(lambda _index: self.book())

        self.new_button = self._button("waitingNew", self.tr("&New entry…"), QKeySequence.StandardKey.New)
        self.new_button.clicked.connect(lambda: self.new_entry())
        self.edit_button = self._button("waitingEdit", self.tr("&Edit…"), QKeySequence("Ctrl+E"))
        self.edit_button.clicked.connect(self.edit_entry)
        self.close_button = self._button("waitingClose", self.tr("C&lose entry…"), QKeySequence("Ctrl+W"))
        self.close_button.clicked.connect(self.close_selected)
        self.book_button = self._button("waitingBook", self.tr("&Book once…"), QKeySequence("Ctrl+B"))
        self.book_button.clicked.connect(self.book)
        self.series_button = self._button("waitingSeries", self.tr("Weekly &series…"), QKeySequence("Ctrl+Shift+B"))
        self.series_button.clicked.connect(lambda: self.book(series=True))
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)
        user = self._context.user
        for button in (self.new_button, self.edit_button, self.close_button):
            button.setVisible(can_manage(user))
        self.book_button.setVisible(can_book(user))
        self.series_button.setVisible(can_make_series(user))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.close_button, self.book_button, self.series_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel(self)
        self.status.setObjectName("waitingStatus")
        self.status.setWordWrap(True)
        self.explain = QLabel(QCoreApplication.translate("WaitingListView", RANKING), self)
        self.explain.setObjectName("waitingRanking")
        self.explain.setWordWrap(True)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.entries)
        split.addWidget(self.matches)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        layout.addWidget(self.explain)
        layout.addWidget(self.status)
        self.setFocusProxy(self.entries)

    def _table(self, name: str, model: EntriesModel | MatchesModel, accessible: str) -> QTableView:
        table = QTableView(self)
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def _button(self, name: str, text: str, shortcut: QKeySequence | QKeySequence.StandardKey) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        action = QAction(self)
        action.setShortcut(shortcut)
        action.triggered.connect(lambda: button.click() if button.isVisible() and button.isEnabled() else None)
        self.addAction(action)
        return button

    # --- data ---------------------------------------------------------------------------------

    def filters(self) -> EntryFilter:
        service, instructor = self.service.currentData(), self.instructor.currentData()
        return EntryFilter(
            UUID(service) if service else None, UUID(instructor) if instructor else None, self.priority.isChecked()
        )

    def refresh(self) -> None:
        context, filters, weeks = self._context, self.filters(), self.weeks.value()
        loaded = self._choices

        def work() -> tuple[Choices, MatchReport]:
            return loaded or choices(context), match_entries(context, weeks=weeks, filters=filters)

        Operation(self, work).success(self._show).failure(self._on_failed).run()

    def _show(self, result: tuple[Choices, MatchReport]) -> None:
        found, report = result
        if self._choices is None:
            self._choices = found
            self._fill_filters(found)
        self._report = report
        selected = self.selected_entry()
        names = dict(report.instructor_names)
        self.entries_model.names = self.matches_model.names = names
        self.entries_model.zone = self.matches_model.zone = self._context.zone()
        self.entries_model.set_rows(report.matches)
        matched = sum(1 for item in report.matches if item.candidates)
        self.count.setText(
            self.tr("{count} open · {matched} with a slot").format(count=len(report.matches), matched=matched)
        )
        rows = [item.entry.id for item in report.matches]
        row = rows.index(selected.entry.id) if selected is not None and selected.entry.id in rows else 0
        if rows:
            self.entries.selectRow(row)
        self._on_entry_changed()

    def _fill_filters(self, found: Choices) -> None:
        for combo, items, everyone in (
            (self.service, found.services, self.tr("All services")),
            (self.instructor, found.instructors, self.tr("All instructors")),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for key, name in items:
                combo.addItem(name, str(key))
            combo.blockSignals(False)

    def _on_failed(self, error: Exception) -> None:
        self.status.setText(message_text(error.message) if isinstance(error, DomainError) else str(error))

    def _on_data_changed(self, areas: frozenset[str]) -> None:
        if areas & REFRESH_ON:
            if "catalog" in areas or "settings" in areas:
                self._choices = None
            self.refresh()

    # --- selection ----------------------------------------------------------------------------

    def selected_entry(self) -> EntryMatches | None:
        index = self.entries.currentIndex()
        return self.entries_model.data(index, ItemRole) if index.isValid() else None

    def selected_match(self) -> Candidate | None:
        item = self.selected_entry()
        if item is None or not item.candidates:
            return None
        index = self.matches.currentIndex()
        return self.matches_model.data(index, ItemRole) if index.isValid() else item.candidates[0]

    def _on_entry_changed(self, *_args: object) -> None:
        item = self.selected_entry()
        self.matches_model.set_rows(item.candidates if item else ())
        has_entry, has_match = item is not None, bool(item and item.candidates)
        self.edit_button.setEnabled(has_entry)
        self.close_button.setEnabled(has_entry)
        self.book_button.setEnabled(has_match)
        self.series_button.setEnabled(has_match)

    # --- actions ------------------------------------------------------------------------------

    def new_entry(self, student_id: UUID | None = None) -> EntryEditorDialog | None:
        if self._choices is None:
            return None
        dialog = EntryEditorDialog(self._context, self._choices, student_id=student_id, parent=self)
        dialog.open()
        return dialog

    def edit_entry(self) -> EntryEditorDialog | None:
        item = self.selected_entry()
        if item is None or self._choices is None or not can_manage(self._context.user):
            return None
        dialog = EntryEditorDialog(self._context, self._choices, entry=item.entry, parent=self)
        dialog.open()
        return dialog

    def close_selected(self) -> None:
        item = self.selected_entry()
        if item is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Close entry"),
            self.tr("Close the entry of {student}? Reason (optional):").format(student=item.entry.student_name),
        )
        if not ok:
            return
        try:
            close_entry(self._context, item.entry, reason)
        except DomainError as error:
            self.status.setText(message_text(error.message))
            return
        self.status.setText(self.tr("The entry was closed."))

    def book(self, series: bool = False) -> ConvertDialog | None:
        item, candidate = self.selected_entry(), self.selected_match()
        if item is None or candidate is None:
            return None
        outcome = Outcome.SERIES if series else Outcome.LESSON
        names = self._report.instructor_names if self._report else {}
        dialog = ConvertDialog(
            self._context, Conversion(item.entry, candidate, outcome), names.get(candidate.instructor_id, ""), self
        )
        dialog.accepted.connect(lambda: self.status.setText(self.tr("Created; the entry is now matched.")))
        dialog.open()
        return dialog
