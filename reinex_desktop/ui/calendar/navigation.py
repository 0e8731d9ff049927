"""The day screen's navigation bar: previous / today / next, a date picker with Hebrew day names,
the week strip, and the instructor filter."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from uuid import UUID

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QMenu,
    QStyle,
    QToolButton,
    QWidget,
)

from reinex_desktop.domain.catalog import Instructor
from reinex_desktop.domain.clinic_time import week_start
from reinex_desktop.ui.formats import pydate, qdate, use_long_date


class WeekStrip(QWidget):
    """Sunday to Saturday of the shown week, one button per day: the day's short name and date."""

    #: A day button was pressed.
    day_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekStrip")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._days: list[date] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.buttons: list[QToolButton] = []
        for n in range(7):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setObjectName(f"weekDay{n}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self._group.addButton(button, n)
            layout.addWidget(button)
            self.buttons.append(button)
        self._group.idClicked.connect(lambda n: self.day_chosen.emit(self._days[n]))

    def show_week_of(self, day: date, closed: Sequence[date] = ()) -> None:
        locale = QLocale()
        first = week_start(day)
        self._days = [first + timedelta(days=n) for n in range(7)]
        for n, (button, current) in enumerate(zip(self.buttons, self._days, strict=True)):
            name = locale.dayName(qdate(current).dayOfWeek(), QLocale.FormatType.NarrowFormat)
            button.setText(f"{name}\n{current.day}")
            long_name = locale.toString(qdate(current), QLocale.FormatType.LongFormat)
            button.setToolTip(long_name)
            button.setAccessibleName(long_name)
            button.setChecked(current == day)
            font = button.font()
            font.setItalic(current in closed)
            button.setFont(font)
            button.setProperty("dayIndex", n)


class DayNavigation(QWidget):
    #: The user asked for another day.
    day_requested = Signal(object)
    #: The instructor filter changed: a set of ids, or None for everyone.
    filter_changed = Signal(object)
    #: "Show cancelled lessons" toggled.
    cancelled_toggled = Signal(bool)

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayNavigation")
        self._day = day
        self.previous = self._button("previousDay", self.tr("Previous day"), QStyle.StandardPixmap.SP_ArrowBack)
        self.previous.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.today = QToolButton(self)
        self.today.setObjectName("today")
        self.today.setText(self.tr("Today"))
        self.today.setToolTip(self.tr("Today (Ctrl+T)"))
        self.today.setShortcut(QKeySequence("Ctrl+T"))
        self.next = self._button("nextDay", self.tr("Next day"), QStyle.StandardPixmap.SP_ArrowForward)
        self.next.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.picker = QDateEdit(self)
        self.picker.setObjectName("dayPicker")
        self.picker.setAccessibleName(self.tr("Date"))
        self.picker.setCalendarPopup(True)
        use_long_date(self.picker)
        self.picker.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Sunday)
        self.strip = WeekStrip(self)
        self.filter = QToolButton(self)
        self.filter.setObjectName("instructorFilter")
        self.filter.setText(self.tr("All instructors"))
        self.filter.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.filter.setAccessibleName(self.tr("Instructor filter"))
        self._menu = QMenu(self.filter)
        self.filter.setMenu(self._menu)
        self._instructor_actions: dict[UUID, QAction] = {}
        self.show_cancelled = QAction(self.tr("Show cancelled lessons"), self)
        self.show_cancelled.setCheckable(True)
        self.show_cancelled.setChecked(True)
        self.show_cancelled.toggled.connect(self.cancelled_toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous, self.today, self.next, self.picker, self.strip):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.filter)
        self.previous.clicked.connect(lambda: self.day_requested.emit(self._day - timedelta(days=1)))
        self.next.clicked.connect(lambda: self.day_requested.emit(self._day + timedelta(days=1)))
        self.picker.dateChanged.connect(self._on_picked)
        self.strip.day_chosen.connect(self.day_requested)

    def _button(self, name: str, text: str, icon: QStyle.StandardPixmap) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setIcon(self.style().standardIcon(icon, None, self))
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setAutoRaise(True)
        return button

    def show_day(self, day: date, closed: Sequence[date] = ()) -> None:
        self._day = day
        self.picker.blockSignals(True)
        self.picker.setDate(qdate(day))
        self.picker.blockSignals(False)
        self.strip.show_week_of(day, closed)

    def _on_picked(self, value: QDate) -> None:
        day = pydate(value)
        if day != self._day:
            self.day_requested.emit(day)

    def set_instructors(self, instructors: Sequence[Instructor], visible: set[UUID] | None) -> None:
        self._menu.clear()
        everyone = self._menu.addAction(self.tr("All instructors"))
        everyone.triggered.connect(lambda: self._set_filter(None))
        self._menu.addSeparator()
        self._instructor_actions = {}
        for instructor in instructors:
            action = self._menu.addAction(instructor.name)
            action.setCheckable(True)
            action.setChecked(visible is None or instructor.id in visible)
            action.toggled.connect(lambda _on: self._emit_filter())
            self._instructor_actions[instructor.id] = action
        self._menu.addSeparator()
        self._menu.addAction(self.show_cancelled)
        self._describe(visible)

    def _set_filter(self, visible: set[UUID] | None) -> None:
        for instructor_id, action in self._instructor_actions.items():
            action.blockSignals(True)
            action.setChecked(visible is None or instructor_id in visible)
            action.blockSignals(False)
        self._describe(visible)
        self.filter_changed.emit(visible)

    def _emit_filter(self) -> None:
        chosen = {i for i, action in self._instructor_actions.items() if action.isChecked()}
        visible = None if len(chosen) == len(self._instructor_actions) else chosen
        self._describe(visible)
        self.filter_changed.emit(visible)

    def _describe(self, visible: set[UUID] | None) -> None:
        if visible is None:
            self.filter.setText(self.tr("All instructors"))
        else:
            self.filter.setText(self.tr("{count} instructors").format(count=len(visible)))
