"""The "Confirmations" section (REQUIREMENTS screen 10): the desk's daily batch, by keyboard.

A table of families for the chosen day (the next business day by default), the selected family's
lessons and message beside it, and one keystroke per answer: C copy the message, Enter (or W)
open WhatsApp, 1 confirmed, 2 not coming (after the charge it will cost), 3 no answer. Ctrl+1…4
switch the filters. After an answer the next family is selected, so the desk goes down the list.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.confirmations.families import FamilyFilter, RoundProgress
from reinex_desktop.domain.confirmations.states import RequestOutcome
from reinex_desktop.domain.students.validation import national_phone
from reinex_desktop.services.confirmations import ConfirmationRound, ConfirmationsService, FamilyEntry
from reinex_desktop.services.context import AppContext
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.calendar import prompts
from reinex_desktop.ui.change_notices import NoticeRelay
from reinex_desktop.ui.confirmations.families_model import FamiliesModel
from reinex_desktop.ui.confirmations.not_coming_prompt import ask_not_coming
from reinex_desktop.ui.confirmations.texts import state_text, times_text
from reinex_desktop.ui.formats import use_long_date
from reinex_desktop.ui.labels import isolate_ltr, message_text

log = logging.getLogger(__name__)


def _isolated(text: str) -> str:
    """A name kept whole inside a sentence of the other direction (FSI … PDI): Hebrew names in English."""
    return f"\u2068{text}\u2069"


#: Change areas after which the round is read again.
ROUND_AREAS = frozenset({"lessons", "students", "settings", "catalog"})


class ConfirmationsView(QWidget):
    #: A round finished loading and is on screen.
    round_shown = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmations")
        self._context = context
        self.service = ConfirmationsService(context)
        self.round: ConfirmationRound | None = None
        self._day = self.service.default_day()
        self._want_key: object = None
        self._want_row = 0
        self._loading = 0
        self._new_day = True
        self._build()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._notices = NoticeRelay(self, context, self._on_areas_changed)
        self.refresh()

    # --- construction ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("confirmationsTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("confirmationsDate")
        self.date_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        use_long_date(self.date_edit)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Day"))
        self.date_edit.setDate(QDate(self._day.year, self._day.month, self._day.day))
        self.date_edit.dateChanged.connect(self._on_date_edited)
        self.next_day = QPushButton(self.tr("Next business day"), self)
        self.next_day.setObjectName("nextBusinessDay")
        self.next_day.clicked.connect(lambda: self.show_date(self.service.default_day()))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.date_edit)
        top.addWidget(self.next_day)
        self.progress = QLabel(self)
        self.progress.setObjectName("confirmationsProgress")
        self.progress.setWordWrap(True)
        self.banner = QLabel(self)
        self.banner.setObjectName("confirmationsBanner")
        self.filters = QButtonGroup(self)
        self.filters.setExclusive(True)
        filter_row = QHBoxLayout()
        for number, chosen in enumerate(FamilyFilter, start=1):
            button = QPushButton(self)
            button.setObjectName(f"filter_{chosen.value}")
            button.setCheckable(True)
            button.setChecked(chosen is FamilyFilter.NOT_ASKED)
            button.setToolTip(f"Ctrl+{number}")
            self.filters.addButton(button, number)
            filter_row.addWidget(button)
            self._shortcut(QKeySequence(f"Ctrl+{number}"), partial(self.set_filter, chosen), self)
        filter_row.addStretch(1)
        self.filters.idClicked.connect(lambda number: self.set_filter(list(FamilyFilter)[number - 1]))
        self.model = FamiliesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("families")
        self.table.setAccessibleName(self.tr("Families"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda _now, _before: self._show_selected())
        self.empty = QLabel(self.tr("No families in this list."), self)
        self.empty.setObjectName("confirmationsEmpty")
        self.empty.hide()
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self._build_details())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.status = QLabel(self)
        self.status.setObjectName("confirmationsStatus")
        self.status.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Keys in the list: ↑↓ next family · C copy the message · Enter or W open WhatsApp · "
                "1 confirmed · 2 not coming · 3 no answer · Ctrl+1…4 filters"
            ),
            self,
        )
        hint.setObjectName("confirmationsKeys")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.banner)
        layout.addLayout(filter_row)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(hint)
        self._table_keys()

    def _build_details(self) -> QWidget:
        panel = QWidget(self)
        self.contact = QLabel(panel)
        self.contact.setObjectName("familyContact")
        self.contact.setWordWrap(True)
        self.lessons = QListWidget(panel)
        self.lessons.setObjectName("familyLessons")
        self.lessons.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lessons.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.message = QPlainTextEdit(panel)
        self.message.setObjectName("familyMessage")
        self.message.setReadOnly(True)
        self.message.setTabChangesFocus(True)
        self.message.setAccessibleName(self.tr("Message"))
        # The message is Hebrew whatever the interface language: right to left, aligned right.
        self.message.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        option = QTextOption(Qt.AlignmentFlag.AlignRight)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.message.document().setDefaultTextOption(option)
        self.problem = QLabel(panel)
        self.problem.setObjectName("familyProblem")
        self.problem.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy message (C)"), panel)
        self.copy_button.setObjectName("copyMessage")
        self.copy_button.clicked.connect(self.copy_message)
        self.whatsapp_button = QPushButton(self.tr("Open WhatsApp (Enter)"), panel)
        self.whatsapp_button.setObjectName("openWhatsApp")
        self.whatsapp_button.clicked.connect(self.open_whatsapp)
        self.confirm_button = QPushButton(self.tr("Confirmed (1)"), panel)
        self.confirm_button.setObjectName("markConfirmed")
        self.confirm_button.clicked.connect(self.mark_confirmed)
        self.not_coming_button = QPushButton(self.tr("Not coming… (2)"), panel)
        self.not_coming_button.setObjectName("markNotComing")
        self.not_coming_button.clicked.connect(self.mark_not_coming)
        self.no_answer_button = QPushButton(self.tr("No answer (3)"), panel)
        self.no_answer_button.setObjectName("markNoAnswer")
        self.no_answer_button.clicked.connect(self.mark_no_answer)
        send = QHBoxLayout()
        send.addWidget(self.copy_button)
        send.addWidget(self.whatsapp_button)
        answers = QHBoxLayout()
        answers.addWidget(self.confirm_button)
        answers.addWidget(self.not_coming_button)
        answers.addWidget(self.no_answer_button)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.contact)
        layout.addWidget(self.lessons)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.problem)
        layout.addLayout(send)
        layout.addLayout(answers)
        return panel

    def _shortcut(self, keys: QKeySequence, slot: Callable[[], Any], owner: QWidget) -> None:
        """A key on `owner`: on the family list only while it has the focus, else anywhere in the screen."""
        action = QAction(owner)
        action.setShortcut(keys)
        only_there = owner is not self
        shortcuts = Qt.ShortcutContext
        action.setShortcutContext(shortcuts.WidgetShortcut if only_there else shortcuts.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        owner.addAction(action)

    def _table_keys(self) -> None:
        """Single keys act only while the family list has the focus (typing elsewhere stays typing)."""
        keys: list[tuple[str, Callable[[], Any]]] = [
            ("C", self.copy_message),
            ("Ctrl+C", self.copy_message),
            ("W", self.open_whatsapp),
            ("Return", self.open_whatsapp),
            ("Enter", self.open_whatsapp),
            ("1", self.mark_confirmed),
            ("2", self.mark_not_coming),
            ("3", self.mark_no_answer),
        ]
        for keys_text, slot in keys:
            self._shortcut(QKeySequence(keys_text), slot, self.table)

    # --- loading --------------------------------------------------------------------------------

    def show_date(self, day: date) -> None:
        """Open the round of `day` (also used by `--view confirmations --date D`)."""
        self._day = day
        self._want_key, self._want_row = None, 0
        self._new_day = True
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)
        self.refresh()

    def current_day(self) -> date:
        return self._day

    def _on_date_edited(self, value: QDate) -> None:
        self.show_date(date(value.year(), value.month(), value.day()))

    def refresh(self) -> None:
        self._loading += 1
        ticket, day, service = self._loading, self._day, self.service
        Operation(self, lambda: service.open_day(day)).success(lambda found: self._show(found, ticket)).failure(
            self._on_failed
        ).run()

    def _show(self, found: ConfirmationRound, ticket: int) -> None:
        if ticket != self._loading:
            return
        current = None if self._new_day else self.selected()
        self._new_day = False
        if self._want_key is None and self._want_row == 0 and current is not None:
            self._want_key = current.family.key
            self._want_row = self.table.currentIndex().row()
        self.round = found
        self.model.set_families(found.families)
        self._show_titles(found)
        row = self.model.row_of(self._want_key) if self._want_key is not None else -1
        if row < 0:
            row = min(self._want_row, self.model.rowCount() - 1)
        self._want_key, self._want_row = None, 0
        self._select(row)
        self.round_shown.emit(found.day)

    def _show_titles(self, found: ConfirmationRound) -> None:
        long_day = QLocale().toString(
            QDate(found.day.year, found.day.month, found.day.day), QLocale.FormatType.LongFormat
        )
        self.title.setText(self.tr("Confirmations for {day}").format(day=long_day))
        self.progress.setText(self.progress_text(found.progress))
        self.banner.setText(self.tr("The clinic is closed on this day.") if found.closed else "")
        self.banner.setVisible(bool(found.closed))
        labels = {
            FamilyFilter.NOT_ASKED: self.tr("Not asked yet ({count})"),
            FamilyFilter.WAITING: self.tr("Asked, no answer ({count})"),
            FamilyFilter.CONFIRMED: self.tr("Confirmed ({count})"),
            FamilyFilter.ALL: self.tr("All ({count})"),
        }
        for number, chosen in enumerate(FamilyFilter, start=1):
            self.filters.button(number).setText(labels[chosen].format(count=self.model.count(chosen)))

    def progress_text(self, counts: RoundProgress) -> str:
        """ "24 families: 8 confirmed, 1 not coming, 3 waiting for an answer, 12 not asked yet"."""
        return self.tr("{families}: {confirmed}, {not_coming}, {waiting}, {not_asked}").format(
            families=self.tr("%n families", "", counts.families),
            confirmed=self.tr("%n confirmed", "", counts.confirmed),
            not_coming=self.tr("%n not coming", "", counts.not_coming),
            waiting=self.tr("%n waiting for an answer", "", counts.waiting),
            not_asked=self.tr("%n not asked yet", "", counts.not_asked),
        )

    def _select(self, row: int) -> None:
        empty = self.model.rowCount() == 0
        self.empty.setVisible(empty)
        if empty:
            self._show_selected()
            return
        index = self.model.index(max(0, row), 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        self._show_selected()

    def _on_failed(self, error: Exception) -> None:
        self.status.setText(prompts.error_text(error))

    def _on_areas_changed(self, areas: frozenset[str]) -> None:
        if areas & ROUND_AREAS:
            self._refresh_timer.start()  # a family's answer is several writes: read the round once

    # --- the selected family --------------------------------------------------------------------

    def selected(self) -> FamilyEntry | None:
        return self.model.entry(self.table.currentIndex().row())

    def set_filter(self, chosen: FamilyFilter) -> None:
        self.filters.button(list(FamilyFilter).index(chosen) + 1).setChecked(True)
        self.model.set_filter(chosen)
        self._select(0)
        self.table.setFocus()

    def _show_selected(self) -> None:
        entry = self.selected()
        buttons = (self.copy_button, self.whatsapp_button, self.confirm_button, self.not_coming_button)
        for button in (*buttons, self.no_answer_button):
            button.setEnabled(entry is not None)
        if entry is None:
            for label in (self.contact, self.problem):
                label.clear()
            self.lessons.clear()
            self.message.clear()
            return
        family = entry.family
        phone = family.guardian.phone if family.guardian is not None and family.guardian.phone else ""
        self.contact.setText(
            f"{family.contact_name} {isolate_ltr(national_phone(phone))}" if phone else family.contact_name
        )
        lines = [
            self.tr("{time} {student}: {service} with {instructor} — {state}").format(
                time=times_text([lesson.start]),
                student=_isolated(lesson.student_name),
                service=_isolated(lesson.service),
                instructor=_isolated(lesson.instructor),
                state=state_text(lesson.state),
            )
            for lesson in family.lessons
        ]
        self.lessons.clear()
        self.lessons.addItems(lines)
        rows = max(1, len(lines))
        row_height = max(self.lessons.sizeHintForRow(0), self.lessons.fontMetrics().height() + 8)
        self.lessons.setFixedHeight(row_height * rows + 2 * self.lessons.frameWidth() + 4)
        self.message.setPlainText(entry.text)
        self.problem.setText("⚠ " + message_text(entry.problem) if entry.problem is not None else "")
        self.whatsapp_button.setEnabled(entry.whatsapp_url is not None)
        waiting = bool(family.pending)
        for button in (self.confirm_button, self.not_coming_button, self.no_answer_button):
            button.setEnabled(waiting)

    # --- actions --------------------------------------------------------------------------------

    def copy_message(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        QGuiApplication.clipboard().setText(entry.text)
        self.status.setText(self.tr("Message copied for {name}.").format(name=entry.family.contact_name))
        self._record_asked(entry)

    def open_whatsapp(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if entry.whatsapp_url is None:
            self.status.setText(message_text(entry.problem) if entry.problem is not None else "")
            return
        QDesktopServices.openUrl(QUrl(entry.whatsapp_url))
        self.status.setText(self.tr("WhatsApp opened for {name}.").format(name=entry.family.contact_name))
        self._record_asked(entry)

    def _record_asked(self, entry: FamilyEntry) -> None:
        if not any(lesson.pending for lesson in entry.family.lessons):
            return
        service, family = self.service, entry.family
        Operation(self, lambda: service.record(family, RequestOutcome.ASKED), write=True).success(
            lambda _count: self._after_write(entry, advance=False)
        ).failure(self._on_write_failed).run()

    def mark_confirmed(self) -> None:
        entry = self.selected()
        if entry is None or not entry.family.pending:
            return
        service, family = self.service, entry.family
        Operation(self, lambda: service.confirm(family), write=True).success(
            lambda count: self._after_answer(entry, self.tr("%n lessons confirmed for {name}.", "", count))
        ).failure(self._on_write_failed).run()

    def mark_not_coming(self) -> None:
        entry = self.selected()
        if entry is None or not entry.family.pending:
            return
        service, family = self.service, entry.family

        def ask(previews: list[Any]) -> None:
            answered = ask_not_coming(self, previews)
            self.window().activateWindow()  # back from the question, the keys go to the list again
            self.table.setFocus()
            if not answered:
                return
            Operation(self, lambda: service.not_coming(family), write=True).success(
                lambda count: self._after_answer(entry, self.tr("%n lessons cancelled for {name}.", "", count))
            ).failure(self._on_write_failed).run()

        Operation(self, lambda: service.preview_not_coming(family)).success(ask).failure(self._on_write_failed).run()

    def mark_no_answer(self) -> None:
        entry = self.selected()
        if entry is None or not entry.family.pending:
            return
        service, family = self.service, entry.family
        Operation(self, lambda: service.record(family, RequestOutcome.NO_ANSWER), write=True).success(
            lambda _count: self._after_answer(entry, self.tr("No answer from {name}, noted."))
        ).failure(self._on_write_failed).run()

    def _after_answer(self, entry: FamilyEntry, text: str) -> None:
        self.status.setText(text.format(name=entry.family.contact_name))
        self._after_write(entry, advance=True)

    def _after_write(self, entry: FamilyEntry, *, advance: bool) -> None:
        """Read the round again; after an answer the next family of the list is selected."""
        row = self.model.row_of(entry.family.key)
        following = self.model.entry(row + 1) if advance else entry
        self._want_key = following.family.key if following is not None else None
        self._want_row = max(0, row)
        self.refresh()
        self.table.setFocus()

    def _on_write_failed(self, error: Exception) -> None:
        prompts.show_error(self, error)
        self.refresh()
