"""Item models of the details panel: the lesson's participants and its history of changes."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from reinex_desktop.domain.audit import AuditEvent
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.services.calendar.details import ParticipantDetails
from reinex_desktop.ui.labels import isolate_ltr, label
from reinex_desktop.ui.rows_model import RowsTableModel

AnyIndex = QModelIndex | QPersistentModelIndex

_ACTIONS = {
    "lesson.book": QT_TRANSLATE_NOOP("LessonHistory", "Booked"),
    "lesson.reschedule": QT_TRANSLATE_NOOP("LessonHistory", "Moved"),
    "lesson.add_participant": QT_TRANSLATE_NOOP("LessonHistory", "Participant added"),
    "attendance.confirm": QT_TRANSLATE_NOOP("LessonHistory", "Confirmation received"),
    "attendance.attended": QT_TRANSLATE_NOOP("LessonHistory", "Marked attended"),
    "attendance.no_show": QT_TRANSLATE_NOOP("LessonHistory", "Marked no-show"),
    "attendance.cancel_by_student": QT_TRANSLATE_NOOP("LessonHistory", "Cancelled by the student"),
    "attendance.cancel_by_clinic": QT_TRANSLATE_NOOP("LessonHistory", "Cancelled by the clinic"),
    "attendance.correct": QT_TRANSLATE_NOOP("LessonHistory", "Attendance corrected"),
    "attendance.set_lesson_price": QT_TRANSLATE_NOOP("LessonHistory", "Lesson price set"),
    "attendance.confirmation_request": QT_TRANSLATE_NOOP("LessonHistory", "Asked to confirm (no answer yet)"),
}


def action_text(action: str) -> str:
    source = _ACTIONS.get(action)
    return QCoreApplication.translate("LessonHistory", source) if source else action


class ParticipantModel(RowsTableModel[ParticipantDetails]):
    """Participants: name, status, primary guardian's phone, confirmation, medical flags (when allowed)."""

    CONTEXT = "ParticipantModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("ParticipantModel", "Student"),
        QT_TRANSLATE_NOOP("ParticipantModel", "Status"),
        QT_TRANSLATE_NOOP("ParticipantModel", "Guardian's phone"),
        QT_TRANSLATE_NOOP("ParticipantModel", "Confirmed"),
        QT_TRANSLATE_NOOP("ParticipantModel", "Medical flags"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone: ZoneInfo | None = None

    def set_participants(self, rows: tuple[ParticipantDetails, ...], zone: ZoneInfo | None) -> None:
        """The participants of one lesson, with the clinic zone their times are shown in."""
        self._zone = zone
        self.set_rows(rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and row.flags:
            return "\n".join(f"{flag.label} ({flag.severity.value})" for flag in row.flags)
        return None

    def _text(self, row: ParticipantDetails, column: int) -> str | None:
        if column == 0:
            return row.name
        if column == 1:
            return label(row.participant.participant_status)
        if column == 2:
            return isolate_ltr(row.phone) if row.phone else "—"
        if column == 3:
            confirmed = row.participant.attendance_confirmed_at
            if confirmed is None or self._zone is None:
                return ""
            return "✓ " + isolate_ltr(confirmed.astimezone(self._zone).strftime("%d/%m %H:%M"))
        if column == 4:
            return ", ".join(flag.label for flag in row.flags)
        return None


class HistoryModel(QAbstractListModel):
    """The lesson's audit trail, newest first: when, what, who."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[AuditEvent, ...] = ()
        self._zone: ZoneInfo | None = None

    def set_events(self, events: tuple[AuditEvent, ...], zone: ZoneInfo | None) -> None:
        self.beginResetModel()
        self._rows, self._zone = events, zone
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        event = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            when = event.occurred_at.astimezone(self._zone).strftime("%d/%m %H:%M") if self._zone else ""
            return self.tr("{when} {action} — {who}").format(
                when=isolate_ltr(when), action=action_text(event.action), who=event.actor_name
            )
        return None
