"""One series' per-date changes: cancel a date, or change its instructor, service, time or length.

The series itself never changes here (REQUIREMENTS: cancelling one date never deletes the series).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.clinic_time import day_of_week
from reinex_desktop.domain.enums import OverrideType
from reinex_desktop.domain.generation.templates import MAX_DURATION
from reinex_desktop.domain.lessons import LessonTemplate, TemplateOverride
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.generation.names import Names
from reinex_desktop.services.generation.overrides import (
    OverrideResult,
    cancel_occurrence,
    change_occurrence,
    occurrence_overrides,
    restore_occurrence,
)
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.formats import pydate, qdate, short_date
from reinex_desktop.ui.generation.template_editor import combo_time, date_edit, fill_combo, time_combo
from reinex_desktop.ui.generation.template_texts import CONTEXT, template_summary
from reinex_desktop.ui.generation.texts import time_text
from reinex_desktop.ui.labels import message_text
from reinex_desktop.ui.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    QT_TRANSLATE_NOOP("TemplatesView", "Date"),
    QT_TRANSLATE_NOOP("TemplatesView", "Change"),
    QT_TRANSLATE_NOOP("TemplatesView", "Note"),
)
_CANCELLED = QT_TRANSLATE_NOOP("TemplatesView", "Cancelled")
_CHANGES = {
    "instructor": QT_TRANSLATE_NOOP("TemplatesView", "Instructor: {value}"),
    "service": QT_TRANSLATE_NOOP("TemplatesView", "Service: {value}"),
    "time": QT_TRANSLATE_NOOP("TemplatesView", "Time: {value}"),
    "duration": QT_TRANSLATE_NOOP("TemplatesView", "Length: {value} min"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe(override: TemplateOverride, names: Names) -> str:
    """What an override does, in whole translated phrases joined by separators."""
    if override.override_type is OverrideType.CANCEL:
        return _tr(_CANCELLED)
    parts = []
    if override.new_instructor_employee_id:
        parts.append(_tr(_CHANGES["instructor"]).format(value=names.instructor(override.new_instructor_employee_id)))
    if override.new_service_id:
        parts.append(_tr(_CHANGES["service"]).format(value=names.service(override.new_service_id)))
    if override.new_time_of_day is not None:
        parts.append(_tr(_CHANGES["time"]).format(value=time_text(override.new_time_of_day)))
    if override.new_duration_minutes:
        parts.append(_tr(_CHANGES["duration"]).format(value=override.new_duration_minutes))
    return " · ".join(parts)


class OverridesModel(RowsTableModel[TemplateOverride]):
    CONTEXT = CONTEXT
    COLUMNS = COLUMNS

    def __init__(self, names: Names, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = names

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        override = self._rows[index.row()]
        return (short_date(override.target_date), describe(override, self._names), override.note or "")[index.column()]


def next_occurrence(template: LessonTemplate, today: date) -> date:
    """The series' first date from today on (or from its start, when that is later)."""
    start = max(today, template.valid_from)
    return start + timedelta(days=(template.day_of_week - day_of_week(start)) % 7)


