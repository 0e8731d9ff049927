"""The "Day" section: the daily calendar grid with its navigation, lesson details and pinboard.

The screen the front desk looks at all day (REQUIREMENTS screen 1). It reads a prepared day from
the services (in the background), hands it to `DayGridView` to paint, and carries out what the grid
and the panels ask — bookings, moves, attendance, messages — through the services, asking first
whenever a change would cause a conflict.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any
from uuid import UUID

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.attendance.rules import AttendanceAction
from reinex_desktop.domain.calendar.moves import Placement
from reinex_desktop.domain.calendar.rules import is_movable
from reinex_desktop.domain.calendar.status import StatusIcon
from reinex_desktop.domain.clinic_time import week_start
from reinex_desktop.domain.conflicts import Conflict
from reinex_desktop.domain.enums import LessonStatus
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.services.attendance import AttendanceService, ChargePreview
from reinex_desktop.services.calendar import scheduling
from reinex_desktop.services.calendar.day import CalendarService, DayView
from reinex_desktop.services.calendar.details import LessonDetails, lesson_details
from reinex_desktop.services.calendar.finder import next_lesson
from reinex_desktop.services.calendar.pinboard import Pinboard, PinStore
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.payments import may_record
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.calendar import attendance_prompts, cancel_prompts, prompts
from reinex_desktop.ui.calendar.booking_dialog import BookingDialog
from reinex_desktop.ui.calendar.day_grid import DayGridView
from reinex_desktop.ui.calendar.details_panel import PARTICIPANT_ACTIONS, DetailsPanel, action_label
from reinex_desktop.ui.calendar.free_slot_dialog import FreeSlotDialog
from reinex_desktop.ui.calendar.grid_density import DensityControls
from reinex_desktop.ui.calendar.jump_dialog import JumpDialog
from reinex_desktop.ui.calendar.navigation import DayNavigation
from reinex_desktop.ui.calendar.participant_dialog import AddParticipantDialog
from reinex_desktop.ui.calendar.pinboard_panel import PinboardPanel
from reinex_desktop.ui.calendar.print_dialog import PrintDayDialog
from reinex_desktop.ui.calendar.reschedule_dialog import RescheduleDialog
from reinex_desktop.ui.formats import qdate
from reinex_desktop.ui.labels import isolate_ltr
from reinex_desktop.ui.waiting_list.fill_slot import add_fill_slot_action

log = logging.getLogger(__name__)


class SettingsPinStore:
    """The pinboard of this workstation, kept in the user's settings."""

    KEY = "calendar/pinboard"

    def load(self) -> list[str]:
        value = QSettings().value(self.KEY, [])
        return [str(v) for v in value] if isinstance(value, list) else ([str(value)] if value else [])

    def save(self, ids: list[str]) -> None:
        QSettings().setValue(self.KEY, ids)


