"""The week as a table model: instructors (or hours) × days, each cell a `WeekCell` summary."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from reinex_desktop.domain.calendar.status import StatusIcon
from reinex_desktop.domain.calendar.week import WeekCell
from reinex_desktop.services.calendar.week import WeekView
from reinex_desktop.ui.calendar.texts import status_text
from reinex_desktop.ui.formats import qdate
from reinex_desktop.ui.labels import isolate_ltr

AnyIndex = QModelIndex | QPersistentModelIndex
#: The `WeekCell` of an instructor × day cell (None in the by-hour mode).
CellRole = Qt.ItemDataRole.UserRole + 1
#: The lesson count of a by-hour cell.
CountRole = Qt.ItemDataRole.UserRole + 2
#: The day of the column (a `date`), None for the totals column.
DayRole = Qt.ItemDataRole.UserRole + 3
#: The instructor id of the row (text), None for totals and hours.
InstructorRole = Qt.ItemDataRole.UserRole + 4
#: True for a day the clinic is closed.
ClosedRole = Qt.ItemDataRole.UserRole + 5


class WeekMode(StrEnum):
    INSTRUCTORS = "instructors"
    HOURS = "hours"


class WeekModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: WeekView | None = None
        self.mode = WeekMode.INSTRUCTORS

    def set_week(self, view: WeekView, mode: WeekMode | None = None) -> None:
        self.beginResetModel()
        self.view = view
        if mode is not None:
            self.mode = mode
        self.endResetModel()

    def set_mode(self, mode: WeekMode) -> None:
        self.beginResetModel()
        self.mode = mode
        self.endResetModel()

    # --- shape ------------------------------------------------------------------------------------

    def _days(self) -> tuple[date, ...]:
        return self.view.summary.days if self.view else ()

    def _hours(self) -> list[int]:
        return self.view.summary.hours() if self.view else []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.view is None:
            return 0
        if self.mode is WeekMode.HOURS:
            return len(self._hours()) + 1
        return len(self.view.summary.instructors) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.view is None:
            return 0
        return len(self._days()) + 1

    def day_of(self, column: int) -> date | None:
        days = self._days()
        return days[column] if 0 <= column < len(days) else None

    def instructor_of(self, row: int) -> UUID | None:
        if self.view is None or self.mode is WeekMode.HOURS:
            return None
        instructors = self.view.summary.instructors
        return instructors[row].id if 0 <= row < len(instructors) else None

    # --- data -------------------------------------------------------------------------------------

    def cell(self, row: int, column: int) -> WeekCell | None:
        if self.view is None or self.mode is WeekMode.HOURS:
            return None
        summary = self.view.summary
        day = self.day_of(column)
        instructor = self.instructor_of(row)
        if instructor is not None and day is not None:
            return summary.cell(instructor, day)
        if instructor is not None:
            return summary.instructor_total(instructor)
        if day is not None:
            return summary.day_total(day)
        return _grand_total(self.view)

    def count(self, row: int, column: int) -> int:
        if self.view is None:
            return 0
        if self.mode is WeekMode.INSTRUCTORS:
            cell = self.cell(row, column)
            return cell.lessons if cell else 0
        hours = self._hours()
        by_hour = self.view.summary.by_hour
        days = [self.day_of(column)] if self.day_of(column) else list(self._days())
        chosen = [hours[row]] if 0 <= row < len(hours) else hours
        return sum(by_hour.get((hour, day), 0) for hour in chosen for day in days if day)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.view is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == CellRole:
            return self.cell(row, column)
        if role == CountRole:
            return self.count(row, column)
        if role == DayRole:
            return self.day_of(column)
        if role == InstructorRole:
            instructor = self.instructor_of(row)
            return str(instructor) if instructor else None
        if role == ClosedRole:
            day = self.day_of(column)
            return day is not None and day in self.view.summary.closed
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: int, column: int) -> str:
        cell = self.cell(row, column)
        if cell is None:
            return str(self.count(row, column))
        if cell.load is None:
            return self.tr("{count} lessons").format(count=cell.lessons)
        return self.tr("{count} lessons, {load}% booked").format(count=cell.lessons, load=round(cell.load * 100))

    def _tooltip(self, row: int, column: int) -> str:
        cell = self.cell(row, column)
        lines = [self._text(row, column)]
        if cell is not None:
            hours = cell.booked_minutes / 60
            lines.append(
                self.tr("{hours} hours booked, {students} students").format(
                    hours=QLocale().toString(hours, "f", 1), students=cell.participants
                )
            )
            lines += [f"{status_text(icon)}: {count}" for icon, count in _ordered(cell.icons)]
        day = self.day_of(column)
        if day is not None and self.view is not None and day in self.view.summary.closed:
            lines.append(self.view.holidays.get(day) or self.tr("The clinic is closed"))
        if day is not None:
            lines.append(self.tr("Click to open the day."))
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.view is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._day_header(section, role)
        return self._row_header(section, role)

    def _day_header(self, section: int, role: int) -> Any:
        day = self.day_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if day is None:
                return self.tr("Week") if section == len(self._days()) else None
            locale = QLocale()
            name = locale.dayName(qdate(day).dayOfWeek(), QLocale.FormatType.LongFormat)
            text = f"{name}\n{isolate_ltr(day.strftime('%d/%m'))}"
            holiday = self.view.holidays.get(day) if self.view else None
            return f"{text}\n{holiday}" if holiday else text
        if role == Qt.ItemDataRole.ToolTipRole and day is not None and self.view and day in self.view.summary.closed:
            return self.view.holidays.get(day) or self.tr("The clinic is closed")
        return None

    def _row_header(self, section: int, role: int) -> Any:
        assert self.view is not None
        if self.mode is WeekMode.HOURS:
            hours = self._hours()
            if role == Qt.ItemDataRole.DisplayRole:
                if 0 <= section < len(hours):
                    return isolate_ltr(f"{hours[section]:02d}:00")
                return self.tr("Total") if section == len(hours) else None
            return None
        instructors = self.view.summary.instructors
        if role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(instructors):
                return instructors[section].name
            return self.tr("Total") if section == len(instructors) else None
        if role == Qt.ItemDataRole.DecorationRole and 0 <= section < len(instructors):
            color = QColor(instructors[section].color or "")
            return color if color.isValid() else None
        return None


def _ordered(icons: dict[StatusIcon, int] | Any) -> list[tuple[StatusIcon, int]]:
    return [(icon, icons[icon]) for icon in StatusIcon if icons.get(icon)]


def _grand_total(view: WeekView) -> WeekCell:
    summary = view.summary
    cells = [summary.instructor_total(i.id) for i in summary.instructors]
    from collections import Counter

    icons: Counter[StatusIcon] = Counter()
    for cell in cells:
        icons.update(cell.icons)
    return WeekCell(
        sum(c.lessons for c in cells),
        sum(c.cancelled for c in cells),
        sum(c.participants for c in cells),
        sum(c.booked_minutes for c in cells),
        sum(c.available_minutes for c in cells),
        dict(icons),
    )
