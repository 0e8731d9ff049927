"""The "needs attention" panel: writes that came back as conflicts or rejections, and the decisions.

Keep mine sends my change again over the other one (conflicts only), keep theirs drops mine, re-book
opens the lesson's day to book it anew. Nothing here is ever dropped without the user's decision.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.sync.attention import AttentionItem
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.sync.status import SyncService
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.labels import isolate_ltr, message_text
from reinex_desktop.ui.rows_model import RowsTableModel

_HEADERS = (
    QT_TRANSLATE_NOOP("AttentionModel", "When"),
    QT_TRANSLATE_NOOP("AttentionModel", "Change"),
    QT_TRANSLATE_NOOP("AttentionModel", "What happened"),
    QT_TRANSLATE_NOOP("AttentionModel", "Made by"),
)
_CONFLICT = QT_TRANSLATE_NOOP("AttentionModel", "Conflict")
_REJECTED = QT_TRANSLATE_NOOP("AttentionModel", "Refused")

Index = QModelIndex | QPersistentModelIndex


class AttentionModel(RowsTableModel[AttentionItem]):
    """Rows of frozen `AttentionItem`s; replaced as a whole when the list changes."""

    CONTEXT = "AttentionModel"
    COLUMNS = _HEADERS

    def __init__(self, zone: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return message_text(item.explanation())
        return None

    def _text(self, item: AttentionItem, column: int) -> str:
        if column == 0:
            made = item.made_at.astimezone(self._zone)
            moment = QDateTime(QDate(made.year, made.month, made.day), QTime(made.hour, made.minute))
            return isolate_ltr(QLocale().toString(moment, QLocale.FormatType.ShortFormat))
        if column == 1:
            outcome = _CONFLICT if item.is_conflict else _REJECTED
            title = message_text(item.title())
            return f"{title} — {QCoreApplication.translate('AttentionModel', outcome)}"
        if column == 2:
            return message_text(item.explanation())
        return item.actor_name


class AttentionDialog(QDialog):
    #: The user chose to re-book: open this clinic day.
    day_requested = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionDialog")
        self.setWindowTitle(self.tr("Changes that need attention"))
        self._context = context
        self._service = SyncService(context)
        self._intro = QLabel(
            self.tr(
                "These changes could not be saved as they were. Nothing is lost: choose for each one "
                "whether to keep yours, keep the other change, or book it again."
            ),
            self,
        )
        self._intro.setWordWrap(True)
        self._model = AttentionModel(context.zone(), self)
        self._table = QTableView(self)
        self._table.setObjectName("attentionTable")
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setWordWrap(True)
        self._table.verticalHeader().hide()
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._error = QLabel(self)
        self._error.setObjectName("attentionError")
        self._error.setWordWrap(True)
        self._keep_mine = QPushButton(self.tr("Keep mine"), self)
        self._keep_mine.setObjectName("keepMine")
        self._keep_mine.setToolTip(self.tr("Send my change again, over the other one."))
        self._keep_theirs = QPushButton(self.tr("Keep theirs"), self)
        self._keep_theirs.setObjectName("keepTheirs")
        self._keep_theirs.setToolTip(self.tr("Drop my change; the other change stays."))
        self._rebook = QPushButton(self.tr("Re-book…"), self)
        self._rebook.setObjectName("rebook")
        self._rebook.setToolTip(self.tr("Open the lesson's day to book it again."))
        actions = QHBoxLayout()
        for button in (self._keep_mine, self._keep_theirs, self._rebook):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._error)
        layout.addLayout(actions)
        layout.addWidget(close)
        self._keep_mine.clicked.connect(self._on_keep_mine_clicked)
        self._keep_theirs.clicked.connect(self._on_keep_theirs_clicked)
        self._rebook.clicked.connect(self._on_rebook_clicked)
        self._table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 70, self.fontMetrics().height() * 22)
        self.refresh()

    def refresh(self) -> None:
        Operation(self, self._service.attention).success(self._show).run()

    def _show(self, items: list[AttentionItem]) -> None:
        self._model.set_rows(items)
        self._table.resizeRowsToContents()
        if items:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self._table.selectionModel().select(self._model.index(0, 0), flags)
        self._on_selection_changed()

    def selected(self) -> AttentionItem | None:
        rows = self._table.selectionModel().selectedRows()
        return self._model.row_at(rows[0].row()) if rows else None

    @Slot()
    def _on_selection_changed(self) -> None:
        item = self.selected()
        self._keep_mine.setEnabled(item is not None and item.can_keep_mine)
        self._keep_theirs.setEnabled(item is not None)
        self._rebook.setEnabled(item is not None and item.can_rebook)

    def _decide(self, work: Any, then: Any = None) -> None:
        self._error.clear()
        Operation(self, work, write=True).success(then or (lambda _result: self.refresh())).failure(
            self._on_failed
        ).run()

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            self._error.setText(message_text(error.message))
        else:
            self._error.setText(self.tr("The decision could not be saved. Try again."))
        self.refresh()

    @Slot()
    def _on_keep_mine_clicked(self) -> None:
        item = self.selected()
        if item is not None:
            self._decide(lambda: self._service.keep_mine(item))

    @Slot()
    def _on_keep_theirs_clicked(self) -> None:
        item = self.selected()
        if item is not None:
            self._decide(lambda: self._service.keep_theirs(item))

    @Slot()
    def _on_rebook_clicked(self) -> None:
        item = self.selected()
        if item is not None:
            self._decide(lambda: self._service.rebook(item), self._on_rebooked)

    def _on_rebooked(self, day: date | None) -> None:
        self.refresh()
        if day is not None:
            self.day_requested.emit(day)

    @property
    def model(self) -> AttentionModel:
        return self._model
