"""The "Weekly templates" section: every series, its versions and its per-date changes.

Keyboard: the search has the focus; ↓ enters the table; Enter changes the selected series from a
date, Ctrl+N starts a new one, Ctrl+D opens its per-date changes. After a change that created a new
version, "Reset forward from …" (Alt+F) opens Weekly generation on a reset forward of that series
from the change's first date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from enum import StrEnum
from uuid import UUID

from PySide6.QtCore import (
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.generation.templates import TemplateState
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.generation.templates import (
    ChangeOutcome,
    TemplateItem,
    TemplateList,
    end_template,
    lessons_after,
    list_templates,
    set_template_active,
)
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.change_notices import NoticeRelay
from reinex_desktop.ui.formats import pydate, qdate, short_date
from reinex_desktop.ui.generation.overrides_dialog import OverridesDialog
from reinex_desktop.ui.generation.requests import ResetForwardRequest
from reinex_desktop.ui.generation.template_editor import TemplateEditorDialog, date_edit
from reinex_desktop.ui.generation.template_model import ITEM_ROLE, SORT_ROLE, TemplateTableModel
from reinex_desktop.ui.labels import message_text

CountAfter = Callable[[date], int]
_CURRENT = (TemplateState.ACTIVE, TemplateState.NOT_STARTED, TemplateState.PAUSED)


class Shown(StrEnum):
    CURRENT = "current"
    PAST = "past"
    ALL = "all"


SHOWN_TEXT = {
    Shown.CURRENT: QT_TRANSLATE_NOOP("TemplatesView", "Current series"),
    Shown.PAST: QT_TRANSLATE_NOOP("TemplatesView", "Ended and replaced"),
    Shown.ALL: QT_TRANSLATE_NOOP("TemplatesView", "All versions"),
}


class _Filter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.shown = Shown.CURRENT
        self.instructor: UUID | None = None
        self.needle = ""
        self.setSortRole(SORT_ROLE)

    def refilter(self) -> None:
        self.beginFilterChange()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # type: ignore[override]
        model = self.sourceModel()
        item: TemplateItem = model.data(model.index(source_row, 0, source_parent), ITEM_ROLE)
        if self.shown is Shown.CURRENT and item.state not in _CURRENT:
            return False
        if self.shown is Shown.PAST and item.state in _CURRENT:
            return False
        if self.instructor is not None and item.template.instructor_employee_id != self.instructor:
            return False
        if not self.needle:
            return True
        texts = (model.data(model.index(source_row, column, source_parent)) for column in range(3))
        return any(self.needle in str(text).casefold() for text in texts)


class EndSeriesDialog(QDialog):
    """When a series ends: says how many of its lessons are already on the calendar after the date
    (they stay); "keep the series" is the default button."""

    def __init__(
        self, last: date, minimum: date, parent: QWidget | None = None, *, count_after: CountAfter | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("endSeries")
        self.setWindowTitle(self.tr("End the series"))
        self._count_after = count_after
        self.last = date_edit(self, "endSeriesDate", last)
        self.last.setMinimumDate(qdate(minimum))
        form = QFormLayout()
        form.addRow(self.tr("Last lesson on or before"), self.last)
        hint = QLabel(self.tr("Lessons after this date are no longer generated; earlier ones stay."), self)
        hint.setWordWrap(True)
        self.after = QLabel(self)
        self.after.setObjectName("endSeriesAfter")
        self.after.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.end_button = buttons.addButton(self.tr("End the series"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button = buttons.addButton(self.tr("Keep the series"), QDialogButtonBox.ButtonRole.RejectRole)
        self.end_button.setAutoDefault(False)
        self.keep_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.after)
        layout.addWidget(buttons)
        self.last.dateChanged.connect(lambda _day: self._count())
        self._count()

    def _count(self) -> None:
        counter = self._count_after
        if counter is None:
            return
        last = pydate(self.last.date())
        Operation(self, lambda: counter(last)).success(self._show_count).failure(lambda _error: None).run()

    def _show_count(self, count: int) -> None:
        self.after.setText(
            self.tr(
                "Lessons of this series already on the calendar after this date: {count}. They stay on the "
                "calendar; a reset forward removes them."
            ).format(count=QLocale().toString(count))
        )


class TemplatesView(QWidget):
    #: Asks the main window for another section: (section key, request), e.g. a reset forward.
    open_requested = Signal(str, object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templates")
        self._context = context
        self._list: TemplateList | None = None
        self._dialogs: list[QDialog] = []
        self._select_after_refresh: UUID | None = None
        self._reset_request: ResetForwardRequest | None = None
        self._build()
        self._notices = NoticeRelay(self, context, self._on_data_changed)  # on the GUI thread
        self.refresh()

    # --- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self._search = QLineEdit(self)
        self._search.setObjectName("templateSearch")
        self._search.setPlaceholderText(self.tr("Search by student, service or instructor…"))
        self._search.setClearButtonEnabled(True)
        self._search.setAccessibleName(self.tr("Search templates"))
        self._search.textChanged.connect(self._on_filter_changed)
        self._shown = QComboBox(self)
        self._shown.setObjectName("templatesShown")
        self._shown.setAccessibleName(self.tr("Which series"))
        for shown, text in SHOWN_TEXT.items():
            self._shown.addItem(self.tr(text), shown.value)
        self._shown.currentIndexChanged.connect(self._on_filter_changed)
        self._instructor = QComboBox(self)
        self._instructor.setObjectName("templatesInstructor")
        self._instructor.setAccessibleName(self.tr("Instructor"))
        self._instructor.currentIndexChanged.connect(self._on_filter_changed)
        self._count = QLabel(self)
        self._count.setObjectName("templatesCount")
        top = QHBoxLayout()
        top.addWidget(self._search, 1)
        top.addWidget(self._shown)
        top.addWidget(self._instructor)
        top.addWidget(self._count)

        self._model = TemplateTableModel(self)
        self._proxy = _Filter(self)
        self._proxy.setSourceModel(self._model)
        self._table = QTableView(self)
        self._table.setObjectName("templatesTable")
        self._table.setModel(self._proxy)
        self._table.setSortingEnabled(True)
        self._table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setAlternatingRowColors(True)
        self._table.verticalHeader().hide()
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._table.doubleClicked.connect(self._on_table_double_clicked)
        self._table.activated.connect(self._on_table_double_clicked)

        self._new = self._button("newTemplate", self.tr("&New series…"), QKeySequence.StandardKey.New)
        self._new.clicked.connect(self._on_new_clicked)
        self._change = self._button("changeTemplate", self.tr("&Change from a date…"))
        self._change.clicked.connect(self._on_change_clicked)
        self._end = self._button("endTemplate", self.tr("&End the series…"))
        self._end.clicked.connect(self._on_end_clicked)
        self._pause = self._button("pauseTemplate", self.tr("&Pause"))
        self._pause.clicked.connect(self._on_pause_clicked)
        self._dates = self._button("templateDates", self.tr("&Single dates…"), QKeySequence("Ctrl+D"))
        self._dates.clicked.connect(self._on_dates_clicked)
        buttons = QHBoxLayout()
        for button in (self._new, self._change, self._end, self._pause, self._dates):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self._status = QLabel(self)
        self._status.setObjectName("templatesStatus")
        self._status.setWordWrap(True)
        self._reset_forward = QPushButton(self)
        self._reset_forward.setObjectName("resetForwardAfterChange")
        self._reset_forward.clicked.connect(self._on_reset_forward_clicked)
        self._reset_forward.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._reset_forward.hide()
        status_row = QHBoxLayout()
        status_row.addWidget(self._status, 1)
        status_row.addWidget(self._reset_forward)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self._table, 1)
        layout.addLayout(status_row)
        self._table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.setFocusProxy(self._search)
        self._on_selection_changed()

    def _button(
        self, name: str, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        if shortcut is not None:
            action = QAction(self)
            action.setShortcut(shortcut)
            action.triggered.connect(button.click)
            self.addAction(action)
        return button

    # --- data ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        context = self._context
        Operation(self, lambda: list_templates(context)).success(self._show).failure(self._on_failed).run()

    def _show(self, templates: TemplateList) -> None:
        selected = self.selected()
        self._list = templates
        self._model.set_items(templates.items, templates.names)
        current = self._instructor.currentData()
        self._instructor.blockSignals(True)
        self._instructor.clear()
        self._instructor.addItem(self.tr("All instructors"), None)
        names = templates.names
        for instructor_id in sorted(names.instructor_order, key=names.instructor):
            self._instructor.addItem(names.instructor(instructor_id), str(instructor_id))
        self._instructor.setCurrentIndex(max(self._instructor.findData(current), 0))
        self._instructor.blockSignals(False)
        self._on_filter_changed()
        self._table.resizeColumnsToContents()
        wanted = self._select_after_refresh or (selected.template.id if selected is not None else None)
        self._select_after_refresh = None
        if wanted is not None:
            self.select(wanted)

    def _on_data_changed(self, areas: frozenset[str]) -> None:
        if "templates" in areas or "students" in areas:
            self.refresh()

    def selected(self) -> TemplateItem | None:
        rows = self._table.selectionModel().selectedRows()
        if not rows:
            return None
        item: TemplateItem = self._proxy.data(rows[0], ITEM_ROLE)
        return item

    def select(self, template_id: UUID) -> bool:
        for row in range(self._proxy.rowCount()):
            item: TemplateItem = self._proxy.data(self._proxy.index(row, 0), ITEM_ROLE)
            if item.template.id == template_id:
                # Not `selectRow`: right-to-left, it picks the column under the viewport's edge,
                # which is none while the columns do not yet fill the width.
                index = self._proxy.index(row, 0)
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                self._table.selectionModel().setCurrentIndex(index, flags)
                self._table.scrollTo(index)
                return True
        return False

    @property
    def proxy(self) -> QSortFilterProxyModel:
        return self._proxy

    # --- behaviour ------------------------------------------------------------------------------

    @Slot()
    def _on_filter_changed(self) -> None:
        instructor = self._instructor.currentData()
        self._proxy.shown = Shown(self._shown.currentData() or Shown.CURRENT.value)
        self._proxy.instructor = UUID(instructor) if instructor else None
        self._proxy.needle = self._search.text().strip().casefold()
        self._proxy.refilter()
        self._count.setText(self.tr("{count} series").format(count=QLocale().toString(self._proxy.rowCount())))

    @Slot()
    def _on_selection_changed(self) -> None:
        item = self.selected()
        editable = item is not None and item.state in _CURRENT
        for button in (self._change, self._end, self._pause, self._dates):
            button.setEnabled(editable)
        if item is not None:
            paused = item.state is TemplateState.PAUSED
            self._pause.setText(self.tr("&Resume") if paused else self.tr("&Pause"))

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        if self._change.isEnabled():
            self._on_change_clicked()

    def _open(self, dialog: QDialog) -> None:
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self._dialogs.remove(dialog) if dialog in self._dialogs else None)
        dialog.open()

    @Slot()
    def _on_new_clicked(self) -> None:
        if self._list is None:
            return
        dialog = TemplateEditorDialog(self._context, self._list.names, None, self)
        dialog.accepted.connect(lambda: self._on_saved(dialog.outcome))
        self._open(dialog)

    @Slot()
    def _on_change_clicked(self) -> None:
        item = self.selected()
        if item is None or self._list is None:
            return
        dialog = TemplateEditorDialog(self._context, self._list.names, item.template, self)
        dialog.accepted.connect(lambda: self._on_saved(dialog.outcome))
        self._open(dialog)

    def _on_saved(self, outcome: ChangeOutcome | UUID | None) -> None:
        self._offer_reset_forward(None)
        if isinstance(outcome, ChangeOutcome) and outcome.versioned:
            if outcome.from_date is not None:
                self._offer_reset_forward(ResetForwardRequest((outcome.template_id,), outcome.from_date))
            self._status.setText(
                self.tr(
                    "A new version of the series was created. Lessons already generated from its first date keep "
                    "the old details until you reset forward (Weekly generation → Reset forward)."
                )
            )
        elif outcome is not None:
            self._status.setText(self.tr("Saved."))
        template_id = outcome.template_id if isinstance(outcome, ChangeOutcome) else outcome
        if template_id is not None and not self.select(template_id):
            self._select_after_refresh = template_id

    def _offer_reset_forward(self, request: ResetForwardRequest | None) -> None:
        self._reset_request = request
        self._reset_forward.setVisible(request is not None)
        if request is not None:
            day = short_date(request.from_date)
            self._reset_forward.setText(self.tr("Reset &forward from {day}…").format(day=day))

    @Slot()
    def _on_reset_forward_clicked(self) -> None:
        request = self._reset_request
        if request is not None:
            self._offer_reset_forward(None)
            self.open_requested.emit("generation", request)

    @Slot()
    def _on_end_clicked(self) -> None:
        item = self.selected()
        if item is None:
            return
        today = self._context.today()
        default = item.template.valid_until or today + timedelta(days=30)
        template = item.template
        context = self._context
        dialog = EndSeriesDialog(
            default, today - timedelta(days=1), self, count_after=lambda last: lessons_after(context, template, last)
        )

        def on_accepted() -> None:
            last = pydate(dialog.last.date())
            Operation(self, lambda: end_template(context, template, last), write=True).success(
                lambda _none: self._status.setText(self.tr("The series ends on {day}.").format(day=short_date(last)))
            ).failure(self._on_failed).run()

        dialog.accepted.connect(on_accepted)
        self._open(dialog)

    @Slot()
    def _on_pause_clicked(self) -> None:
        item = self.selected()
        if item is None:
            return
        template, context = item.template, self._context
        active = item.state is TemplateState.PAUSED
        Operation(self, lambda: set_template_active(context, template, active), write=True).failure(
            self._on_failed
        ).run()

    @Slot()
    def _on_dates_clicked(self) -> None:
        item = self.selected()
        if item is None or self._list is None:
            return
        self._open(OverridesDialog(self._context, self._list.names, item.template, self))

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            self._status.setText(message_text(error.message))
        else:
            self._status.setText(self.tr("The operation failed: {reason}").format(reason=str(error)))
