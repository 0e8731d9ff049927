"""Turn a match into a lesson or a weekly series: what will be created, its conflicts, then one step.

The conflicts are read when the dialog opens (`conversion.preview`); "Cancel" is the default and
changes nothing. With conflicts, the create button says so ("Create anyway").
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.waiting_list.conversion import Conversion, Outcome, Preview, convert, preview
from reinex_desktop.ui.formats import use_long_date
from reinex_desktop.ui.labels import message_text
from reinex_desktop.ui.waiting_list.models import slot_kind, when


class ConvertDialog(QDialog):
    def __init__(
        self, context: AppContext, conversion: Conversion, instructor: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("convertMatch")
        self._context = context
        self._conversion = conversion
        self.result_links: dict[str, object] = {}
        series = conversion.outcome is Outcome.SERIES
        self.setWindowTitle(self.tr("Weekly series from a match") if series else self.tr("Book this match"))
        candidate, entry = conversion.candidate, conversion.entry
        zone = context.zone()
        form = QFormLayout()
        form.addRow(self.tr("Student"), QLabel(entry.student_name, self))
        form.addRow(self.tr("Service"), QLabel(entry.service_name, self))
        form.addRow(self.tr("Instructor"), QLabel(instructor, self))
        form.addRow(self.tr("When"), QLabel(when(candidate, zone), self))
        form.addRow(self.tr("Slot"), QLabel(slot_kind(candidate) if not series else self.tr("Every week"), self))
        self.first = QDateEdit(self)
        self.first.setObjectName("seriesFrom")
        self.first.setCalendarPopup(True)
        use_long_date(self.first)
        self.first.setDate(QDate(candidate.day.year, candidate.day.month, candidate.day.day))
        if series:
            form.addRow(self.tr("&From"), self.first)
            self.first.dateChanged.connect(self._refresh)
        else:
            self.first.hide()
        self.conflicts = QListWidget(self)
        self.conflicts.setObjectName("convertConflicts")
        self.conflicts.setAccessibleName(self.tr("Conflicts"))
        self.summary = QLabel(self)
        self.summary.setObjectName("convertSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("convertCreate")
        self.create_button.setAutoDefault(False)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.buttons)
        self._preview: Preview | None = None
        self._refresh()
        cancel.setFocus()

    def conversion(self) -> Conversion:
        picked = self.first.date()
        first = date(picked.year(), picked.month(), picked.day())
        outcome = self._conversion.outcome
        return Conversion(
            self._conversion.entry, self._conversion.candidate, outcome, first if outcome == "series" else None
        )

    def _refresh(self) -> None:
        self.conflicts.clear()
        try:
            self._preview = preview(self._context, self.conversion())
        except DomainError as error:
            self.summary.setText(message_text(error.message))
            self.create_button.setEnabled(False)
            self.create_button.setText(self.tr("Create"))
            return
        for day, conflict in self._preview.conflicts:
            self.conflicts.addItem(f"{day:%d.%m.%Y} — {message_text(conflict.message())}")
        count = len(self._preview.conflicts)
        self.conflicts.setVisible(bool(count))
        self.summary.setText(
            self.tr("No conflicts.")
            if not count
            else self.tr("{count} conflicts — check them before creating.").format(count=count)
        )
        self.create_button.setText(self.tr("Create anyway") if count else self.tr("Create"))
        self.create_button.setEnabled(True)

    def _create(self) -> None:
        if self._preview is None:
            return
        try:
            self.result_links = convert(
                self._context, self.conversion(), accept_conflicts=bool(self._preview.conflicts)
            )
        except DomainError as error:
            self.summary.setText(message_text(error.message))
            self._refresh()
            return
        self.accept()