class OverridesDialog(QDialog):
    def __init__(
        self, context: AppContext, names: Names, template: LessonTemplate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overridesDialog")
        self.setWindowTitle(self.tr("Changes for single dates"))
        self._context, self._names, self._template = context, names, template
        title = QLabel(template_summary(template, names), self)
        title.setWordWrap(True)
        self.model = OverridesModel(names, self)
        self.table = QTableView(self)
        self.table.setObjectName("overridesTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.remove = QPushButton(self.tr("&Remove the change of the selected date"), self)
        self.remove.setObjectName("removeOverride")
        self.remove.clicked.connect(self._on_remove_clicked)

        self.day = date_edit(self, "overrideDate", next_occurrence(template, context.today()))
        self.day.setMinimumDate(qdate(context.today()))
        self.cancel = QRadioButton(self.tr("&Cancel this date"), self)
        self.cancel.setObjectName("overrideCancel")
        self.cancel.setChecked(True)
        self.modify = QRadioButton(self.tr("C&hange this date only"), self)
        self.modify.setObjectName("overrideModify")
        kinds = QButtonGroup(self)
        kinds.addButton(self.cancel)
        kinds.addButton(self.modify)
        self.modify.toggled.connect(self._on_kind_toggled)
        self.instructor = QComboBox(self)
        self.instructor.setObjectName("overrideInstructor")
        self.instructor.addItem(self.tr("Same instructor"), None)
        fill_combo(self.instructor, list(names.instructor_order), names.instructor)
        self.service = QComboBox(self)
        self.service.setObjectName("overrideService")
        self.service.addItem(self.tr("Same service"), None)
        fill_combo(self.service, sorted(names.services, key=names.service), names.service)
        self.change_time = QCheckBox(self.tr("Move to"), self)
        self.change_time.setObjectName("overrideChangeTime")
        self.start = time_combo(self, "overrideTime", template.time_of_day)
        self.start.setEnabled(False)
        self.change_time.toggled.connect(self.start.setEnabled)
        self.length = QSpinBox(self)
        self.length.setObjectName("overrideLength")
        self.length.setRange(0, MAX_DURATION)
        self.length.setSingleStep(5)
        self.length.setSpecialValueText(self.tr("Same length"))
        self.length.setSuffix(self.tr(" min"))
        self.note = QLineEdit(self)
        self.note.setObjectName("overrideNote")
        self.note.setPlaceholderText(self.tr("Why (shown in reports)"))
        self.save = QPushButton(self.tr("&Save for this date"), self)
        self.save.setObjectName("saveOverride")
        self.save.clicked.connect(self._on_save_clicked)
        self.error = QLabel(self)
        self.error.setObjectName("overrideError")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.day)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.cancel)
        kind_row.addWidget(self.modify)
        kind_row.addStretch(1)
        form.addRow(kind_row)
        form.addRow(self.tr("&Instructor"), self.instructor)
        form.addRow(self.tr("Se&rvice"), self.service)
        time_row = QHBoxLayout()
        time_row.addWidget(self.change_time)
        time_row.addWidget(self.start, 1)
        time_label = QLabel(self.tr("&Time"), self)
        time_label.setBuddy(self.change_time)
        form.addRow(time_label, time_row)
        form.addRow(self.tr("&Length"), self.length)
        form.addRow(self.tr("&Note"), self.note)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remove)
        layout.addLayout(form)
        layout.addWidget(self.save)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self._on_kind_toggled(False)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 44, self.fontMetrics().height() * 34)
        self.reload()

    def reload(self) -> None:
        context, template_id = self._context, self._template.id
        Operation(self, lambda: occurrence_overrides(context, template_id)).success(self._show).failure(
            self._on_failed
        ).run()

    def _show(self, overrides: list[TemplateOverride]) -> None:
        self.model.set_rows(overrides)
        self.table.resizeColumnsToContents()

    @Slot(bool)
    def _on_kind_toggled(self, _checked: bool) -> None:
        modify = self.modify.isChecked()
        for widget in (self.instructor, self.service, self.change_time, self.length):
            widget.setEnabled(modify)
        self.start.setEnabled(modify and self.change_time.isChecked())

    @Slot()
    def _on_save_clicked(self) -> None:
        context, template_id = self._context, self._template.id
        day, note = pydate(self.day.date()), self.note.text().strip() or None
        cancel = self.cancel.isChecked()
        instructor, service = self.instructor.currentData(), self.service.currentData()
        start = combo_time(self.start) if self.change_time.isChecked() else None
        minutes = self.length.value() or None

        def work() -> OverrideResult:
            if cancel:
                return cancel_occurrence(context, template_id, day, note)
            return change_occurrence(
                context,
                template_id,
                day,
                instructor_id=UUID(instructor) if instructor else None,
                service_id=UUID(service) if service else None,
                start_time=start,
                duration_minutes=minutes,
                note=note,
            )

        Operation(self, work, write=True).success(self._on_saved).failure(self._on_failed).run()

    def _on_saved(self, _result: object) -> None:
        self.error.clear()
        self.reload()

    @Slot()
    def _on_remove_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        override = self.model.row_at(rows[0].row()) if rows else None
        if override is None:
            self.error.setText(self.tr("Select the date whose change you want to remove."))
            return
        context = self._context
        Operation(
            self, lambda: restore_occurrence(context, override.template_id, override.target_date), write=True
        ).success(self._on_saved).failure(self._on_failed).run()

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            self.error.setText(message_text(error.message))
        else:
            self.error.setText(self.tr("Saving failed: {reason}").format(reason=str(error)))
