"""One form submission, read-only: its answers titled by the form's questions, flagged answers
highlighted, and how it was verified (channel, destination, time). A sensitive form's answers are
withheld from users who may not see medical information (the profile service removes them)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.enums import OtpChannel
from reinex_desktop.domain.students.form_answers import AnswerLine, answer_lines, unplaced_alerts
from reinex_desktop.domain.students.records import FormSubmissionRecord
from reinex_desktop.ui.labels import isolate_ltr
from reinex_desktop.ui.students.texts import moment_text, phone_text, word

Index = QModelIndex | QPersistentModelIndex


def answer_text(value: Any) -> str:
    """An answer as text: yes/no, lists joined, nested objects as compact JSON; "—" when empty."""
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return (
            QApplication.translate("SubmissionDialog", "Yes")
            if value
            else QApplication.translate("SubmissionDialog", "No")
        )
    if isinstance(value, list):
        return ", ".join(answer_text(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, int | float):
        return isolate_ltr(str(value))
    return str(value)


class AnswersModel(QAbstractTableModel):
    """Question and answer per row; flagged answers bold, marked and tinted with the highlight color."""

    def __init__(self, lines: Sequence[AnswerLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = tuple(lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return f"⚠ {line.title}" if line.alert else line.title
            return answer_text(line.value)
        if role == Qt.ItemDataRole.ToolTipRole and line.alert:
            note = line.alert_note or self.tr("This answer raised an alert.")
            return note if index.column() == 1 else line.key
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and line.alert:
            return self.tr("Alert")
        if role == Qt.ItemDataRole.FontRole and line.alert:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and line.alert:
            tint = QColor(QApplication.palette().color(QPalette.ColorRole.Highlight))
            tint.setAlpha(60)
            return tint
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 2:
            return (self.tr("Question"), self.tr("Answer"))[section]
        return None


def destination_text(destination: str) -> str:
    return phone_text(destination) if destination.startswith("+") else isolate_ltr(destination)


def verified_moment(value: object, zone: ZoneInfo) -> str:
    """`otp_metadata.verified_at` (ISO text) in the clinic's time; the raw text, kept LTR, if it is not a time."""
    if not value:
        return ""
    try:
        instant = datetime.fromisoformat(str(value))
    except ValueError:
        return isolate_ltr(str(value))
    if instant.tzinfo is None:
        return isolate_ltr(str(value))
    return moment_text(instant, zone)


class SubmissionDialog(QDialog):
    def __init__(self, record: FormSubmissionRecord, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("submissionDialog")
        self.record = record
        self.setWindowTitle(self.tr("Form — {name}").format(name=record.form_name))
        layout = QVBoxLayout(self)
        title = QLabel(record.form_name, self)
        title.setObjectName("submissionTitle")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        layout.addWidget(title)
        submitted = QLabel(self.tr("Submitted {when}").format(when=moment_text(record.submitted_at, zone)), self)
        layout.addWidget(submitted)
        layout.addWidget(self._verification(record, zone))
        self.answers: QTableView | None = None
        if record.withheld:
            note = QLabel(self.tr("This form holds medical information that you are not allowed to see."), self)
            note.setObjectName("withheldNote")
            note.setWordWrap(True)
            layout.addWidget(note)
            layout.addStretch(1)
        else:
            lines = answer_lines(record)
            flagged = sum(1 for line in lines if line.alert)
            extra = unplaced_alerts(record)
            if flagged or extra:
                alert = QLabel(self._alert_summary(flagged, extra), self)
                alert.setObjectName("alertSummary")
                alert.setWordWrap(True)
                bold = alert.font()
                bold.setBold(True)
                alert.setFont(bold)
                layout.addWidget(alert)
            if lines:
                self.answers = self._answers_table(lines)
                layout.addWidget(self.answers, 1)
            else:
                empty = QLabel(self.tr("This submission has no answers."), self)
                empty.setObjectName("emptyNote")
                layout.addWidget(empty)
                layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def _alert_summary(self, flagged: int, extra: Sequence[str]) -> str:
        parts = []
        if flagged:
            parts.append(self.tr("⚠ Answers that raised an alert: {count}").format(count=flagged))
        if extra:
            parts.append(self.tr("⚠ Other alerts: {alerts}").format(alerts=", ".join(extra)))
        return "\n".join(parts)

    def _verification(self, record: FormSubmissionRecord, zone: ZoneInfo) -> QGroupBox:
        box = QGroupBox(self.tr("Verification"), self)
        box.setObjectName("verificationBox")
        form = QFormLayout(box)
        meta = record.otp_metadata
        destination = str(meta.get("destination") or "")
        raw_channel = str(meta.get("channel") or "")
        if not destination and not raw_channel and not meta.get("verified_at"):
            form.addRow(QLabel(self.tr("Not verified by a one-time code."), box))
            return box
        try:
            channel = word(OtpChannel(raw_channel))
        except ValueError:
            channel = raw_channel or "—"
        for name, caption, value in (
            ("otpChannel", self.tr("Channel"), channel),
            ("otpDestination", self.tr("Sent to"), destination_text(destination) if destination else "—"),
            ("otpVerifiedAt", self.tr("Verified at"), verified_moment(meta.get("verified_at"), zone) or "—"),
        ):
            shown = QLabel(value, box)
            shown.setObjectName(name)
            # LTR-isolated text would otherwise align itself to the left edge of a right-to-left form.
            shown.setAlignment(QStyle.visualAlignment(self.layoutDirection(), Qt.AlignmentFlag.AlignLeading))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, shown)
        return box

    def _answers_table(self, lines: Sequence[AnswerLine]) -> QTableView:
        table = QTableView(self)
        table.setObjectName("answersTable")
        table.setModel(AnswersModel(lines, table))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.resizeRowsToContents()
        table.setAccessibleName(self.tr("Answers"))
        return table
