"""The waiting list's tables: open entries with their best match, and one entry's matches with reasons."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from reinex_desktop.domain.clinic_time import clinic_zone, day_of_week
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.domain.waiting_list.matching import Candidate, EntryMatches, SlotKind
from reinex_desktop.services.waiting_list.report import day_name, preferences
from reinex_desktop.ui.labels import isolate_ltr
from reinex_desktop.ui.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
ItemRole = Qt.ItemDataRole.UserRole + 1


def when(candidate: Candidate, zone: ZoneInfo) -> str:
    start = candidate.start.astimezone(zone)
    end = (candidate.start + timedelta(minutes=candidate.duration_minutes)).astimezone(zone)
    day = day_name(day_of_week(candidate.day), QCoreApplication.translate)
    return f"{day} {candidate.day:%d.%m} {isolate_ltr(f'{start:%H:%M}–{end:%H:%M}')}"


def slot_kind(candidate: Candidate) -> str:
    if candidate.kind is SlotKind.JOIN:
        text = QCoreApplication.translate("WaitingListView", "Join a group ({taken}/{capacity})")
        return text.format(taken=candidate.taken, capacity=candidate.capacity)
    return QCoreApplication.translate("WaitingListView", "New lesson")


class EntriesModel(RowsTableModel[EntryMatches]):
    CONTEXT = "WaitingListView"
    COLUMNS = (
        QT_TRANSLATE_NOOP("WaitingListView", "Priority"),
        QT_TRANSLATE_NOOP("WaitingListView", "Student"),
        QT_TRANSLATE_NOOP("WaitingListView", "Service"),
        QT_TRANSLATE_NOOP("WaitingListView", "Waiting since"),
        QT_TRANSLATE_NOOP("WaitingListView", "Preferences"),
        QT_TRANSLATE_NOOP("WaitingListView", "Best match"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = clinic_zone()
        self.names: dict[UUID, str] = {}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_at(index.row())
        if item is None:
            return None
        if role == ItemRole:
            return item
        entry = item.entry
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0 and entry.priority_flag:
            return entry.priority_reason
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return "★" if entry.priority_flag else ""
        if column == 1:
            return entry.student_name
        if column == 2:
            return entry.service_name
        if column == 3:
            return f"{entry.created_at.astimezone(self.zone):%d.%m.%Y}"
        if column == 4:
            return preferences(entry, self.names, QCoreApplication.translate)
        if not item.candidates:
            return QCoreApplication.translate("WaitingListView", "No slot in these weeks")
        best = item.candidates[0]
        return f"{when(best, self.zone)} · {self.names.get(best.instructor_id, '')}"


class MatchesModel(RowsTableModel[Candidate]):
    CONTEXT = "WaitingListView"
    COLUMNS = (
        QT_TRANSLATE_NOOP("WaitingListView", "When"),
        QT_TRANSLATE_NOOP("WaitingListView", "Instructor"),
        QT_TRANSLATE_NOOP("WaitingListView", "Slot"),
        QT_TRANSLATE_NOOP("WaitingListView", "Score"),
        QT_TRANSLATE_NOOP("WaitingListView", "Why"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = clinic_zone()
        self.names: dict[UUID, str] = {}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        candidate = self.row_at(index.row())
        if candidate is None:
            return None
        if role == ItemRole:
            return candidate
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return when(candidate, self.zone)
        if column == 1:
            return self.names.get(candidate.instructor_id, "")
        if column == 2:
            return slot_kind(candidate)
        if column == 3:
            return isolate_ltr(str(candidate.score))
        return ", ".join(reason.render(QCoreApplication.translate) for reason in candidate.reasons)
