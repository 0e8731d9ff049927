"""The "Today" section: today's and the next business day's counts, and what needs a person now.

Each line of "Needs attention" is a button that opens the place that resolves it: the
confirmations round of the next business day, a day of the calendar, a student's profile or the
roster, the sync's attention dialog, the waiting list.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.enums import LessonStatus
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.domain.sync.status import SyncStatus
from reinex_desktop.domain.today import Attention, AttentionKind
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.overview import DayOverview, TodayOverview, today_overview
from reinex_desktop.services.sync.status import SyncService
from reinex_desktop.ui.background import Operation, show_failure
from reinex_desktop.ui.change_notices import NoticeRelay
from reinex_desktop.ui.formats import long_date
from reinex_desktop.ui.labels import label
from reinex_desktop.ui.payments.owing_panel import OwingFamiliesPanel

#: The areas whose change can change a count or a line of the screen.
TODAY_AREAS = frozenset(
    {"lessons", "students", "money", "payments", "waiting_list", "sync", "settings", "catalog", "capabilities"}
)
#: The section that resolves each kind of line (the sync's lines open its attention dialog).
SECTIONS: dict[AttentionKind, str] = {
    AttentionKind.UNCONFIRMED: "confirmations",
    AttentionKind.CONFLICTS: "day",
    AttentionKind.UNDOCUMENTED: "day",
    AttentionKind.EXHAUSTED: "students",
    AttentionKind.LOW_BALANCE: "students",
    AttentionKind.SYNC: "",
    AttentionKind.WAITING_MATCHES: "waiting_list",
}


class _SyncRelay(QObject):
    #: How many writes need attention, as the sync last reported (emitted on the sync's thread).
    attention = Signal(int)


class DayCard(QGroupBox):
    """One day's counts."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"overviewDay_{key}")
        self._form = QFormLayout(self)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)
        self.values: dict[str, QLabel] = {}
        rows = [
            ("lessons", self.tr("Lessons")),
            ("participants", self.tr("Students expected")),
            ("teaching", self.tr("Instructors teaching")),
            *[(status.value, label(status)) for status in LessonStatus],
        ]
        for name, caption in rows:
            value = QLabel("—", self)
            value.setObjectName(f"overview_{key}_{name}" if key != "today" else f"overview_{name}")
            self.values[name] = value
            self._form.addRow(caption, value)

    def show_day(self, title: str, overview: DayOverview) -> None:
        locale = QLocale()
        self.setTitle(title.format(day=long_date(overview.day)))
        values = {
            "lessons": overview.lessons,
            "participants": overview.participants,
            "teaching": overview.instructors_teaching,
            **{status.value: count for status, count in overview.by_status.items()},
        }
        for name, number in values.items():
            self.values[name].setText(locale.toString(number))


