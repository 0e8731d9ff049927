"""Creating and editing a student, and deactivating or reactivating one.

The editor only collects what was typed; every rule (first name required, a valid and unique ID
number, a date of birth not in the future, who may change the special rate or medical flags) is
the services' and the domain's. A refusal is shown inside the dialog, which stays open; a
duplicate ID number offers to open the other student's profile instead.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from uuid import UUID

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.enums import FlagSeverity, Gender, NotificationMethod, OnboardingStatus
from reinex_desktop.domain.people import MedicalFlag, Student
from reinex_desktop.domain.students.details import StudentDetails
from reinex_desktop.domain.students.rules import FIELD_PERMISSIONS
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.students.access import medical_visible
from reinex_desktop.services.students.editing import create_student, set_active, update_student
from reinex_desktop.services.students.writes import DuplicateNationalIdError
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.formats import pydate, use_short_date
from reinex_desktop.ui.labels import label, message_text
from reinex_desktop.ui.students.guardian_editor import GuardiansEditor, error_label, ltr_line
from reinex_desktop.ui.students.texts import field_name, word

#: The earliest date the date-of-birth field offers; it stands for "unknown".
NO_DATE = QDate(1900, 1, 1)
_BAD_RATE = QT_TRANSLATE_NOOP("StudentEditor", "The special rate must be a number, for example 150.")


class MedicalFlagsEditor(QWidget):
    """Medical flags: a description, a severity and comma-separated tags per line."""

    def __init__(self, flags: tuple[MedicalFlag, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("medicalFlags")
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("medicalFlagsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Description"), self.tr("Severity"), self.tr("Tags")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        add = QPushButton(self.tr("Add flag"), self)
        add.setObjectName("addFlag")
        add.clicked.connect(lambda: self.add_flag(MedicalFlag("")))
        remove = QPushButton(self.tr("Remove flag"), self)
        remove.setObjectName("removeFlag")
        remove.clicked.connect(self._remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        for flag in flags:
            self.add_flag(flag)

    def add_flag(self, flag: MedicalFlag) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(flag.label))
        severity = QComboBox(self.table)
        for value in FlagSeverity:
            severity.addItem(word(value), value.value)
        severity.setCurrentIndex(severity.findData(flag.severity.value))
        self.table.setCellWidget(row, 1, severity)
        self.table.setItem(row, 2, QTableWidgetItem(", ".join(flag.tags)))

    def _remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def flags(self) -> tuple[MedicalFlag, ...]:
        flags = []
        for row in range(self.table.rowCount()):
            text = self.table.item(row, 0)
            tags = self.table.item(row, 2)
            combo = self.table.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            flags.append(
                MedicalFlag(
                    text.text() if text else "",
                    FlagSeverity(combo.currentData()),
                    tuple(tag.strip() for tag in (tags.text() if tags else "").split(",") if tag.strip()),
                )
            )
        return tuple(flags)


class StudentEditorDialog(QDialog):
    #: The student was saved (created or updated).
    student_saved = Signal(UUID)
    #: The user chose to open another student's profile (the owner of a duplicate ID number).
    student_requested = Signal(UUID)

    def __init__(
        self,
        context: AppContext,
        student: Student | None,
        parent: QWidget | None = None,
        *,
        can_edit_rate: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("studentEditor")
        self._context = context
        self._student = student
        self._duplicate: UUID | None = None
        user = context.user
        self._can_edit_rate = user.can(FIELD_PERMISSIONS["special_rate"]) if can_edit_rate is None else can_edit_rate
        self.setWindowTitle(self.tr("Edit student") if student else self.tr("New student"))
        self._build(student)
        width = self.fontMetrics().horizontalAdvance("M")
        self.resize(width * 56, width * (46 if student is None else 34))

    def _build(self, student: Student | None) -> None:
        self.first_name = QLineEdit(self)
        self.first_name.setObjectName("firstName")
        self.middle_name = QLineEdit(self)
        self.middle_name.setObjectName("middleName")
        self.last_name = QLineEdit(self)
        self.last_name.setObjectName("lastName")
        self.national_id = ltr_line(self, "nationalId")
        self.date_of_birth = QDateEdit(self)
        self.date_of_birth.setObjectName("dateOfBirth")
        # Left-to-right first: in a right-to-left widget Qt reverses the sections of the format.
        self.date_of_birth.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        use_short_date(self.date_of_birth)
        self.date_of_birth.setCalendarPopup(True)
        self.date_of_birth.setMinimumDate(NO_DATE)
        self.date_of_birth.setMaximumDate(QDate(*self._context.today().timetuple()[:3]))
        self.date_of_birth.setSpecialValueText(self.tr("Unknown"))
        self.date_of_birth.setDate(NO_DATE)  # unknown until typed
        self.gender = QComboBox(self)
        self.gender.setObjectName("gender")
        self.gender.addItem(self.tr("Not set (neutral wording)"), "")
        for gender in Gender:
            self.gender.addItem(word(gender), gender.value)
        self.gender.setToolTip(self.tr("Chooses the Hebrew wording of messages to the family (he / she is coming)."))
        self.notification = QComboBox(self)
        self.notification.setObjectName("notificationMethod")
        for method in NotificationMethod:
            self.notification.addItem(label(method), method.value)
        self.special_rate = ltr_line(self, "specialRate")
        self.special_rate.setPlaceholderText(self.tr("none"))
        self.special_rate.setEnabled(self._can_edit_rate)
        if not self._can_edit_rate:
            self.special_rate.setToolTip(self.tr("Only managers with financial permissions change the special rate."))
        self.onboarding = QComboBox(self)
        self.onboarding.setObjectName("onboardingStatus")
        for status in OnboardingStatus:
            self.onboarding.addItem(label(status), status.value)
        if not self._context.user.can(FIELD_PERMISSIONS["onboarding_status"]):
            self.onboarding.setEnabled(False)
            self.onboarding.setToolTip(self.tr("Only users who manage forms change the onboarding status."))
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notesInternal")
        self.notes.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("First name *"), self.first_name)
        form.addRow(self.tr("Middle name"), self.middle_name)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("ID number"), self.national_id)
        form.addRow(self.tr("Date of birth"), self.date_of_birth)
        form.addRow(field_name("gender"), self.gender)
        form.addRow(self.tr("Messages by"), self.notification)
        form.addRow(self.tr("Special rate (₪)"), self.special_rate)
        form.addRow(self.tr("Onboarding"), self.onboarding)
        form.addRow(self.tr("Internal notes"), self.notes)
        self.medical: MedicalFlagsEditor | None = None
        if medical_visible(self._context):
            self.medical = MedicalFlagsEditor(student.medical_flags if student else (), self)
            form.addRow(self.tr("Medical flags"), self.medical)
        self.guardians: GuardiansEditor | None = None
        if student is None:
            self.guardians = GuardiansEditor(self._context, [], None, self)
            form.addRow(self.tr("Guardians"), self.guardians)
        self.error = error_label(self, "editorError")
        self.open_duplicate = QPushButton(self)
        self.open_duplicate.setObjectName("openDuplicate")
        self.open_duplicate.hide()
        self.open_duplicate.clicked.connect(self._on_open_duplicate)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.open_duplicate, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.buttons)
        if student is not None:
            self._fill(student)

    def _fill(self, student: Student) -> None:
        self.first_name.setText(student.first_name)
        self.middle_name.setText(student.middle_name or "")
        self.last_name.setText(student.last_name)
        self.national_id.setText(student.national_id or "")
        self.date_of_birth.setDate(QDate(*student.date_of_birth.timetuple()[:3]) if student.date_of_birth else NO_DATE)
        self.gender.setCurrentIndex(max(0, self.gender.findData(student.gender.value if student.gender else "")))
        self.notification.setCurrentIndex(self.notification.findData(student.default_notification_method.value))
        self.special_rate.setText(f"{student.special_rate}" if student.special_rate is not None else "")
        self.onboarding.setCurrentIndex(self.onboarding.findData(student.onboarding_status.value))
        self.notes.setPlainText(student.notes_internal or "")

    def details(self) -> StudentDetails:
        """What the form holds; raises `DomainError` for a special rate that is not a number."""
        born = self.date_of_birth.date()
        rate_text = self.special_rate.text().replace("₪", "").replace(",", "").strip()
        try:
            rate = Decimal(rate_text) if rate_text else None
        except InvalidOperation:
            raise DomainError(Message("StudentEditor", _BAD_RATE), code="invalid_special_rate") from None
        return StudentDetails(
            first_name=self.first_name.text(),
            middle_name=self.middle_name.text(),
            last_name=self.last_name.text(),
            national_id=self.national_id.text(),
            date_of_birth=None if born == NO_DATE else pydate(born),
            default_notification_method=NotificationMethod(self.notification.currentData()),
            special_rate=rate,
            onboarding_status=OnboardingStatus(self.onboarding.currentData()),
            notes_internal=self.notes.toPlainText(),
            medical_flags=self.medical.flags() if self.medical is not None else None,
            gender=Gender(self.gender.currentData()) if self.gender.currentData() else None,
        )

    def save(self) -> None:
        try:
            details = self.details()
        except DomainError as error:
            self._on_failed(error)
            return
        self.buttons.setEnabled(False)
        context, student = self._context, self._student
        if student is None:
            links = self.guardians.links() if self.guardians else []
            Operation(self, lambda: create_student(context, details, links), write=True).success(
                self._on_saved
            ).failure(self._on_failed).run()
        else:
            Operation(self, lambda: update_student(context, student, details), write=True).success(
                lambda _version: self._on_saved(student.id)
            ).failure(self._on_failed).run()

    def _on_saved(self, student_id: UUID) -> None:
        self.buttons.setEnabled(True)
        self.student_saved.emit(student_id)
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(message_text(error.message) if isinstance(error, DomainError) else str(error))
        self.error.show()
        self._duplicate = None
        if isinstance(error, DuplicateNationalIdError):
            self._duplicate = error.existing_id
            name = str(error.message.params.get("name", ""))
            self.open_duplicate.setText(self.tr("Open the profile of {name}").format(name=name))
        self.open_duplicate.setVisible(self._duplicate is not None)

    def _on_open_duplicate(self) -> None:
        if self._duplicate is not None:
            self.student_requested.emit(self._duplicate)
            self.reject()


class ActiveDialog(QDialog):
    """Deactivate a student (with an optional reason) or reactivate one; never delete."""

    def __init__(self, context: AppContext, student: Student, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activeDialog")
        self._context = context
        self._student = student
        deactivating = student.is_active
        self.setWindowTitle(self.tr("Deactivate student") if deactivating else self.tr("Reactivate student"))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("inactiveReason")
        self.reason.setPlaceholderText(self.tr("For example: finished treatment, moved away"))
        self.error = error_label(self, "activeError")
        form = QFormLayout()
        if deactivating:
            note = self.tr("{name} will leave the active roster; their history stays.").format(name=student.full_name)
            form.addRow(QLabel(note, self))
            form.addRow(self.tr("Reason"), self.reason)
        else:
            form.addRow(
                QLabel(self.tr("{name} will return to the active roster.").format(name=student.full_name), self)
            )
            self.reason.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Deactivate") if deactivating else self.tr("Reactivate")
        )
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def confirm(self) -> None:
        student, reason = self._student, self.reason.text()
        Operation(self, lambda: set_active(self._context, student, not student.is_active, reason), write=True).success(
            lambda _version: self.accept()
        ).failure(self._on_failed).run()

    def _on_failed(self, error: Exception) -> None:
        self.error.setText(message_text(error.message) if isinstance(error, DomainError) else str(error))
        self.error.show()
