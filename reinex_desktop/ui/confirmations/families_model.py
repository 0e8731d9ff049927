"""The families of the round as a table: time, contact, children, state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from reinex_desktop.domain.confirmations.families import FamilyFilter, matches
from reinex_desktop.services.confirmations import FamilyEntry
from reinex_desktop.ui.confirmations.texts import MARKS, state_text, times_text
from reinex_desktop.ui.labels import isolate_ltr

Index = QModelIndex | QPersistentModelIndex
TIME, FAMILY, CHILDREN, STATE = range(4)


class FamiliesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: tuple[FamilyEntry, ...] = ()
        self._rows: list[FamilyEntry] = []
        self._filter = FamilyFilter.NOT_ASKED

    def set_families(self, families: tuple[FamilyEntry, ...]) -> None:
        self.beginResetModel()
        self._all = families
        self._rows = [entry for entry in families if matches(entry.family, self._filter)]
        self.endResetModel()

    def set_filter(self, chosen: FamilyFilter) -> None:
        self._filter = chosen
        self.set_families(self._all)

    @property
    def filter(self) -> FamilyFilter:
        return self._filter

    def count(self, chosen: FamilyFilter) -> int:
        return sum(1 for entry in self._all if matches(entry.family, chosen))

    def entry(self, row: int) -> FamilyEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: object) -> int:
        return next((row for row, entry in enumerate(self._rows) if entry.family.key == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Time"), self.tr("Family"), self.tr("Children"), self.tr("Status"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        family = entry.family
        column = index.column()
        if column == TIME:
            return times_text([lesson.start for lesson in family.lessons])
        if column == FAMILY:
            phone = family.guardian.phone if family.guardian is not None else None
            if role == Qt.ItemDataRole.ToolTipRole and phone:
                return isolate_ltr(phone)
            return family.contact_name
        if column == CHILDREN:
            return ", ".join(dict.fromkeys(lesson.student_name for lesson in family.lessons))
        if column == STATE:
            return f"{MARKS[family.state]} {state_text(family.state)}"
        return None
