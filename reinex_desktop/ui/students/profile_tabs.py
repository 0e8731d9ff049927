"""The tabs of the student profile, each a read-only table (or form) over the loaded profile."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.enums import OtpChannel
from reinex_desktop.domain.people import StudentGuardian
from reinex_desktop.domain.students.records import FormSubmissionRecord, OtpRecord, WaitingListRecord
from reinex_desktop.services.students.profile import (
    CommitmentLine,
    ConsumptionLine,
    LessonLine,
    StudentProfile,
    TemplateLine,
)
from reinex_desktop.ui.labels import isolate_ltr, label
from reinex_desktop.ui.students.record_model import SORT_ROLE, Column, RecordTableModel
from reinex_desktop.ui.students.submission_dialog import SubmissionDialog
from reinex_desktop.ui.students.texts import (
    day_text,
    field_name,
    moment_text,
    money_text,
    payer_text,
    phone_text,
    value_text,
    weekday_name,
    word,
)

R = TypeVar("R")
END = Qt.AlignmentFlag.AlignTrailing


translate = QCoreApplication.translate


class RecordTable(QTableView):
    """A sortable, read-only table of records with a message when there are none."""

    def __init__(self, name: str, columns: Sequence[Column[Any]], rows: Sequence[Any], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.records = RecordTableModel(columns, rows, self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.records)
        proxy.setSortRole(SORT_ROLE)
        self.setModel(proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.resizeColumnsToContents()

    def record_at(self, proxy_row: int) -> Any:
        source = self.model().mapToSource(self.model().index(proxy_row, 0))  # type: ignore[attr-defined]
        return self.records.row_at(source.row())


def _page(parent: QWidget, *widgets: QWidget, empty: str | None = None) -> QWidget:
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    if empty:
        note = QLabel(empty, page)
        note.setObjectName("emptyNote")
        layout.addWidget(note)
    for widget in widgets:
        layout.addWidget(widget, 1)
    return page


def details_tab(profile: StudentProfile, parent: QWidget) -> QWidget:
    student = profile.student
    page = QWidget(parent)
    page.setObjectName("detailsTab")
    form = QFormLayout(page)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)
    rows: list[tuple[str, str]] = [
        (field_name("first_name"), student.first_name),
        (field_name("middle_name"), student.middle_name or "—"),
        (field_name("last_name"), student.last_name or "—"),
        (field_name("national_id"), value_text("national_id", student.national_id)),
        (field_name("date_of_birth"), value_text("date_of_birth", student.date_of_birth)),
        (field_name("default_notification_method"), label(student.default_notification_method)),
        (field_name("onboarding_status"), label(student.onboarding_status)),
        (field_name("special_rate"), value_text("special_rate", student.special_rate)),
        (field_name("notes_internal"), student.notes_internal or "—"),
    ]
    if profile.medical_visible:
        flags = "\n".join(
            translate("StudentProfile", "{label} — {severity}{tags}").format(
                label=flag.label,
                severity=word(flag.severity),
                tags=f" ({', '.join(flag.tags)})" if flag.tags else "",
            )
            for flag in student.medical_flags
        )
        rows.append((field_name("medical_flags"), flags or "—"))
    if not student.is_active:
        reason = str(student.metadata.get("inactive_reason") or "")
        rows.append((translate("StudentProfile", "Inactive"), reason or translate("StudentProfile", "Yes")))
    wrapped = {field_name("notes_internal"), field_name("medical_flags")}
    for caption, text in rows:
        value = QLabel(text, page)
        value.setWordWrap(caption in wrapped)
        # A label lays out by its own text's direction: pin it to the page's reading side.
        side = Qt.AlignmentFlag.AlignRight if page.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        value.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(caption, value)
    return page


def guardians_tab(profile: StudentProfile, parent: QWidget) -> QWidget:
    columns: list[Column[StudentGuardian]] = [
        Column(translate("StudentProfile", "Name"), lambda g: g.guardian.full_name),
        Column(translate("StudentProfile", "Relationship"), lambda g: label(g.relationship)),
        Column(
            translate("StudentProfile", "Primary"),
            lambda g: translate("StudentProfile", "Primary contact") if g.is_primary else "",
        ),
        Column(translate("StudentProfile", "Phone"), lambda g: phone_text(g.guardian.phone)),
        Column(
            translate("StudentProfile", "E-mail"), lambda g: isolate_ltr(g.guardian.email) if g.guardian.email else ""
        ),
    ]
    table = RecordTable("guardiansTable", columns, profile.guardians, parent)
    return _page(
        parent,
        table,
        empty=None if profile.guardians else translate("StudentProfile", "No guardians are recorded yet."),
    )


def templates_tab(profile: StudentProfile, parent: QWidget) -> QWidget:
    columns: list[Column[TemplateLine]] = [
        Column(
            translate("StudentProfile", "Day"),
            lambda t: weekday_name(t.template.day_of_week),
            sort=lambda t: t.template.day_of_week,
        ),
        Column(
            translate("StudentProfile", "Time"),
            lambda t: isolate_ltr(t.template.time_of_day.strftime("%H:%M")),
            sort=lambda t: t.template.time_of_day.isoformat(),
        ),
        Column(
            translate("StudentProfile", "Minutes"),
            lambda t: str(t.template.duration_minutes),
            sort=lambda t: t.template.duration_minutes,
        ),
        Column(translate("StudentProfile", "Service"), lambda t: t.service_name),
        Column(translate("StudentProfile", "Instructor"), lambda t: t.instructor_name),
        Column(
            translate("StudentProfile", "From"),
            lambda t: day_text(t.template.valid_from),
            sort=lambda t: t.template.valid_from.isoformat(),
        ),
        Column(
            translate("StudentProfile", "Until"),
            lambda t: day_text(t.template.valid_until),
            sort=lambda t: str(t.template.valid_until or "9"),
        ),
        Column(translate("StudentProfile", "Price"), lambda t: money_text(t.template.price_override), align=END),
    ]
    table = RecordTable("templatesTable", columns, profile.templates, parent)
    return _page(parent, table, empty=None if profile.templates else translate("StudentProfile", "No weekly lessons."))


def lesson_columns(zone: ZoneInfo, *, history: bool) -> list[Column[LessonLine]]:
    columns: list[Column[LessonLine]] = [
        Column(
            translate("StudentProfile", "When"),
            lambda line: moment_text(line.lesson.datetime_start, zone),
            sort=lambda line: line.lesson.datetime_start.timestamp(),
        ),
        Column(translate("StudentProfile", "Service"), lambda line: line.service_name),
        Column(translate("StudentProfile", "Instructor"), lambda line: line.instructor_name),
        Column(
            translate("StudentProfile", "Status"),
            lambda line: label(line.participant.participant_status) if line.participant else label(line.lesson.status),
        ),
    ]
    if history:
        columns += [
            Column(
                translate("StudentProfile", "Charge"),
                lambda line: money_text(line.participant.price_charged) if line.participant else "",
                sort=lambda line: float(line.participant.price_charged or 0) if line.participant else 0.0,
                align=END,
            ),
            Column(translate("StudentProfile", "Documentation"), lambda line: word(line.lesson.documentation_status)),
        ]
    return columns


def lessons_tab(profile: StudentProfile, zone: ZoneInfo, parent: QWidget, *, history: bool) -> QWidget:
    rows = profile.history if history else profile.upcoming
    name = "historyTable" if history else "upcomingTable"
    table = RecordTable(name, lesson_columns(zone, history=history), rows, parent)
    empty = (
        translate("StudentProfile", "No past lessons.")
        if history
        else translate("StudentProfile", "No lessons scheduled.")
    )
    return _page(parent, table, empty=None if rows else empty)


class CommitmentsTab(QWidget):
    """Commitments with their remaining balance (ledger view) and, below, the entries behind the selected one."""

    #: The user asked to open a new commitment for this student.
    new_commitment_requested = Signal()

    def __init__(self, profile: StudentProfile, zone: ZoneInfo, parent: QWidget, *, can_add: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentsTab")
        lines = profile.commitments or ()
        columns: list[Column[CommitmentLine]] = [
            Column(translate("StudentProfile", "Service"), lambda c: c.service_name),
            Column(
                translate("StudentProfile", "Payer"),
                lambda c: payer_text(c.commitment.payer, c.commitment.metadata.get("package_name")),
            ),
            Column(
                translate("StudentProfile", "Total"),
                lambda c: money_text(c.balance.total_amount),
                sort=lambda c: float(c.balance.total_amount),
                align=END,
            ),
            Column(
                translate("StudentProfile", "Used"),
                lambda c: money_text(c.balance.consumed_amount),
                sort=lambda c: float(c.balance.consumed_amount),
                align=END,
            ),
            Column(
                translate("StudentProfile", "Remaining"),
                lambda c: money_text(c.balance.remaining_balance),
                sort=lambda c: float(c.balance.remaining_balance),
                align=END,
            ),
            Column(translate("StudentProfile", "State"), self._state),
            Column(
                translate("StudentProfile", "Expires"),
                lambda c: moment_text(c.commitment.expires_at, zone) if c.commitment.expires_at else "",
            ),
        ]
        self.table = RecordTable("commitmentsTable", columns, lines, self)
        entry_columns: list[Column[ConsumptionLine]] = [
            Column(
                translate("StudentProfile", "Lesson"),
                lambda e: moment_text(e.lesson_start, zone),
                sort=lambda e: e.lesson_start.timestamp() if e.lesson_start else 0.0,
            ),
            Column(
                translate("StudentProfile", "Charged"),
                lambda e: money_text(e.entry.amount_charged),
                sort=lambda e: float(e.entry.amount_charged),
                align=END,
            ),
            Column(translate("StudentProfile", "Recorded"), lambda e: moment_text(e.entry.created_at, zone)),
        ]
        self.entries = RecordTable("consumptionTable", entry_columns, (), self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.entries)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        if not lines:
            top.addWidget(QLabel(translate("StudentProfile", "No commitments."), self))
        top.addStretch(1)
        if can_add:
            add = QPushButton(translate("StudentProfile", "New commitment…"), self)
            add.setObjectName("newCommitment")
            add.clicked.connect(self.new_commitment_requested)
            top.addWidget(add)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(self._on_commitment_changed)
        if lines:
            self.table.setCurrentIndex(self.table.model().index(0, 0))
            self._on_commitment_changed()

    @staticmethod
    def _state(line: CommitmentLine) -> str:
        if not line.view.is_open:
            return translate("StudentProfile", "Closed")
        return word(line.view.level) if line.view.level is not None else translate("StudentProfile", "Open")

    def _on_commitment_changed(self, *_args: object) -> None:
        row = self.table.currentIndex().row()
        line: CommitmentLine | None = self.table.record_at(row) if row >= 0 else None
        self.entries.records.set_rows(line.consumption if line else ())
        self.entries.resizeColumnsToContents()


def forms_tab(profile: StudentProfile, zone: ZoneInfo, parent: QWidget) -> QWidget:
    submissions: list[Column[FormSubmissionRecord]] = [
        Column(translate("StudentProfile", "Form"), lambda f: f.form_name),
        Column(
            translate("StudentProfile", "Submitted"),
            lambda f: moment_text(f.submitted_at, zone),
            sort=lambda f: f.submitted_at.timestamp(),
        ),
        Column(translate("StudentProfile", "Verified by"), lambda f: _verified_by(f)),
        Column(
            translate("StudentProfile", "Alerts"), lambda f: translate("StudentProfile", "Yes") if f.has_alerts else ""
        ),
    ]
    otp: list[Column[OtpRecord]] = [
        Column(translate("StudentProfile", "Channel"), lambda o: word(o.channel)),
        Column(
            translate("StudentProfile", "Sent to"),
            lambda o: phone_text(o.destination) if o.destination.startswith("+") else isolate_ltr(o.destination),
        ),
        Column(translate("StudentProfile", "Status"), lambda o: word(o.status)),
        Column(
            translate("StudentProfile", "Verified at"),
            lambda o: moment_text(o.verified_at, zone),
            sort=lambda o: o.verified_at.timestamp() if o.verified_at else 0.0,
        ),
        Column(
            translate("StudentProfile", "Expires"),
            lambda o: moment_text(o.expires_at, zone),
            sort=lambda o: o.expires_at.timestamp(),
        ),
        Column(translate("StudentProfile", "Attempts"), lambda o: str(o.attempts), sort=lambda o: o.attempts),
    ]
    top = RecordTable("formsTable", submissions, profile.forms, parent)
    top.setToolTip(translate("StudentProfile", "Double-click or press Enter to read the answers."))
    bottom = RecordTable("otpTable", otp, profile.otp_history, parent)
    splitter = QSplitter(Qt.Orientation.Vertical, parent)
    open_button = QPushButton(translate("StudentProfile", "Read answers…"), parent)
    open_button.setObjectName("openSubmission")
    open_button.setEnabled(False)

    def open_current(*_args: object) -> None:
        row = top.currentIndex().row()
        if row >= 0:
            dialog = SubmissionDialog(top.record_at(row), zone, parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    top.activated.connect(open_current)
    open_button.clicked.connect(open_current)
    top.selectionModel().currentRowChanged.connect(lambda current, _: open_button.setEnabled(current.isValid()))
    buttons = QWidget(parent)
    row_layout = QHBoxLayout(buttons)
    row_layout.setContentsMargins(0, 0, 0, 0)
    row_layout.addWidget(open_button)
    row_layout.addStretch(1)
    if profile.forms:
        top.setCurrentIndex(top.model().index(0, 0))
    top_page = _page(
        splitter, top, buttons, empty=None if profile.forms else translate("StudentProfile", "No forms submitted.")
    )
    top_page.layout().setStretch(top_page.layout().count() - 1, 0)  # type: ignore[union-attr]
    caption = QLabel(translate("StudentProfile", "OTP verification history"), splitter)
    bottom_page = _page(splitter, caption, bottom, empty=None)
    splitter.addWidget(top_page)
    splitter.addWidget(bottom_page)
    return splitter


def _verified_by(record: FormSubmissionRecord) -> str:
    """ "WhatsApp: 050-123-4567" — how the submission's OTP was verified."""
    meta = record.otp_metadata
    destination = str(meta.get("destination") or "")
    if not destination:
        return ""
    shown = phone_text(destination) if destination.startswith("+") else isolate_ltr(destination)
    try:
        channel = word(OtpChannel(str(meta.get("channel"))))
    except ValueError:
        return shown
    return translate("StudentProfile", "{channel}: {destination}").format(channel=channel, destination=shown)


def waiting_tab(profile: StudentProfile, zone: ZoneInfo, parent: QWidget) -> QWidget:
    columns: list[Column[WaitingListRecord]] = [
        Column(translate("StudentProfile", "Service"), lambda w: w.service_name),
        Column(translate("StudentProfile", "Days"), lambda w: ", ".join(weekday_name(day) for day in w.preferred_days)),
        Column(
            translate("StudentProfile", "Priority"),
            lambda w: (w.priority_reason or translate("StudentProfile", "Yes")) if w.priority_flag else "",
        ),
        Column(translate("StudentProfile", "Status"), lambda w: word(w.status)),
        Column(
            translate("StudentProfile", "Since"),
            lambda w: moment_text(w.created_at, zone),
            sort=lambda w: w.created_at.timestamp(),
        ),
        Column(translate("StudentProfile", "Notes"), lambda w: w.notes or ""),
    ]
    table = RecordTable("waitingTable", columns, profile.waiting_list, parent)
    return _page(
        parent, table, empty=None if profile.waiting_list else translate("StudentProfile", "Not on the waiting list.")
    )
