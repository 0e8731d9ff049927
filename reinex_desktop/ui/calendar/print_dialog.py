"""Print or save the day sheet: one page per instructor, or the whole grid."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.services.calendar.day import DayView
from reinex_desktop.ui.calendar import prompts
from reinex_desktop.ui.calendar.printing import SheetKind, prepare_printer, print_day, print_day_pdf


class PrintDayDialog(QDialog):
    def __init__(self, view: DayView, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printDayDialog")
        self.setWindowTitle(self.tr("Print the day sheet"))
        self._view = view
        self._now = now
        self.per_instructor = QRadioButton(self.tr("One page per instructor (a list to tick attendance)"), self)
        self.whole_grid = QRadioButton(self.tr("The whole grid (landscape)"), self)
        self.per_instructor.setChecked(True)
        self.only_busy = QCheckBox(self.tr("Only instructors with lessons"), self)
        self.only_busy.setChecked(True)
        self.status = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        pdf = buttons.addButton(self.tr("Save as &PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        paper = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        for widget in (self.per_instructor, self.whole_grid, self.only_busy, self.status, buttons):
            layout.addWidget(widget)
        buttons.rejected.connect(self.reject)
        pdf.clicked.connect(self.save_pdf)
        paper.clicked.connect(self.print_paper)

    def kind(self) -> SheetKind:
        return SheetKind.GRID if self.whole_grid.isChecked() else SheetKind.PER_INSTRUCTOR

    def save_pdf(self) -> None:
        suggested = f"day-{self._view.day.isoformat()}.pdf"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the day sheet"), suggested, "PDF (*.pdf)")
        if path:
            self.write_pdf(Path(path))

    def write_pdf(self, path: Path) -> int:
        try:
            pages = print_day_pdf(self._view, path, self.kind(), now=self._now, only_busy=self.only_busy.isChecked())
        except OSError as error:
            prompts.show_error(self, error)
            return 0
        self.status.setText(self.tr("Saved {pages} pages.").format(pages=pages))
        return pages

    def print_paper(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.kind())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                print_day(self._view, printer, self.kind(), now=self._now, only_busy=self.only_busy.isChecked())
            except OSError as error:
                prompts.show_error(self, error)