class DayCalendarView(QWidget):
    #: Change notices arrive from any thread; this hops them onto the GUI thread.
    _areas_changed = Signal(object)
    #: A day finished loading and is on screen.
    day_shown = Signal(object)

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, pin_store: PinStore | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dayCalendar")
        self._context = context
        self.service = CalendarService(context)
        self.attendance = AttendanceService(context)
        self.pinboard = Pinboard(context, pin_store or SettingsPinStore())
        self.view: DayView | None = None
        self._day = context.today()
        self._visible: set[UUID] | None = None
        self._show_cancelled = True
        self._loading = 0
        self._follow: UUID | None = None
        self._details_for: UUID | None = None
        self._build()
        self._areas_changed.connect(self._on_areas_changed, Qt.ConnectionType.QueuedConnection)
        context.notices.subscribe(self._on_data_changed)
        self.refresh()

    # --- construction ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.navigation = DayNavigation(self._day, self)
        self.title = QLabel(self)
        self.title.setObjectName("dayTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.banner = QLabel(self)
        self.banner.setObjectName("dayBanner")
        self.grid = DayGridView(self)
        self.grid.clock = self.service.now
        self.details = DetailsPanel(self)
        self.pins = PinboardPanel(self)
        side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(self.details)
        side.addWidget(self.pins)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 1)
        self.side = side
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.grid)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setCollapsible(0, False)
        split.setSizes([780, 260])
        self.splitter = split
        self.book_button = QPushButton(self.tr("Book…"), self)
        self.book_button.setObjectName("bookButton")
        self.book_button.setToolTip(self.tr("Book a one-time lesson at the focused cell (Ctrl+N)"))
        self.find_button = QPushButton(self.tr("Find a free slot…"), self)
        self.find_button.setObjectName("findSlotButton")
        self.jump_button = QPushButton(self.tr("Student's next lesson…"), self)
        self.jump_button.setObjectName("jumpButton")
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printButton")
        self.summary = QLabel(self)
        self.summary.setObjectName("daySummary")
        self.density = DensityControls(self.grid, side, self)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.banner, 1)
        top.addWidget(self.density)
        for button in (self.book_button, self.find_button, self.jump_button, self.print_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.navigation)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        self._shortcut(QKeySequence("Ctrl+N"), self.book_at_focus)
        self._shortcut(QKeySequence("Ctrl+F"), self.find_free_slot)
        self._shortcut(QKeySequence("Ctrl+J"), self.jump_to_student)
        self._shortcut(QKeySequence.StandardKey.Print, self.print_day)
        self._shortcut(QKeySequence("Ctrl+G"), self.grid.setFocus)
        self._wire()
        self.pins.setVisible(self._context.user.can(Permission.SCHEDULE_MANAGE))
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(120)
        self._details_timer.timeout.connect(self._load_details)

    def _shortcut(self, keys: QKeySequence | QKeySequence.StandardKey, slot: Any) -> None:
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    def _wire(self) -> None:
        nav = self.navigation
        nav.day_requested.connect(self.show_date)
        nav.today.clicked.connect(lambda: self.show_date(self.service.today()))
        nav.filter_changed.connect(self._on_filter_changed)
        nav.cancelled_toggled.connect(self._on_cancelled_toggled)
        grid = self.grid
        grid.lesson_activated.connect(self.open_lesson)
        grid.booking_requested.connect(self.book_at)
        grid.move_requested.connect(lambda lesson, target, via: self.move_lesson(lesson, target, via))
        grid.lesson_dropped.connect(self._on_lesson_dropped)
        grid.context_menu_requested.connect(self._on_context_menu)
        grid.selection_changed.connect(self._on_selection_changed)
        details = self.details
        details.attendance_requested.connect(self.record_attendance)
        details.message_requested.connect(self.send_message)
        details.reschedule_requested.connect(self.reschedule_by_dialog)
        details.add_participant_requested.connect(self.add_participant)
        details.pin_requested.connect(self.pin_lesson)
        details.set_messages_available(self._context.user.can(Permission.WHATSAPP_MANUAL))
        details.set_payments_available(may_record(self._context))
        details.payment_requested.connect(self.take_payment)
        self.pins.pin_requested.connect(self.pin_lesson)
        self.pins.unpin_requested.connect(self.unpin_lesson)
        self.pins.place_requested.connect(self.place_pinned_at_focus)
        self.book_button.clicked.connect(self.book_at_focus)
        self.find_button.clicked.connect(self.find_free_slot)
        self.jump_button.clicked.connect(self.jump_to_student)
        self.print_button.clicked.connect(self.print_day)

    # --- loading --------------------------------------------------------------------------------

    def show_date(self, day: date) -> None:
        """Open `day` (also used by `--view day --date D`)."""
        if day != self._day:
            self._day = day
            self._details_for = None
        self.refresh()

    def current_day(self) -> date:
        return self._day

    def refresh(self, *, keep_focus: bool = False) -> None:
        self._loading += 1
        ticket, day = self._loading, self._day
        visible, cancelled = self._visible, self._show_cancelled
        service = self.service
        Operation(self, lambda: service.open_day(day, visible=visible, show_cancelled=cancelled)).success(
            lambda view: self._show(view, ticket, keep_focus)
        ).failure(self._on_load_failed).run()

    def _show(self, view: DayView, ticket: int, keep_focus: bool) -> None:
        if ticket != self._loading:
            return  # a newer day was asked for meanwhile
        first_time = self.view is None
        self.view = view
        self.grid.set_day(view, self.service.now(), keep_focus=keep_focus)
        self.navigation.show_day(view.day, self._closed_days(view))
        if first_time:
            self.navigation.set_instructors(view.catalog.instructors, self._visible)
            self.navigation.filter.setVisible(len(view.catalog.instructors) > 1 and view.layout.columns != ())
        self._show_titles(view)
        for button in (self.book_button, self.find_button):
            button.setEnabled(view.can_schedule)
        if self._follow is not None:
            self.grid.select_lesson(self._follow)
            self._follow = None
        self._reload_pins()
        self._schedule_details()
        self._prefetch_neighbours(view.day)
        self.day_shown.emit(view.day)

    def _prefetch_neighbours(self, day: date) -> None:
        """Prepare the day before and after in the background, so the next switch is instant."""
        service, visible, cancelled = self.service, self._visible, self._show_cancelled
        neighbours = [day - timedelta(days=1), day + timedelta(days=1)]
        Operation(self, lambda: service.prefetch(neighbours, visible=visible, show_cancelled=cancelled)).failure(
            lambda error: log.info("preparing the neighbouring days failed: %s", error)
        ).run()

    def _closed_days(self, view: DayView) -> list[date]:
        first = week_start(view.day)
        return list(view.catalog.closed_days(first, first + timedelta(days=6)))

    def _show_titles(self, view: DayView) -> None:
        locale = QLocale()
        self.title.setText(locale.toString(qdate(view.day), QLocale.FormatType.LongFormat))
        reasons = {
            "holiday": self.tr("Holiday: {name} — the clinic is closed.").format(name=view.holiday),
            "closure": self.tr("The clinic is closed on this day."),
            "closed_weekday": self.tr("The clinic does not open on this weekday."),
        }
        self.banner.setText(reasons.get(view.closed, ""))
        blocks = view.layout.blocks
        live = [b for b in blocks if not b.cancelled]
        attention = sum(1 for b in live if b.icon is StatusIcon.ATTENTION)
        conflicts = sum(1 for b in live if b.conflicted)
        parts = [
            self.tr("{count} lessons").format(count=len(live)),
            self.tr("{count} students").format(count=sum(b.count for b in live)),
            self.tr("{count} cancelled").format(count=len(blocks) - len(live)),
            self.tr("{count} need attention").format(count=attention),
            self.tr("{count} in conflict").format(count=conflicts),
        ]
        self.summary.setText(" · ".join(parts))
        self.grid.setAccessibleDescription(self.grid.focus_description())

    def _on_load_failed(self, error: Exception) -> None:
        log.error("the day could not be opened", exc_info=error)
        self.banner.setText(prompts.error_text(error))

    def _on_data_changed(self, areas: frozenset[str]) -> None:
        try:
            self._areas_changed.emit(areas)
        except RuntimeError:  # the screen was closed: stop listening
            self._context.notices.unsubscribe(self._on_data_changed)

    def _on_areas_changed(self, areas: frozenset[str]) -> None:
        if self.service.data_changed(areas):
            self.refresh(keep_focus=True)

    def _on_filter_changed(self, visible: set[UUID] | None) -> None:
        self._visible = visible
        self.refresh(keep_focus=False)

    def _on_cancelled_toggled(self, shown: bool) -> None:
        self._show_cancelled = shown
        self.refresh(keep_focus=True)

    def focus_instructor(self, instructor_id: UUID) -> None:
        """Scroll to an instructor's column (the week view's click-through)."""
        self.grid.focus_instructor(instructor_id)

    # --- details --------------------------------------------------------------------------------

    def _on_selection_changed(self, lesson_id: UUID | None) -> None:
        self._details_for = lesson_id
        self._schedule_details()

    def _schedule_details(self) -> None:
        self._details_timer.start()

    def _load_details(self) -> None:
        lesson_id = self._details_for
        if lesson_id is None or self.view is None:
            self.details.show_details(None)
            return
        context, catalog, attendance = self._context, self.view.catalog, self.attendance

        def work() -> tuple[LessonDetails | None, dict[UUID, frozenset[AttendanceAction]]]:
            found = lesson_details(context, catalog, lesson_id)
            allowed = {}
            if found is not None:
                allowed = {
                    p.participant.id: attendance.allowed_actions(found.lesson, p.participant)
                    for p in found.participants
                }
            return found, allowed

        def show(result: tuple[LessonDetails | None, dict[UUID, frozenset[AttendanceAction]]]) -> None:
            if self._details_for != lesson_id or self.view is None:
                return
            found, allowed = result
            self.details.show_details(found, allowed, can_schedule=self.view.can_schedule, zone=self.view.catalog.zone)

        Operation(self, work).success(show).failure(self._on_load_failed).run()

    def open_lesson(self, lesson_id: UUID) -> None:
        """Enter / double-click on a lesson: its details, with the keyboard in the participants."""
        self._details_for = lesson_id
        self._load_details()
        self.details.table.setFocus()

    # --- booking --------------------------------------------------------------------------------

    def book_at_focus(self) -> None:
        if self.view is None or not self.view.layout.columns:
            return
        cell = self.grid.focus_cell()
        column = self.view.layout.columns[cell.column]
        self.book_at(column.instructor.id, self.view.layout.rows.instant_of(cell.row))

    def book_at(self, instructor_id: UUID, start: datetime, **prefill: Any) -> UUID | None:
        """Open the booking dialog on a cell; returns the new lesson's id when one was booked."""
        if self.view is None or not self.view.can_schedule:
            return None
        dialog = BookingDialog(self.service, instructor_id, start, self, **prefill)
        if self.exec_dialog(dialog) and dialog.booked_id is not None:
            self._follow = dialog.booked_id
            self._go_to(start)
            return dialog.booked_id
        return None

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Run a dialog modally (one place, so tests can drive dialogs)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _go_to(self, start: datetime) -> None:
        if self.view is not None:
            day = start.astimezone(self.view.catalog.zone).date()
            if day != self._day:
                self.show_date(day)

    # --- moving ---------------------------------------------------------------------------------

    def move_lesson(self, lesson: LessonInstance, target: Placement, via: str, *, after: Any = None) -> None:
        """Move through the services; conflicts are shown first and nothing changes when declined."""
        if self.view is None:
            return
        context, catalog = self._context, self.view.catalog

        def ask(conflicts: list[Conflict]) -> None:
            accept = False
            if conflicts:
                question = self.tr("Move the lesson despite the conflict?")
                if not prompts.ask_conflicts(self, conflicts, question):
                    return
                accept = True

            def done(_result: object) -> None:
                self._follow = lesson.id
                if after is not None:
                    after()
                self._go_to(target.start)

            Operation(
                self,
                lambda: scheduling.reschedule(context, lesson, target, via=via, accept_conflicts=accept),
                write=True,
            ).success(done).failure(lambda error: prompts.show_error(self, error)).run()

        Operation(self, lambda: scheduling.move_conflicts(context, catalog, lesson, target)).success(ask).failure(
            lambda error: prompts.show_error(self, error)
        ).run()

    def _lesson(self, lesson_id: UUID) -> LessonInstance | None:
        lesson = self.view.lesson(lesson_id) if self.view else None
        return lesson or self.service.lesson(lesson_id)

    def _on_lesson_dropped(self, lesson_id: UUID, instructor_id: UUID, start: datetime, source: str) -> None:
        lesson = self._lesson(lesson_id)
        if lesson is None:
            return
        target = Placement(instructor_id, start, lesson.duration_minutes)
        if target == Placement.of(lesson):
            return
        pinned = source == "pinboard"
        self.move_lesson(
            lesson,
            target,
            "pinboard" if pinned else "drag",
            after=partial(self.unpin_lesson, lesson_id) if pinned else None,
        )

    def reschedule_by_dialog(self, lesson_id: UUID) -> None:
        lesson = self._lesson(lesson_id)
        if lesson is None:
            return
        dialog = RescheduleDialog(self.service, lesson, self)
        if self.exec_dialog(dialog) and dialog.saved:
            self._follow = lesson.id
            target = dialog.target()
            if target is not None:
                self._go_to(target.start)

    def add_participant(self, lesson_id: UUID) -> None:
        lesson = self._lesson(lesson_id)
        if lesson is not None:
            self.exec_dialog(AddParticipantDialog(self.service, lesson, self))

    # --- pinboard -------------------------------------------------------------------------------

    def pin_lesson(self, lesson_id: UUID) -> None:
        self.pinboard.pin(lesson_id)
        self._reload_pins()

    def unpin_lesson(self, lesson_id: UUID) -> None:
        self.pinboard.unpin(lesson_id)
        self._reload_pins()

    def _reload_pins(self) -> None:
        if self.view is None or not self.pins.isVisibleTo(self):
            return
        board, catalog = self.pinboard, self.view.catalog
        Operation(self, board.lessons).success(lambda lessons: self.pins.set_lessons(lessons, catalog)).run()

    def place_pinned_at_focus(self, lesson_id: UUID) -> None:
        """Keyboard drop: move the pinned lesson to the grid's focused cell."""
        if self.view is None:
            return
        cell = self.grid.focus_cell()
        column = self.view.layout.columns[cell.column]
        self._on_lesson_dropped(lesson_id, column.instructor.id, self.view.layout.rows.instant_of(cell.row), "pinboard")

    # --- attendance and messages ----------------------------------------------------------------

    def record_attendance(self, action: AttendanceAction, lesson_id: UUID, participant_id: UUID) -> None:
        """Status changes go through the attendance use case (charging, ledger and audit live there)."""
        attendance = self.attendance
        calls = {
            AttendanceAction.CONFIRM: lambda: attendance.confirm(lesson_id, participant_id),
            AttendanceAction.ATTENDED: lambda: attendance.mark_attended(lesson_id, participant_id),
            AttendanceAction.NO_SHOW: lambda: attendance.mark_no_show(lesson_id, participant_id),
            AttendanceAction.CANCEL_BY_STUDENT: lambda: attendance.cancel_by_student(lesson_id, participant_id),
            AttendanceAction.CANCEL_BY_CLINIC: lambda: attendance.cancel_by_clinic(lesson_id, participant_id),
        }
        if action is AttendanceAction.CORRECT:
            reason = attendance_prompts.ask_correction_reason(self, self._student_name(lesson_id, participant_id))
            if reason is None:
                return
            calls[action] = lambda: attendance.correct(lesson_id, participant_id, reason=reason)
        work = calls.get(action)
        if work is None:
            return
        if action in attendance_prompts.CHARGEABLE:
            self._record_after_preview(action, lesson_id, participant_id, work)
            return
        if action is AttendanceAction.CANCEL_BY_CLINIC:
            lesson = self._lesson(lesson_id)
            student = self._student_name(lesson_id, participant_id)
            if lesson is None or not cancel_prompts.ask_cancel_participant(self, lesson, student, self._what(lesson)):
                return
        self._run_attendance(lesson_id, work)

    def _record_after_preview(
        self, action: AttendanceAction, lesson_id: UUID, participant_id: UUID, work: Callable[[], object]
    ) -> None:
        """A chargeable change: show the charge the rules will apply, record only when confirmed."""
        attendance, student = self.attendance, self._student_name(lesson_id, participant_id)

        def ask(preview: ChargePreview) -> None:
            if attendance_prompts.ask_charge(self, preview, student):
                self._run_attendance(lesson_id, work)

        Operation(self, lambda: attendance.preview(lesson_id, participant_id, action)).success(ask).failure(
            lambda error: prompts.show_error(self, error)
        ).run()

    def _run_attendance(self, lesson_id: UUID, work: Callable[[], object]) -> None:
        self._follow = lesson_id
        Operation(self, work, write=True).success(lambda _result: self._schedule_details()).failure(
            lambda error: prompts.show_error(self, error)
        ).run()

    def _student_name(self, lesson_id: UUID, participant_id: UUID) -> str:
        lesson = self._lesson(lesson_id)
        found = [p.student_name for p in (lesson.participants if lesson else ()) if p.id == participant_id]
        return found[0] if found and found[0] else "?"

    def _what(self, lesson: LessonInstance) -> str:
        """ "16:30 with Avi (Riding)": the lesson as a question names it."""
        if self.view is None:
            return ""
        catalog = self.view.catalog
        start = lesson.datetime_start.astimezone(catalog.zone)
        return self.tr("{time} with {instructor} ({service})").format(
            time=isolate_ltr(start.strftime("%d/%m %H:%M")),
            instructor=catalog.instructor_name(lesson.instructor_employee_id),
            service=catalog.service_name(lesson.service_id),
        )

    def cancel_whole_lesson(self, lesson_id: UUID) -> None:
        lesson = self._lesson(lesson_id)
        if lesson is None or not cancel_prompts.ask_cancel_lesson(self, lesson, self._what(lesson)):
            return
        attendance = self.attendance
        Operation(self, lambda: attendance.cancel_by_clinic(lesson_id), write=True).failure(
            lambda error: prompts.show_error(self, error)
        ).run()

    def cancel_this_date(self, lesson_id: UUID) -> None:
        """ "Cancel this date only" of a weekly series: a per-date override (the series goes on), and the
        lesson already on the calendar is cancelled by the clinic."""
        from reinex_desktop.services.generation.overrides import cancel_occurrence

        lesson = self._lesson(lesson_id)
        if lesson is None or lesson.template_id is None or self.view is None:
            return
        if not cancel_prompts.ask_cancel_date(self, lesson, self._what(lesson)):
            return
        context, zone, attendance = self._context, self.view.catalog.zone, self.attendance
        occurrence = lesson.metadata.get("occurrence_date") or lesson.datetime_start.astimezone(zone).date().isoformat()
        template_id = lesson.template_id

        def work() -> None:
            cancel_occurrence(context, template_id, date.fromisoformat(str(occurrence)))
            attendance.cancel_by_clinic(lesson_id)

        Operation(self, work, write=True).failure(lambda error: prompts.show_error(self, error)).run()

    def take_payment(self, student_id: UUID, name: str) -> QDialog:
        """The desk's "Take payment" dialog for the selected participant's family."""
        from reinex_desktop.ui.payments.payment_dialog import TakePaymentDialog

        dialog = TakePaymentDialog(self._context, student_id, name, self)
        dialog.open()
        return dialog

    def send_message(self, what: str, lesson_id: UUID, participant_id: UUID) -> None:
        """Copy the WhatsApp confirmation text, or open the wa.me link of the primary guardian."""
        from reinex_desktop.services.messages import message_for

        context = self._context

        def done(message: Any) -> None:
            if what == "copy":
                QGuiApplication.clipboard().setText(message.text)
                self.summary.setText(self.tr("Confirmation message copied for {name}.").format(name=message.recipient))
            elif message.whatsapp_url:
                QDesktopServices.openUrl(QUrl(message.whatsapp_url))
            if message.problem is not None and (what == "open" or not message.whatsapp_url):
                from reinex_desktop.ui.labels import message_text

                prompts.show_info(self, self.tr("WhatsApp"), message_text(message.problem))

        Operation(self, lambda: message_for(context, lesson_id, participant_id)).success(done).failure(
            lambda error: prompts.show_error(self, error)
        ).run()

    def open_student(self, student_id: UUID) -> None:
        from reinex_desktop.ui.students import open_student

        open_student(self._context, student_id, self)

    # --- context menu ---------------------------------------------------------------------------

    def _on_context_menu(self, lesson_id: UUID | None, instructor_id: UUID, start: datetime, where: Any) -> None:
        menu = self.build_menu(lesson_id, instructor_id, start)
        if menu is not None:
            menu.exec(where)

    def build_menu(self, lesson_id: UUID | None, instructor_id: UUID, start: datetime) -> QMenu | None:
        """The grid's context menu for a lesson or an empty cell (also reachable by the menu key)."""
        if self.view is None:
            return None
        menu = QMenu(self)
        can_schedule = self.view.can_schedule
        lesson = self.view.lesson(lesson_id) if lesson_id else None
        if lesson is None:
            book = menu.addAction(self.tr("Book a lesson here…"), lambda: self.book_at(instructor_id, start))
            book.setEnabled(can_schedule)
            pinned = self.pins.model
            if can_schedule and pinned.rowCount():
                place = menu.addMenu(self.tr("Place a pinned lesson here"))
                for row in range(pinned.rowCount()):
                    item = pinned.lesson(row)
                    if item is not None:
                        text = str(pinned.data(pinned.index(row))).split("\n")[0]
                        place.addAction(
                            text, partial(self._on_lesson_dropped, item.id, instructor_id, start, "pinboard")
                        )
            menu.addAction(self.tr("Find a free slot…"), self.find_free_slot).setEnabled(can_schedule)
            return menu
        menu.addAction(self.tr("Details"), partial(self.open_lesson, lesson.id))
        self._participant_entries(menu, lesson)
        menu.addSeparator()
        movable = can_schedule and is_movable(lesson)
        joinable = can_schedule and not lesson.is_cancelled and lesson.status is not LessonStatus.COMPLETED
        menu.addAction(self.tr("Reschedule…"), partial(self.reschedule_by_dialog, lesson.id)).setEnabled(movable)
        menu.addAction(self.tr("Add participant…"), partial(self.add_participant, lesson.id)).setEnabled(joinable)
        menu.addAction(self.tr("Pin to the pinboard"), partial(self.pin_lesson, lesson.id)).setEnabled(movable)
        if lesson.template_id is not None:
            menu.addAction(
                self.tr("Cancel this date only (the series goes on)"), partial(self.cancel_this_date, lesson.id)
            ).setEnabled(movable)
        menu.addAction(
            self.tr("Cancel the whole lesson (by the clinic)"), partial(self.cancel_whole_lesson, lesson.id)
        ).setEnabled(not lesson.is_cancelled and self.attendance.can_record(lesson))
        add_fill_slot_action(menu, self._context, lesson, self)
        return menu

    def _participant_entries(self, menu: QMenu, lesson: LessonInstance) -> None:
        """Attendance, messages and the profile per participant (a submenu each in a group lesson)."""
        participants = lesson.participants
        if not participants:
            return
        messages = self._context.user.can(Permission.WHATSAPP_MANUAL)
        menu.addSeparator()
        for participant in participants:
            target = menu if len(participants) == 1 else menu.addMenu(participant.student_name or "?")
            allowed = self.attendance.allowed_actions(lesson, participant)
            for action in PARTICIPANT_ACTIONS:
                entry = target.addAction(
                    action_label(action), partial(self.record_attendance, action, lesson.id, participant.id)
                )
                entry.setEnabled(action in allowed)
            target.addSeparator()
            target.addAction(
                self.tr("Copy WhatsApp confirmation"), partial(self.send_message, "copy", lesson.id, participant.id)
            ).setEnabled(messages)
            target.addAction(
                self.tr("Open WhatsApp"), partial(self.send_message, "open", lesson.id, participant.id)
            ).setEnabled(messages)
            target.addAction(self.tr("Open student"), partial(self.open_student, participant.student_id))

    # --- other tools ----------------------------------------------------------------------------

    def find_free_slot(self) -> None:
        if self.view is None or not self.view.can_schedule:
            return
        dialog = FreeSlotDialog(self.service, self)
        if not self.exec_dialog(dialog) or dialog.chosen is None or dialog.student_id is None:
            return
        slot = dialog.chosen
        if slot.join_lesson_id is not None:
            lesson = self.service.lesson(slot.join_lesson_id)
            if lesson is not None:
                context, student = self._context, dialog.student_id
                Operation(self, lambda: scheduling.add_participant(context, lesson, student), write=True).success(
                    lambda _r: self._follow_to(lesson.id, slot.start)
                ).failure(lambda error: prompts.show_error(self, error)).run()
            return
        self.book_at(
            slot.instructor_id,
            slot.start,
            student_id=dialog.student_id,
            service_id=dialog.service_id(),
            minutes=slot.duration_minutes,
        )

    def _follow_to(self, lesson_id: UUID, start: datetime) -> None:
        self._follow = lesson_id
        self._go_to(start)
        self.refresh(keep_focus=True)

    def jump_to_student(self) -> None:
        dialog = JumpDialog(self.service, self)
        if not self.exec_dialog(dialog) or dialog.student_id is None:
            return
        context, student = self._context, dialog.student_id

        def show(lesson: LessonInstance | None) -> None:
            if lesson is None:
                prompts.show_info(self, self.tr("Next lesson"), self.tr("No upcoming lesson for this student."))
                return
            self._follow_to(lesson.id, lesson.datetime_start)

        Operation(self, lambda: next_lesson(context, student)).success(show).failure(
            lambda error: prompts.show_error(self, error)
        ).run()

    def print_day(self) -> None:
        if self.view is not None:
            self.exec_dialog(PrintDayDialog(self.view, self._context.clock(), self))
