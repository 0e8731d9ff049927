"""The lesson details panel beside the grid: what, when, who, the guardian's phone, flags the role
may see, the weekly template, the history of changes — and the actions on the selected participant."""

from __future__ import annotations

from collections.abc import Mapping
from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.attendance.rules import AttendanceAction
from reinex_desktop.domain.calendar.rules import is_movable
from reinex_desktop.domain.calendar.status import StatusIcon, attention_of, status_icon
from reinex_desktop.domain.enums import LessonStatus
from reinex_desktop.services.calendar.details import LessonDetails
from reinex_desktop.ui.calendar.details_models import HistoryModel, ParticipantModel
from reinex_desktop.ui.calendar.prompts import conflict_lines
from reinex_desktop.ui.calendar.texts import attention_text, status_text, time_range
from reinex_desktop.ui.formats import qdate
from reinex_desktop.ui.labels import isolate_ltr, label

#: The participant actions offered, in menu order.
PARTICIPANT_ACTIONS = (
    AttendanceAction.CONFIRM,
    AttendanceAction.ATTENDED,
    AttendanceAction.NO_SHOW,
    AttendanceAction.CANCEL_BY_STUDENT,
    AttendanceAction.CANCEL_BY_CLINIC,
    AttendanceAction.CORRECT,
)


def action_label(action: AttendanceAction) -> str:
    from PySide6.QtCore import QCoreApplication

    texts = {
        AttendanceAction.CONFIRM: QCoreApplication.translate("LessonActions", "Confirmation received"),
        AttendanceAction.ATTENDED: QCoreApplication.translate("LessonActions", "Attended"),
        AttendanceAction.NO_SHOW: QCoreApplication.translate("LessonActions", "No-show"),
        AttendanceAction.CANCEL_BY_STUDENT: QCoreApplication.translate("LessonActions", "Cancelled by student"),
        AttendanceAction.CANCEL_BY_CLINIC: QCoreApplication.translate("LessonActions", "Cancelled by clinic"),
        AttendanceAction.CORRECT: QCoreApplication.translate("LessonActions", "Correct attendance…"),
    }
    return texts[action]


