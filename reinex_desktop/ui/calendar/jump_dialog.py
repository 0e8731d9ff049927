"""Jump to a student's next lesson: pick the student, the calendar opens that day on the lesson."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from reinex_desktop.services.calendar.day import CalendarService
from reinex_desktop.ui.calendar.student_picker import StudentPicker


class JumpDialog(QDialog):
    def __init__(self, service: CalendarService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jumpDialog")
        self.setWindowTitle(self.tr("Go to a student's next lesson"))
        self.student_id: UUID | None = None
        self.picker = StudentPicker(service.directory, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go_button = buttons.addButton(self.tr("&Go"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.go_button.clicked.connect(self.choose_current)
        self.picker.student_activated.connect(self._choose)
        self.picker.start()
        self.picker.setFocus()

    def choose_current(self) -> None:
        current = self.picker.current_student()
        if current is not None:
            self._choose(current.id)

    def _choose(self, student_id: UUID) -> None:
        self.student_id = student_id
        self.accept()
