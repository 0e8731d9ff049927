"""Reschedule a lesson by dialog: another day, time, instructor or length, with the conflicts it
would cause listed live before saving (plan §5.2 "manual rescheduling with audit")."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from reinex_desktop.domain.calendar.moves import Placement
from reinex_desktop.domain.conflicts import Conflict
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.services.calendar import scheduling
from reinex_desktop.services.calendar.day import CalendarService
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.calendar import prompts
from reinex_desktop.ui.calendar.slot_fields import SlotFields
from reinex_desktop.ui.calendar.texts import time_range


class RescheduleDialog(QDialog):
    def __init__(self, service: CalendarService, lesson: LessonInstance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rescheduleDialog")
        self.setWindowTitle(self.tr("Reschedule lesson"))
        self._service = service
        self._catalog = service.catalog()
        self.lesson = lesson
        self.saved = False
        zone = self._catalog.zone
        names = ", ".join(p.student_name for p in lesson.participants) or "—"
        summary = QLabel(
            self.tr("{names} · {service} · now {time} with {instructor}").format(
                names=names,
                service=self._catalog.service_name(lesson.service_id),
                time=time_range(lesson.datetime_start, lesson.datetime_end, zone),
                instructor=self._catalog.instructor_name(lesson.instructor_employee_id),
            ),
            self,
        )
        summary.setWordWrap(True)
        self.slot = SlotFields(self._catalog, self)
        self.slot.set_slot(lesson.instructor_employee_id, lesson.datetime_start, lesson.duration_minutes)
        self.preview = QLabel(self)
        self.preview.setObjectName("reschedulePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.move_button = buttons.addButton(self.tr("&Move"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.slot)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_preview)
        self.slot.changed.connect(self._timer.start)
        buttons.rejected.connect(self.reject)
        self.move_button.clicked.connect(self.submit)
        self.update_preview()

    def target(self) -> Placement | None:
        instructor, start = self.slot.instructor_id(), self.slot.start()
        if instructor is None or start is None:
            return None
        return Placement(instructor, start, self.slot.minutes())

    def update_preview(self) -> None:
        target = self.target()
        if target is None:
            return
        if target == Placement.of(self.lesson):
            self.preview.setText(self.tr("Choose where the lesson should go."))
            self.move_button.setEnabled(False)
            return
        context, catalog, lesson = self._service.context, self._catalog, self.lesson
        Operation(self, lambda: scheduling.move_conflicts(context, catalog, lesson, target)).success(
            self._show_preview
        ).failure(lambda error: self._show_refusal(error)).run()

    def _show_preview(self, conflicts: list[Conflict]) -> None:
        self.move_button.setEnabled(True)
        if conflicts:
            lines = "\n".join("⚠ " + line for line in prompts.conflict_lines(conflicts))
            self.preview.setText(self.tr("Conflicts at the new time:") + "\n" + lines)
        else:
            self.preview.setText(self.tr("No conflicts at the new time."))

    def _show_refusal(self, error: Exception) -> None:
        self.move_button.setEnabled(False)
        self.preview.setText(prompts.error_text(error))

    def submit(self) -> None:
        target = self.target()
        if target is None:
            return
        context, catalog, lesson = self._service.context, self._catalog, self.lesson

        def saved(_result: object) -> None:
            self.saved = True
            self.accept()

        def after_preview(conflicts: list[Conflict]) -> None:
            accept = False
            if conflicts:
                question = self.tr("Move the lesson despite the conflict?")
                if not prompts.ask_conflicts(self, conflicts, question):
                    return
                accept = True
            Operation(
                self,
                lambda: scheduling.reschedule(context, lesson, target, via="dialog", accept_conflicts=accept),
                write=True,
            ).success(saved).failure(self._show_refusal).run()

        Operation(self, lambda: scheduling.move_conflicts(context, catalog, lesson, target)).success(
            after_preview
        ).failure(self._show_refusal).run()