class OverviewView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._day = context.today()
        self.overview: TodayOverview | None = None
        self._loading = False
        self._again = False
        self.setObjectName("overview")
        self._title = QLabel(self)
        self._title.setObjectName("overviewTitle")
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self._title.setFont(font)
        self._title.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.today_card = DayCard("today", self)
        self.next_card = DayCard("next", self)
        self._totals = QLabel(self)
        self._totals.setObjectName("overviewTotals")
        cards = QHBoxLayout()
        cards.addWidget(self.today_card)
        cards.addWidget(self.next_card)
        cards.addStretch(1)
        self.attention_box = QGroupBox(self.tr("Needs attention"), self)
        self.attention_box.setObjectName("overviewAttention")
        self._attention_layout = QVBoxLayout(self.attention_box)
        self.nothing = QLabel(self.tr("Nothing needs attention right now."), self.attention_box)
        self.nothing.setObjectName("overviewNothing")
        self._attention_layout.addWidget(self.nothing)
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(cards)
        layout.addWidget(self._totals)
        layout.addWidget(self.attention_box)
        if context.user.can(Permission.FINANCIALS_VIEW):
            self.owing = OwingFamiliesPanel(context, self)
            layout.addWidget(self.owing, 1)
        else:
            layout.addStretch(1)
        self._notices = NoticeRelay(self, context, self._on_data_changed)  # on the GUI thread
        self._follow_sync(context)
        self.refresh()

    def _follow_sync(self, context: AppContext) -> None:
        """A write the sync could not apply changes the "needs attention" line, with or without data."""
        service = SyncService(context)
        relay = _SyncRelay(self)
        relay.attention.connect(self._on_sync_attention)  # queued onto the GUI thread from the sync's

        def listener(status: SyncStatus, _areas: frozenset[str]) -> None:
            try:
                relay.attention.emit(status.attention)
            except RuntimeError:  # the screen is gone
                service.unsubscribe(listener)

        service.subscribe(listener)
        self.destroyed.connect(lambda _obj=None: service.unsubscribe(listener))

    def _on_sync_attention(self, count: int) -> None:
        shown = (
            sum(item.count for item in self.overview.attention if item.kind is AttentionKind.SYNC)
            if self.overview
            else 0
        )
        if count != shown:
            self.refresh()

    def show_date(self, day: date) -> None:
        self._day = day
        self.refresh()

    def refresh(self) -> None:
        """Reload in the background; notices that arrive meanwhile give one more reload, not one each."""
        if self._loading:
            self._again = True
            return
        self._loading, self._again = True, False
        day = self._day
        Operation(self, lambda: today_overview(self._context, day)).success(self._show).failure(self._failed).run()

    def _loaded(self) -> None:
        self._loading = False
        if self._again:
            self.refresh()

    def _failed(self, error: Exception) -> None:
        self._loaded()
        show_failure(self, error)

    def _on_data_changed(self, areas: frozenset[str]) -> None:
        if areas & TODAY_AREAS:
            self.refresh()

    def _show(self, overview: TodayOverview) -> None:
        if self._again:  # something changed while this was read: the newer reload shows it
            self._loaded()
            return
        self._loading = False
        self.overview = overview
        today = overview.today
        self._title.setText(self.tr("{clinic} — {day}").format(clinic=today.clinic_name, day=long_date(today.day)))
        self.today_card.show_day(self.tr("Today, {day}"), today)
        self.next_card.show_day(self.tr("Next business day, {day}"), overview.next_day)
        self._totals.setText(
            self.tr("Active instructors: {instructors} · Active students: {students}").format(
                instructors=QLocale().toString(today.active_instructors),
                students=QLocale().toString(today.active_students),
            )
        )
        for button in self.buttons:
            self._attention_layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for item in overview.attention:
            button = QPushButton(self.attention_text(item), self.attention_box)
            button.setObjectName(f"attention_{item.kind.value}")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            # Reads as a link on its own line (the leading edge follows the layout direction).
            button.setStyleSheet("text-align: left; padding: 3px; color: palette(link); text-decoration: underline;")
            button.clicked.connect(lambda _checked=False, chosen=item: self.resolve(chosen))
            self._attention_layout.addWidget(button)
            self.buttons.append(button)
        self.nothing.setVisible(not self.buttons)

    def attention_text(self, item: Attention) -> str:
        """The line of `item` in Qt's `%n` plural forms (each `tr` spelled out so the catalog sees it)."""
        n = item.count
        match item.kind:
            case AttentionKind.UNCONFIRMED:
                text = self.tr("%n families not yet confirmed for {day}", "", n)
            case AttentionKind.CONFLICTS:
                text = self.tr("%n lessons in a conflict on {day}", "", n)
            case AttentionKind.UNDOCUMENTED:
                text = self.tr("%n lessons not yet documented on {day}", "", n)
            case AttentionKind.EXHAUSTED:
                text = self.tr("%n students with a used-up balance", "", n)
            case AttentionKind.LOW_BALANCE:
                text = self.tr("%n students with a low balance", "", n)
            case AttentionKind.SYNC:
                text = self.tr("%n changes that need attention before they sync", "", n)
            case AttentionKind.WAITING_MATCHES:
                text = self.tr("%n freed slots fit a family on the waiting list", "", n)
        return text.format(day=long_date(item.day) if item.day is not None else "")

    def resolve(self, item: Attention) -> None:
        """Open the place that resolves `item`."""
        if item.kind is AttentionKind.SYNC:
            self._open_sync_attention()
            return
        if item.student_id is not None:
            from reinex_desktop.ui.students import open_student

            open_student(self._context, item.student_id, self.window())
            return
        section = SECTIONS[item.kind]
        opener = getattr(self.window(), "open_section", None)
        if opener is None:
            return
        try:
            opener(section, item.day)
        except KeyError:  # the section is not offered to this user
            return

    def _open_sync_attention(self) -> None:
        from reinex_desktop.ui.sync.attention_panel import AttentionDialog

        dialog = AttentionDialog(self._context, self.window())
        dialog.day_requested.connect(self._open_day)
        dialog.open()

    def _open_day(self, day: date) -> None:
        opener = getattr(self.window(), "open_section", None)
        if opener is not None:
            try:
                opener("day", day)
            except KeyError:
                return
