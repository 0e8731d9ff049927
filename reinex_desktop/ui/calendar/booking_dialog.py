"""Book a one-time lesson from an empty cell: student search, the services this instructor gives,
length, seats; conflicts shown before saving (REQUIREMENTS screen 1)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.calendar.rules import bookable_services, capacity_of
from reinex_desktop.domain.conflicts import Conflict
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.calendar import scheduling
from reinex_desktop.services.calendar.day import CalendarService
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.calendar import prompts
from reinex_desktop.ui.calendar.slot_fields import SlotFields
from reinex_desktop.ui.calendar.student_picker import StudentPicker
from reinex_desktop.ui.labels import message_text


class BookingDialog(QDialog):
    def __init__(
        self,
        service: CalendarService,
        instructor_id: UUID,
        start: datetime,
        parent: QWidget | None = None,
        *,
        student_id: UUID | None = None,
        service_id: UUID | None = None,
        minutes: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bookingDialog")
        self.setWindowTitle(self.tr("Book a one-time lesson"))
        self._service = service
        self._catalog = service.catalog()
        self.booked_id: UUID | None = None
        self._students: list[tuple[UUID, str]] = []
        self.slot = SlotFields(self._catalog, self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("bookingService")
        self.seats = QLabel(self)
        self.seats.setObjectName("bookingSeats")
        self.picker = StudentPicker(service.directory, self)
        self.chosen = QListWidget(self)
        self.chosen.setObjectName("bookingChosen")
        self.chosen.setAccessibleName(self.tr("Students in this lesson"))
        self.chosen.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        add = QPushButton(self.tr("&Add student"), self)
        remove = QPushButton(self.tr("&Remove"), self)
        self.note = QLineEdit(self)
        self.note.setObjectName("bookingNote")
        self.warning = QLabel(self)
        self.warning.setObjectName("bookingWarning")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.book_button = buttons.addButton(self.tr("&Book"), QDialogButtonBox.ButtonRole.AcceptRole)
        form = QFormLayout()
        form.addRow(self.slot)
        form.addRow(self.tr("&Service:"), self.kind)
        form.addRow("", self.seats)
        form.addRow(self.tr("S&tudent:"), self.picker)
        row = QHBoxLayout()
        row.addWidget(self.chosen, 1)
        side = QVBoxLayout()
        side.addWidget(add)
        side.addWidget(remove)
        side.addStretch(1)
        row.addLayout(side)
        form.addRow(self.tr("Chosen:"), row)
        form.addRow(self.tr("&Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self.slot.set_slot(instructor_id, start, minutes or 45)
        self._fill_services(service_id)
        if minutes is None:
            self._apply_service_length()
        self.slot.instructor.currentIndexChanged.connect(lambda _i: self._fill_services(self.service_id()))
        self.kind.currentIndexChanged.connect(self._on_service_changed)
        self.slot.changed.connect(self._update_seats)
        add.clicked.connect(self._add_current)
        remove.clicked.connect(self._remove_current)
        self.picker.student_activated.connect(self._add_student)
        buttons.rejected.connect(self.reject)
        self.book_button.clicked.connect(self.submit)
        self.picker.start()
        if student_id is not None and self.picker.choose(student_id):
            self._add_current()
        self._update_seats()
        self.picker.setFocus()

    # --- fields ----------------------------------------------------------------------------------

    def _fill_services(self, keep: UUID | None) -> None:
        instructor = self.slot.instructor_id()
        self.kind.blockSignals(True)
        self.kind.clear()
        if instructor is not None:
            services = bookable_services(instructor, list(self._catalog.services.values()), self._catalog.capabilities)
            for item in sorted(services, key=lambda s: s.name):
                self.kind.addItem(item.name, str(item.id))
        index = self.kind.findData(str(keep)) if keep else -1
        self.kind.setCurrentIndex(max(index, 0))
        self.kind.blockSignals(False)
        self._update_seats()

    def _on_service_changed(self, _index: int) -> None:
        self._apply_service_length()
        self._update_seats()

    def _apply_service_length(self) -> None:
        chosen = self.service_id()
        item = self._catalog.services.get(chosen) if chosen else None
        if item is not None and item.duration_minutes:
            self.slot.duration.setValue(item.duration_minutes)

    def service_id(self) -> UUID | None:
        data = self.kind.currentData()
        return UUID(data) if data else None

    def capacity(self) -> int | None:
        instructor, chosen = self.slot.instructor_id(), self.service_id()
        if instructor is None or chosen is None:
            return None
        return capacity_of(instructor, chosen, self._catalog.capabilities)

    def _update_seats(self) -> None:
        capacity = self.capacity()
        count = len(self._students)
        if capacity is None:
            self.seats.setText(self.tr("{count} students chosen").format(count=count))
        else:
            self.seats.setText(self.tr("{count} of {capacity} seats taken").format(count=count, capacity=capacity))
        over = capacity is not None and count > capacity
        self.warning.setText(self.tr("More students than seats for this service.") if over else "")
        self.book_button.setEnabled(bool(self._students) and not over and self.service_id() is not None)

    def _add_current(self) -> None:
        current = self.picker.current_student()
        if current is not None:
            self._add_student(current.id)

    def _add_student(self, student_id: UUID) -> None:
        choice = self.picker.directory().get(student_id)
        if choice is None or any(s == student_id for s, _ in self._students):
            return
        if self.capacity() == 1:
            self._students.clear()
            self.chosen.clear()
        self._students.append((choice.id, choice.name))
        item = QListWidgetItem(choice.name)
        item.setData(Qt.ItemDataRole.UserRole, str(choice.id))
        self.chosen.addItem(item)
        self._update_seats()

    def _remove_current(self) -> None:
        row = self.chosen.currentRow()
        if 0 <= row < len(self._students):
            del self._students[row]
            self.chosen.takeItem(row)
            self._update_seats()

    def student_ids(self) -> tuple[UUID, ...]:
        return tuple(s for s, _ in self._students)

    def request(self) -> scheduling.BookingRequest | None:
        instructor, start, chosen = self.slot.instructor_id(), self.slot.start(), self.service_id()
        if instructor is None or start is None or chosen is None:
            return None
        return scheduling.BookingRequest(
            instructor, chosen, start, self.slot.minutes(), self.student_ids(), self.note.text().strip()
        )

    # --- saving ----------------------------------------------------------------------------------

    def submit(self) -> None:
        """Check conflicts, ask when there are any, then book; refusals stay in the dialog."""
        request = self.request()
        if request is None:
            return
        context, catalog = self._service.context, self._catalog
        problem = scheduling.booking_opening_problem(catalog, request)
        if problem is not None and not prompts.ask_destructive(
            self,
            self.tr("The clinic is closed then"),
            self.tr("Book this lesson although the clinic is closed then?"),
            message_text(problem),
            self.tr("Book anyway"),
            self.tr("Don't book"),
        ):
            return
        Operation(self, lambda: scheduling.booking_conflicts(context, catalog, request)).success(
            lambda conflicts: self._after_preview(request, conflicts)
        ).failure(self._failed).run()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter never books by itself: in the student search it picks the student; only on a
        focused button does it press that button."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if isinstance(focus, QPushButton) and focus.isEnabled():
                focus.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def _after_preview(self, request: scheduling.BookingRequest, conflicts: list[Conflict]) -> None:
        accept = False
        if conflicts:
            if not prompts.ask_conflicts(self, conflicts, self.tr("Book this lesson despite the conflict?")):
                return
            accept = True
        context = self._service.context
        Operation(self, lambda: scheduling.book_lesson(context, request, accept_conflicts=accept), write=True).success(
            self._booked
        ).failure(self._failed).run()

    def _booked(self, lesson_id: UUID) -> None:
        self.booked_id = lesson_id
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.warning.setText(prompts.error_text(error))
        if not isinstance(error, DomainError):
            prompts.show_error(self, error)
