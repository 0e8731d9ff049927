"""The "Week" section for managers: instructors × days (or hours × days) with lesson counts, how
full each instructor is, and the same status colors as the day grid; a click opens the day
(REQUIREMENTS screen 2)."""

from __future__ import annotations

from datetime import date, timedelta
from uuid import UUID

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.calendar.status import StatusIcon
from reinex_desktop.domain.calendar.week import WeekCell
from reinex_desktop.services.calendar.day import CalendarService
from reinex_desktop.services.calendar.week import WeekView, open_week
from reinex_desktop.services.context import AppContext
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.calendar import prompts
from reinex_desktop.ui.calendar.grid_paint import STATUS_COLORS
from reinex_desktop.ui.calendar.week_model import CellRole, ClosedRole, CountRole, WeekMode, WeekModel
from reinex_desktop.ui.formats import qdate

AnyIndex = QModelIndex | QPersistentModelIndex


def load_color(load: float, palette: QPalette) -> QColor:
    """Green while there is room, amber when nearly full, red when overbooked."""
    if load > 1.0:
        return QColor("#c62828")
    if load >= 0.85:
        return QColor("#f9a825")
    return QColor(palette.color(QPalette.ColorRole.Highlight))


class WeekCellDelegate(QStyledItemDelegate):
    """A cell: the lesson count, a load bar, and a dot per status with its count."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        palette = option.palette
        rect = option.rect
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight).lighter(170))
        elif index.data(ClosedRole):
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        cell: WeekCell | None = index.data(CellRole)
        count = cell.lessons if cell is not None else int(index.data(CountRole) or 0)
        metrics = option.fontMetrics
        line = metrics.lineSpacing()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        top = QRectF(rect.x(), rect.y() + 3, rect.width(), line)
        painter.drawText(top, Qt.AlignmentFlag.AlignCenter, QLocale().toString(count) if count else "–")
        if cell is not None:
            rtl = option.direction == Qt.LayoutDirection.RightToLeft
            bar = QRectF(rect.x() + 6, rect.y() + line + 6, rect.width() - 12, 5)
            self._paint_load(painter, cell, bar, palette, rtl)
            self._paint_icons(painter, cell, QRectF(rect.x(), rect.y() + line + 14, rect.width(), line), option)
        painter.restore()

    @staticmethod
    def _paint_load(painter: QPainter, cell: WeekCell, bar: QRectF, palette: QPalette, rtl: bool) -> None:
        load = cell.load
        if load is None:
            return
        painter.fillRect(bar, palette.color(QPalette.ColorRole.Midlight))
        filled = QRectF(bar)
        filled.setWidth(bar.width() * min(load, 1.0))
        if rtl:
            filled.moveRight(bar.right())
        painter.fillRect(filled, load_color(load, palette))

    @staticmethod
    def _paint_icons(painter: QPainter, cell: WeekCell, area: QRectF, option: QStyleOptionViewItem) -> None:
        shown = [(icon, n) for icon in StatusIcon if (n := cell.icons.get(icon, 0))]
        if not shown:
            return
        metrics = option.fontMetrics
        dot = metrics.height() * 0.55
        widths = [dot + 3 + metrics.horizontalAdvance(str(n)) + 8 for _icon, n in shown]
        x = area.center().x() - sum(widths) / 2
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        if rtl:
            x = area.center().x() + sum(widths) / 2
        painter.setFont(option.font)
        for (icon, n), width in zip(shown, widths, strict=True):
            start = x - width if rtl else x
            circle = QRectF(start, area.y() + (area.height() - dot) / 2, dot, dot)
            if rtl:
                circle.moveRight(x)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(STATUS_COLORS[icon])
            painter.drawEllipse(circle)
            painter.setPen(option.palette.color(QPalette.ColorRole.Text))
            text_rect = QRectF(start, area.y(), width - dot - 3, area.height())
            if not rtl:
                text_rect.moveLeft(circle.right() + 3)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter, str(n))
            x = start if rtl else x + width

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        metrics = option.fontMetrics
        return QSize(metrics.horizontalAdvance("M") * 12, metrics.lineSpacing() * 2 + 20)


class WeekCalendarView(QWidget):
    #: A cell was clicked: open this day (and this instructor's column when given).
    day_requested = Signal(object, object)
    _areas_changed = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekCalendar")
        self._context = context
        self.service = CalendarService(context)
        self._day = context.today()
        self._loading = 0
        self.view: WeekView | None = None
        self.title = QLabel(self)
        self.title.setObjectName("weekTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.previous = self._button("previousWeek", self.tr("Previous week"), QStyle.StandardPixmap.SP_ArrowBack)
        self.this_week = QToolButton(self)
        self.this_week.setObjectName("thisWeek")
        self.this_week.setText(self.tr("This week"))
        self.next = self._button("nextWeek", self.tr("Next week"), QStyle.StandardPixmap.SP_ArrowForward)
        self.by_instructor = QRadioButton(self.tr("By instructor"), self)
        self.by_hour = QRadioButton(self.tr("By hour"), self)
        self.by_instructor.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.by_instructor)
        modes.addButton(self.by_hour)
        self.model = WeekModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("weekTable")
        self.table.setAccessibleName(self.tr("Week overview"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(WeekCellDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("weekSummary")
        bar = QHBoxLayout()
        for widget in (self.previous, self.this_week, self.next, self.title):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.by_instructor)
        bar.addWidget(self.by_hour)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.previous.clicked.connect(lambda: self.show_date(self._day - timedelta(days=7)))
        self.next.clicked.connect(lambda: self.show_date(self._day + timedelta(days=7)))
        self.this_week.clicked.connect(lambda: self.show_date(self._context.today()))
        self.by_hour.toggled.connect(self._on_mode)
        self.table.clicked.connect(self.open_cell)
        self.table.activated.connect(self.open_cell)
        self._areas_changed.connect(self._on_areas_changed, Qt.ConnectionType.QueuedConnection)
        context.notices.subscribe(self._on_data_changed)
        self.refresh()

    def _button(self, name: str, text: str, icon: QStyle.StandardPixmap) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setIcon(self.style().standardIcon(icon, None, self))
        button.setToolTip(text)
        button.setAccessibleName(text)
        return button

    def show_date(self, day: date) -> None:
        """Open the week holding `day` (also used by `--view week --date D`)."""
        self._day = day
        self.refresh()

    def refresh(self) -> None:
        self._loading += 1
        ticket, service, day = self._loading, self.service, self._day
        Operation(self, lambda: open_week(service, day)).success(lambda view: self._show(view, ticket)).failure(
            lambda error: self.summary.setText(prompts.error_text(error))
        ).run()

    def _show(self, view: WeekView, ticket: int) -> None:
        if ticket != self._loading:
            return
        self.view = view
        self.model.set_week(view)
        days = view.summary.days
        locale = QLocale()
        # The date formats are the translator's: Hebrew writes "22 בנובמבר".
        self.title.setText(
            self.tr("{first} – {last}").format(
                first=locale.toString(qdate(days[0]), self.tr("d MMMM")),
                last=locale.toString(qdate(days[-1]), self.tr("d MMMM yyyy")),
            )
        )
        lessons = sum(view.summary.day_total(d).lessons for d in days)
        cancelled = sum(view.summary.day_total(d).cancelled for d in days)
        attention = sum(view.summary.day_total(d).icons.get(StatusIcon.ATTENTION, 0) for d in days)
        self.summary.setText(
            self.tr("{lessons} lessons this week · {cancelled} cancelled · {attention} need attention").format(
                lessons=lessons, cancelled=cancelled, attention=attention
            )
        )

    def _on_mode(self, by_hour: bool) -> None:
        self.model.set_mode(WeekMode.HOURS if by_hour else WeekMode.INSTRUCTORS)

    def open_cell(self, index: QModelIndex) -> None:
        """Click-through: the day of the cell in the day calendar, on the instructor's column."""
        day = self.model.day_of(index.column())
        if day is None:
            return
        instructor: UUID | None = self.model.instructor_of(index.row())
        self.day_requested.emit(day, instructor)
        window = self.window()
        opener = getattr(window, "open_section", None)
        if callable(opener):
            try:
                widget = opener("day", day)
            except KeyError:
                return
            if instructor is not None and hasattr(widget, "focus_instructor"):
                widget.focus_instructor(instructor)

    def _on_data_changed(self, areas: frozenset[str]) -> None:
        try:
            self._areas_changed.emit(areas)
        except RuntimeError:
            self._context.notices.unsubscribe(self._on_data_changed)

    def _on_areas_changed(self, areas: frozenset[str]) -> None:
        if self.service.data_changed(areas):
            self.refresh()
