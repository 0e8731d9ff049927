"""The preview as a tree: day → instructor → rows, filtered by category, instructor and student.

An adapter over frozen `PlanRow`s (napari's item-model style); every node lives in Python lists
owned by the model, so `internalPointer` stays valid until the next reset.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.services.generation.rows import PlanRow, RowKind
from reinex_desktop.ui.generation.texts import day_text, details_text, kind_text, time_text, tr

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    QT_TRANSLATE_NOOP("GenerationView", "Time"),
    QT_TRANSLATE_NOOP("GenerationView", "Students"),
    QT_TRANSLATE_NOOP("GenerationView", "Service"),
    QT_TRANSLATE_NOOP("GenerationView", "What"),
    QT_TRANSLATE_NOOP("GenerationView", "Details"),
)
_GROUP_SUMMARY = QT_TRANSLATE_NOOP(
    "GenerationView", "{new} new, {kept} in place, {skipped} skipped, {conflicts} conflicts"
)


class Category(StrEnum):
    """The preview's filter: one category of rows, or all."""

    ALL = "all"
    NEW = "new"
    KEPT = "kept"
    SKIPPED = "skipped"
    MODIFIED = "modified"
    CONFLICTS = "conflicts"
    REMOVE = "remove"
    KEEP_UNSAFE = "keep_unsafe"

    def admits(self, row: PlanRow) -> bool:
        if self is Category.ALL:
            return True
        if self is Category.NEW:
            return row.kind in (RowKind.NEW, RowKind.JOIN)
        if self is Category.MODIFIED:
            return row.modified
        if self is Category.CONFLICTS:
            return row.conflict
        return row.kind.value == self.value


CATEGORY_TEXT: dict[Category, str] = {
    Category.ALL: QT_TRANSLATE_NOOP("GenerationView", "Everything"),
    Category.NEW: QT_TRANSLATE_NOOP("GenerationView", "Lessons to insert"),
    Category.KEPT: QT_TRANSLATE_NOOP("GenerationView", "Already in place"),
    Category.SKIPPED: QT_TRANSLATE_NOOP("GenerationView", "Skipped dates"),
    Category.MODIFIED: QT_TRANSLATE_NOOP("GenerationView", "Changed for the date"),
    Category.CONFLICTS: QT_TRANSLATE_NOOP("GenerationView", "Conflicts"),
    Category.REMOVE: QT_TRANSLATE_NOOP("GenerationView", "Lessons to delete"),
    Category.KEEP_UNSAFE: QT_TRANSLATE_NOOP("GenerationView", "Kept by the safety rules"),
}


@dataclass(frozen=True, slots=True)
class RowFilter:
    category: Category = Category.ALL
    instructor_id: UUID | None = None
    student_text: str = ""

    def admits(self, row: PlanRow) -> bool:
        if not self.category.admits(row):
            return False
        if self.instructor_id is not None and row.instructor_id != self.instructor_id:
            return False
        needle = self.student_text.strip().casefold()
        return not needle or any(needle in name.casefold() for name in row.students)


@dataclass(eq=False)
class _Node:
    parent: _Node | None
    label: str = ""
    row: PlanRow | None = None
    children: list[_Node] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: {"new": 0, "kept": 0, "skipped": 0, "conflicts": 0})

    def add(self, row: PlanRow) -> None:
        node: _Node | None = self
        while node is not None:
            if row.kind in (RowKind.NEW, RowKind.JOIN):
                node.counts["new"] += 1
            elif row.kind is RowKind.KEPT:
                node.counts["kept"] += 1
            elif row.kind is RowKind.SKIPPED:
                node.counts["skipped"] += 1
            node.counts["conflicts"] += row.conflict
            node = node.parent


class PlanTreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PlanRow] = []
        self._filter = RowFilter()
        self._root = _Node(None)
        self._warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    # --- content ------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[PlanRow]) -> None:
        self._rows = list(rows)
        self._rebuild()

    def set_filter(self, row_filter: RowFilter) -> None:
        self._filter = row_filter
        self._rebuild()

    @property
    def visible_rows(self) -> list[PlanRow]:
        return [row for row in self._rows if self._filter.admits(row)]

    def _rebuild(self) -> None:
        self.beginResetModel()
        root = _Node(None)
        days: dict[date, _Node] = {}
        people: dict[tuple[date, str], _Node] = {}
        for row in self.visible_rows:
            day = days.get(row.day)
            if day is None:
                day = days[row.day] = _Node(root, day_text(row.day))
                root.children.append(day)
            key = (row.day, row.instructor)
            person = people.get(key)
            if person is None:
                person = people[key] = _Node(day, row.instructor)
                day.children.append(person)
            leaf = _Node(person, row=row)
            person.children.append(leaf)
            leaf.add(row)
        for day in root.children:
            day.children.sort(key=lambda node: node.label)
        self._root = root
        self.endResetModel()

    # --- QAbstractItemModel -------------------------------------------------------------------

    def _node(self, index: Index) -> _Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, _Node)
        return node

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root or parent.parent is None:
            return QModelIndex()
        return self.createIndex(parent.parent.children.index(parent), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        row = node.row
        if row is None:
            return self._group_data(node, index.column(), role)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return details_text(row) or None
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and row.conflict:
            return self._warning
        if role == Qt.ItemDataRole.FontRole and row.conflict:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.kind in (RowKind.KEPT, RowKind.SKIPPED):
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return details_text(row)
        return None

    def _cell(self, row: PlanRow, column: int) -> str:
        if column == 0:
            return time_text(row.at)
        if column == 1:
            return ", ".join(row.students)
        if column == 2:
            return row.service
        if column == 3:
            return kind_text(row.kind)
        return details_text(row)

    def _group_data(self, node: _Node, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return node.label
            if column == 1:
                return tr(_GROUP_SUMMARY).format(**node.counts)
            return None
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and node.counts["conflicts"]:
            return self._warning
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