class DetailsPanel(QWidget):
    #: (action, lesson id, participant id) from a participant button.
    attendance_requested = Signal(object, object, object)
    #: (what, lesson id, participant id): "copy" the confirmation text, or "open" WhatsApp.
    message_requested = Signal(str, object, object)
    reschedule_requested = Signal(object)
    add_participant_requested = Signal(object)
    pin_requested = Signal(object)
    #: (student id, student name): take a payment from the selected participant's family.
    payment_requested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonDetails")
        self.details: LessonDetails | None = None
        self._allowed: Mapping[UUID, frozenset[AttendanceAction]] = {}
        self._can_schedule = False
        self._messages = False
        self._payments = False
        self.title = QLabel(self)
        self.title.setObjectName("detailsTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.info = QLabel(self)
        self.info.setObjectName("detailsInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.participants = ParticipantModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("detailsParticipants")
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setModel(self.participants)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.buttons: dict[AttendanceAction, QPushButton] = {}
        grid = QGridLayout()
        for n, action in enumerate(PARTICIPANT_ACTIONS):
            button = QPushButton(action_label(action), self)
            button.setObjectName(f"action_{action.value}")
            button.clicked.connect(lambda _checked=False, a=action: self._request(a))
            grid.addWidget(button, n // 2, n % 2)
            self.buttons[action] = button
        self.copy_message = QPushButton(self.tr("Copy WhatsApp message"), self)
        self.open_whatsapp = QPushButton(self.tr("Open WhatsApp"), self)
        self.copy_message.clicked.connect(lambda: self._message("copy"))
        self.open_whatsapp.clicked.connect(lambda: self._message("open"))
        grid.addWidget(self.copy_message, 3, 0)
        grid.addWidget(self.open_whatsapp, 3, 1)
        self.reschedule = QPushButton(self.tr("Reschedule…"), self)
        self.add_participant = QPushButton(self.tr("Add participant…"), self)
        self.pin = QPushButton(self.tr("Pin to the pinboard"), self)
        self.reschedule.clicked.connect(lambda: self._lesson_signal(self.reschedule_requested))
        self.add_participant.clicked.connect(lambda: self._lesson_signal(self.add_participant_requested))
        self.pin.clicked.connect(lambda: self._lesson_signal(self.pin_requested))
        grid.addWidget(self.reschedule, 4, 0)
        grid.addWidget(self.add_participant, 4, 1)
        grid.addWidget(self.pin, 5, 0)
        self.take_payment = QPushButton(self.tr("Take payment…"), self)
        self.take_payment.setObjectName("detailsTakePayment")
        self.take_payment.clicked.connect(self._payment)
        grid.addWidget(self.take_payment, 5, 1)
        self.history = HistoryModel(self)
        self.history_view = QListView(self)
        self.history_view.setObjectName("detailsHistory")
        self.history_view.setAccessibleName(self.tr("History of changes"))
        self.history_view.setModel(self.history)
        self.empty = QLabel(self.tr("Select a lesson to see its details."), self)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(self.table)
        layout.addLayout(grid)
        self.history_label = QLabel(self.tr("History"), self)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history_view, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.show_details(None)

    def set_payments_available(self, available: bool) -> None:
        self._payments = available
        self._update_buttons()

    def set_messages_available(self, available: bool) -> None:
        self._messages = available
        self._update_buttons()

    def show_details(
        self,
        details: LessonDetails | None,
        allowed: Mapping[UUID, frozenset[AttendanceAction]] | None = None,
        *,
        can_schedule: bool = False,
        zone: ZoneInfo | None = None,
    ) -> None:
        self.details = details
        self._allowed = allowed or {}
        self._can_schedule = can_schedule
        present = details is not None
        for widget in (self.title, self.info, self.table, self.history_view, self.history_label):
            widget.setVisible(present)
        for button in (
            *self.buttons.values(),
            self.copy_message,
            self.open_whatsapp,
            self.reschedule,
            self.add_participant,
            self.pin,
            self.take_payment,
        ):
            button.setVisible(present)
        self.empty.setVisible(not present)
        if details is None:
            self.participants.set_participants((), zone)
            self.history.set_events((), zone)
            return
        lesson = details.lesson
        assert zone is not None, "a lesson's details are shown in the clinic's zone"
        self.title.setText(
            self.tr("{time} · {service}").format(
                time=time_range(lesson.datetime_start, lesson.datetime_end, zone),
                service=details.service.name if details.service else "",
            )
        )
        self.info.setText("\n".join(self._info_lines(details, zone)))
        self.participants.set_participants(details.participants, zone)
        self.table.setColumnHidden(4, not any(p.flags for p in details.participants))
        if details.participants:
            self.table.selectRow(0)
        self.history.set_events(details.history, zone)
        self._update_buttons()

    def _info_lines(self, details: LessonDetails, zone: ZoneInfo | None) -> list[str]:
        lesson = details.lesson
        icon = status_icon(lesson, attention_of(lesson, conflicted=bool(details.conflicts)))
        lines = [
            self.tr("Instructor: {name}").format(name=details.instructor.name if details.instructor else "?"),
            self.tr("Status: {status}").format(status=status_text(icon) if icon else label(lesson.status)),
        ]
        template = details.template
        if template is not None:
            day_name = QLocale().dayName(template.day_of_week or 7)
            lines.append(
                self.tr("Weekly lesson: {day} at {time}, since {since}").format(
                    day=day_name,
                    time=isolate_ltr(template.time_of_day.strftime("%H:%M")),
                    since=QLocale().toString(qdate(template.valid_from), QLocale.FormatType.ShortFormat),
                )
            )
        elif lesson.template_id is None:
            lines.append(self.tr("One-time lesson"))
        if lesson.manually_edited:
            lines.append(self.tr("Moved by hand; weekly generation will not touch it."))
        note = lesson.metadata.get("note")
        if note:
            lines.append(self.tr("Note: {note}").format(note=note))
        lines.extend(attention_text(a) for a in attention_of(lesson) if icon is StatusIcon.ATTENTION)
        lines.extend("⚠ " + line for line in conflict_lines(details.conflicts))
        return lines

    def current_participant(self) -> UUID | None:
        row = self.participants.row_at(self.table.currentIndex().row())
        return row.participant.id if row else None

    def _update_buttons(self) -> None:
        participant = self.current_participant()
        allowed = self._allowed.get(participant, frozenset()) if participant else frozenset()
        for action, button in self.buttons.items():
            button.setEnabled(action in allowed)
        has_phone = bool(participant and self._current_phone())
        self.copy_message.setEnabled(self._messages and participant is not None)
        self.open_whatsapp.setEnabled(self._messages and has_phone)
        lesson = self.details.lesson if self.details is not None else None
        movable = lesson is not None and is_movable(lesson)
        open_lesson = lesson is not None and not lesson.is_cancelled and lesson.status is not LessonStatus.COMPLETED
        self.reschedule.setEnabled(self._can_schedule and movable)
        self.add_participant.setEnabled(self._can_schedule and open_lesson)
        self.pin.setEnabled(self._can_schedule and movable)
        self.take_payment.setEnabled(self._payments and participant is not None)

    def _current_phone(self) -> str:
        row = self.participants.row_at(self.table.currentIndex().row())
        return row.phone if row else ""

    def _request(self, action: AttendanceAction) -> None:
        participant = self.current_participant()
        if self.details is not None and participant is not None:
            self.attendance_requested.emit(action, self.details.lesson.id, participant)

    def _message(self, what: str) -> None:
        participant = self.current_participant()
        if self.details is not None and participant is not None:
            self.message_requested.emit(what, self.details.lesson.id, participant)

    def _payment(self) -> None:
        row = self.participants.row_at(self.table.currentIndex().row())
        if row is not None:
            self.payment_requested.emit(row.participant.student_id, row.name)

    def _lesson_signal(self, signal: SignalInstance) -> None:
        if self.details is not None:
            signal.emit(self.details.lesson.id)
