"""The "Today" section: the clinic's day at a glance."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from reinex_desktop.domain.enums import LessonStatus
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.overview import DayOverview, day_overview
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.change_notices import NoticeRelay
from reinex_desktop.ui.formats import long_date
from reinex_desktop.ui.labels import label
from reinex_desktop.ui.payments.owing_panel import OwingFamiliesPanel


class OverviewView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._day = context.today()
        self.setObjectName("overview")
        self._title = QLabel(self)
        self._title.setObjectName("overviewTitle")
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self._title.setFont(font)
        self._title.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self._form = QFormLayout()
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)
        self._values: dict[str, QLabel] = {}
        rows = [
            ("lessons", self.tr("Lessons today")),
            ("participants", self.tr("Students expected")),
            ("teaching", self.tr("Instructors teaching")),
            *[(status.value, label(status)) for status in LessonStatus],
            ("instructors", self.tr("Active instructors")),
            ("students", self.tr("Active students")),
        ]
        for key, caption in rows:
            value = QLabel("—", self)
            value.setObjectName(f"overview_{key}")
            self._values[key] = value
            self._form.addRow(caption, value)
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setLayout(self._form)
        card.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 30)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(card)
        if context.user.can(Permission.FINANCIALS_VIEW):
            self.owing = OwingFamiliesPanel(context, self)
            layout.addWidget(self.owing, 1)
        else:
            layout.addStretch(1)
        self._notices = NoticeRelay(self, context, self._on_data_changed)  # on the GUI thread
        self.refresh()

    def show_date(self, day: date) -> None:
        self._day = day
        self.refresh()

    def refresh(self) -> None:
        day = self._day
        Operation(self, lambda: day_overview(self._context, day)).success(self._show).run()

    def _on_data_changed(self, areas: frozenset[str]) -> None:
        if "lessons" in areas or "students" in areas:
            self.refresh()

    def _show(self, overview: DayOverview) -> None:
        locale = QLocale()
        day_text = long_date(overview.day)
        self._title.setText(self.tr("{clinic} — {day}").format(clinic=overview.clinic_name, day=day_text))
        values = {
            "lessons": overview.lessons,
            "participants": overview.participants,
            "teaching": overview.instructors_teaching,
            "instructors": overview.active_instructors,
            "students": overview.active_students,
            **{status.value: count for status, count in overview.by_status.items()},
        }
        for key, number in values.items():
            self._values[key].setText(locale.toString(number))
