"""Create a weekly series, or change one "from date X onward" (plan §5.1).

For a series that has already started, the dialog says plainly that a new version begins on the
chosen date and that earlier lessons keep their details; the rule itself lives in the domain.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from decimal import Decimal, InvalidOperation
from uuid import UUID

from PySide6.QtCore import QRegularExpression, Qt, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.clinic_time import day_of_week
from reinex_desktop.domain.generation.templates import MAX_DURATION, MIN_DURATION, TemplateDraft
from reinex_desktop.domain.lessons import LessonTemplate
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.generation.names import Names
from reinex_desktop.services.generation.templates import ChangeOutcome, change_template, create_template
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.formats import pydate, qdate, use_long_date
from reinex_desktop.ui.generation.template_texts import weekday_name
from reinex_desktop.ui.labels import isolate_ltr, message_text


def date_edit(parent: QWidget, name: str, day: date) -> QDateEdit:
    edit = QDateEdit(qdate(day), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    use_long_date(edit)
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Sunday)
    return edit


def time_combo(parent: QWidget, name: str, current: time, *, step: int = 15) -> QComboBox:
    """Wall-clock times on the grid (every `step` minutes), plus `current` when it is off the grid.

    A list rather than a time spin box: right-to-left, a spin box shows "30:12" for 12:30.
    """
    combo = QComboBox(parent)
    combo.setObjectName(name)
    times = {time(minute // 60, minute % 60) for minute in range(0, 24 * 60, step)} | {current}
    for at in sorted(times):
        combo.addItem(isolate_ltr(at.strftime("%H:%M")), at.strftime("%H:%M"))
    combo.setCurrentIndex(combo.findData(current.strftime("%H:%M")))
    combo.setMaxVisibleItems(16)
    return combo


def combo_time(combo: QComboBox) -> time:
    return time.fromisoformat(str(combo.currentData()))


def fill_combo(combo: QComboBox, ids: list[UUID], name_of: Callable[[UUID], str], current: UUID | None = None) -> None:
    for item_id in ids:
        combo.addItem(name_of(item_id), str(item_id))
    if current is not None:
        index = combo.findData(str(current))
        if index < 0:  # e.g. an instructor who left: still shown for the series that has them
            combo.addItem(name_of(current), str(current))
            index = combo.count() - 1
        combo.setCurrentIndex(index)


class TemplateEditorDialog(QDialog):
    """New series when `template` is None; otherwise a change from a chosen date onward."""

    def __init__(
        self,
        context: AppContext,
        names: Names,
        template: LessonTemplate | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self._context = context
        self._names = names
        self._template = template
        self.outcome: ChangeOutcome | UUID | None = None
        today = context.today()
        self.setWindowTitle(self.tr("New weekly series") if template is None else self.tr("Change a weekly series"))
        form = QFormLayout()
        self.student = QComboBox(self)
        self.student.setObjectName("templateStudent")
        self.student.setEditable(template is None)
        self.student.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if template is None:
            students = sorted(names.active_students, key=names.student)
            fill_combo(self.student, students, names.student)
            self.student.setCurrentIndex(-1)
            line = self.student.lineEdit()
            if line is not None:
                line.setPlaceholderText(self.tr("Type a student's name…"))
        else:
            fill_combo(self.student, [template.student_id], names.student, template.student_id)
            self.student.setEnabled(False)
        form.addRow(self.tr("&Student"), self.student)
        self.instructor = QComboBox(self)
        self.instructor.setObjectName("templateInstructor")
        fill_combo(
            self.instructor,
            list(names.instructor_order),
            names.instructor,
            template.instructor_employee_id if template else None,
        )
        form.addRow(self.tr("&Instructor"), self.instructor)
        self.service = QComboBox(self)
        self.service.setObjectName("templateService")
        fill_combo(
            self.service,
            sorted(names.services, key=names.service),
            names.service,
            template.service_id if template else None,
        )
        self.service.currentIndexChanged.connect(self._on_service_changed)
        form.addRow(self.tr("Se&rvice"), self.service)
        self.weekday = QComboBox(self)
        self.weekday.setObjectName("templateWeekday")
        for weekday in range(7):
            self.weekday.addItem(weekday_name(weekday), weekday)
        self.weekday.setCurrentIndex(template.day_of_week if template else day_of_week(today))
        form.addRow(self.tr("&Day"), self.weekday)
        self.start = time_combo(self, "templateTime", template.time_of_day if template else time(16))
        form.addRow(self.tr("&Time"), self.start)
        self.length = QSpinBox(self)
        self.length.setObjectName("templateLength")
        self.length.setRange(MIN_DURATION, MAX_DURATION)
        self.length.setSingleStep(5)
        self.length.setSuffix(self.tr(" min"))
        self.length.setValue(template.duration_minutes if template else 45)
        if template is None:
            self._on_service_changed(self.service.currentIndex())
        form.addRow(self.tr("&Length"), self.length)
        self.price = QLineEdit(self)
        self.price.setObjectName("templatePrice")
        self.price.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.price.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{0,6}(\.\d{0,2})?$"), self))
        self.price.setPlaceholderText(self.tr("the usual price"))
        if template and template.price_override is not None:
            self.price.setText(str(template.price_override))
        form.addRow(self.tr("Special &price (₪)"), self.price)
        self.notes = QLineEdit(self)
        self.notes.setObjectName("templateNotes")
        self.notes.setText(template.notes_internal or "" if template else "")
        form.addRow(self.tr("&Notes"), self.notes)
        self.ends = QCheckBox(self.tr("Ends on"), self)
        self.ends.setObjectName("templateEnds")
        self.until = date_edit(self, "templateUntil", today + timedelta(days=180))
        if template and template.valid_until:
            self.ends.setChecked(True)
            self.until.setDate(qdate(template.valid_until))
        self.until.setEnabled(self.ends.isChecked())
        self.ends.toggled.connect(self.until.setEnabled)
        ends_row = QHBoxLayout()
        ends_row.addWidget(self.ends)
        ends_row.addWidget(self.until, 1)
        end_label = QLabel(self.tr("E&nd"), self)
        end_label.setBuddy(self.ends)
        form.addRow(end_label, ends_row)
        first = self._first_date(today)
        self.from_date = date_edit(self, "templateFrom", first)
        self.from_date.setMinimumDate(qdate(today))
        form.addRow(self.tr("Starts &on") if template is None else self.tr("Applies &from"), self.from_date)
        self.explain = QLabel(self)
        self.explain.setObjectName("templateExplain")
        self.explain.setWordWrap(True)
        if template is not None:
            self.explain.setText(
                self.tr(
                    "From this date a new version of the series begins; lessons before it keep their details. "
                    "Lessons already generated from this date on change only with a reset forward."
                )
            )
        self.error = QLabel(self)
        self.error.setObjectName("templateError")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        self._buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explain)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _first_date(self, today: date) -> date:
        """Tomorrow for a change (today's lessons stay as they are); the series' own start when later."""
        if self._template is None:
            return today
        return max(today + timedelta(days=1), self._template.valid_from)

    @Slot(int)
    def _on_service_changed(self, _index: int) -> None:
        service = self.service.currentData()
        minutes = self._names.service_minutes.get(UUID(service)) if service else None
        if minutes and self._template is None:
            self.length.setValue(minutes)

    def draft(self) -> TemplateDraft:
        price_text = self.price.text().strip()
        try:
            price = Decimal(price_text) if price_text else None
        except InvalidOperation:
            price = None
        return TemplateDraft(
            instructor_employee_id=UUID(self.instructor.currentData()),
            service_id=UUID(self.service.currentData()),
            day_of_week=int(self.weekday.currentData()),
            time_of_day=combo_time(self.start),
            duration_minutes=self.length.value(),
            price_override=price,
            notes_internal=self.notes.text().strip() or None,
            valid_until=pydate(self.until.date()) if self.ends.isChecked() else None,
        )

    def _student_id(self) -> UUID | None:
        data = self.student.currentData()
        if data and self.student.currentText() == self._names.student(UUID(data)):
            return UUID(data)
        match = self.student.findText(self.student.currentText(), Qt.MatchFlag.MatchFixedString)
        return UUID(self.student.itemData(match)) if match >= 0 else None

    @Slot()
    def _on_save_clicked(self) -> None:
        context, template = self._context, self._template
        if not self.instructor.currentData() or not self.service.currentData():
            self.error.setText(self.tr("Choose an instructor and a service."))
            return
        draft, start = self.draft(), pydate(self.from_date.date())
        work: Callable[[], ChangeOutcome | UUID]
        if template is None:
            student_id = self._student_id()
            if student_id is None:
                self.error.setText(self.tr("Choose the student from the list."))
                return
            work = lambda: create_template(context, student_id, draft, start)  # noqa: E731
        else:
            work = lambda: change_template(context, template, draft, start)  # noqa: E731
        self._buttons.setEnabled(False)
        Operation[ChangeOutcome | UUID](self, work, write=True).success(self._on_saved).failure(self._on_failed).run()

    def _on_saved(self, outcome: ChangeOutcome | UUID) -> None:
        self.outcome = outcome
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self._buttons.setEnabled(True)
        if isinstance(error, DomainError):
            self.error.setText(message_text(error.message))
        else:
            self.error.setText(self.tr("Saving failed: {reason}").format(reason=str(error)))
