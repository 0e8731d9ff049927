"""Editing a student's guardians: one guardian's details, the list, and the dialog that saves it.

The list is saved as a whole (`services.students.editing.save_guardians`), so the rules that
concern the list — exactly one primary contact, `self` only for an adult — are checked together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from uuid import uuid4

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.enums import Relationship
from reinex_desktop.domain.people import Guardian, Student, StudentGuardian
from reinex_desktop.domain.students.guardians import GuardianLink, link_of
from reinex_desktop.domain.students.text_fold import fold, join_digit_groups, phone_digits
from reinex_desktop.domain.students.validation import national_phone
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.students.editing import check_guardian, guardian_directory, save_guardians
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.labels import isolate_ltr, label, message_text
from reinex_desktop.ui.students.record_model import Column, RecordTableModel
from reinex_desktop.ui.students.texts import phone_text


def ltr_line(parent: QWidget, name: str) -> QLineEdit:
    """A line edit for phones, e-mails and ID numbers: always left-to-right."""
    line = QLineEdit(parent)
    line.setObjectName(name)
    line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    line.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return line


def error_label(parent: QWidget, name: str) -> QLabel:
    error = QLabel(parent)
    error.setObjectName(name)
    error.setWordWrap(True)
    error.setTextFormat(Qt.TextFormat.PlainText)
    font = error.font()
    font.setBold(True)
    error.setFont(font)
    error.hide()
    return error


class GuardianDialog(QDialog):
    """One guardian: name, relationship (required), phone, e-mail, primary contact."""

    def __init__(
        self, context: AppContext, link: GuardianLink | None, born: date | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guardianDialog")
        self.setWindowTitle(self.tr("Guardian") if link else self.tr("New guardian"))
        self._context = context
        self._born = born
        self._original = link or GuardianLink(uuid4(), "")
        self.result_link: GuardianLink | None = None
        self.first_name = QLineEdit(self._original.first_name, self)
        self.first_name.setObjectName("guardianFirstName")
        self.last_name = QLineEdit(self._original.last_name, self)
        self.last_name.setObjectName("guardianLastName")
        self.relationship = QComboBox(self)
        self.relationship.setObjectName("guardianRelationship")
        self.relationship.addItem(self.tr("Choose…"), None)
        for value in Relationship:
            self.relationship.addItem(label(value), value.value)
        if self._original.relationship is not None:
            self.relationship.setCurrentIndex(self.relationship.findData(self._original.relationship.value))
        self.phone = ltr_line(self, "guardianPhone")
        self.phone.setText(_national(self._original.phone))
        self.phone.setPlaceholderText("052-555-1234")
        self.email = ltr_line(self, "guardianEmail")
        self.email.setText(self._original.email or "")
        self.email.setPlaceholderText("name@example.com")
        self.primary = QCheckBox(self.tr("Primary contact"), self)
        self.primary.setObjectName("guardianPrimary")
        self.primary.setChecked(self._original.is_primary)
        self.error = error_label(self, "guardianError")
        form = QFormLayout()
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("Relationship"), self.relationship)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow("", self.primary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def link(self) -> GuardianLink:
        value = self.relationship.currentData()
        return replace(
            self._original,
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            relationship=Relationship(value) if value else None,
            phone=self.phone.text() or None,
            email=self.email.text() or None,
            is_primary=self.primary.isChecked(),
        )

    def accept(self) -> None:
        try:
            self.result_link = check_guardian(self._context, self.link(), self._born)
        except DomainError as error:
            self.error.setText(message_text(error.message))
            self.error.show()
            return
        super().accept()


def _national(phone: str | None) -> str:
    return national_phone(phone) if phone else ""


class ExistingGuardianDialog(QDialog):
    """Pick a guardian already in the clinic (a sibling's parent) by name or phone."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("existingGuardianDialog")
        self.setWindowTitle(self.tr("Link an existing guardian"))
        self._people = guardian_directory(context)
        self._keys = [fold(f"{p.full_name} {p.phone or ''} {phone_digits(p.phone or '')}") for p in self._people]
        self.chosen: Guardian | None = None
        self.filter = QLineEdit(self)
        self.filter.setObjectName("guardianFilter")
        self.filter.setPlaceholderText(self.tr("Name or phone…"))
        self.filter.textChanged.connect(self._on_filter_changed)
        columns: list[Column[Guardian]] = [
            Column(self.tr("Name"), lambda g: g.full_name),
            Column(self.tr("Phone"), lambda g: phone_text(g.phone)),
            Column(self.tr("E-mail"), lambda g: isolate_ltr(g.email) if g.email else ""),
        ]
        self.model = RecordTableModel(columns, self._people, self)
        self.table = QTableView(self)
        self.table.setObjectName("guardianDirectory")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        width = self.fontMetrics().horizontalAdvance("M")
        self.resize(width * 44, width * 30)

    def _on_filter_changed(self, text: str) -> None:
        words = fold(join_digit_groups(text)).split()
        shown = [p for p, key in zip(self._people, self._keys, strict=True) if all(w in key for w in words)]
        self.model.set_rows(shown)
        if shown:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def accept(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        self.chosen = self.model.row_at(row)
        super().accept()


class GuardiansEditor(QWidget):
    """The list of a student's guardians with add, edit, remove and "make primary"."""

    #: The list changed.
    links_changed = Signal()

    def __init__(
        self, context: AppContext, links: Sequence[GuardianLink], born: date | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guardiansEditor")
        self._context = context
        self.born = born
        self._links = list(links)
        columns: list[Column[GuardianLink]] = [
            Column(self.tr("Name"), lambda g: g.full_name),
            Column(self.tr("Relationship"), lambda g: label(g.relationship) if g.relationship else self.tr("Missing")),
            Column(self.tr("Primary"), lambda g: self.tr("Primary contact") if g.is_primary else ""),
            Column(self.tr("Phone"), lambda g: phone_text(g.phone)),
            Column(self.tr("E-mail"), lambda g: isolate_ltr(g.email) if g.email else ""),
        ]
        self.model = RecordTableModel(columns, self._links, self)
        self.table = QTableView(self)
        self.table.setObjectName("guardiansList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("addGuardian", self.tr("Add…"), self.add),
            ("linkGuardian", self.tr("Link existing…"), self.link_existing),
            ("editGuardian", self.tr("Edit…"), self.edit_selected),
            ("removeGuardian", self.tr("Remove"), self.remove_selected),
            ("primaryGuardian", self.tr("Make primary"), self.make_selected_primary),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def links(self) -> list[GuardianLink]:
        return list(self._links)

    def _selected(self) -> int:
        return self.table.currentIndex().row()

    def _set(self, links: list[GuardianLink]) -> None:
        self._links = links
        self.model.set_rows(links)
        self.table.resizeColumnsToContents()
        self.links_changed.emit()

    def put(self, link: GuardianLink) -> None:
        """Add or replace `link`; a primary link makes every other one non-primary."""
        links = [existing for existing in self._links]
        if not links:
            link = replace(link, is_primary=True)
        if link.is_primary:
            links = [replace(existing, is_primary=False) for existing in links]
        positions = [i for i, existing in enumerate(links) if existing.guardian_id == link.guardian_id]
        if positions:
            links[positions[0]] = link
        else:
            links.append(link)
        self._set(links)

    def dialog_for(self, link: GuardianLink | None) -> GuardianDialog:
        dialog = GuardianDialog(self._context, link, self.born, self)
        dialog.accepted.connect(lambda: self.put(dialog.result_link) if dialog.result_link else None)
        return dialog

    def add(self) -> GuardianDialog:
        dialog = self.dialog_for(None)
        dialog.open()
        return dialog

    def link_existing(self) -> ExistingGuardianDialog:
        """Choose a known guardian; then say how they are related to this student."""
        picker = ExistingGuardianDialog(self._context, self)

        def chosen() -> None:
            person = picker.chosen
            if person is None:
                return
            link = GuardianLink(
                person.id,
                person.first_name,
                person.last_name or "",
                person.middle_name,
                person.phone,
                person.email,
                relationship=None,
                is_primary=not self._links,
            )
            self.dialog_for(link).open()

        picker.accepted.connect(chosen)
        picker.open()
        return picker

    def edit_selected(self) -> GuardianDialog | None:
        row = self._selected()
        if row < 0:
            return None
        dialog = self.dialog_for(self._links[row])
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        row = self._selected()
        if row >= 0:
            self._set([link for i, link in enumerate(self._links) if i != row])

    def make_selected_primary(self) -> None:
        row = self._selected()
        if row >= 0:
            self.put(replace(self._links[row], is_primary=True))


class GuardiansDialog(QDialog):
    """Edit and save the guardians of an existing student."""

    def __init__(
        self, context: AppContext, student: Student, guardians: Sequence[StudentGuardian], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guardiansDialog")
        self.setWindowTitle(self.tr("Guardians of {name}").format(name=student.full_name))
        self._context = context
        self._student = student
        self.editor = GuardiansEditor(context, [link_of(g) for g in guardians], student.date_of_birth, self)
        self.error = error_label(self, "guardiansError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        width = self.fontMetrics().horizontalAdvance("M")
        self.resize(width * 60, width * 24)

    def save(self) -> None:
        links = self.editor.links()
        student = self._student
        Operation(self, lambda: save_guardians(self._context, student, links), write=True).success(
            lambda _version: self.accept()
        ).failure(self._on_failed).run()

    def _on_failed(self, error: Exception) -> None:
        self.error.setText(message_text(error.message) if isinstance(error, DomainError) else str(error))
        self.error.show()
