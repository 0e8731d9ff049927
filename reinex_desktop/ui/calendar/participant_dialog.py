"""Add a participant to a group lesson: pick a student; seats and the student's other lessons are
checked before saving."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from reinex_desktop.domain.calendar.rules import capacity_of
from reinex_desktop.domain.calendar.status import active_participants
from reinex_desktop.domain.conflicts import Conflict
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.services.calendar import scheduling
from reinex_desktop.services.calendar.day import CalendarService
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.calendar import prompts
from reinex_desktop.ui.calendar.student_picker import StudentPicker
from reinex_desktop.ui.calendar.texts import time_range


class AddParticipantDialog(QDialog):
    def __init__(self, service: CalendarService, lesson: LessonInstance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addParticipantDialog")
        self.setWindowTitle(self.tr("Add a participant"))
        self._service = service
        self.lesson = lesson
        self.added: UUID | None = None
        catalog = service.catalog()
        capacity = capacity_of(lesson.instructor_employee_id, lesson.service_id, catalog.capabilities)
        count = len(active_participants(lesson))
        heading = self.tr("{service} · {time} · {instructor}").format(
            service=catalog.service_name(lesson.service_id),
            time=time_range(lesson.datetime_start, lesson.datetime_end, catalog.zone),
            instructor=catalog.instructor_name(lesson.instructor_employee_id),
        )
        seats = (
            self.tr("{count} of {capacity} seats taken").format(count=count, capacity=capacity)
            if capacity is not None
            else self.tr("{count} students").format(count=count)
        )
        self.picker = StudentPicker(service.directory, self)
        self.message = QLabel(self)
        self.message.setObjectName("participantMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = buttons.addButton(self.tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(heading, self))
        layout.addWidget(QLabel(seats, self))
        layout.addWidget(self.picker)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.submit)
        self.picker.student_activated.connect(lambda _id: self.submit())
        self.picker.start()
        self.picker.setFocus()

    def submit(self) -> None:
        current = self.picker.current_student()
        if current is None:
            return
        context, catalog, lesson, student = self._service.context, self._service.catalog(), self.lesson, current.id

        def after_preview(conflicts: list[Conflict]) -> None:
            accept = False
            if conflicts:
                if not prompts.ask_conflicts(self, conflicts, self.tr("Add the student despite the conflict?")):
                    return
                accept = True
            Operation(
                self, lambda: scheduling.add_participant(context, lesson, student, accept_conflicts=accept), write=True
            ).success(self._added).failure(self._failed).run()

        Operation(self, lambda: scheduling.participant_conflicts(context, catalog, lesson, student)).success(
            after_preview
        ).failure(self._failed).run()

    def _added(self, participant_id: UUID) -> None:
        self.added = participant_id
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.message.setText(prompts.error_text(error))
