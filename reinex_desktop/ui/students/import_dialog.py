"""The CSV import preview: what each line of the file would change, chosen line by line.

Nothing is written while the dialog shows the dry run. "Import" sends the chosen lines as one
command, applied by the tenant in one transaction — all of them or none (REQUIREMENTS screen 3).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.students.csv_import import ImportPlan, RowPlan
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.students.csv_io import ImportOutcome, apply_import, preview_import
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.labels import message_text
from reinex_desktop.ui.students.guardian_editor import error_label
from reinex_desktop.ui.students.texts import field_name, value_text

Index = QModelIndex | QPersistentModelIndex
CHOSEN, LINE, STUDENT, KIND, DETAILS = range(5)
_TITLES = (
    QT_TRANSLATE_NOOP("ImportPlanModel", "Import"),
    QT_TRANSLATE_NOOP("ImportPlanModel", "Line"),
    QT_TRANSLATE_NOOP("ImportPlanModel", "Student"),
    QT_TRANSLATE_NOOP("ImportPlanModel", "Change"),
    QT_TRANSLATE_NOOP("ImportPlanModel", "Details"),
)


translate = QCoreApplication.translate


def kind_text(row: RowPlan) -> str:
    if row.errors:
        return translate("ImportPlanModel", "Error")
    if not row.changes:
        return translate("ImportPlanModel", "No change")
    return translate("ImportPlanModel", "New student") if row.is_new else translate("ImportPlanModel", "Update")


def details_text(row: RowPlan) -> str:
    if row.errors:
        return "\n".join(
            translate("ImportPlanModel", "{column}: {problem}").format(
                column=error.column, problem=message_text(error.message)
            )
            if error.column
            else message_text(error.message)
            for error in row.errors
        )
    return "\n".join(
        translate("ImportPlanModel", "{field}: {old} → {new}").format(
            field=field_name(change.field),
            old=value_text(change.field, change.before),
            new=value_text(change.field, change.after),
        )
        for change in row.changes
    )


class ImportPlanModel(QAbstractTableModel):
    """The dry run's lines; error-free lines that change something can be (un)checked."""

    #: The set of chosen lines changed.
    selection_changed = Signal()

    def __init__(self, plan: ImportPlan, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = plan.rows
        self.chosen: set[int] = set(plan.selectable_lines())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("ImportPlanModel", _TITLES[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == CHOSEN and self._rows[index.row()].selectable:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == CHOSEN and row.selectable:
            return Qt.CheckState.Checked if row.line in self.chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return {LINE: str(row.line), STUDENT: row.name, KIND: kind_text(row), DETAILS: details_text(row)}.get(
                column
            )
        if role == Qt.ItemDataRole.DecorationRole and column == KIND and row.errors:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != CHOSEN:
            return False
        row = self._rows[index.row()]
        if not row.selectable:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        (self.chosen.add if checked else self.chosen.discard)(row.line)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.selection_changed.emit()
        return True

    def choose_all(self, chosen: bool) -> None:
        self.chosen = {row.line for row in self._rows if row.selectable} if chosen else set()
        if self._rows:
            self.dataChanged.emit(self.index(0, CHOSEN), self.index(len(self._rows) - 1, CHOSEN))
        self.selection_changed.emit()


class ImportPreviewDialog(QDialog):
    #: The chosen lines were imported; carries the sentence to show.
    imported = Signal(str)

    def __init__(self, context: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import students from {file}").format(file=path.name))
        self._context = context
        self._path = path
        self.plan: ImportPlan | None = None
        self.model: ImportPlanModel | None = None
        self.outcome: ImportOutcome | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.error = error_label(self, "importError")
        self.table = QTableView(self)
        self.table.setObjectName("importTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.all_button = QPushButton(self.tr("Choose all"), self)
        self.all_button.setObjectName("chooseAll")
        self.none_button = QPushButton(self.tr("Choose none"), self)
        self.none_button.setObjectName("chooseNone")
        self.again_button = QPushButton(self.tr("Preview again"), self)
        self.again_button.setObjectName("previewAgain")
        self.again_button.clicked.connect(self.preview)
        self.all_button.clicked.connect(lambda: self.model.choose_all(True) if self.model else None)
        self.none_button.clicked.connect(lambda: self.model.choose_all(False) if self.model else None)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importChosen")
        self.buttons.accepted.connect(self.import_chosen)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.all_button, self.none_button, self.again_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        width = self.fontMetrics().horizontalAdvance("M")
        self.resize(width * 80, width * 40)
        self.preview()

    def preview(self) -> None:
        """Read the file and show its dry run; writes nothing."""
        context, path = self._context, self._path
        self.error.hide()
        Operation(self, lambda: preview_import(context, path.read_bytes(), path.name)).success(self._show).failure(
            self._on_refused
        ).run()

    def _show(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.model = ImportPlanModel(plan, self)
        self.model.selection_changed.connect(self._update_buttons)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column in (CHOSEN, LINE, KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(STUDENT, self.fontMetrics().horizontalAdvance("M") * 12)
        self.table.resizeRowsToContents()
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        text = self.tr(
            "{new} new students, {updated} to update, {unchanged} unchanged, {errors} lines with errors."
        ).format(new=plan.new_count, updated=plan.update_count, unchanged=plan.unchanged_count, errors=plan.error_count)
        if plan.ignored_columns:
            text += " " + self.tr("Columns only written by the export are ignored: {names}.").format(
                names=", ".join(plan.ignored_columns)
            )
        self.summary.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.model.chosen) if self.model else 0
        self.import_button.setEnabled(count > 0)
        self.import_button.setText(self.tr("Import {count} lines").format(count=count))
        for button in (self.all_button, self.none_button):
            button.setEnabled(self.model is not None and bool(self.plan and self.plan.selectable_lines()))

    def _on_refused(self, error: Exception) -> None:
        self.error.setText(message_text(error.message) if isinstance(error, DomainError) else str(error))
        self.error.show()
        # After a refusal or a conflict only a fresh preview may be imported.
        self.import_button.setEnabled(False)

    def import_chosen(self) -> None:
        if self.plan is None or self.model is None:
            return
        plan, lines, context = self.plan, sorted(self.model.chosen), self._context
        self.import_button.setEnabled(False)
        Operation(self, lambda: apply_import(context, plan, lines), write=True).success(self._on_imported).failure(
            self._on_refused
        ).run()

    def _on_imported(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        self.imported.emit(message_text(outcome.message))
        self.accept()
