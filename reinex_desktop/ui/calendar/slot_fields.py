"""Instructor, date, quarter-hour time and length: the fields a booking and a reschedule share.

Times are the day's grid rows (real 15-minute steps in the clinic zone), so a daylight-saving day
offers exactly the times that exist on the clock that day.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from uuid import UUID

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QSpinBox, QWidget

from reinex_desktop.domain.calendar.moves import MAX_DURATION_MINUTES
from reinex_desktop.domain.calendar.rows import day_rows
from reinex_desktop.domain.clinic_time import SLOT_MINUTES
from reinex_desktop.services.calendar.catalog import CalendarCatalog
from reinex_desktop.ui.formats import pydate, qdate, use_long_date
from reinex_desktop.ui.labels import isolate_ltr


class SlotFields(QWidget):
    #: Any of the fields changed.
    changed = Signal()

    def __init__(self, catalog: CalendarCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.instructor = QComboBox(self)
        self.instructor.setObjectName("slotInstructor")
        for instructor in catalog.instructors:
            self.instructor.addItem(instructor.name, str(instructor.id))
        self.date = QDateEdit(self)
        self.date.setObjectName("slotDate")
        self.date.setCalendarPopup(True)
        use_long_date(self.date)
        self.time = QComboBox(self)
        self.time.setObjectName("slotTime")
        self.duration = QSpinBox(self)
        self.duration.setObjectName("slotDuration")
        self.duration.setRange(SLOT_MINUTES, MAX_DURATION_MINUTES)
        self.duration.setSingleStep(SLOT_MINUTES)
        self.duration.setSuffix(self.tr(" min"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Instructor:"), self.instructor)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Time:"), self.time)
        form.addRow(self.tr("&Length:"), self.duration)
        self.instructor.currentIndexChanged.connect(self.changed)
        self.date.dateChanged.connect(self._on_date_changed)
        self.time.currentIndexChanged.connect(self.changed)
        self.duration.valueChanged.connect(self.changed)

    def set_slot(self, instructor_id: UUID, start: datetime, minutes: int) -> None:
        index = self.instructor.findData(str(instructor_id))
        if index < 0:
            name = self._catalog.instructor_name(instructor_id) or "?"
            self.instructor.addItem(name, str(instructor_id))
            index = self.instructor.count() - 1
        self.instructor.setCurrentIndex(index)
        local = start.astimezone(self._catalog.zone)
        self.date.blockSignals(True)
        self.date.setDate(qdate(local.date()))
        self.date.blockSignals(False)
        self._fill_times(local.date(), start)
        self.duration.setValue(minutes)

    def _on_date_changed(self, value: QDate) -> None:
        previous = self.start()
        day = pydate(value)
        keep = None
        if previous is not None:
            local = previous.astimezone(self._catalog.zone)
            keep = datetime.combine(day, local.time(), tzinfo=self._catalog.zone)
        self._fill_times(day, keep)
        self.changed.emit()

    def _fill_times(self, day: date, select: datetime | None) -> None:
        rows = day_rows(day, self._catalog.settings, self._catalog.zone, extra=[(select, 15)] if select else [])
        self.time.blockSignals(True)
        self.time.clear()
        chosen = 0
        for row in rows.rows:
            label = row.label() + (" *" if row.fold else "")
            self.time.addItem(isolate_ltr(label), row.start.isoformat())
            if select is not None and row.start == select:
                chosen = self.time.count() - 1
        if select is not None and rows.row_at(select) is not None and not chosen:
            chosen = rows.row_at(select) or 0
        self.time.setCurrentIndex(chosen)
        self.time.blockSignals(False)

    def instructor_id(self) -> UUID | None:
        data = self.instructor.currentData()
        return UUID(data) if data else None

    def start(self) -> datetime | None:
        data = self.time.currentData()
        return datetime.fromisoformat(data) if data else None

    def minutes(self) -> int:
        return self.duration.value()

    def end(self) -> datetime | None:
        start = self.start()
        return start + timedelta(minutes=self.minutes()) if start else None
